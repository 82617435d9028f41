//! The VO school's placements: the published placement at its programmes, placed pupils and
//! reserve lists, as JSON and as CSV. Visible from the publication moment until the end of the
//! school year.

use std::collections::HashMap;

use overstap_api_types::vo::{PlacementPupil, ProgrammePlacements, VoPlacementsResponse};
use overstap_domain::{ProgrammeId, PupilId};
use overstap_persistence::vo_placements::{self, PlacementLine};
use overstap_persistence::{reserve_offers, schools, statistics};
use sea_orm::ConnectionTrait;
use time::OffsetDateTime;

use crate::csv::Csv;
use crate::error::ApiError;
use crate::vo_context::VoContext;

fn pupil(line: PlacementLine) -> (ProgrammeId, PlacementPupil) {
    (
        line.programme_id,
        PlacementPupil {
            position: line.position,
            pupil_id: line.pupil.pupil_id.as_uuid(),
            first_name: line.pupil.first_name,
            last_name: line.pupil.last_name,
            elk_number: line.pupil.elk_number,
            advice: crate::dto::advice(line.pupil.advice),
            primary_school_name: line.pupil.primary_school_name,
            choice_rank: line.choice_rank,
        },
    )
}

fn grouped(lines: Vec<PlacementLine>) -> HashMap<ProgrammeId, Vec<PlacementPupil>> {
    let mut groups: HashMap<ProgrammeId, Vec<PlacementPupil>> = HashMap::new();
    for (programme, pupil) in lines.into_iter().map(pupil) {
        groups.entry(programme).or_default().push(pupil);
    }
    groups
}

/// Applies the changes after the run (accepted reserve offers): a pupil who moved away leaves
/// the placed list; a pupil who accepted a seat here moves from this programme's reserve list
/// to its placed list.
fn follow_changes(
    placed: &mut HashMap<ProgrammeId, Vec<PlacementPupil>>,
    reserve: &mut HashMap<ProgrammeId, Vec<PlacementPupil>>,
    changes: &HashMap<PupilId, Option<ProgrammeId>>,
) {
    let now_at = |pupil: &PlacementPupil| changes.get(&PupilId::from_uuid(pupil.pupil_id)).copied();
    for (programme, pupils) in placed.iter_mut() {
        pupils.retain(|p| now_at(p).is_none_or(|to| to == Some(*programme)));
    }
    for (programme, list) in reserve.iter_mut() {
        let (moved_in, waiting): (Vec<_>, Vec<_>) = std::mem::take(list)
            .into_iter()
            .partition(|p| now_at(p) == Some(Some(*programme)));
        *list = waiting;
        let here = placed.entry(*programme).or_default();
        here.extend(moved_in.into_iter().map(|p| PlacementPupil {
            position: None,
            ..p
        }));
        here.sort_by(|a, b| (&a.last_name, &a.first_name).cmp(&(&b.last_name, &b.first_name)));
    }
}

/// Adds the pupils the round-2 run placed here who still hold that place (its places are
/// changes of round 1) and did not come in from a reserve list; their rank is on the round-2
/// list.
fn add_round2(
    placed: &mut HashMap<ProgrammeId, Vec<PlacementPupil>>,
    round2: Vec<PlacementLine>,
    changes: &HashMap<PupilId, Option<ProgrammeId>>,
) {
    for (programme, pupil) in round2.into_iter().map(pupil) {
        if changes.get(&PupilId::from_uuid(pupil.pupil_id)) != Some(&Some(programme)) {
            continue;
        }
        let here = placed.entry(programme).or_default();
        if here.iter().any(|p| p.pupil_id == pupil.pupil_id) {
            continue;
        }
        here.push(pupil);
        here.sort_by(|a, b| (&a.last_name, &a.first_name).cmp(&(&b.last_name, &b.first_name)));
    }
}

/// Round 1's official placement with every change after it (accepted reserve offers,
/// withdrawals, round-2 places), once published; a 409 `window_closed` before.
pub async fn published<C: ConnectionTrait>(
    db: &C,
    context: &VoContext,
    now: OffsetDateTime,
) -> Result<VoPlacementsResponse, ApiError> {
    let publication_at = context.procedure.instants.publication_at;
    let closes_at = context.procedure.end_of_school_year()?;
    let run = statistics::latest_official_run(db, context.procedure.id)
        .await?
        .filter(|_| publication_at <= now && now < closes_at)
        .ok_or_else(|| ApiError::window_closed("view_placements", publication_at, closes_at))?;
    let school = context.school.id;
    let mut placed = grouped(vo_placements::placed(db, run.id, school).await?);
    let mut reserve = grouped(vo_placements::reserve(db, run.id, school).await?);
    let changes = reserve_offers::latest_changes(db, run.id).await?;
    follow_changes(&mut placed, &mut reserve, &changes);
    if let Some(round2) = statistics::official_run(db, context.procedure.id, 2).await? {
        add_round2(
            &mut placed,
            vo_placements::placed(db, round2.id, school).await?,
            &changes,
        );
    }
    let programmes = schools::list_programmes(db, school, context.procedure.id)
        .await?
        .into_iter()
        .map(|programme| ProgrammePlacements {
            programme_id: programme.id.as_uuid(),
            placed: placed.remove(&programme.id).unwrap_or_default(),
            reserve: reserve.remove(&programme.id).unwrap_or_default(),
            programme_name: programme.name,
            capacity: programme.capacity,
        })
        .collect();
    Ok(VoPlacementsResponse {
        run_id: run.id.as_uuid(),
        round: run.round,
        published_at: publication_at,
        programmes,
    })
}

/// One row per pupil: placed pupils first, then the reserve list, per programme.
pub fn csv(placements: &VoPlacementsResponse) -> String {
    let mut csv = Csv::new();
    csv.row([
        "programme",
        "kind",
        "position",
        "first_name",
        "last_name",
        "elk_number",
        "advice",
        "primary_school",
        "choice_rank",
    ]);
    for programme in &placements.programmes {
        let rows = programme
            .placed
            .iter()
            .map(|p| ("placed", p))
            .chain(programme.reserve.iter().map(|p| ("reserve", p)));
        for (kind, p) in rows {
            let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
            csv.row([
                programme.programme_name.as_str(),
                kind,
                &number(p.position),
                &p.first_name,
                &p.last_name,
                &p.elk_number,
                p.advice.as_str(),
                &p.primary_school_name,
                &number(p.choice_rank),
            ]);
        }
    }
    csv.finish()
}

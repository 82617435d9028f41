//! The PO school's status board (wit/blauw/groen/AG/AV per class, from maintained counters,
//! and from the publication moment on each pupil's placement): the school's own page and, read
//! only, its board admin's.

use std::collections::{BTreeMap, HashMap};

use overstap_api_types::{
    BoardPlacement, BoardPupil, ClassBoard, StatusBoardResponse, StatusCounts,
};
use overstap_domain::{Phase, PupilId, RegionId, RegistrationStatus, SchoolId};
use overstap_persistence::{placement_runs, procedures, pupils, reserve_offers, status_counts};

use uuid::Uuid;

use crate::error::ApiError;
use crate::state::AppState;

pub fn count(counts: &mut StatusCounts, status: RegistrationStatus, n: u32) {
    match status {
        RegistrationStatus::Wit => counts.wit += n,
        RegistrationStatus::Blauw => counts.blauw += n,
        RegistrationStatus::Groen => counts.groen += n,
        RegistrationStatus::Ag => counts.ag += n,
        RegistrationStatus::Av => counts.av += n,
    }
}

/// Moves one pupil of `status` to the paper-route count: such pupils are not "not registered".
pub fn to_paper(counts: &mut StatusCounts, status: RegistrationStatus) {
    let cell = match status {
        RegistrationStatus::Wit => &mut counts.wit,
        RegistrationStatus::Blauw => &mut counts.blauw,
        RegistrationStatus::Groen => &mut counts.groen,
        RegistrationStatus::Ag => &mut counts.ag,
        RegistrationStatus::Av => &mut counts.av,
    };
    *cell = cell.saturating_sub(1);
    counts.paper += 1;
}

/// The official run's results of these pupils, once published.
async fn published_results(
    state: &AppState,
    procedure: &procedures::Procedure,
    list: &[pupils::Pupil],
) -> Result<HashMap<PupilId, BoardPlacement>, ApiError> {
    let Some(run) = placement_runs::latest_official(&state.db, procedure.id).await? else {
        return Ok(HashMap::new());
    };
    let offer = state
        .catalogues
        .get(&state.db, procedure.region_id, procedure.id)
        .await?;
    let ids: Vec<PupilId> = list.iter().map(|p| p.id).collect();
    let changed = reserve_offers::changed_programmes(&state.db, run.id, &ids).await?;
    Ok(placement_runs::placements_of(&state.db, run.id, &ids)
        .await?
        .into_iter()
        .map(|(pupil, placed)| {
            // A change after the run (an accepted reserve offer) has no rank stored here.
            let (programme_id, rank) = match changed.get(&pupil) {
                Some(to) => (*to, None),
                None => (placed.programme, placed.choice_rank),
            };
            let programme = programme_id.and_then(|p| offer.programme(p));
            (
                pupil,
                BoardPlacement {
                    placed: programme_id.is_some(),
                    programme_name: programme.map(|p| p.name.clone()),
                    school_name: programme.map(|p| p.school_name.clone()),
                    choice_rank: programme_id.and(rank),
                },
            )
        })
        .collect())
}

/// The status board of the PO school `school_id` of region `region_id` in the procedure year
/// `requested` (default: the current one).
pub async fn of_school(
    state: &AppState,
    school_id: SchoolId,
    region_id: RegionId,
    requested: Option<Uuid>,
) -> Result<StatusBoardResponse, ApiError> {
    let mut classes: BTreeMap<String, ClassBoard> = BTreeMap::new();
    let mut total = StatusCounts::default();
    let procedure = crate::procedures::to_read(&state.db, region_id, requested).await?;
    let Some(procedure) = procedure else {
        return Ok(StatusBoardResponse {
            counts: total,
            classes: Vec::new(),
            reminders_open: false,
            school_year: None,
        });
    };
    let is_current = match requested {
        None => true,
        Some(_) => procedures::current_for_region(&state.db, region_id)
            .await?
            .is_some_and(|current| current.id == procedure.id),
    };
    for cell in status_counts::for_school(&state.db, procedure.id, school_id).await? {
        let class = classes
            .entry(cell.class_name.clone())
            .or_insert_with(|| ClassBoard {
                class_name: cell.class_name.clone(),
                counts: StatusCounts::default(),
                pupils: Vec::new(),
            });
        count(&mut class.counts, cell.status, cell.count);
        count(&mut total, cell.status, cell.count);
    }
    let now = state.clock.now();
    let reminders_open = is_current && procedure.calendar()?.is_open(Phase::Registration, now);
    let list = pupils::list_for_school(&state.db, procedure.id, school_id).await?;
    let results = if now >= procedure.instants.publication_at {
        published_results(state, &procedure, &list).await?
    } else {
        HashMap::new()
    };
    for pupil in list {
        if let Some(class) = classes.get_mut(&pupil.class_name) {
            if pupil.paper_route.is_some() {
                to_paper(&mut class.counts, pupil.status);
                to_paper(&mut total, pupil.status);
            }
            class.pupils.push(BoardPupil {
                paper_route: pupil.paper_route.as_ref().map(crate::dto::paper_route),
                id: pupil.id.as_uuid(),
                placement: results.get(&pupil.id).cloned(),
                first_name: pupil.first_name,
                last_name: pupil.last_name,
                elk_number: pupil.elk_number,
                status: crate::dto::status(pupil.status),
            });
        }
    }
    Ok(StatusBoardResponse {
        counts: total,
        classes: classes
            .into_values()
            .filter(|c| !c.pupils.is_empty())
            .collect(),
        reminders_open,
        school_year: Some(procedure.school_year),
    })
}

//! The coordinator's statistics of a run: from round 1's official run (before publication
//! too) or from a named run of the region, as JSON and as CSV. Round 1's official run is
//! reported as it stands now: with the changes after it (accepted reserve offers, withdrawals)
//! and the round-2 places, which are changes of it.

use std::collections::HashMap;

use overstap_api_types::statistics::{
    ProgrammeStatistics, StatisticsOutcome, StatisticsResponse, StatisticsRun, StatisticsSummary,
};
use overstap_domain::RunKind;
use overstap_domain::{ProgrammeId, RegionId};
use overstap_persistence::statistics::{self, Run};
use overstap_persistence::{placement_runs, procedures, reserve_offers};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use crate::csv::Csv;
use crate::error::ApiError;

/// The run to report on: `run_id` if it is the region's, else the latest official run.
async fn run<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    run_id: Option<Uuid>,
) -> Result<Run, ApiError> {
    if let Some(id) = run_id {
        return statistics::run_in_region(db, id, region)
            .await?
            .ok_or(ApiError::NotFound);
    }
    let procedure = procedures::current_for_region(db, region)
        .await?
        .ok_or(ApiError::NotFound)?;
    statistics::latest_official_run(db, procedure.id)
        .await?
        .ok_or_else(|| ApiError::Conflict {
            message: "There is no official placement run yet; name a dry run with `run_id`."
                .to_owned(),
            facts: Some(serde_json::json!({ "reason": "no_official_run" })),
        })
}

/// The rank of a place at a programme the pupil's round-1 list did not name (a round-2 place):
/// placed, but in no top.
const OFF_LIST: u32 = u32::MAX;

/// What a report counts: participants by rank on the round-1 list (`None` = unplaced), pupils
/// per programme, how many hold a place from round 2, and the rounds covered.
struct Tally {
    outcomes: Vec<(Option<u32>, u32)>,
    placed_at: HashMap<ProgrammeId, u32>,
    round_2: u32,
    rounds: Vec<u32>,
    follows_changes: bool,
}

/// A run as it was stored (a dry run, or a round-2 run on its own).
async fn as_run<C: ConnectionTrait>(db: &C, run: &Run) -> Result<Tally, ApiError> {
    let outcomes = statistics::outcomes(db, run.id).await?;
    let placed: u32 = outcomes
        .iter()
        .filter(|(rank, _)| rank.is_some())
        .map(|(_, n)| *n)
        .sum();
    Ok(Tally {
        outcomes,
        placed_at: statistics::placed_per_programme(db, run.id).await?,
        round_2: if run.round == 2 { placed } else { 0 },
        rounds: vec![run.round],
        follows_changes: false,
    })
}

/// Round 1's official run with every change after it, round-2 places included.
async fn as_it_stands<C: ConnectionTrait>(db: &C, run: &Run) -> Result<Tally, ApiError> {
    let changes = reserve_offers::latest_changes(db, run.id).await?;
    let changed: Vec<_> = changes.keys().copied().collect();
    let ranks = statistics::list_ranks(db, run.procedure_id, &changed).await?;
    let round2_run = statistics::official_run(db, run.procedure_id, 2).await?;
    let round2: HashMap<_, _> = match &round2_run {
        Some(round2) => placement_runs::placements(db, round2.id)
            .await?
            .into_iter()
            .filter_map(|(pupil, placed)| Some((pupil, placed.programme?)))
            .collect(),
        None => HashMap::new(),
    };
    let mut counts: HashMap<Option<u32>, u32> = HashMap::new();
    let mut placed_at: HashMap<ProgrammeId, u32> = HashMap::new();
    let mut round_2 = 0;
    for (pupil, placed) in placement_runs::placements(db, run.id).await? {
        let (programme, rank) = match changes.get(&pupil) {
            Some(to) => (
                *to,
                to.map(|p| ranks.get(&(pupil, p)).copied().unwrap_or(OFF_LIST)),
            ),
            None => (
                placed.programme,
                placed
                    .programme
                    .map(|_| placed.choice_rank.unwrap_or(OFF_LIST)),
            ),
        };
        *counts.entry(rank).or_default() += 1;
        if let Some(programme) = programme {
            *placed_at.entry(programme).or_default() += 1;
            if round2.get(&pupil) == Some(&programme) {
                round_2 += 1;
            }
        }
    }
    let mut outcomes: Vec<_> = counts.into_iter().collect();
    outcomes.sort_unstable();
    Ok(Tally {
        outcomes,
        placed_at,
        round_2,
        rounds: if round2_run.is_some() {
            vec![1, 2]
        } else {
            vec![1]
        },
        follows_changes: true,
    })
}

fn outcome(count: u32, participants: u32) -> StatisticsOutcome {
    let share = if participants == 0 {
        0.0
    } else {
        (f64::from(count) / f64::from(participants) * 10_000.0).round() / 10_000.0
    };
    StatisticsOutcome { count, share }
}

pub async fn report<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    run_id: Option<Uuid>,
) -> Result<StatisticsResponse, ApiError> {
    let run = run(db, region, run_id).await?;
    let tally = if run.kind == RunKind::Official && run.round == 1 {
        as_it_stands(db, &run).await?
    } else {
        as_run(db, &run).await?
    };
    let outcomes = &tally.outcomes;
    let count = |keep: &dyn Fn(Option<u32>) -> bool| -> u32 {
        outcomes
            .iter()
            .filter(|(rank, _)| keep(*rank))
            .map(|(_, n)| *n)
            .sum()
    };
    let participants = count(&|_| true);
    let unplaced = count(&|rank| rank.is_none());
    let within = |top: u32| count(&|rank| rank.is_some_and(|r| r <= top));
    let placed = participants - unplaced;
    let mut first_choices = statistics::first_choices_per_programme(db, run.procedure_id).await?;
    let mut placed_at = tally.placed_at;
    let programmes: Vec<ProgrammeStatistics> =
        statistics::region_programmes(db, region, run.procedure_id)
            .await?
            .into_iter()
            .map(|p| ProgrammeStatistics {
                school_id: p.school_id.as_uuid(),
                school_name: p.school_name,
                programme_id: p.programme_id.as_uuid(),
                programme_name: p.programme_name,
                capacity: p.capacity,
                first_choices: first_choices.remove(&p.programme_id).unwrap_or(0),
                placed: placed_at.remove(&p.programme_id).unwrap_or(0),
            })
            .collect();
    Ok(StatisticsResponse {
        run: StatisticsRun {
            id: run.id.as_uuid(),
            kind: crate::dto::run_kind(run.kind),
            round: run.round,
            finished_at: run.finished_at,
        },
        rounds: tally.rounds,
        follows_changes: tally.follows_changes,
        summary: StatisticsSummary {
            participants,
            seats: programmes.iter().map(|p| p.capacity).sum(),
            placed: outcome(placed, participants),
            first_choice: outcome(within(1), participants),
            top_3: outcome(within(3), participants),
            top_5: outcome(within(5), participants),
            outside_top_5: outcome(placed.saturating_sub(within(5)), participants),
            unplaced: outcome(unplaced, participants),
            round_2: outcome(tally.round_2, participants),
        },
        programmes,
    })
}

/// The per-programme table, a blank line, then the summary as (measure, count, share %).
pub fn csv(report: &StatisticsResponse) -> String {
    let mut csv = Csv::new();
    csv.row(["school", "programme", "capacity", "first_choices", "placed"]);
    for p in &report.programmes {
        csv.row([
            p.school_name.as_str(),
            &p.programme_name,
            &p.capacity.to_string(),
            &p.first_choices.to_string(),
            &p.placed.to_string(),
        ]);
    }
    csv.blank_line();
    csv.row(["measure", "count", "share_percent"]);
    let s = &report.summary;
    csv.row(["participants", &s.participants.to_string(), ""]);
    csv.row(["seats", &s.seats.to_string(), ""]);
    for (name, o) in [
        ("placed", s.placed),
        ("first_choice", s.first_choice),
        ("top_3", s.top_3),
        ("top_5", s.top_5),
        ("outside_top_5", s.outside_top_5),
        ("unplaced", s.unplaced),
        ("round_2", s.round_2),
    ] {
        csv.row([
            name,
            &o.count.to_string(),
            &format!("{:.1}", o.share * 100.0),
        ]);
    }
    // The rounds covered, e.g. `1+2`, in the count column.
    let rounds: Vec<String> = report.rounds.iter().map(u32::to_string).collect();
    csv.row(["rounds", &rounds.join("+"), ""]);
    csv.finish()
}

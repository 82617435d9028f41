//! The coordinator's statistics of a run: from the latest official run (before publication
//! too) or from a named run of the region, as JSON and as CSV.

use overstap_api_types::statistics::{
    ProgrammeStatistics, StatisticsOutcome, StatisticsResponse, StatisticsRun, StatisticsSummary,
};
use overstap_domain::RegionId;
use overstap_persistence::procedures;
use overstap_persistence::statistics::{self, Run};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::csv::Csv;
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
    let outcomes = statistics::outcomes(db, run.id).await?;
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
    let mut placed_at = statistics::placed_per_programme(db, run.id).await?;
    let programmes: Vec<ProgrammeStatistics> = statistics::region_programmes(db, region)
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
            id: run.id,
            kind: run.kind.as_str().to_owned(),
            round: run.round,
            finished_at: run.finished_at,
        },
        summary: StatisticsSummary {
            participants,
            seats: programmes.iter().map(|p| p.capacity).sum(),
            placed: outcome(placed, participants),
            first_choice: outcome(within(1), participants),
            top_3: outcome(within(3), participants),
            top_5: outcome(within(5), participants),
            outside_top_5: outcome(placed.saturating_sub(within(5)), participants),
            unplaced: outcome(unplaced, participants),
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
    ] {
        csv.row([
            name,
            &o.count.to_string(),
            &format!("{:.1}", o.share * 100.0),
        ]);
    }
    csv.finish()
}

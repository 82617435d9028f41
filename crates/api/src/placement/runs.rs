//! Seed commitments and runs. A dry run may be repeated at will with a fresh seed; the official
//! run of a round happens once, with a seed committed to before it, inside the placement window.
//! Every run is stored with its snapshot and hashes and appended to the audit log.

use overstap_api_types::{RunResponse, SeedCommitmentResponse};
use overstap_domain::Role;
use overstap_domain::placement::{
    self, CommitmentFacts, ENGINE_VERSION, RunFacts, RunRequest, Seed,
};
use overstap_domain::{RegionId, RunKind, SeedCommitmentId};
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::placement_runs::{self, NewRun, Run};
use overstap_persistence::procedures::{self, Procedure};
use overstap_persistence::regions;
use uuid::Uuid;

use crate::auth::Session;
use crate::error::ApiError;
use crate::state::AppState;

pub fn response(run: &Run) -> RunResponse {
    RunResponse {
        id: run.id.as_uuid(),
        round: run.round,
        kind: crate::dto::run_kind(run.kind),
        commitment_id: run.commitment_id.map(|c| c.as_uuid()),
        seed: run.seed.clone(),
        engine_version: run.engine_version.clone(),
        input_hash: run.input_hash.clone(),
        output_hash: run.output_hash.clone(),
        participants: run.participants,
        placed: run.placed,
        started_by: run.started_by,
        started_at: run.started_at,
    }
}

/// Who starts a run: the coordinator of a region (from the session), or a job.
#[derive(Debug, Clone, Copy)]
pub struct Actor {
    pub id: Uuid,
    pub role: Role,
    pub region: RegionId,
}

impl Actor {
    pub fn coordinator(session: &Session) -> Result<Actor, ApiError> {
        Ok(Actor {
            id: session.subject,
            role: session.role,
            region: session.coordinator_region()?,
        })
    }
}

/// The coordinator's region and its current procedure.
pub async fn procedure_of(state: &AppState, session: &Session) -> Result<Procedure, ApiError> {
    procedure_of_region(state, session.coordinator_region()?).await
}

async fn procedure_of_region(state: &AppState, region: RegionId) -> Result<Procedure, ApiError> {
    procedures::current_for_region(&state.db, region)
        .await?
        .ok_or(ApiError::NotFound)
}

fn fresh_seed() -> Seed {
    Seed::from_bytes(rand::random())
}

/// A seed commitment for round 1.
pub async fn commit_seed(
    state: &AppState,
    actor: &Actor,
) -> Result<SeedCommitmentResponse, ApiError> {
    commit_seed_for_round(state, actor, 1).await
}

pub async fn commit_seed_for_round(
    state: &AppState,
    actor: &Actor,
    round: u32,
) -> Result<SeedCommitmentResponse, ApiError> {
    placement::check_round(round)?;
    let procedure = procedure_of_region(state, actor.region).await?;
    let now = state.clock.now();
    let seed = fresh_seed();
    let commitment = seed.commitment();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let id = placement_runs::insert_commitment(
        &txn,
        procedure.id,
        round,
        &seed.to_hex(),
        &commitment,
        actor.id,
        now,
    )
    .await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::SeedCommitted,
            AuditActor::signed_in(actor.role, actor.id),
            AuditSubject::SeedCommitment(id),
            now,
        )
        .details(serde_json::json!({ "round": round, "commitment": commitment })),
    )
    .await?;
    txn.commit().await?;
    Ok(SeedCommitmentResponse {
        id: id.as_uuid(),
        round,
        commitment,
        created_at: now,
    })
}

/// Runs placement of round 1 on the current registrations and stores the run.
pub async fn start(
    state: &AppState,
    actor: &Actor,
    kind: RunKind,
    commitment_id: Option<SeedCommitmentId>,
) -> Result<Run, ApiError> {
    start_round(state, actor, kind, commitment_id, 1).await
}

/// Runs placement of `round` (1: the registrations; 2: the round-2 lists on the seats left)
/// and stores the run.
pub async fn start_round(
    state: &AppState,
    actor: &Actor,
    kind: RunKind,
    commitment_id: Option<SeedCommitmentId>,
    round: u32,
) -> Result<Run, ApiError> {
    let official = kind == RunKind::Official;
    let procedure = procedure_of_region(state, actor.region).await?;
    let region = regions::find(&state.db, procedure.region_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let profile = region.rules;
    let now = state.clock.now();
    let round1 = placement_runs::latest_official(&state.db, procedure.id).await?;
    // Round 1's official run was just read; only round 2's needs a query of its own.
    let official_exists = match round {
        1 => round1.is_some(),
        _ => placement_runs::official_run(&state.db, procedure.id, round)
            .await?
            .is_some(),
    };
    let commitment = match commitment_id.filter(|_| official) {
        Some(id) => placement_runs::find_commitment(&state.db, id).await?,
        None => None,
    };
    placement::check_start(
        RunRequest { kind, round },
        &RunFacts {
            now,
            instants: &procedure.instants,
            end_of_school_year: procedure.end_of_school_year()?,
            round1_official: round1.is_some(),
            official_exists,
            commitment: commitment.as_ref().map(|c| CommitmentFacts {
                fits: c.procedure_id == procedure.id && c.round == round,
                used: c.used_at.is_some(),
            }),
        },
    )?;
    let round1 = round1.filter(|_| round == 2).map(|run| run.id);
    let seed = match &commitment {
        Some(commitment) => Seed::parse(&commitment.seed).map_err(ApiError::internal)?,
        None => fresh_seed(),
    };

    let clock = std::time::Instant::now();
    let snapshot = match round1 {
        Some(round1) => {
            super::round2::run::snapshot(&state.db, &procedure, &profile, seed, round1).await?
        }
        None => {
            super::snapshot::build(&state.db, &procedure, procedure.region_id, &profile, seed)
                .await?
        }
    };
    let (snapshot, run) = tokio::task::spawn_blocking(move || {
        let run = placement::place(&snapshot);
        (snapshot, run)
    })
    .await
    .map_err(ApiError::internal)?;
    let run = run.map_err(ApiError::internal)?;
    let solved_after = clock.elapsed();
    let finished_at = state.clock.now();
    let snapshot_json = serde_json::to_string(&snapshot).map_err(ApiError::internal)?;
    drop(snapshot);

    let txn = overstap_persistence::begin_write(&state.db).await?;
    if official {
        let used = match commitment_id {
            Some(id) => placement_runs::use_commitment(&txn, id, now).await?,
            None => false,
        };
        if !used {
            return Err(ApiError::Conflict {
                message: "This seed commitment was already used.".to_owned(),
                facts: None,
            });
        }
    }
    let seed_hex = seed.to_hex();
    let serialised_after = clock.elapsed();
    let id = placement_runs::insert_run(
        &txn,
        NewRun {
            procedure_id: procedure.id,
            round,
            kind,
            commitment_id: if official { commitment_id } else { None },
            seed: &seed_hex,
            engine_version: ENGINE_VERSION,
            input_hash: &run.input_hash,
            output_hash: &run.output_hash,
            snapshot: snapshot_json,
            started_by: actor.id,
            started_at: now,
            finished_at,
        },
        &run.assignment.placements,
        &run.reserve_lists,
    )
    .await?;
    audit::append(
        &txn,
        AuditEntry::new(
            if official {
                AuditAction::OfficialRun
            } else {
                AuditAction::DryRun
            },
            AuditActor::signed_in(actor.role, actor.id),
            AuditSubject::PlacementRun(id),
            now,
        )
        .details(serde_json::json!({
            "round": round,
            "engine_version": ENGINE_VERSION,
            "input_hash": run.input_hash,
            "output_hash": run.output_hash,
            "seed": seed_hex,
            "commitment_id": commitment_id,
            "participants": run.assignment.placements.len(),
        })),
    )
    .await?;
    if official && let Some(round1) = round1 {
        super::round2::run::record_places(
            &txn,
            round1,
            id,
            &run.assignment.placements,
            actor.id,
            now,
        )
        .await?;
    }
    let stored_after = clock.elapsed();
    if official {
        super::result::schedule_result_mails(&txn, state, &procedure, id, round).await?;
    }
    let mailed_after = clock.elapsed();
    txn.commit().await?;
    tracing::info!(
        run = %id,
        official,
        participants = run.assignment.placements.len(),
        read_and_solve_ms = solved_after.as_millis(),
        serialise_ms = (serialised_after - solved_after).as_millis(),
        store_ms = (stored_after - serialised_after).as_millis(),
        queue_mails_ms = (mailed_after - stored_after).as_millis(),
        commit_ms = (clock.elapsed() - mailed_after).as_millis(),
        "placement run stored"
    );
    placement_runs::find_run(&state.db, id)
        .await?
        .ok_or_else(|| ApiError::internal("the stored run is gone"))
}

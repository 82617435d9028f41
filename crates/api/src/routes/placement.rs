//! The coordinator's placement: seed commitments, dry and official runs, the exported snapshot
//! of a run (for `overstap-match replay`), and the pupils to phone before publication.

use actix_web::{HttpResponse, get, post, web};
use overstap_api_types::placement::RoundQuery;
use overstap_api_types::{
    AttentionPupil, AttentionResponse, ErrorResponse, RunListResponse, RunResponse,
    SeedCommitmentResponse, StartRunRequest,
};
use overstap_domain::{PlacementRunId, SeedCommitmentId};
use overstap_persistence::{placement_runs, pupils, schools};
use uuid::Uuid;

use crate::auth::Session;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::placement::runs;
use crate::state::AppState;

/// Commit to a lottery seed for a placement round
///
/// Coordinator, own region's current procedure. Draws a fresh seed for round 1 (the default) or
/// `?round=2` and returns its SHA-256 hash now; the official run that uses the commitment reveals
/// the seed, so anyone can check the lottery. Audited.
#[utoipa::path(tag = "placement", security(("bearer" = [])), params(RoundQuery), responses(
    (status = 201, description = "The commitment: its id, round and SHA-256 hash", body = SeedCommitmentResponse),
    (status = 400, description = "A query parameter is missing or malformed (`malformed_request`)", body = ErrorResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `round` is not 1 or 2 (`unknown_round`)", body = ErrorResponse)))]
#[post("/region/placement/seed-commitments")]
async fn commit_seed(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<RoundQuery>,
) -> Result<HttpResponse, ApiError> {
    let round = query.round.unwrap_or(1);
    let commitment =
        runs::commit_seed_for_round(&state, &runs::Actor::coordinator(&session)?, round).await?;
    Ok(HttpResponse::Created().json(commitment))
}

/// List the placement runs of the current procedure
///
/// Coordinator, own region. Every dry and official run of both rounds, newest first, with its seed,
/// engine version, input and output hashes and how many pupils it placed.
#[utoipa::path(tag = "placement", security(("bearer" = [])), responses(
    (status = 200, description = "The runs, newest first", body = RunListResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse)))]
#[get("/region/placement/runs")]
async fn list_runs(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<RunListResponse>, ApiError> {
    let procedure = runs::procedure_of(&state, &session).await?;
    let list = placement_runs::list_runs(&state.db, procedure.id).await?;
    Ok(web::Json(RunListResponse {
        runs: list.iter().map(runs::response).collect(),
    }))
}

/// Start a dry or official placement run
///
/// Coordinator, own region. Round 1: `dry` any number of times after the registration week,
/// `official` once from the placement moment until publication, with a seed commitment of that
/// round. Round 2 (`round: 2`) places the confirmed round-2 lists on the seats left: dry from its
/// window's opening, official once it has closed (publishing the results at once).
#[utoipa::path(tag = "placement", security(("bearer" = [])), request_body = StartRunRequest,
    responses(
    (status = 201, description = "The stored run, with its seed and hashes", body = RunResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 409, description = "`window_closed`: outside the window for this run; `conflict`: the round already has its official run, the commitment was used, the procedure plans no round 2, or round 1 has no official run yet", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `kind` (`unknown_kind`) or `round` (`unknown_round`) unknown, or the official run names no usable seed commitment of this procedure and round (`commitment_required`)", body = ErrorResponse)))]
#[post("/region/placement/runs")]
async fn start_run(
    state: web::Data<AppState>,
    session: Session,
    body: JsonBody<StartRunRequest>,
) -> Result<HttpResponse, ApiError> {
    let actor = runs::Actor::coordinator(&session)?;
    let Some(kind) = body.kind.known() else {
        return Err(ApiError::Invalid(vec![overstap_api_types::FieldError {
            field: "kind".to_owned(),
            code: "unknown_kind".to_owned(),
            message: "Use `dry` or `official`.".to_owned(),
        }]));
    };
    let kind = crate::dto::run_kind_in(kind);
    let round = body.round.unwrap_or(1);
    let commitment = body.commitment_id.map(SeedCommitmentId::from_uuid);
    let run = runs::start_round(&state, &actor, kind, commitment, round).await?;
    Ok(HttpResponse::Created().json(runs::response(&run)))
}

async fn run_of_region(
    state: &AppState,
    session: &Session,
    run_id: PlacementRunId,
) -> Result<placement_runs::Run, ApiError> {
    let procedure = runs::procedure_of(state, session).await?;
    placement_runs::find_run(&state.db, run_id)
        .await?
        .filter(|run| run.procedure_id == procedure.id)
        .ok_or(ApiError::NotFound)
}

/// Download the frozen input of a placement run
///
/// Coordinator, own region's current procedure. The run's `PlacementSnapshot`, seed included, as a
/// JSON file: `overstap-match replay --snapshot` on it prints the run's output hash.
#[utoipa::path(tag = "placement", security(("bearer" = [])),
    params(("run_id" = Uuid, Path)),
    responses(
    (status = 200, description = "The snapshot JSON (`snapshot-<run_id>.json`)", content_type = "application/json"),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "Not a run of the region's current procedure, or the region has no procedure (`not_found`)", body = ErrorResponse)))]
#[get("/region/placement/runs/{run_id}/snapshot")]
async fn export_snapshot(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let run = run_of_region(
        &state,
        &session,
        PlacementRunId::from_uuid(path.into_inner()),
    )
    .await?;
    let snapshot = placement_runs::snapshot_of(&state.db, run.id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok()
        .insert_header((
            "content-disposition",
            format!("attachment; filename=\"snapshot-{}.json\"", run.id),
        ))
        .content_type("application/json")
        .body(snapshot))
}

/// List the pupils to phone before publication
///
/// Coordinator, own region's current procedure. The pupils a run placed at their 9th choice or
/// lower, or did not place, with their primary school: the unplaced first, then by name.
#[utoipa::path(tag = "placement", security(("bearer" = [])),
    params(("run_id" = Uuid, Path)),
    responses(
    (status = 200, description = "The pupils to phone, the unplaced first", body = AttentionResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "Not a run of the region's current procedure, or the region has no procedure (`not_found`)", body = ErrorResponse)))]
#[get("/region/placement/runs/{run_id}/attention")]
async fn attention(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<web::Json<AttentionResponse>, ApiError> {
    let run = run_of_region(
        &state,
        &session,
        PlacementRunId::from_uuid(path.into_inner()),
    )
    .await?;
    let offer = state
        .catalogues
        .get(&state.db, session.region_id, run.procedure_id)
        .await?;
    let mut list = Vec::new();
    for (pupil_id, placed) in placement_runs::placements(&state.db, run.id).await? {
        if placed.programme.is_some() && placed.choice_rank.is_some_and(|rank| rank < 9) {
            continue;
        }
        let Some(pupil) = pupils::find(&state.db, pupil_id).await? else {
            continue;
        };
        let school = schools::find(&state.db, pupil.school_id).await?;
        list.push(AttentionPupil {
            pupil_id: pupil_id.as_uuid(),
            first_name: pupil.first_name,
            last_name: pupil.last_name,
            elk_number: pupil.elk_number,
            primary_school_name: school.map(|s| s.name).unwrap_or_default(),
            choice_rank: placed.programme.and(placed.choice_rank),
            programme_name: placed
                .programme
                .and_then(|p| offer.programme(p))
                .map(|p| p.name.clone()),
        });
    }
    list.sort_by(|a, b| {
        (a.choice_rank.is_some(), &a.last_name, &a.first_name).cmp(&(
            b.choice_rank.is_some(),
            &b.last_name,
            &b.first_name,
        ))
    });
    Ok(web::Json(AttentionResponse {
        run_id: run.id.as_uuid(),
        pupils: list,
    }))
}

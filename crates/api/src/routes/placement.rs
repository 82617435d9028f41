//! The coordinator's placement: seed commitments, dry and official runs, the exported snapshot
//! of a run (for `overstap-match replay`), and the pupils to phone before publication.

use actix_web::{HttpResponse, get, post, web};
use overstap_api_types::placement::RoundQuery;
use overstap_api_types::{
    AttentionPupil, AttentionResponse, ErrorResponse, RunListResponse, RunResponse,
    SeedCommitmentResponse, StartRunRequest,
};
use overstap_persistence::{placement_runs, pupils, schools};
use uuid::Uuid;

use crate::auth::Session;
use crate::error::ApiError;
use crate::placement::runs;
use crate::state::AppState;

/// Commit to a fresh lottery seed for a round (`?round=2` for round 2; 1 by default): its
/// SHA-256 hash is returned now, the seed is revealed by the official run that uses it.
#[utoipa::path(tag = "placement", security(("bearer" = [])), params(RoundQuery), responses(
    (status = 201, body = SeedCommitmentResponse), (status = 400, description = "A query parameter is missing or malformed (`malformed_request`)", body = ErrorResponse),
    (status = 401, body = ErrorResponse),
    (status = 403, description = "Not the coordinator", body = ErrorResponse),
    (status = 422, description = "unknown_round", body = ErrorResponse)))]
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

/// Every run of the current procedure, newest first.
#[utoipa::path(tag = "placement", security(("bearer" = [])), responses(
    (status = 200, body = RunListResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not the coordinator", body = ErrorResponse)))]
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

/// Run placement: `dry` as often as wanted after the registration week, `official` once per
/// round inside the placement window with a seed commitment of that round made before it.
/// Round 2 (`round: 2`) places the confirmed round-2 lists on the seats left: dry runs from the
/// opening of the round-2 window, the official run once it has closed; that run publishes the
/// round-2 results and queues their e-mails at once.
#[utoipa::path(tag = "placement", security(("bearer" = [])), request_body = StartRunRequest,
    responses((status = 201, body = RunResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not the coordinator", body = ErrorResponse),
    (status = 409, description = "window_closed, or the round already has its official run", body = ErrorResponse),
    (status = 422, description = "kind or round unknown, or no usable commitment for the official run", body = ErrorResponse)))]
#[post("/region/placement/runs")]
async fn start_run(
    state: web::Data<AppState>,
    session: Session,
    body: web::Json<StartRunRequest>,
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
    let run = runs::start_round(&state, &actor, kind, body.commitment_id, round).await?;
    Ok(HttpResponse::Created().json(runs::response(&run)))
}

async fn run_of_region(
    state: &AppState,
    session: &Session,
    run_id: Uuid,
) -> Result<placement_runs::Run, ApiError> {
    let procedure = runs::procedure_of(state, session).await?;
    placement_runs::find_run(&state.db, run_id)
        .await?
        .filter(|run| run.procedure_id == procedure.id)
        .ok_or(ApiError::NotFound)
}

/// The frozen input of a run (a `PlacementSnapshot`, seed included): `overstap-match replay
/// --snapshot` on this file prints the run's output hash.
#[utoipa::path(tag = "placement", security(("bearer" = [])),
    params(("run_id" = Uuid, Path)),
    responses((status = 200, description = "The snapshot JSON", content_type = "application/json"),
    (status = 401, body = ErrorResponse),
    (status = 403, description = "Not the coordinator", body = ErrorResponse),
    (status = 404, body = ErrorResponse)))]
#[get("/region/placement/runs/{run_id}/snapshot")]
async fn export_snapshot(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let run = run_of_region(&state, &session, path.into_inner()).await?;
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

/// Pupils placed at their 9th choice or lower, or not placed, to phone before publication.
#[utoipa::path(tag = "placement", security(("bearer" = [])),
    params(("run_id" = Uuid, Path)),
    responses((status = 200, body = AttentionResponse),
    (status = 401, body = ErrorResponse),
    (status = 403, description = "Not the coordinator", body = ErrorResponse),
    (status = 404, body = ErrorResponse)))]
#[get("/region/placement/runs/{run_id}/attention")]
async fn attention(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<web::Json<AttentionResponse>, ApiError> {
    let run = run_of_region(&state, &session, path.into_inner()).await?;
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
        run_id: run.id,
        pupils: list,
    }))
}

//! Round 2: the parent's new list (read, save, confirm) and a VO school's withdrawal of a
//! place at the parents' request.

use actix_web::{get, post, put, web};
use overstap_api_types::ErrorResponse;
use overstap_api_types::round2::{
    Round2ListRequest, Round2Response, WithdrawPlacementRequest, WithdrawalResponse,
};
use overstap_domain::PupilId;
use uuid::Uuid;

use crate::auth::{ParentSession, Session};
use crate::error::ApiError;
use crate::parent::ParentContext;
use crate::placement::round2::{parent, withdrawal};
use crate::state::AppState;

async fn respond(
    state: &AppState,
    session: &ParentSession,
) -> Result<web::Json<Round2Response>, ApiError> {
    let context = ParentContext::load_verifying(&state.db, state, session).await?;
    Ok(web::Json(
        parent::view(&state.db, &context, state.clock.now()).await?,
    ))
}

/// The child's round 2: whether the child takes part (`unplaced` or `withdrawn`), the window
/// (Europe/Amsterdam texts in the account's language), the programmes with seats left that
/// admit the child's advice, the saved list and, after the round-2 run, its result.
#[utoipa::path(tag = "parent", security(("bearer" = [])), responses(
    (status = 200, body = Round2Response), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent", body = ErrorResponse)))]
#[get("/parent/round2")]
async fn get_round2(
    state: web::Data<AppState>,
    session: ParentSession,
) -> Result<web::Json<Round2Response>, ApiError> {
    respond(&state, &session).await
}

/// Save the round-2 list (at least one programme, none twice, only programmes offered in
/// round 2) over an earlier one that is not yet definitive.
#[utoipa::path(tag = "parent", security(("bearer" = [])), request_body = Round2ListRequest,
    responses((status = 200, body = Round2Response), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent, or the child takes no part in round 2", body = ErrorResponse),
    (status = 409, description = "window_closed (with both ends), no round 2 planned, or not_allowed_in_status (already definitive)", body = ErrorResponse),
    (status = 422, description = "list_empty, duplicate_programme or programme_not_offered", body = ErrorResponse)))]
#[put("/parent/round2/list")]
async fn save_round2_list(
    state: web::Data<AppState>,
    session: ParentSession,
    body: web::Json<Round2ListRequest>,
) -> Result<web::Json<Round2Response>, ApiError> {
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let context = ParentContext::load_verifying(&txn, &state, &session).await?;
    parent::save_list(&txn, &context, &body, now).await?;
    txn.commit().await?;
    respond(&state, &session).await
}

/// Make the saved round-2 list definitive and send the confirmation e-mail. Idempotent: a
/// definitive list stays as it is and no second e-mail is sent.
#[utoipa::path(tag = "parent", security(("bearer" = [])),
    responses((status = 200, body = Round2Response), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent, or the child takes no part in round 2", body = ErrorResponse),
    (status = 409, description = "window_closed (with both ends) or no round 2 planned", body = ErrorResponse),
    (status = 422, description = "No list saved, or it no longer keeps a rule (a programme filled up)", body = ErrorResponse)))]
#[post("/parent/round2/confirm")]
async fn confirm_round2_list(
    state: web::Data<AppState>,
    session: ParentSession,
) -> Result<web::Json<Round2Response>, ApiError> {
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let context = ParentContext::load_verifying(&txn, &state, &session).await?;
    parent::confirm(&txn, &context, &state.public_url, now).await?;
    txn.commit().await?;
    respond(&state, &session).await
}

/// Withdraw the place of a pupil placed at one of this school's programmes, at the parents'
/// request (after publication). Logged with its reason; the seat is free for round 2.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = WithdrawPlacementRequest,
    params(("pupil_id" = Uuid, Path)),
    responses((status = 200, body = WithdrawalResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not VO staff", body = ErrorResponse),
    (status = 404, description = "Not placed at a programme of this school", body = ErrorResponse),
    (status = 409, description = "Before publication (window_closed) or no official run", body = ErrorResponse),
    (status = 422, description = "reason_required or reason_too_long", body = ErrorResponse)))]
#[post("/school/placements/{pupil_id}/withdrawal")]
async fn withdraw_placement(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<WithdrawPlacementRequest>,
) -> Result<web::Json<WithdrawalResponse>, ApiError> {
    Ok(web::Json(
        withdrawal::withdraw(
            &state,
            &session,
            PupilId::from_uuid(path.into_inner()),
            &body.reason,
        )
        .await?,
    ))
}

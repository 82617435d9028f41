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
use crate::json_body::JsonBody;
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

/// Show my child's round 2: taking part, window, programmes, list and result
///
/// For a parent, about their own child. Whether the child takes part (after publication, when
/// `unplaced` or the place was `withdrawn`), the window (Europe/Amsterdam texts in the account's
/// language), the programmes with seats left that admit the child's advice, the saved list and,
/// after the round-2 run, its result.
#[utoipa::path(tag = "parent", security(("bearer" = [])), responses(
    (status = 200, description = "The child's round 2", body = Round2Response),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a parent (`forbidden`)", body = ErrorResponse)))]
#[get("/parent/round2")]
async fn get_round2(
    state: web::Data<AppState>,
    session: ParentSession,
) -> Result<web::Json<Round2Response>, ApiError> {
    respond(&state, &session).await
}

/// Save my child's round-2 list over an earlier one that is not yet definitive
///
/// For a parent whose child takes part in round 2 (unplaced or withdrawn after round 1), inside
/// the round-2 window. At least one programme, none twice, only programmes with seats left that
/// admit the child's advice. A definitive list no longer changes.
#[utoipa::path(tag = "parent", security(("bearer" = [])), request_body = Round2ListRequest,
    responses((status = 200, description = "Saved; the child's round 2", body = Round2Response),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a parent, or the child takes no part in round 2 \
        (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "`window_closed` (with both ends), no round 2 planned \
        (`conflict`), or `not_allowed_in_status` (already definitive)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `list_empty`, `duplicate_programme` or \
        `programme_not_offered`", body = ErrorResponse)))]
#[put("/parent/round2/list")]
async fn save_round2_list(
    state: web::Data<AppState>,
    session: ParentSession,
    body: JsonBody<Round2ListRequest>,
) -> Result<web::Json<Round2Response>, ApiError> {
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let context = ParentContext::load_verifying(&txn, &state, &session).await?;
    parent::save_list(&txn, &context, &body, now).await?;
    txn.commit().await?;
    respond(&state, &session).await
}

/// Make my child's saved round-2 list definitive and get the confirmation e-mail
///
/// For a parent whose child takes part in round 2, inside the round-2 window. The saved list is
/// checked again (seats may have gone since). Idempotent: a definitive list stays as it is and
/// no second e-mail is sent.
#[utoipa::path(tag = "parent", security(("bearer" = [])),
    responses((status = 200, description = "Definitive; the child's round 2",
        body = Round2Response),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a parent, or the child takes no part in round 2 \
        (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "`window_closed` (with both ends) or no round 2 planned \
        (`conflict`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: no list saved (`list_empty`), or it no \
        longer keeps a rule (`programme_not_offered`: a programme filled up)",
        body = ErrorResponse)))]
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

/// Withdraw a pupil's place at my school at the parents' request
///
/// For VO staff, about a pupil now placed at a programme of their own school; from publication
/// until the end of the school year. Logged and audited with its reason (at most 500
/// characters); the parent is e-mailed, and the seat is free for round 2, in which the pupil may
/// take part.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = WithdrawPlacementRequest,
    params(("pupil_id" = Uuid, Path)),
    responses((status = 200, description = "Withdrawn: the pupil, the programme and the reason",
        body = WithdrawalResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not VO staff (`forbidden`)", body = ErrorResponse),
    (status = 404, description = "Not placed at a programme of this school, or the region has \
        no procedure (`not_found`)", body = ErrorResponse),
    (status = 409, description = "Before publication or after the school year \
        (`window_closed`), or no official run yet (`conflict`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `reason_required` or `reason_too_long`",
        body = ErrorResponse)))]
#[post("/school/placements/{pupil_id}/withdrawal")]
async fn withdraw_placement(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<WithdrawPlacementRequest>,
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

//! The parent's registration (aanmelding): read it, save the list as a draft, confirm,
//! withdraw. Every change carries the revision it was based on.

use actix_web::{HttpRequest, get, post, put, web};
use overstap_api_types::{ErrorResponse, RegistrationResponse, RevisionRequest, SaveDraftRequest};

use crate::auth::ParentSession;
use crate::error::{ApiError, validate};
use crate::json_body::JsonBody;
use crate::parent::{ParentContext, registration};
use crate::state::AppState;

fn respond(state: &AppState, context: &ParentContext) -> web::Json<RegistrationResponse> {
    web::Json(registration::view(
        context,
        context.twin_first_name.clone(),
        state.clock.now(),
    ))
}

/// Show my child's aanmelding: status, voorkeurslijst, list rules and week dates
///
/// For a parent, about their own child. Answers the registration's status (groen, AG, AV, ...)
/// and `revision`, the voorkeurslijst saved so far, the list rules for the child's advice and
/// the dates of the aanmeldweek (whether it is open now).
#[utoipa::path(tag = "parent", security(("bearer" = [])), responses(
    (status = 200, description = "The registration as the parent sees it",
        body = RegistrationResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a parent (`forbidden`)", body = ErrorResponse)))]
#[get("/parent/registration")]
async fn get_registration(
    state: web::Data<AppState>,
    session: ParentSession,
) -> Result<web::Json<RegistrationResponse>, ApiError> {
    let context = ParentContext::load_verifying(&state.db, &state, &session).await?;
    Ok(respond(&state, &context))
}

/// Save my child's voorkeurslijst as a draft (groen or AG → AG)
///
/// For a parent, about their own child, during the aanmeldweek, in status groen or AG (withdraw
/// an AV list first). A draft may still be short; other rules are checked now. `link_twin` also
/// copies the list to the twin the school recorded. A stale `revision` changes nothing; a pupil
/// on the paper route registers on paper.
#[utoipa::path(tag = "parent", security(("bearer" = [])), request_body = SaveDraftRequest,
    responses((status = 200, description = "Saved; the registration in status AG",
        body = RegistrationResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a parent (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "`stale_revision` (somebody saved since), `window_closed` \
        (outside the aanmeldweek), `not_allowed_in_status`, `paper_route`, or `conflict` (the \
        twin's list changed at the same moment)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: a rule a draft must keep is broken, one \
        field error per rule (e.g. `not_eligible`, `duplicate`, `too_long`, `no_twin`)",
        body = ErrorResponse)))]
#[put("/parent/registration/draft")]
async fn save_draft(
    state: web::Data<AppState>,
    session: ParentSession,
    body: JsonBody<SaveDraftRequest>,
) -> Result<web::Json<RegistrationResponse>, ApiError> {
    validate(&*body)?;
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let mut context = ParentContext::load_verifying(&txn, &state, &session).await?;
    registration::save_draft(&txn, &mut context, &body, now).await?;
    txn.commit().await?;
    Ok(respond(&state, &context))
}

/// The `Idempotency-Key` header: required, at most 200 characters.
fn idempotency_key(req: &HttpRequest) -> Result<String, ApiError> {
    let key = req
        .headers()
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .ok_or_else(|| ApiError::Malformed("the Idempotency-Key header is required".to_owned()))?;
    if key.len() > 200 {
        return Err(ApiError::Malformed(
            "the Idempotency-Key header is longer than 200 characters".to_owned(),
        ));
    }
    Ok(key.to_owned())
}

/// Confirm my child's voorkeurslijst (AG → AV) and get the confirmation e-mail
///
/// For a parent, about their own child, during the aanmeldweek, in status AG; the list must keep
/// every rule (a linked twin's confirmed list must be the same). Idempotent: a retry with the
/// same `Idempotency-Key` answers the current registration and sends nothing, unless the
/// confirmation was withdrawn since (409). A pupil on the paper route registers on paper.
#[utoipa::path(tag = "parent", security(("bearer" = [])), request_body = RevisionRequest,
    params(("Idempotency-Key" = String, Header, description = "Unique per confirmation attempt; reuse it when retrying")),
    responses((status = 200, description = "Confirmed; the registration in status AV",
        body = RegistrationResponse),
    (status = 400, description = "No Idempotency-Key header, or one longer than 200 characters \
        (`malformed_request`)", body = ErrorResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a parent (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "`stale_revision` (somebody saved since), `window_closed` \
        (outside the aanmeldweek), `not_allowed_in_status`, `paper_route`, or `conflict` (a \
        retried confirmation that was withdrawn since)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: the list breaks a rule, one field error per \
        rule (e.g. `too_short`, `sibling_name_missing`, `twin_list_differs`)",
        body = ErrorResponse)))]
#[post("/parent/registration/confirm")]
async fn confirm_registration(
    state: web::Data<AppState>,
    session: ParentSession,
    req: HttpRequest,
    body: JsonBody<RevisionRequest>,
) -> Result<web::Json<RegistrationResponse>, ApiError> {
    let key = idempotency_key(&req)?;
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let mut context = ParentContext::load_verifying(&txn, &state, &session).await?;
    registration::confirm(
        &txn,
        &mut context,
        &key,
        body.revision,
        &state.public_url,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(respond(&state, &context))
}

/// Withdraw my child's confirmation (AV → AG); the list stays as a draft
///
/// For a parent, about their own child, during the aanmeldweek, in status AV. The list no longer
/// counts until it is confirmed again; the parent gets an e-mail saying so.
#[utoipa::path(tag = "parent", security(("bearer" = [])), request_body = RevisionRequest,
    responses((status = 200, description = "Withdrawn; the registration in status AG",
        body = RegistrationResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a parent (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "`stale_revision` (somebody saved since), `window_closed` \
        (outside the aanmeldweek) or `not_allowed_in_status` (not AV)", body = ErrorResponse)))]
#[post("/parent/registration/withdraw")]
async fn withdraw_registration(
    state: web::Data<AppState>,
    session: ParentSession,
    body: JsonBody<RevisionRequest>,
) -> Result<web::Json<RegistrationResponse>, ApiError> {
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let mut context = ParentContext::load_verifying(&txn, &state, &session).await?;
    registration::withdraw(&txn, &mut context, body.revision, &state.public_url, now).await?;
    txn.commit().await?;
    Ok(respond(&state, &context))
}

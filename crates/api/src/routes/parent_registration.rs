//! The parent's registration (aanmelding): read it, save the list as a draft, confirm,
//! withdraw. Every change carries the revision it was based on.

use actix_web::{HttpRequest, get, post, put, web};
use overstap_api_types::{ErrorResponse, RegistrationResponse, RevisionRequest, SaveDraftRequest};

use crate::auth::ParentSession;
use crate::error::{ApiError, validate};
use crate::parent::{ParentContext, registration};
use crate::state::AppState;

fn respond(state: &AppState, context: &ParentContext) -> web::Json<RegistrationResponse> {
    web::Json(registration::view(
        context,
        context.twin_first_name.clone(),
        state.clock.now(),
    ))
}

/// The registration with its list, the list rules for this advice and the week's dates.
#[utoipa::path(tag = "parent", security(("bearer" = [])), responses(
    (status = 200, body = RegistrationResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent", body = ErrorResponse)))]
#[get("/parent/registration")]
async fn get_registration(
    state: web::Data<AppState>,
    session: ParentSession,
) -> Result<web::Json<RegistrationResponse>, ApiError> {
    let context = ParentContext::load_verifying(&state.db, &state, &session).await?;
    Ok(respond(&state, &context))
}

/// Save the list as a draft (status AG). A stale `revision` gets 409 `stale_revision` and
/// changes nothing.
#[utoipa::path(tag = "parent", security(("bearer" = [])), request_body = SaveDraftRequest,
    responses((status = 200, body = RegistrationResponse),
    (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent", body = ErrorResponse),
    (status = 409, description = "stale_revision, window_closed or not_allowed_in_status", body = ErrorResponse),
    (status = 422, description = "A rule a draft must keep is broken; one code per rule", body = ErrorResponse)))]
#[put("/parent/registration/draft")]
async fn save_draft(
    state: web::Data<AppState>,
    session: ParentSession,
    body: web::Json<SaveDraftRequest>,
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

/// Confirm the list (AG → AV) and send the confirmation e-mail. Idempotent: a retry with the
/// same `Idempotency-Key` header answers with the current registration and sends nothing.
#[utoipa::path(tag = "parent", security(("bearer" = [])), request_body = RevisionRequest,
    params(("Idempotency-Key" = String, Header, description = "Unique per confirmation attempt; reuse it when retrying")),
    responses((status = 200, body = RegistrationResponse),
    (status = 400, description = "No Idempotency-Key header", body = ErrorResponse),
    (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent", body = ErrorResponse),
    (status = 409, description = "stale_revision, window_closed or not_allowed_in_status", body = ErrorResponse),
    (status = 422, description = "The list breaks a rule; one code per rule", body = ErrorResponse)))]
#[post("/parent/registration/confirm")]
async fn confirm_registration(
    state: web::Data<AppState>,
    session: ParentSession,
    req: HttpRequest,
    body: web::Json<RevisionRequest>,
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

/// Withdraw the confirmation (AV → AG) during the week; the list stays as a draft.
#[utoipa::path(tag = "parent", security(("bearer" = [])), request_body = RevisionRequest,
    responses((status = 200, body = RegistrationResponse),
    (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent", body = ErrorResponse),
    (status = 409, description = "stale_revision, window_closed or not_allowed_in_status", body = ErrorResponse)))]
#[post("/parent/registration/withdraw")]
async fn withdraw_registration(
    state: web::Data<AppState>,
    session: ParentSession,
    body: web::Json<RevisionRequest>,
) -> Result<web::Json<RegistrationResponse>, ApiError> {
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let mut context = ParentContext::load_verifying(&txn, &state, &session).await?;
    registration::withdraw(&txn, &mut context, body.revision, &state.public_url, now).await?;
    txn.commit().await?;
    Ok(respond(&state, &context))
}

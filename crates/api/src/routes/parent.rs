//! The parent's own child: data, language, the programmes to choose from, and the result.

use actix_web::{HttpResponse, get, put, web};
use overstap_api_types::{
    ChildResponse, ErrorResponse, LanguageRequest, PortalProgrammesResponse, ResultResponse,
};
use overstap_persistence::parents;

use crate::auth::{ParentSession, Session};
use crate::dto;
use crate::error::ApiError;
use crate::parent::ParentContext;
use crate::parent::views::{domain_language, portal_language};
use crate::state::AppState;

/// The child this parent account belongs to, with the data the primary school keeps and its
/// contact details for corrections.
#[utoipa::path(tag = "parent", security(("bearer" = [])), responses(
    (status = 200, body = ChildResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent", body = ErrorResponse)))]
#[get("/parent/child")]
async fn get_child(
    state: web::Data<AppState>,
    session: ParentSession,
) -> Result<web::Json<ChildResponse>, ApiError> {
    let context = ParentContext::load_verifying(&state.db, &state, &session).await?;
    let language = portal_language(context.language());
    let region = overstap_persistence::regions::find(&state.db, context.primary_school.region_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(web::Json(dto::child(
        context.pupil,
        &context.primary_school,
        &region,
        language,
    )))
}

/// Remember the portal language; e-mails to this parent are sent in it from now on.
#[utoipa::path(tag = "parent", security(("bearer" = [])), request_body = LanguageRequest,
    responses((status = 204, description = "Saved"), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent", body = ErrorResponse)))]
#[put("/parent/language")]
async fn put_language(
    state: web::Data<AppState>,
    session: Session,
    body: web::Json<LanguageRequest>,
) -> Result<HttpResponse, ApiError> {
    let account = session.parent_account()?;
    parents::set_language(&state.db, account, domain_language(body.language)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The programmes the child's advice admits in this region; none on the paper route.
#[utoipa::path(tag = "parent", security(("bearer" = [])), responses(
    (status = 200, body = PortalProgrammesResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent", body = ErrorResponse)))]
#[get("/parent/programmes")]
async fn get_programmes(
    state: web::Data<AppState>,
    session: ParentSession,
) -> Result<web::Json<PortalProgrammesResponse>, ApiError> {
    let context = ParentContext::load_verifying(&state.db, &state, &session).await?;
    Ok(web::Json(PortalProgrammesResponse {
        advice: crate::dto::advice(context.advice),
        programmes: context.offer.eligible(context.advice),
    }))
}

/// The placement: `not_yet` until the publication moment (with that moment), then `placed`
/// (programme and rank), `unplaced`, `pending` (no official run yet) or `not_participating`.
#[utoipa::path(tag = "parent", security(("bearer" = [])), responses(
    (status = 200, body = ResultResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent", body = ErrorResponse)))]
#[get("/parent/result")]
async fn get_result(
    state: web::Data<AppState>,
    session: ParentSession,
) -> Result<web::Json<ResultResponse>, ApiError> {
    let context = ParentContext::load_verifying(&state.db, &state, &session).await?;
    Ok(web::Json(
        crate::placement::result::view(&state.db, &context, state.clock.now()).await?,
    ))
}

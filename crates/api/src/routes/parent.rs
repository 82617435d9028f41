//! The parent's own child: data, language, the programmes to choose from, and the result.

use actix_web::{HttpResponse, get, put, web};
use overstap_api_types::{
    ChildResponse, ErrorResponse, LanguageRequest, PortalProgrammesResponse, ResultResponse,
};
use overstap_persistence::parents;

use crate::auth::{ParentSession, Session};
use crate::dto;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::parent::ParentContext;
use crate::parent::views::{domain_language, portal_language};
use crate::state::AppState;

/// Show my child's data as the primary school keeps it
///
/// For a parent, about their own child only (the child comes from the session). Answers the
/// data the primary school keeps, with the school's contact details: corrections go through the
/// school, not this portal.
#[utoipa::path(tag = "parent", security(("bearer" = [])), responses(
    (status = 200, description = "The child, the primary school and its contact details",
        body = ChildResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a parent (`forbidden`)", body = ErrorResponse)))]
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

/// Set my portal language, also for the e-mails I get
///
/// For a parent, about their own account. The portal language is remembered, and e-mails to
/// this parent are sent in it from now on. Allowed at any time.
#[utoipa::path(tag = "parent", security(("bearer" = [])), request_body = LanguageRequest,
    responses((status = 204, description = "Saved"),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a parent (`forbidden`)", body = ErrorResponse)))]
#[put("/parent/language")]
async fn put_language(
    state: web::Data<AppState>,
    session: Session,
    body: JsonBody<LanguageRequest>,
) -> Result<HttpResponse, ApiError> {
    let account = session.parent_account()?;
    parents::set_language(&state.db, account, domain_language(body.language)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// List the programmes my child's advice admits, to build the voorkeurslijst
///
/// For a parent, about their own child. Answers the child's advice and the programmes of the
/// region's secondary schools in the child's procedure year that admit it; none when the region
/// sends this advice to the paper route (pro).
#[utoipa::path(tag = "parent", security(("bearer" = [])), responses(
    (status = 200, description = "The advice and the programmes it admits",
        body = PortalProgrammesResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a parent (`forbidden`)", body = ErrorResponse)))]
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

/// Show my child's placement result (uitslag)
///
/// For a parent, about their own child. `not_yet` until the publication moment (with that
/// moment), then `placed` (programme and rank, also after a reserve offer or round 2),
/// `unplaced`, `pending` (no official run yet) or `not_participating`; with the reserve
/// positions where the region publishes them.
#[utoipa::path(tag = "parent", security(("bearer" = [])), responses(
    (status = 200, description = "The result, or when it will be published",
        body = ResultResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a parent (`forbidden`)", body = ErrorResponse)))]
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

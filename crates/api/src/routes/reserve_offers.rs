//! A VO school's offers of freed seats to its reserve lists (after publication).

use actix_web::{HttpResponse, get, post, web};
use overstap_api_types::{
    ErrorResponse, OfferDecisionRequest, ReserveOfferListResponse, ReserveOfferResponse,
};
use overstap_domain::ProgrammeId;
use uuid::Uuid;

use crate::auth::Session;
use crate::error::ApiError;
use crate::placement::reserve_offers;
use crate::state::AppState;

/// The offers made at this school's programmes.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, body = ReserveOfferListResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not VO staff", body = ErrorResponse),
    (status = 409, description = "Before publication (window_closed) or no official run", body = ErrorResponse)))]
#[get("/school/reserve-offers")]
async fn list_offers(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<ReserveOfferListResponse>, ApiError> {
    Ok(web::Json(ReserveOfferListResponse {
        offers: reserve_offers::list(&state, &session).await?,
    }))
}

/// Offer a freed seat of the programme to the highest pupil on its reserve list who has not
/// had an offer there.
#[utoipa::path(tag = "school", security(("bearer" = [])),
    params(("programme_id" = Uuid, Path)),
    responses((status = 201, body = ReserveOfferResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not VO staff", body = ErrorResponse),
    (status = 404, description = "Not a programme of this school", body = ErrorResponse),
    (status = 409, description = "Before publication, no official run, or the list is exhausted", body = ErrorResponse)))]
#[post("/school/programmes/{programme_id}/reserve-offers")]
async fn make_offer(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let offer =
        reserve_offers::offer(&state, &session, ProgrammeId::from_uuid(path.into_inner())).await?;
    Ok(HttpResponse::Created().json(offer))
}

/// Record the parents' answer; `accepted` moves the pupil to this programme (a logged change).
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = OfferDecisionRequest,
    params(("offer_id" = Uuid, Path)),
    responses((status = 200, body = ReserveOfferResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not VO staff", body = ErrorResponse),
    (status = 404, description = "Not an offer of this school", body = ErrorResponse),
    (status = 409, description = "Already answered", body = ErrorResponse),
    (status = 422, body = ErrorResponse)))]
#[post("/school/reserve-offers/{offer_id}/decision")]
async fn decide_offer(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<OfferDecisionRequest>,
) -> Result<web::Json<ReserveOfferResponse>, ApiError> {
    let Some(outcome) = body.outcome.known() else {
        return Err(ApiError::Invalid(vec![overstap_api_types::FieldError {
            field: "outcome".to_owned(),
            code: "unknown_outcome".to_owned(),
            message: "Use `accepted` or `declined`.".to_owned(),
        }]));
    };
    Ok(web::Json(
        reserve_offers::decide(&state, &session, path.into_inner(), outcome).await?,
    ))
}

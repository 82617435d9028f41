//! A VO school's offers of freed seats to its reserve lists (after publication).

use actix_web::{HttpResponse, get, post, web};
use overstap_api_types::{
    ErrorResponse, OfferDecisionRequest, ReserveOfferListResponse, ReserveOfferResponse,
};
use overstap_domain::{ProgrammeId, ReserveOfferId};
use uuid::Uuid;

use crate::auth::Session;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::placement::reserve_offers;
use crate::state::AppState;

/// List the reserve offers made at the school's programmes
///
/// VO staff, own school, from the publication moment on. Every offer of a freed seat made at the
/// school's programmes after the official run, with the pupil, their place on the reserve list and
/// the parents' answer.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, description = "The offers", body = ReserveOfferListResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not VO staff (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "`window_closed`: before publication; `conflict`: no official run yet", body = ErrorResponse)))]
#[get("/school/reserve-offers")]
async fn list_offers(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<ReserveOfferListResponse>, ApiError> {
    Ok(web::Json(ReserveOfferListResponse {
        offers: reserve_offers::list(&state, &session).await?,
    }))
}

/// Offer a freed seat of a programme to its reserve list
///
/// VO staff, own school, from the publication moment on. Offers the seat to the highest pupil on
/// the programme's reserve list who has not had an offer there yet. Audited.
#[utoipa::path(tag = "school", security(("bearer" = [])),
    params(("programme_id" = Uuid, Path)),
    responses(
    (status = 201, description = "The offer, with the pupil and their place on the reserve list", body = ReserveOfferResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not VO staff (`forbidden`)", body = ErrorResponse),
    (status = 404, description = "Not a programme of this school, or the region has no procedure (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`window_closed`: before publication; `conflict`: no official run yet, or everybody on the list has had an offer", body = ErrorResponse)))]
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

/// Record the parents' answer to a reserve offer
///
/// VO staff, own school. `accepted` moves the pupil to this programme (a logged place change),
/// `declined` leaves the place as it was; either way the parent gets an e-mail. An offer is
/// answered once. Audited.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = OfferDecisionRequest,
    params(("offer_id" = Uuid, Path)),
    responses(
    (status = 200, description = "The offer with its answer", body = ReserveOfferResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not VO staff (`forbidden`)", body = ErrorResponse),
    (status = 404, description = "Not an offer at this school's programmes, or the region has no procedure (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`conflict`: the offer was already answered", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `outcome` is not `accepted` or `declined` (`unknown_outcome`)", body = ErrorResponse)))]
#[post("/school/reserve-offers/{offer_id}/decision")]
async fn decide_offer(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<OfferDecisionRequest>,
) -> Result<web::Json<ReserveOfferResponse>, ApiError> {
    let Some(outcome) = body.outcome.known() else {
        return Err(ApiError::Invalid(vec![overstap_api_types::FieldError {
            field: "outcome".to_owned(),
            code: "unknown_outcome".to_owned(),
            message: "Use `accepted` or `declined`.".to_owned(),
        }]));
    };
    Ok(web::Json(
        reserve_offers::decide(
            &state,
            &session,
            ReserveOfferId::from_uuid(path.into_inner()),
            outcome,
        )
        .await?,
    ))
}

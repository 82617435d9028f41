//! Privacy routes: the coordinator's erasure of one pupil and the parent's data export (AVG
//! art. 15, as JSON).

use actix_web::{HttpResponse, delete, get, web};
use overstap_api_types::{ErrorResponse, RegionPupilQuery, RegionPupilResponse};
use overstap_domain::{ElkNumber, PupilId, SchoolId};
use overstap_persistence::entities::pupil;
use overstap_persistence::{data_export, schools};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::auth::Session;
use crate::error::ApiError;
use crate::privacy;
use crate::state::AppState;

/// Look up a pupil of my region by ELK number, to check an erasure request
///
/// For a coordinator, about pupils of schools in their own region. Answers the pupil's id, name
/// and primary school, so the right child is erased. A malformed ELK-nummer, or a pupil of
/// another region, is answered like an unknown one.
#[utoipa::path(tag = "privacy", security(("bearer" = [])), params(RegionPupilQuery),
    responses((status = 200, description = "The pupil with this ELK number",
        body = RegionPupilResponse),
    (status = 400, description = "A query parameter is missing or malformed (`malformed_request`)", body = ErrorResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not the coordinator (`forbidden`), or two-step sign-in \
        must be set up first (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "No pupil of the region has this number (`not_found`)",
        body = ErrorResponse)))]
#[get("/region/pupils")]
async fn find_region_pupil(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<RegionPupilQuery>,
) -> Result<web::Json<RegionPupilResponse>, ApiError> {
    let region = session.coordinator_region()?;
    let elk = ElkNumber::parse(&query.elk_number).map_err(|_| ApiError::NotFound)?;
    let pupil = pupil::Entity::find()
        .filter(pupil::Column::ElkNumber.eq(elk.to_string()))
        .one(&state.db)
        .await?
        .ok_or(ApiError::NotFound)?;
    let school = schools::find(&state.db, SchoolId::from_uuid(pupil.school_id))
        .await?
        .filter(|s| s.region_id == region)
        .ok_or(ApiError::NotFound)?;
    Ok(web::Json(RegionPupilResponse {
        id: pupil.id,
        elk_number: pupil.elk_number,
        first_name: pupil.first_name,
        last_name: pupil.last_name,
        primary_school_name: school.name,
    }))
}

/// Erase one pupil of my region and the parent's data, on request
///
/// For a coordinator, about a pupil of their own region (AVG erasure request). Erases as the
/// retention purge would; the audit log keeps its entries under a pseudonym. Refused from the
/// placement moment until publication while the official round-1 run has not been stored.
#[utoipa::path(tag = "privacy", security(("bearer" = [])),
    params(("pupil_id" = Uuid, Path)),
    responses((status = 204, description = "Erased"),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not the coordinator (`forbidden`), or two-step sign-in \
        must be set up first (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "No such pupil in the region (`not_found`)",
        body = ErrorResponse),
    (status = 409, description = "The official placement run is due (`conflict`, with the \
        placement and publication moments)", body = ErrorResponse)))]
#[delete("/region/pupils/{pupil_id}")]
async fn erase_pupil(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    privacy::erase::erase_pupil(&state, &session, PupilId::from_uuid(path.into_inner())).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Download everything held about my child, as one JSON document
///
/// For a parent, about their own child only (the child comes from the session, never the
/// request); the AVG right of access (art. 15). Sent as the attachment `overstap-gegevens.json`,
/// with the moment it was made.
#[utoipa::path(tag = "privacy", security(("bearer" = [])),
    responses((status = 200, description = "The export", content_type = "application/json"),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a parent (`forbidden`)", body = ErrorResponse)))]
#[get("/parent/data-export")]
async fn export_parent_data(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, ApiError> {
    // Only the signed-in parent's own child: the pupil comes from the session, never the request.
    let pupil = session.parent_pupil()?;
    let document = data_export::export(&state.db, pupil.as_uuid())
        .await?
        .ok_or(ApiError::NotFound)?;
    let body = serde_json::to_string_pretty(&serde_json::json!({
        "generated_at": state.clock.now(),
        "data": document,
    }))
    .map_err(ApiError::internal)?;
    Ok(HttpResponse::Ok()
        .insert_header((
            "content-disposition",
            "attachment; filename=\"overstap-gegevens.json\"",
        ))
        .content_type("application/json")
        .body(body))
}

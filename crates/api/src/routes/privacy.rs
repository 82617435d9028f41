//! Privacy routes: the coordinator's erasure of one pupil and the parent's data export.

use actix_web::{HttpResponse, delete, get, web};
use overstap_api_types::ErrorResponse;
use overstap_domain::PupilId;
use uuid::Uuid;

use crate::auth::Session;
use crate::error::ApiError;
use crate::privacy;
use crate::state::AppState;

/// Erases one pupil of the region and its parent's data, as the retention purge would; the
/// audit log keeps its entries under a pseudonym.
#[utoipa::path(tag = "privacy", security(("bearer" = [])),
    params(("pupil_id" = Uuid, Path)),
    responses((status = 204, description = "Erased"),
    (status = 401, body = ErrorResponse),
    (status = 403, description = "Not the coordinator", body = ErrorResponse),
    (status = 404, description = "No such pupil in the region", body = ErrorResponse),
    (status = 409, description = "The official placement run is due", body = ErrorResponse)))]
#[delete("/region/pupils/{pupil_id}")]
async fn erase_pupil(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    privacy::erase::erase_pupil(&state, &session, PupilId::from_uuid(path.into_inner())).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Everything held about the signed-in parent's child, as one JSON document to download.
#[utoipa::path(tag = "privacy", security(("bearer" = [])),
    responses((status = 200, description = "The export", content_type = "application/json"),
    (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent", body = ErrorResponse)))]
#[get("/parent/data-export")]
async fn export_parent_data(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, ApiError> {
    let body = privacy::export::export(&state, &session).await?;
    Ok(HttpResponse::Ok()
        .insert_header((
            "content-disposition",
            "attachment; filename=\"overstap-gegevens.json\"",
        ))
        .content_type("application/json")
        .body(body))
}

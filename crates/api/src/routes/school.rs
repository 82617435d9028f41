//! A school's own data: a PO school's pupils, a VO school's programmes.

use actix_web::{get, web};
use overstap_api_types::{ErrorResponse, ProgrammeListResponse, PupilListResponse, PupilResponse};
use overstap_domain::PupilId;
use overstap_persistence::{pupils, schools};
use uuid::Uuid;

use crate::auth::Session;
use crate::dto;
use crate::error::ApiError;
use crate::state::AppState;

/// The pupils of the signed-in PO staff member's own school.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, body = PupilListResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not PO staff", body = ErrorResponse)))]
#[get("/school/pupils")]
async fn list_pupils(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<PupilListResponse>, ApiError> {
    let school_id = session.po_school()?;
    let pupils: Vec<PupilResponse> = pupils::list_for_school(&state.db, school_id)
        .await?
        .into_iter()
        .map(dto::pupil)
        .collect();
    Ok(web::Json(PupilListResponse {
        total: pupils.len() as u64,
        pupils,
    }))
}

/// One pupil of the signed-in PO staff member's school; another school's pupil is a 404.
#[utoipa::path(tag = "school", security(("bearer" = [])),
    params(("pupil_id" = Uuid, Path, description = "The pupil's id")),
    responses((status = 200, body = PupilResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse)))]
#[get("/school/pupils/{pupil_id}")]
async fn get_pupil(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<web::Json<PupilResponse>, ApiError> {
    let school_id = session.po_school()?;
    let pupil = pupils::find_for_school(&state.db, school_id, PupilId::from_uuid(*path))
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(web::Json(dto::pupil(pupil)))
}

/// The programmes of the signed-in VO staff member's own school.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, body = ProgrammeListResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not VO staff", body = ErrorResponse)))]
#[get("/school/programmes")]
async fn list_programmes(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<ProgrammeListResponse>, ApiError> {
    let school_id = session.vo_school()?;
    let programmes = schools::list_programmes(&state.db, school_id)
        .await?
        .into_iter()
        .map(dto::programme)
        .collect();
    Ok(web::Json(ProgrammeListResponse { programmes }))
}

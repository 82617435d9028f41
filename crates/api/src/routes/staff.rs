//! Staff accounts, managed by a coordinator (the region's) or a board admin (the PO and VO
//! staff of the board's schools). Out of reach is 404; a role the manager may not give out 403.

use actix_web::{HttpResponse, get, post, put, web};
use overstap_api_types::{
    ActiveRequest, ErrorResponse, InviteStaffRequest, StaffListResponse, StaffMemberResponse,
    UpdateStaffRequest,
};
use overstap_domain::StaffUserId;
use uuid::Uuid;

use crate::auth::Session;
use crate::error::{ApiError, validate};
use crate::staff::accounts::{self, Manager};
use crate::state::AppState;

/// The staff accounts I manage, by name: invited (no password yet), active or deactivated.
#[utoipa::path(tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffListResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse)))]
#[get("/staff")]
async fn list_staff(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<StaffListResponse>, ApiError> {
    let manager = Manager::of(&session)?;
    Ok(web::Json(accounts::list(&state, &manager).await?))
}

/// Invite somebody: the account is made at once and an e-mail with a single-use link (valid
/// 7 days from delivery) lets them choose a password. PO and VO staff name a school of the
/// right kind, a board admin a board; a coordinator neither.
#[utoipa::path(tag = "staff", security(("bearer" = [])), request_body = InviteStaffRequest,
    responses((status = 201, body = StaffMemberResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "The role may not be given out by me", body = ErrorResponse),
    (status = 404, description = "The school or board is not mine to give out", body = ErrorResponse),
    (status = 409, description = "email_taken", body = ErrorResponse),
    (status = 422, body = ErrorResponse)))]
#[post("/staff")]
async fn invite_staff(
    state: web::Data<AppState>,
    session: Session,
    body: web::Json<InviteStaffRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    let manager = Manager::of(&session)?;
    let created = accounts::invite(&state, &manager, &body).await?;
    Ok(HttpResponse::Created().json(created))
}

/// Change an account's name, role, workplace or e-mail language. A new role or workplace ends
/// its sessions; nobody changes their own role or workplace.
#[utoipa::path(tag = "staff", security(("bearer" = [])), request_body = UpdateStaffRequest,
    params(("staff_id" = Uuid, Path, description = "The account's id")),
    responses((status = 200, body = StaffMemberResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
    (status = 409, body = ErrorResponse), (status = 422, body = ErrorResponse)))]
#[put("/staff/{staff_id}")]
async fn update_staff(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<UpdateStaffRequest>,
) -> Result<web::Json<StaffMemberResponse>, ApiError> {
    validate(&*body)?;
    let manager = Manager::of(&session)?;
    let id = StaffUserId::from_uuid(*path);
    Ok(web::Json(
        accounts::update(&state, &manager, id, &body).await?,
    ))
}

/// Deactivate an account (its sessions end: the next request is 401; its open links stop
/// working) or reactivate it.
#[utoipa::path(tag = "staff", security(("bearer" = [])), request_body = ActiveRequest,
    params(("staff_id" = Uuid, Path, description = "The account's id")),
    responses((status = 200, body = StaffMemberResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
    (status = 409, description = "My own account", body = ErrorResponse)))]
#[put("/staff/{staff_id}/active")]
async fn set_staff_active(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<ActiveRequest>,
) -> Result<web::Json<StaffMemberResponse>, ApiError> {
    let manager = Manager::of(&session)?;
    let id = StaffUserId::from_uuid(*path);
    Ok(web::Json(
        accounts::set_active(&state, &manager, id, body.active).await?,
    ))
}

/// Send a new invitation to an account that has not chosen its password; the earlier link
/// stops working.
#[utoipa::path(tag = "staff", security(("bearer" = [])),
    params(("staff_id" = Uuid, Path, description = "The account's id")),
    responses((status = 200, body = StaffMemberResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
    (status = 409, description = "Deactivated, or the password was chosen already", body = ErrorResponse)))]
#[post("/staff/{staff_id}/invitation")]
async fn resend_invitation(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<web::Json<StaffMemberResponse>, ApiError> {
    let manager = Manager::of(&session)?;
    let id = StaffUserId::from_uuid(*path);
    Ok(web::Json(accounts::resend(&state, &manager, id).await?))
}

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
use crate::json_body::JsonBody;
use crate::staff::accounts::{self, Manager};
use crate::state::AppState;

/// List the staff accounts I manage
///
/// For a coordinator (every staff account of the region) or a board admin (the PO and VO staff
/// of the board's schools). Each account with its role, schools or board, e-mail language and
/// state: invited (no password yet, with the invitation's expiry), active or deactivated.
#[utoipa::path(tag = "staff", security(("bearer" = [])),
    responses((status = 200, description = "The accounts I manage", body = StaffListResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin (`forbidden`), or two-step \
        sign-in must be set up first (`one_time_password_setup_required`)",
        body = ErrorResponse)))]
#[get("/staff")]
async fn list_staff(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<StaffListResponse>, ApiError> {
    let manager = Manager::of(&session)?;
    Ok(web::Json(accounts::list(&state, &manager).await?))
}

/// Invite a staff member: make the account and e-mail a link to choose a password
///
/// For a coordinator (any staff role) or a board admin (PO and VO staff at the board's schools).
/// The account is made at once; the e-mailed single-use link works 7 days from delivery. PO and
/// VO staff name an active school of the right kind (and maybe other schools of that kind), a
/// board admin a board; a coordinator neither.
#[utoipa::path(tag = "staff", security(("bearer" = [])), request_body = InviteStaffRequest,
    responses((status = 201, description = "Invited; the account as its manager sees it",
        body = StaffMemberResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin, or the role may not be \
        given out by me (`forbidden`); or two-step sign-in must be set up first \
        (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "The school or board is not mine to give out (`not_found`)",
        body = ErrorResponse),
    (status = 409, description = "Another staff account has this e-mail address \
        (`email_taken`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: e.g. the workplace does not fit the role, \
        or a school or board is deactivated", body = ErrorResponse)))]
#[post("/staff")]
async fn invite_staff(
    state: web::Data<AppState>,
    session: Session,
    body: JsonBody<InviteStaffRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    let manager = Manager::of(&session)?;
    let created = accounts::invite(&state, &manager, &body).await?;
    Ok(HttpResponse::Created().json(created))
}

/// Change a staff account's name, role, workplace or e-mail language
///
/// For the account's manager: a coordinator (the region's accounts) or a board admin (PO and VO
/// staff of the board's schools). A new role or workplace, or a school taken away, ends the
/// account's sessions. Nobody changes their own role or workplace.
#[utoipa::path(tag = "staff", security(("bearer" = [])), request_body = UpdateStaffRequest,
    params(("staff_id" = Uuid, Path, description = "The account's id")),
    responses((status = 200, description = "The account as changed", body = StaffMemberResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin, or the new role may not be \
        given out by me (`forbidden`); or two-step sign-in must be set up first \
        (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "The account, or a school or board named, is not mine \
        (`not_found`)", body = ErrorResponse),
    (status = 409, description = "My own role or workplace (`conflict`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: e.g. the workplace does not fit the role, \
        or a school or board is deactivated", body = ErrorResponse)))]
#[put("/staff/{staff_id}")]
async fn update_staff(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<UpdateStaffRequest>,
) -> Result<web::Json<StaffMemberResponse>, ApiError> {
    validate(&*body)?;
    let manager = Manager::of(&session)?;
    let id = StaffUserId::from_uuid(*path);
    Ok(web::Json(
        accounts::update(&state, &manager, id, &body).await?,
    ))
}

/// Deactivate or reactivate a staff account
///
/// For the account's manager: a coordinator (the region's accounts) or a board admin (PO and VO
/// staff of the board's schools). Deactivating ends every session of the account (its next
/// request is 401) and its open links stop working. Nobody deactivates their own account.
#[utoipa::path(tag = "staff", security(("bearer" = [])), request_body = ActiveRequest,
    params(("staff_id" = Uuid, Path, description = "The account's id")),
    responses((status = 200, description = "The account as it is now", body = StaffMemberResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin (`forbidden`), or two-step \
        sign-in must be set up first (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "No account of mine has this id (`not_found`)",
        body = ErrorResponse),
    (status = 409, description = "Deactivating my own account (`conflict`)",
        body = ErrorResponse)))]
#[put("/staff/{staff_id}/active")]
async fn set_staff_active(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<ActiveRequest>,
) -> Result<web::Json<StaffMemberResponse>, ApiError> {
    let manager = Manager::of(&session)?;
    let id = StaffUserId::from_uuid(*path);
    Ok(web::Json(
        accounts::set_active(&state, &manager, id, body.active).await?,
    ))
}

/// Send a new invitation to a staff account that has not chosen its password
///
/// For the account's manager: a coordinator (the region's accounts) or a board admin (PO and VO
/// staff of the board's schools). The new e-mailed link works 7 days from delivery; the earlier
/// link stops working. Refused for a deactivated account or one that has a password.
#[utoipa::path(tag = "staff", security(("bearer" = [])),
    params(("staff_id" = Uuid, Path, description = "The account's id")),
    responses((status = 200, description = "Sent; the account with its new invitation",
        body = StaffMemberResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin (`forbidden`), or two-step \
        sign-in must be set up first (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "No account of mine has this id (`not_found`)",
        body = ErrorResponse),
    (status = 409, description = "Deactivated, or the password was chosen already (`conflict`)",
        body = ErrorResponse)))]
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

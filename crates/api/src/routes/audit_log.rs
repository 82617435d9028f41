//! The audit log, read by a coordinator (the region's) or a board admin (its schools'); every
//! other role is 403.

use actix_web::http::header;
use actix_web::{HttpResponse, get, web};
use overstap_api_types::{AuditLogQuery, AuditLogResponse, ErrorResponse};

use crate::audit_log;
use crate::auth::Session;
use crate::error::ApiError;
use crate::state::AppState;

/// Read the audit log, newest first
///
/// Coordinator (the whole region) or board admin (the board's schools). Filters by actor (role or
/// account), pupil (ELK-nummer), action (or a family such as `staff.`) and period; a page at a time
/// (`limit`, 50 by default), the next one with `next_cursor`.
#[utoipa::path(tag = "region", security(("bearer" = [])), params(AuditLogQuery), responses(
    (status = 200, description = "A page of entries, and the cursor of the next page", body = AuditLogResponse),
    (status = 400, description = "A query parameter is malformed (`malformed_request`)", body = ErrorResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: a filter or the cursor is invalid (e.g. `elk_number`, `date_time`, `range`, `invalid_cursor`)", body = ErrorResponse)))]
#[get("/audit-log")]
async fn list_audit_log(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<AuditLogQuery>,
) -> Result<web::Json<AuditLogResponse>, ApiError> {
    Ok(web::Json(audit_log::page(&state, &session, &query).await?))
}

/// Export the audit log as CSV
///
/// Coordinator (the whole region) or board admin (the board's schools). The same filters as
/// `GET /audit-log`, without paging: at most 10,000 entries, newest first, moments in
/// Europe/Amsterdam time.
#[utoipa::path(tag = "region", security(("bearer" = [])), params(AuditLogQuery), responses(
    (status = 200, description = "CSV file (`auditlog.csv`)", content_type = "text/csv", body = String),
    (status = 400, description = "A query parameter is malformed (`malformed_request`)", body = ErrorResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: a filter is invalid", body = ErrorResponse)))]
#[get("/audit-log/export")]
async fn export_audit_log(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<AuditLogQuery>,
) -> Result<HttpResponse, ApiError> {
    let csv = audit_log::export(&state, &session, &query).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"auditlog.csv\"",
        ))
        .body(csv))
}

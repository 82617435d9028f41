//! The audit log, read by a coordinator (the region's) or a board admin (its schools'); every
//! other role is 403.

use actix_web::http::header;
use actix_web::{HttpResponse, get, web};
use overstap_api_types::{AuditLogQuery, AuditLogResponse, ErrorResponse};

use crate::audit_log;
use crate::auth::Session;
use crate::error::ApiError;
use crate::state::AppState;

/// The audit log newest first, filtered by actor, pupil (ELK number), action and period, a
/// page at a time (`next_cursor`).
#[utoipa::path(tag = "region", security(("bearer" = [])), params(AuditLogQuery), responses(
    (status = 200, body = AuditLogResponse),
    (status = 400, description = "A query parameter is malformed (`malformed_request`)", body = ErrorResponse),
    (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin", body = ErrorResponse),
    (status = 422, description = "A filter or the cursor is invalid", body = ErrorResponse)))]
#[get("/audit-log")]
async fn list_audit_log(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<AuditLogQuery>,
) -> Result<web::Json<AuditLogResponse>, ApiError> {
    Ok(web::Json(audit_log::page(&state, &session, &query).await?))
}

/// The same entries (without paging, at most 10,000) as a CSV file, moments in
/// Europe/Amsterdam time.
#[utoipa::path(tag = "region", security(("bearer" = [])), params(AuditLogQuery), responses(
    (status = 200, description = "CSV file", content_type = "text/csv", body = String),
    (status = 400, description = "A query parameter is malformed (`malformed_request`)", body = ErrorResponse),
    (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin", body = ErrorResponse),
    (status = 422, description = "A filter is invalid", body = ErrorResponse)))]
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

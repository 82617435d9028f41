//! API clients, managed by a coordinator (the region's) or a board admin (the board's). Out of
//! reach is 404.

use actix_web::{HttpResponse, delete, get, post, web};
use overstap_api_types::{
    ApiClientListResponse, ApiClientRequest, ApiClientSecretResponse, ErrorResponse,
};
use overstap_domain::ApiClientId;
use uuid::Uuid;

use crate::api_clients;
use crate::auth::Session;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::state::AppState;

/// List the API clients I manage
///
/// For a coordinator (every client of the region) or a board admin (the clients made for the
/// board's schools). Never a secret; revoked clients stay listed with the moment of revocation.
#[utoipa::path(tag = "api-clients", security(("bearer" = [])),
    responses((status = 200, description = "The clients I manage, by name", body = ApiClientListResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin (`forbidden`), or two-step sign-in must be set up first (`one_time_password_setup_required`)", body = ErrorResponse)))]
#[get("/api-clients")]
async fn list_api_clients(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<ApiClientListResponse>, ApiError> {
    Ok(web::Json(api_clients::list(&state, &session).await?))
}

/// Make an API client for a school administration system
///
/// For a coordinator (any of the region's schools) or a board admin (the board's schools). The
/// answer holds the `client_secret`, shown this once: the server keeps only its hash. Audited.
#[utoipa::path(tag = "api-clients", security(("bearer" = [])), request_body = ApiClientRequest,
    responses((status = 201, description = "The client and its secret; `Location` gives the client list", body = ApiClientSecretResponse,
        headers(("Location" = String, description = "`/api/v1/api-clients`, where the client is listed"))),
    (status = 401, description = "Not signed in, or the token expired or was revoked (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin (`forbidden`), or two-step sign-in must be set up first (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 409, description = "Another request made a client of this name at the same moment (`already_exists`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: a name another client has (`taken`), a school that is not mine (`unknown_school`) or deactivated (`inactive`), no scope", body = ErrorResponse)))]
#[post("/api-clients")]
async fn create_api_client(
    state: web::Data<AppState>,
    session: Session,
    body: JsonBody<ApiClientRequest>,
) -> Result<HttpResponse, ApiError> {
    let created = api_clients::create(&state, &session, &body).await?;
    Ok(HttpResponse::Created()
        .insert_header((actix_web::http::header::LOCATION, "/api/v1/api-clients"))
        .json(created))
}

/// Rotate an API client's secret
///
/// A new `client_secret`, shown this once. The previous secret keeps working for 24 hours
/// (`previous_secret_until`), so the system can switch without a gap. Audited.
#[utoipa::path(tag = "api-clients", security(("bearer" = [])),
    params(("client_id" = Uuid, Path, description = "The client")),
    responses((status = 200, description = "The client and its new secret", body = ApiClientSecretResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin (`forbidden`), or two-step sign-in must be set up first (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "No such client among mine (`not_found`)", body = ErrorResponse),
    (status = 409, description = "The client was revoked (`conflict`)", body = ErrorResponse)))]
#[post("/api-clients/{client_id}/secret")]
async fn rotate_api_client_secret(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<web::Json<ApiClientSecretResponse>, ApiError> {
    let id = ApiClientId::from_uuid(path.into_inner());
    Ok(web::Json(api_clients::rotate(&state, &session, id).await?))
}

/// Revoke an API client
///
/// For good: it gets no more tokens, and the tokens it holds stop working at once. The client
/// stays listed (and named in the audit log). Revoking a revoked client changes nothing. Audited.
#[utoipa::path(tag = "api-clients", security(("bearer" = [])),
    params(("client_id" = Uuid, Path, description = "The client")),
    responses((status = 204, description = "Revoked"),
    (status = 401, description = "Not signed in, or the token expired or was revoked (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator or board admin (`forbidden`), or two-step sign-in must be set up first (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "No such client among mine (`not_found`)", body = ErrorResponse)))]
#[delete("/api-clients/{client_id}")]
async fn revoke_api_client(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = ApiClientId::from_uuid(path.into_inner());
    api_clients::revoke(&state, &session, id).await?;
    Ok(HttpResponse::NoContent().finish())
}

//! The OAuth 2.0 token endpoint for API clients: the client credentials grant (RFC 6749 §4.4),
//! with its errors as RFC 6749 §5.2 prescribes (not problem documents).

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, post, web};
use base64::Engine;
use overstap_api_types::{
    ClientTokenResponse, ErrorResponse, OAuthErrorCode, OAuthErrorResponse, TokenRequest,
};
use overstap_domain::api_client::GrantError;
use overstap_domain::{ApiClientId, SchoolId};
use overstap_persistence::{api_clients, schools};

use crate::auth::client_access;
use crate::auth::tokens::{Claims, hash_opaque_token};
use crate::error::ApiError;
use crate::state::AppState;

/// A token request is a few short parameters.
const MAX_FORM_BYTES: usize = 8 * 1024;

/// A refused token request.
struct Refusal {
    code: OAuthErrorCode,
    description: &'static str,
}

fn refuse(code: OAuthErrorCode, description: &'static str) -> Refusal {
    Refusal { code, description }
}

impl Refusal {
    fn response(&self) -> HttpResponse {
        let mut response = if self.code == OAuthErrorCode::InvalidClient {
            let mut r = HttpResponse::Unauthorized();
            r.insert_header((header::WWW_AUTHENTICATE, r#"Basic realm="overstap""#));
            r
        } else {
            HttpResponse::BadRequest()
        };
        response
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .insert_header((header::PRAGMA, "no-cache"))
            .json(OAuthErrorResponse {
                error: self.code,
                error_description: self.description.to_owned(),
            })
    }
}

/// `client_id` and `client_secret` from HTTP Basic (each form-urlencoded, RFC 6749 §2.3.1).
fn basic_credentials(req: &HttpRequest) -> Option<Result<(String, String), Refusal>> {
    let value = req.headers().get(header::AUTHORIZATION)?;
    let malformed = || Refusal {
        code: OAuthErrorCode::InvalidClient,
        description: "The Basic credentials do not decode.",
    };
    let parsed = value
        .to_str()
        .ok()
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("basic"))
        .and_then(|(_, encoded)| {
            base64::engine::general_purpose::STANDARD
                .decode(encoded.trim())
                .ok()
        })
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| {
            let (id, secret) = text.split_once(':')?;
            let decode = |s: &str| {
                form_urlencoded::parse(format!("v={s}").as_bytes())
                    .next()
                    .map(|(_, v)| v.into_owned())
            };
            Some((decode(id)?, decode(secret)?))
        });
    Some(parsed.ok_or_else(malformed))
}

async fn token(
    state: &AppState,
    req: &HttpRequest,
    body: &[u8],
) -> Result<Result<ClientTokenResponse, Refusal>, ApiError> {
    let form_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';').next().is_some_and(|t| {
                t.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            })
        });
    if !form_type {
        return Ok(Err(refuse(
            OAuthErrorCode::InvalidRequest,
            "Send the request as application/x-www-form-urlencoded.",
        )));
    }
    let Ok(form) = serde_urlencoded::from_bytes::<TokenRequest>(body) else {
        return Ok(Err(refuse(
            OAuthErrorCode::InvalidRequest,
            "The form does not parse, or names a parameter twice.",
        )));
    };
    match form.grant_type.as_deref() {
        None => {
            return Ok(Err(refuse(
                OAuthErrorCode::InvalidRequest,
                "grant_type is missing.",
            )));
        }
        Some("client_credentials") => {}
        Some(_) => {
            return Ok(Err(refuse(
                OAuthErrorCode::UnsupportedGrantType,
                "Only grant_type=client_credentials is supported.",
            )));
        }
    }
    let (client_id, secret) = match (basic_credentials(req), &form.client_id) {
        (Some(Err(refusal)), _) => return Ok(Err(refusal)),
        // Many libraries repeat the client_id in the form beside HTTP Basic: one method still,
        // as long as it names the same client and brings no second secret (RFC 6749 §2.3).
        (Some(Ok((id, secret))), form_id)
            if form.client_secret.is_none()
                && form_id.as_deref().is_none_or(|f| f.trim() == id.trim()) =>
        {
            (id, secret)
        }
        (Some(Ok(_)), _) => {
            return Ok(Err(refuse(
                OAuthErrorCode::InvalidRequest,
                "Authenticate with one method: HTTP Basic or client_id and client_secret in the form.",
            )));
        }
        (None, Some(id)) => (id.clone(), form.client_secret.clone().unwrap_or_default()),
        (None, None) => {
            return Ok(Err(refuse(
                OAuthErrorCode::InvalidClient,
                "Authenticate the client with HTTP Basic (client_id:client_secret).",
            )));
        }
    };
    let invalid_client = Refusal {
        code: OAuthErrorCode::InvalidClient,
        description: "Unknown client, wrong or expired secret, or a revoked client.",
    };
    let now = state.clock.now();
    let Ok(id) = uuid::Uuid::parse_str(client_id.trim()).map(ApiClientId::from_uuid) else {
        return Ok(Err(invalid_client));
    };
    let client = api_clients::find(&state.db, id, now)
        .await?
        .filter(|c| c.revoked_at.is_none());
    let opens = api_clients::secret_opens(&state.db, id, &hash_opaque_token(&secret), now).await?;
    let Some(client) = client.filter(|_| opens) else {
        return Ok(Err(invalid_client));
    };
    let school = match form.school_id.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => match uuid::Uuid::parse_str(text) {
            Ok(id) => Some(SchoolId::from_uuid(id)),
            Err(_) => {
                return Ok(Err(refuse(
                    OAuthErrorCode::InvalidRequest,
                    "school_id is not a school id.",
                )));
            }
        },
    };
    let grant = match crate::api_clients::grant(&client, form.scope.as_deref(), school) {
        Ok(grant) => grant,
        Err(GrantError::InvalidScope(_)) => {
            return Ok(Err(refuse(
                OAuthErrorCode::InvalidScope,
                "The scope asks for more than the client was given.",
            )));
        }
        Err(GrantError::SchoolRequired) => {
            return Ok(Err(refuse(
                OAuthErrorCode::InvalidRequest,
                "The client acts for several schools: name one in school_id.",
            )));
        }
        Err(GrantError::NotTheClientsSchool) => {
            return Ok(Err(refuse(
                OAuthErrorCode::InvalidRequest,
                "The client does not act for this school_id.",
            )));
        }
    };
    if !schools::find(&state.db, grant.school)
        .await?
        .is_some_and(|s| s.active)
    {
        return Ok(Err(refuse(
            OAuthErrorCode::InvalidRequest,
            "The school is deactivated.",
        )));
    }
    let scope = grant.scopes.to_string();
    let claims = Claims {
        sub: client.id.as_uuid(),
        role: client_access::ROLE.to_owned(),
        region: client.region_id.as_uuid(),
        school: Some(grant.school.as_uuid()),
        board: None,
        pupil: None,
        sid: uuid::Uuid::new_v4(),
        two_step: false,
        scope: Some(scope.clone()),
        iss: String::new(),
        aud: String::new(),
        iat: 0,
        exp: 0,
    };
    let access_token = state.tokens.issue(claims, now)?;
    api_clients::touch(&state.db, client.id, now).await?;
    Ok(Ok(ClientTokenResponse {
        access_token,
        token_type: "Bearer".to_owned(),
        expires_in: state.tokens.access_ttl_seconds,
        scope,
        school_id: grant.school.as_uuid(),
    }))
}

/// Get an access token for an API client (OAuth 2.0 client credentials)
///
/// RFC 6749 §4.4: the client authenticates with HTTP Basic (`client_id:client_secret`) or with
/// `client_id` and `client_secret` in the form, and gets a short-lived bearer token for one of
/// its schools (`school_id`, needed when it acts for several) and the scopes asked for (all of
/// its scopes when `scope` is left out). There is no refresh token: ask again when it expires.
/// Refusals are RFC 6749 §5.2 errors (`invalid_request`, `invalid_client`,
/// `unsupported_grant_type`, `invalid_scope`), never cached.
#[utoipa::path(tag = "oauth",
    security((), ("client_basic" = [])),
    request_body(content = TokenRequest, content_type = "application/x-www-form-urlencoded"),
    responses((status = 200, description = "The access token", body = ClientTokenResponse,
        headers(("Cache-Control" = String, description = "`no-store`"))),
    (status = 400, description = "RFC 6749 §5.2: `invalid_request`, `unsupported_grant_type` or `invalid_scope`", body = OAuthErrorResponse),
    (status = 401, description = "RFC 6749 §5.2 `invalid_client`: unknown client, wrong or rotated-out secret, or a revoked client", body = OAuthErrorResponse,
        headers(("WWW-Authenticate" = String, description = "`Basic realm=\"overstap\"` when HTTP Basic was tried"))),
    (status = 413, description = "The body is larger than the server accepts (`payload_too_large`)", body = ErrorResponse),
    (status = 503, description = "The database is unavailable; try again after `Retry-After` (`unavailable`)", body = ErrorResponse)))]
#[post("/oauth/token")]
async fn issue_client_token(
    state: web::Data<AppState>,
    req: HttpRequest,
    mut payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    use futures_util::StreamExt;
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| ApiError::Malformed("the body was cut off".to_owned()))?;
        if body.len() + chunk.len() > MAX_FORM_BYTES {
            return Err(ApiError::PayloadTooLarge {
                limit: MAX_FORM_BYTES,
            });
        }
        body.extend_from_slice(&chunk);
    }
    match token(&state, &req, &body).await? {
        Ok(token) => Ok(HttpResponse::Ok()
            .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
            .insert_header((header::PRAGMA, HeaderValue::from_static("no-cache")))
            .json(token)),
        Err(refusal) => Ok(refusal.response()),
    }
}

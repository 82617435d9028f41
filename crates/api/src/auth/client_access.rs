//! What an API client's access token may reach: which endpoints each scope opens, the
//! client's liveness and school checked at every request, and its rate limit.
//!
//! Deny by default: an endpoint not listed in [`SCOPED_ENDPOINTS`] answers 403
//! `insufficient_scope` to every client, whatever its scopes.

use actix_web::HttpMessage;
use actix_web::HttpRequest;
use actix_web::http::Method;
use overstap_domain::api_client::{ApiScope, ScopeSet};
use overstap_domain::{ApiClientId, RegionId, Role, SchoolId, SchoolKind};
use overstap_persistence::{api_clients, schools};

use crate::auth::tokens::Claims;
use crate::error::ApiError;
use crate::state::AppState;

/// The actor role of API clients in tokens and the audit log.
pub const ROLE: &str = overstap_persistence::audit::API_CLIENT_ROLE;

/// Each endpoint an API client can call, with the scopes that open it (any one of them).
/// A client acting for a primary school reaches the PO endpoints, one acting for a secondary
/// school the VO endpoints, exactly as the school's staff do.
pub const SCOPED_ENDPOINTS: &[(&str, &str, &[ApiScope])] = {
    use ApiScope::{PlacementsRead, PupilsRead, PupilsWrite, RegistrationsRead};
    const ANY: &[ApiScope] = &[PupilsRead, PupilsWrite, RegistrationsRead, PlacementsRead];
    &[
        ("GET", "/api/v1/procedure", ANY),
        ("GET", "/api/v1/school/pupils", &[PupilsRead]),
        ("GET", "/api/v1/school/pupils/export", &[PupilsRead]),
        ("GET", "/api/v1/school/pupils/{pupil_id}", &[PupilsRead]),
        ("POST", "/api/v1/school/pupils", &[PupilsWrite]),
        ("PUT", "/api/v1/school/pupils/{pupil_id}", &[PupilsWrite]),
        ("POST", "/api/v1/school/pupils/import", &[PupilsWrite]),
        ("GET", "/api/v1/school/status-board", &[RegistrationsRead]),
        ("GET", "/api/v1/school/registrations", &[RegistrationsRead]),
        (
            "GET",
            "/api/v1/school/programmes",
            &[RegistrationsRead, PlacementsRead],
        ),
        ("GET", "/api/v1/school/placements", &[PlacementsRead]),
        ("GET", "/api/v1/school/placements/export", &[PlacementsRead]),
        ("GET", "/api/v1/school/reserve-offers", &[PlacementsRead]),
    ]
};

/// The scopes that open `method` `pattern` to a client; `None` when none does.
pub fn scopes_for(method: &Method, pattern: &str) -> Option<&'static [ApiScope]> {
    SCOPED_ENDPOINTS
        .iter()
        .find(|(m, p, _)| *m == method.as_str() && *p == pattern)
        .map(|(_, _, scopes)| *scopes)
}

/// A signed-in API client, as a session carries it.
#[derive(Debug, Clone)]
pub struct ClientGrant {
    pub id: ApiClientId,
    pub scopes: ScopeSet,
}

/// The rate-limit state of the request's client, for its `RateLimit` headers.
#[derive(Debug, Clone, Copy)]
pub struct RateLimitState {
    pub limit: u32,
    pub remaining: u32,
    /// Seconds until the window resets.
    pub reset: u64,
}

/// What a checked client token amounts to: the role of its school's staff, its region and
/// school, and the grant.
pub struct ClientAccess {
    pub role: Role,
    pub region: RegionId,
    pub school: SchoolId,
    pub grant: ClientGrant,
}

/// Checks an API client's token at a request: the client still live, the token's school still
/// one of its schools and active, the endpoint open to the token's scopes, and the request
/// within the client's rate limit (counted in the database, so over every replica).
pub async fn check(
    state: &AppState,
    req: &HttpRequest,
    claims: &Claims,
) -> Result<ClientAccess, ApiError> {
    let now = state.clock.now();
    let id = ApiClientId::from_uuid(claims.sub);
    let scopes = ScopeSet::parse(claims.scope.as_deref().unwrap_or_default())
        .map_err(|_| ApiError::Unauthenticated)?;
    let school_id = claims
        .school
        .map(SchoolId::from_uuid)
        .ok_or(ApiError::Unauthenticated)?;
    let client = api_clients::find(&state.db, id, now)
        .await?
        .filter(|c| c.revoked_at.is_none() && c.region_id.as_uuid() == claims.region)
        .ok_or(ApiError::Unauthenticated)?;
    // Every request of a live client counts, refused ones too.
    let count = api_clients::count_request(&state.db, id, now).await?;
    let reset = u64::try_from(60 - now.unix_timestamp().rem_euclid(60)).unwrap_or(60);
    let limit = client.requests_per_minute;
    req.extensions_mut().insert(RateLimitState {
        limit,
        remaining: limit.saturating_sub(count),
        reset,
    });
    if count > limit {
        return Err(ApiError::RateLimited {
            retry_after_seconds: reset,
        });
    }
    if !client.schools.contains(&school_id) || !scopes.is_subset(&client.scopes) {
        return Err(ApiError::Unauthenticated);
    }
    let school = schools::find(&state.db, school_id)
        .await?
        .filter(|s| s.active)
        .ok_or(ApiError::Unauthenticated)?;

    let pattern = req.match_pattern().unwrap_or_default();
    let needed =
        scopes_for(req.method(), &pattern).ok_or(ApiError::InsufficientScope { needed: None })?;
    if !needed.iter().any(|s| scopes.contains(*s)) {
        return Err(ApiError::InsufficientScope {
            needed: needed.first().map(|s| s.as_str()),
        });
    }
    api_clients::touch(&state.db, id, now).await?;
    Ok(ClientAccess {
        role: match school.kind {
            SchoolKind::Po => Role::PoStaff,
            SchoolKind::Vo => Role::VoStaff,
        },
        region: client.region_id,
        school: school_id,
        grant: ClientGrant { id, scopes },
    })
}

/// Adds the `RateLimit-Policy` and `RateLimit` headers (IETF httpapi draft) to the answers
/// of API clients' requests, refusals included.
pub async fn rate_limit_headers(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    use actix_web::http::header::{HeaderName, HeaderValue};
    let mut response = next.call(req).await?;
    let state = response
        .request()
        .extensions()
        .get::<RateLimitState>()
        .copied();
    if let Some(state) = state {
        let headers = response.headers_mut();
        if let Ok(policy) = HeaderValue::from_str(&format!("\"client\";q={};w=60", state.limit)) {
            headers.insert(HeaderName::from_static("ratelimit-policy"), policy);
        }
        if let Ok(now) = HeaderValue::from_str(&format!(
            "\"client\";r={};t={}",
            state.remaining, state.reset
        )) {
            headers.insert(HeaderName::from_static("ratelimit"), now);
        }
    }
    Ok(response)
}

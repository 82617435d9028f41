//! The browser app's refresh token travels in a cookie that page scripts cannot read:
//! `overstap_refresh`, HttpOnly, Secure, SameSite=Strict, scoped to `/api/v1/auth`. A client
//! asks for it with the request header `Overstap-Refresh-Cookie: true`; the token is then left
//! out of the JSON body (else a script could read it from a refresh answer). Other clients keep
//! getting and sending the token in JSON.

use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::{HttpRequest, HttpResponse};
use overstap_api_types::TokenResponse;

pub const COOKIE: &str = "overstap_refresh";
pub const HEADER: &str = "overstap-refresh-cookie";
const PATH: &str = "/api/v1/auth";

/// Whether the client wants its refresh token as the cookie.
pub fn wanted(req: &HttpRequest) -> bool {
    req.headers()
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

/// The refresh token of the request: the JSON body's, else the cookie's.
pub fn token(req: &HttpRequest, from_body: Option<&str>) -> Option<String> {
    from_body
        .map(str::to_owned)
        .or_else(|| req.cookie(COOKIE).map(|c| c.value().to_owned()))
        .filter(|t| !t.is_empty())
}

fn cookie(value: String, max_age_seconds: i64) -> Cookie<'static> {
    Cookie::build(COOKIE, value)
        .http_only(true)
        .secure(true)
        .same_site(SameSite::Strict)
        .path(PATH)
        .max_age(CookieDuration::seconds(max_age_seconds))
        .finish()
}

/// The answer with a new token pair: the refresh token in the cookie when the client asked
/// for it (or sent its token as the cookie), else in the body.
pub fn respond(req: &HttpRequest, mut tokens: TokenResponse, max_age_seconds: u64) -> HttpResponse {
    let use_cookie = wanted(req) || req.cookie(COOKIE).is_some();
    let mut response = HttpResponse::Ok();
    if use_cookie && let Some(refresh) = tokens.refresh_token.take() {
        response.cookie(cookie(
            refresh,
            i64::try_from(max_age_seconds).unwrap_or(i64::MAX),
        ));
    }
    response.json(tokens)
}

/// Removes the cookie (sign-out, a refused refresh).
pub fn removal() -> Cookie<'static> {
    cookie(String::new(), 0)
}

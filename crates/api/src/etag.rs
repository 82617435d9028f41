//! `ETag` on every successful `GET` of the API, and `If-None-Match`: a client that already holds
//! the current representation gets `304 Not Modified` without a body (RFC 9110 §13.1.2). The
//! tag is a strong hash of the body as sent before compression, so two replicas give the same
//! tag for the same data. Answers stay `Cache-Control: no-store`: browsers keep nothing, an
//! integrator that polls (a status board, a list) saves the transfer. A `PUT`'s answer carries
//! the tag of the resource as changed, and the `PUT`s of a resource that has its own `GET`
//! (a pupil, a procedure year, the region's settings) take `If-Match`: a tag that is no longer
//! current is 412 `precondition_failed` and changes nothing (RFC 9110 §13.1.1).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{Error, HttpRequest, HttpResponse};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::ApiError;

/// The tag of `body`: the first 128 bits of its SHA-256, quoted.
pub fn tag_of(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Whether `If-None-Match` names `tag` (or is `*`); weak tags compare by their opaque part.
fn matches(if_none_match: &str, tag: &str) -> bool {
    if_none_match
        .split(',')
        .map(str::trim)
        .any(|candidate| candidate == "*" || candidate.trim_start_matches("W/") == tag)
}

/// The request's `If-Match`, if it has one.
pub fn if_match(req: &HttpRequest) -> Option<String> {
    req.headers()
        .get(header::IF_MATCH)
        .map(|v| v.to_str().unwrap_or_default().to_owned())
}

/// Refuses with 412 unless `if_match` (when there is one) names the tag that a `GET` of
/// `current` answers now (strong comparison; `*` matches). Call it inside the write
/// transaction, after locking the resource, so that nobody changes it in between.
pub fn check_if_match<T: Serialize>(if_match: Option<&str>, current: &T) -> Result<(), ApiError> {
    let Some(if_match) = if_match else {
        return Ok(());
    };
    let body = serde_json::to_vec(current).map_err(ApiError::internal)?;
    let tag = tag_of(&body);
    if if_match
        .split(',')
        .map(str::trim)
        .any(|candidate| candidate == "*" || candidate == tag)
    {
        Ok(())
    } else {
        Err(ApiError::PreconditionFailed { current: tag })
    }
}

pub async fn tag_answers(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let api = req.path().starts_with("/api/v1/") && !req.path().starts_with("/api/v1/docs");
    let get = req.method() == Method::GET;
    let tagged = api && (get || req.method() == Method::PUT);
    let if_none_match = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let response = next.call(req).await?;
    if !tagged || response.status() != StatusCode::OK {
        return Ok(response.map_into_boxed_body());
    }
    let (request, response) = response.into_parts();
    let (mut head, body) = response.into_parts();
    let Ok(bytes) = actix_web::body::to_bytes(body).await else {
        return Ok(ServiceResponse::new(
            request,
            HttpResponse::InternalServerError().finish(),
        ));
    };
    let tag = tag_of(&bytes);
    if let Ok(value) = header::HeaderValue::from_str(&tag) {
        head.headers_mut().insert(header::ETAG, value);
    }
    if get && if_none_match.is_some_and(|v| matches(&v, &tag)) {
        let mut not_modified = HttpResponse::NotModified();
        for name in [header::ETAG, header::CACHE_CONTROL] {
            if let Some(value) = head.headers().get(&name) {
                not_modified.insert_header((name.clone(), value.clone()));
            }
        }
        return Ok(ServiceResponse::new(request, not_modified.finish()));
    }
    Ok(ServiceResponse::new(
        request,
        head.set_body(bytes).map_into_boxed_body(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_names_the_bytes_and_if_none_match_compares_it() {
        let tag = tag_of(b"{\"a\":1}");
        assert_eq!(tag.len(), 34);
        assert_eq!(tag, tag_of(b"{\"a\":1}"));
        assert_ne!(tag, tag_of(b"{\"a\":2}"));
        assert!(matches(&tag, &tag));
        assert!(matches(&format!("W/{tag}"), &tag));
        assert!(matches(&format!("\"other\", {tag}"), &tag));
        assert!(matches("*", &tag));
        assert!(!matches("\"other\"", &tag));
    }

    #[test]
    fn if_match_needs_the_current_tag() {
        let current = serde_json::json!({ "a": 1 });
        let tag = tag_of(&serde_json::to_vec(&current).unwrap());
        assert!(check_if_match(None, &current).is_ok());
        assert!(check_if_match(Some(&tag), &current).is_ok());
        assert!(check_if_match(Some("*"), &current).is_ok());
        assert!(check_if_match(Some(&format!("\"x\", {tag}")), &current).is_ok());
        // A weak tag never matches If-Match.
        assert!(matches!(
            check_if_match(Some(&format!("W/{tag}")), &current),
            Err(ApiError::PreconditionFailed { .. })
        ));
        assert!(matches!(
            check_if_match(Some("\"old\""), &current),
            Err(ApiError::PreconditionFailed { current }) if current == tag
        ));
    }
}

//! `ETag` on every successful `GET` of the API, and `If-None-Match`: a client that already holds
//! the current representation gets `304 Not Modified` without a body (RFC 9110 §13.1.2). The
//! tag is a strong hash of the body as sent before compression, so two replicas give the same
//! tag for the same data. Answers stay `Cache-Control: no-store`: browsers keep nothing, an
//! integrator that polls (a status board, a list) saves the transfer.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{Error, HttpResponse};
use sha2::{Digest, Sha256};

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

pub async fn tag_gets(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let api_get = req.method() == Method::GET
        && req.path().starts_with("/api/v1/")
        && !req.path().starts_with("/api/v1/docs");
    let if_none_match = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let response = next.call(req).await?;
    if !api_get || response.status() != StatusCode::OK {
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
    if if_none_match.is_some_and(|v| matches(&v, &tag)) {
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
}

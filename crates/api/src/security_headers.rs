//! Security headers on every response: a Content-Security-Policy that lets the browser run only
//! the app's own scripts and WASM, no framing, no MIME sniffing, no referrer, HSTS in production,
//! and `Cache-Control: no-store` on every `/api/v1` answer.

use std::path::Path;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, web};
use base64::Engine;
use sha2::{Digest, Sha256};

/// The headers, built once at start-up.
#[derive(Debug, Clone)]
pub struct SecurityHeaders {
    app_policy: HeaderValue,
    docs_policy: HeaderValue,
    hsts: bool,
}

/// The app: its own scripts (the inline start-up script trunk writes into each bundle's
/// `index.html`, allowed by its hash) and `'wasm-unsafe-eval'` to compile its WASM; its own
/// styles, images, fetches and forms; nothing may frame it.
fn app_policy(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes.iter().map(|h| format!(" '{h}'")).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// The Swagger UI (`/api/v1/docs/`) and the development mailbox (`/dev/mailbox`) write inline
/// scripts and styles and show mails in `srcdoc` frames; they hold no session (the docs) or exist
/// only in development on loopback (the mailbox), so they get a wider policy of their own.
const DOCS_POLICY: &str = "default-src 'self'; script-src 'self' 'unsafe-inline'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; \
     object-src 'none'; base-uri 'self'; frame-src 'self'; frame-ancestors 'none'";

/// `sha256-…` of every inline `<script>` in `html`.
fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let after_open = &rest[open..];
        let Some(tag_end) = after_open.find('>') else {
            break;
        };
        let tag = &after_open[..tag_end];
        let body_and_rest = &after_open[tag_end + 1..];
        let Some(close) = body_and_rest.find("</script>") else {
            break;
        };
        if !tag.contains("src=") {
            let digest = Sha256::digest(&body_and_rest.as_bytes()[..close]);
            hashes.push(format!(
                "sha256-{}",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &body_and_rest[close..];
    }
    hashes
}

impl SecurityHeaders {
    /// Reads the bundles' `index.html` in `spa_dir` (welcome, `portal/`, `staff/`) for their inline
    /// start-up scripts; without a built SPA the policy allows no inline script at all.
    pub fn new(spa_dir: &Path, production: bool) -> SecurityHeaders {
        let mut hashes = Vec::new();
        for index in [
            spa_dir.join("index.html"),
            spa_dir.join("portal").join("index.html"),
            spa_dir.join("staff").join("index.html"),
        ] {
            if let Ok(html) = std::fs::read_to_string(&index) {
                hashes.extend(inline_script_hashes(&html));
            }
        }
        hashes.sort();
        hashes.dedup();
        SecurityHeaders {
            app_policy: HeaderValue::from_str(&app_policy(&hashes))
                .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'")),
            docs_policy: HeaderValue::from_static(DOCS_POLICY),
            hsts: production,
        }
    }
}

/// Middleware: sets the headers on the response. Handlers' errors arrive here as responses;
/// the middlewares inside this one answer their refusals as responses too, never as `Err`.
pub async fn apply(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody + 'static>, Error> {
    let config = req.app_data::<web::Data<SecurityHeaders>>().cloned();
    let path = req.path().to_owned();
    let mut response = next.call(req).await?;
    let Some(config) = config else {
        return Ok(response);
    };
    let headers = response.headers_mut();
    let wide = path.starts_with("/api/v1/docs") || path == "/dev/mailbox";
    let policy = if wide {
        config.docs_policy.clone()
    } else {
        config.app_policy.clone()
    };
    headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if config.hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if path.starts_with("/api/v1/") && !path.starts_with("/api/v1/docs") {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.insert(
            HeaderName::from_static("pragma"),
            HeaderValue::from_static("no-cache"),
        );
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn inline_scripts_are_hashed_and_external_ones_are_not() {
        let html = "<head><script type=\"module\">\nimport init from '/a.js';\n</script>\
                    <script src=\"/b.js\"></script><script>alert(1)</script></head>";
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 2, "{hashes:?}");
        let expected =
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"alert(1)"));
        assert_eq!(hashes[1], format!("sha256-{expected}"));
        let policy = app_policy(&hashes);
        assert!(policy.contains("'wasm-unsafe-eval'"));
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(!policy.contains("unsafe-inline"));
    }
}

//! Serving the built SPA from the API's origin, with history fallback for client routes.
//!
//! The SPA is three bundles (see `overstap_api_types::spa`): the welcome bundle in the folder's
//! root, the parent portal's in `portal/` and the staff bundle in `staff/`. A path that is not a file gets the `index.html` of the
//! bundle that owns it. `scripts/build-spa.sh` stores a brotli and a gzip copy next to each
//! asset; those are sent to a browser that accepts them, so nothing is compressed per request.

use std::path::{Path, PathBuf};

use actix_files::{Files, NamedFile};
use actix_web::dev::{ServiceRequest, ServiceResponse, fn_service};
use actix_web::http::header::{CACHE_CONTROL, HeaderValue};
use overstap_api_types::spa::{Bundle, bundle_for};

/// Static files from `dir`; any other non-API path gets its bundle's `index.html`.
pub fn service(dir: &Path) -> Files {
    let welcome_index: PathBuf = dir.join("index.html");
    let parent_index: PathBuf = dir.join("portal").join("index.html");
    let staff_index: PathBuf = dir.join("staff").join("index.html");
    Files::new("/", dir)
        .index_file("index.html")
        .try_compressed()
        .default_handler(fn_service(move |req: ServiceRequest| {
            let index = match bundle_for(req.path()) {
                Bundle::Staff if staff_index.is_file() => staff_index.clone(),
                Bundle::Parent if parent_index.is_file() => parent_index.clone(),
                _ => welcome_index.clone(),
            };
            async move {
                let (req, _) = req.into_parts();
                let file = NamedFile::open(&index)?;
                let mut response = file.into_response(&req);
                // The page names the current hashed bundle files: always ask for it again.
                response
                    .headers_mut()
                    .insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
                Ok(ServiceResponse::new(req, response))
            }
        }))
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::PathBuf;

    use actix_web::http::header::{ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_TYPE};
    use actix_web::{App, test};

    use super::service;

    /// A built SPA in miniature: the three bundles' pages, and an asset with its compressed
    /// copies.
    fn dist() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("overstap-spa-{}", uuid::Uuid::new_v4()));
        fs::create_dir_all(dir.join("staff")).unwrap();
        fs::create_dir_all(dir.join("portal")).unwrap();
        fs::write(dir.join("index.html"), "welcome bundle").unwrap();
        fs::write(dir.join("portal").join("index.html"), "parent bundle").unwrap();
        fs::write(dir.join("staff").join("index.html"), "staff bundle").unwrap();
        fs::write(dir.join("app_bg.wasm"), b"\0asm plain").unwrap();
        fs::write(dir.join("app_bg.wasm.br"), b"brotli bytes").unwrap();
        fs::write(dir.join("app_bg.wasm.gz"), b"gzip bytes").unwrap();
        dir
    }

    #[actix_web::test]
    async fn each_page_path_gets_the_index_of_the_bundle_that_owns_it() {
        let dir = dist();
        let app = test::init_service(App::new().service(service(&dir))).await;
        for (path, bundle) in [
            ("/", "welcome bundle"),
            ("/ouder", "parent bundle"),
            ("/ouder/voorkeurslijst", "parent bundle"),
            ("/activeren?token=abc", "welcome bundle"),
            ("/privacy", "welcome bundle"),
            ("/inloggen/school", "staff bundle"),
            ("/po/leerling/42", "staff bundle"),
            ("/coordinator", "staff bundle"),
            ("/pomp", "welcome bundle"),
        ] {
            let response =
                test::call_service(&app, test::TestRequest::get().uri(path).to_request()).await;
            assert!(response.status().is_success(), "{path}");
            let body = test::read_body(response).await;
            assert_eq!(body, bundle.as_bytes(), "{path}");
        }
        fs::remove_dir_all(dir).unwrap();
    }

    #[actix_web::test]
    async fn an_asset_is_sent_precompressed_when_the_browser_accepts_it() {
        let dir = dist();
        let app = test::init_service(App::new().service(service(&dir))).await;
        for (accepts, encoding, body) in [
            (
                Some("gzip, deflate, br, zstd"),
                Some("br"),
                &b"brotli bytes"[..],
            ),
            (Some("gzip"), Some("gzip"), &b"gzip bytes"[..]),
            (None, None, &b"\0asm plain"[..]),
        ] {
            let mut request = test::TestRequest::get().uri("/app_bg.wasm");
            if let Some(accepts) = accepts {
                request = request.insert_header((ACCEPT_ENCODING, accepts));
            }
            let response = test::call_service(&app, request.to_request()).await;
            assert!(response.status().is_success());
            let header = |name| {
                response
                    .headers()
                    .get(name)
                    .map(|value: &actix_web::http::header::HeaderValue| {
                        value.to_str().unwrap().to_owned()
                    })
            };
            assert_eq!(header(CONTENT_ENCODING).as_deref(), encoding, "{accepts:?}");
            assert_eq!(
                header(CONTENT_TYPE).as_deref(),
                Some("application/wasm"),
                "{accepts:?}"
            );
            assert_eq!(test::read_body(response).await, body, "{accepts:?}");
        }
        fs::remove_dir_all(dir).unwrap();
    }
}

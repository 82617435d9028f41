//! Serving the built SPA from the API's origin, with history fallback for client routes.

use std::path::{Path, PathBuf};

use actix_files::{Files, NamedFile};
use actix_web::dev::{ServiceRequest, ServiceResponse, fn_service};

/// Static files from `dir`; any other non-API path gets `index.html`.
pub fn service(dir: &Path) -> Files {
    let index: PathBuf = dir.join("index.html");
    Files::new("/", dir)
        .index_file("index.html")
        .default_handler(fn_service(move |req: ServiceRequest| {
            let index = index.clone();
            async move {
                let (req, _) = req.into_parts();
                let file = NamedFile::open(&index)?;
                let response = file.into_response(&req);
                Ok(ServiceResponse::new(req, response))
            }
        }))
}

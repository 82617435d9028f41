//! An `/api/v1` path that exists, asked with a method it does not have, answers 405
//! `method_not_allowed` with an `Allow` header (RFC 9110 §15.5.6) instead of 404: the paths
//! and their methods are read from the OpenAPI document the server serves.

use actix_web::{HttpRequest, HttpResponse, web};
use utoipa::openapi::OpenApi;

use crate::error::ApiError;

#[derive(Debug, PartialEq, Eq)]
enum Segment {
    Fixed(String),
    /// `{pupil_id}`: any one segment.
    Parameter,
}

/// Every documented path, as segments, with the methods it answers.
#[derive(Debug, Default)]
pub struct KnownPaths {
    paths: Vec<(Vec<Segment>, Vec<&'static str>)>,
}

impl KnownPaths {
    pub fn from_document(document: &OpenApi) -> KnownPaths {
        let paths = document
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let segments = path
                    .split('/')
                    .map(|segment| {
                        if segment.starts_with('{') && segment.ends_with('}') {
                            Segment::Parameter
                        } else {
                            Segment::Fixed(segment.to_owned())
                        }
                    })
                    .collect();
                let methods = [
                    ("GET", item.get.is_some()),
                    ("PUT", item.put.is_some()),
                    ("POST", item.post.is_some()),
                    ("DELETE", item.delete.is_some()),
                    ("PATCH", item.patch.is_some()),
                ]
                .into_iter()
                .filter_map(|(method, present)| present.then_some(method))
                .collect();
                (segments, methods)
            })
            .collect();
        KnownPaths { paths }
    }

    /// The methods `path` answers ("GET, PUT"), or None for a path that does not exist.
    pub fn allowed(&self, path: &str) -> Option<String> {
        let asked: Vec<&str> = path.split('/').collect();
        let mut methods: Vec<&'static str> = Vec::new();
        for (segments, answers) in &self.paths {
            let matches = segments.len() == asked.len()
                && segments
                    .iter()
                    .zip(&asked)
                    .all(|(segment, part)| match segment {
                        Segment::Fixed(name) => name == part,
                        Segment::Parameter => !part.is_empty(),
                    });
            if matches {
                for method in answers {
                    if !methods.contains(method) {
                        methods.push(method);
                    }
                }
            }
        }
        (!methods.is_empty()).then(|| methods.join(", "))
    }
}

/// The `/api/v1` scope's default service: 405 for a known path, else 404.
pub async fn not_found(
    request: HttpRequest,
    known: web::Data<KnownPaths>,
) -> Result<HttpResponse, ApiError> {
    match known.allowed(request.path()) {
        Some(allow) => Err(ApiError::MethodNotAllowed { allow }),
        None => Err(ApiError::NotFound),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_documented_path_names_its_methods_and_an_unknown_one_is_none() {
        let known = KnownPaths::from_document(&crate::openapi::document());
        assert_eq!(
            known.allowed("/api/v1/auth/parent/sign-in").as_deref(),
            Some("POST")
        );
        let pupil = known
            .allowed("/api/v1/school/pupils/0195f0c4-0000-7000-8000-000000000001")
            .unwrap();
        assert!(pupil.contains("GET") && pupil.contains("PUT"), "{pupil}");
        assert_eq!(known.allowed("/api/v1/nothing-here"), None);
        assert_eq!(known.allowed("/api/v1/school/pupils//"), None);
    }
}

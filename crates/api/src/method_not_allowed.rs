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

    /// The methods of the documented path that `path` names, or None for a path that does not
    /// exist. Where several match, the one with the most fixed segments names it:
    /// `/school/pupils/import` is that path, not a pupil with the id `import`.
    pub fn allowed(&self, path: &str) -> Option<Vec<&'static str>> {
        let asked: Vec<&str> = path.split('/').collect();
        let mut best: Option<(usize, Vec<&'static str>)> = None;
        for (segments, answers) in &self.paths {
            let matches = segments.len() == asked.len()
                && segments
                    .iter()
                    .zip(&asked)
                    .all(|(segment, part)| match segment {
                        Segment::Fixed(name) => name == part,
                        Segment::Parameter => !part.is_empty(),
                    });
            if !matches {
                continue;
            }
            let fixed = segments
                .iter()
                .filter(|s| matches!(s, Segment::Fixed(_)))
                .count();
            match &mut best {
                Some((most, methods)) if *most == fixed => {
                    for method in answers {
                        if !methods.contains(method) {
                            methods.push(method);
                        }
                    }
                }
                Some((most, _)) if *most > fixed => {}
                _ => best = Some((fixed, answers.clone())),
            }
        }
        best.map(|(_, methods)| methods)
    }

    /// 405 when `path` exists, but not with `method`.
    pub fn refuse(&self, method: &str, path: &str) -> Option<ApiError> {
        let methods = self.allowed(path)?;
        (!methods.contains(&method)).then(|| ApiError::MethodNotAllowed {
            allow: methods.join(", "),
        })
    }
}

/// The `/api/v1` scope's default service: 405 for a known path, else 404.
pub async fn not_found(
    request: HttpRequest,
    known: web::Data<KnownPaths>,
) -> Result<HttpResponse, ApiError> {
    Err(known
        .refuse(request.method().as_str(), request.path())
        .unwrap_or(ApiError::NotFound))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_documented_path_names_its_methods_and_an_unknown_one_is_none() {
        let known = KnownPaths::from_document(&crate::openapi::document());
        assert_eq!(
            known.allowed("/api/v1/auth/parent/sign-in"),
            Some(vec!["POST"])
        );
        let pupil = known
            .allowed("/api/v1/school/pupils/0195f0c4-0000-7000-8000-000000000001")
            .unwrap();
        assert_eq!(pupil, ["GET", "PUT"]);
        // A fixed path wins over a parameter in the same place.
        assert_eq!(
            known.allowed("/api/v1/school/pupils/import"),
            Some(vec!["POST"])
        );
        assert!(
            known
                .refuse("PUT", "/api/v1/school/pupils/import")
                .is_some()
        );
        assert!(
            known
                .refuse("POST", "/api/v1/school/pupils/import")
                .is_none()
        );
        assert_eq!(known.allowed("/api/v1/nothing-here"), None);
        assert_eq!(known.allowed("/api/v1/school/pupils//"), None);
    }
}

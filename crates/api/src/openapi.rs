//! The OpenAPI 3.1 document, collected by utoipa from the registered handlers.

use actix_web::App;
use utoipa::openapi::OpenApi as OpenApiDoc;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::{AppExt, scope};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Overstap API",
        description = "The transfer from primary to secondary school: pupils, parent logins, \
            preference lists (voorkeurslijsten), registrations (aanmeldingen), lottery and placement. \
            Every error is an `ErrorResponse` with a stable `code`.",
        license(name = "EUPL-1.2"),
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Sign-in, tokens and the signed-in person"),
        (name = "procedure", description = "The region's procedure calendar"),
        (name = "school", description = "A school's own pupils and programmes"),
        (name = "board", description = "A board admin's schools"),
        (name = "region", description = "The coordinator's region"),
        (name = "parent", description = "The parent's own child"),
        (name = "placement", description = "The coordinator's lottery and matching runs"),
        (name = "privacy", description = "The parent's data export and the coordinator's erasure of a pupil"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut OpenApiDoc) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

/// The document the server serves, built from the same route table.
pub fn document() -> OpenApiDoc {
    let (_, api) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(scope::scope("/api/v1").configure(crate::routes::configure))
        .split_for_parts();
    api
}

/// The committed form: pretty JSON with a trailing newline.
pub fn document_json() -> Result<String, serde_json::Error> {
    let mut json = serde_json::to_string_pretty(&document())?;
    json.push('\n');
    Ok(json)
}

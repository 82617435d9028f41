//! The OpenAPI 3.1 document, collected by utoipa from the registered handlers.

use actix_web::App;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::path::ParameterIn;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::security::{
    ClientCredentials, Flow, HttpAuthScheme, HttpBuilder, OAuth2, Scopes, SecurityRequirement,
    SecurityScheme,
};
use utoipa::openapi::{OpenApi as OpenApiDoc, Ref, RefOr};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::{AppExt, scope};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Overstap API",
        description = "The transfer from primary to secondary school: pupils, parent logins, \
            preference lists (voorkeurslijsten), registrations (aanmeldingen), lottery and placement. \
            Every error is an `ErrorResponse` with a stable `code`.",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2"),
        contact(name = "The Overstap maintainers (SECURITY.md and CONTRIBUTING.md in the repository)"),
    ),
    servers(
        (url = "https://{host}", description = "A region's Overstap installation; ask its coordinator for the host name",
            variables(("host" = (default = "overstap.example.nl", description = "The installation's host name")))),
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Sign-in, tokens and the signed-in person"),
        (name = "procedure", description = "The region's procedure years and their calendars"),
        (name = "school", description = "A school's own pupils and programmes"),
        (name = "board", description = "A board admin's schools"),
        (name = "region", description = "The coordinator's region"),
        (name = "staff", description = "Staff accounts: invitations, roles and deactivation, by coordinators and board admins"),
        (name = "parent", description = "The parent's own child"),
        (name = "placement", description = "The coordinator's lottery and matching runs"),
        (name = "api-clients", description = "API clients of school administration systems: made, rotated and revoked by coordinators and board admins"),
        (name = "oauth", description = "Access tokens for API clients (OAuth 2.0 client credentials)"),
        (name = "privacy", description = "The parent's data export and the coordinator's erasure of a pupil"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut OpenApiDoc) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "client_basic",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Basic).build()),
        );
        let scopes = Scopes::from_iter(overstap_domain::ApiScope::ALL.iter().map(|scope| {
            (
                scope.as_str().to_owned(),
                scope_description(*scope).to_owned(),
            )
        }));
        components.add_security_scheme(
            "oauth2",
            SecurityScheme::OAuth2(OAuth2::with_description(
                [Flow::ClientCredentials(ClientCredentials::new(
                    "/api/v1/oauth/token",
                    scopes,
                ))],
                "An API client's token (client credentials): it acts for one school, within \
                 its scopes. Docs: docs/integrations.md.",
            )),
        );
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

fn scope_description(scope: overstap_domain::ApiScope) -> &'static str {
    use overstap_domain::ApiScope;
    match scope {
        ApiScope::PupilsRead => "Read the school's pupils: the list, one pupil, the CSV export",
        ApiScope::PupilsWrite => "Add and correct pupils, one at a time or by CSV import",
        ApiScope::RegistrationsRead => {
            "Read registrations: a primary school's status board, a secondary school's list"
        }
        ApiScope::PlacementsRead => "Read a secondary school's placements and reserve offers",
    }
}

/// A refusal answer with `description`: an `ErrorResponse` as `application/problem+json`.
fn problem(description: &str) -> RefOr<utoipa::openapi::response::Response> {
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content(
                crate::error::PROBLEM_JSON,
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("ErrorResponse")))
                    .build(),
            )
            .build(),
    )
}

/// The endpoints open to API clients accept their token besides a person's (with the scope
/// that opens them).
fn declare_client_access(api: &mut OpenApiDoc) {
    for (method, path, scopes) in crate::auth::client_access::SCOPED_ENDPOINTS {
        let Some(item) = api.paths.paths.get_mut(*path) else {
            continue;
        };
        let operation = match *method {
            "GET" => item.get.as_mut(),
            "POST" => item.post.as_mut(),
            "PUT" => item.put.as_mut(),
            "DELETE" => item.delete.as_mut(),
            _ => None,
        };
        let Some(operation) = operation else { continue };
        for scope in *scopes {
            operation
                .security
                .get_or_insert_with(Vec::new)
                .push(SecurityRequirement::new("oauth2", [scope.as_str()]));
        }
    }
}

/// The `POST`s that create something or send e-mail take an optional `Idempotency-Key` (see
/// `crate::idempotency`); the parent portal's actions declare their own.
fn declare_idempotency(api: &mut OpenApiDoc) {
    use utoipa::openapi::path::ParameterBuilder;
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    use utoipa::openapi::{Required, schema::SchemaType};
    for (path, item) in api.paths.paths.iter_mut() {
        let Some(operation) = item.post.as_mut() else {
            continue;
        };
        let signed_in = operation.security.as_ref().is_some_and(|requirements| {
            !requirements
                .iter()
                .any(|r| *r == SecurityRequirement::default())
        });
        let has_key = operation.parameters.iter().flatten().any(|parameter| {
            matches!(parameter, RefOr::T(p)
                if p.parameter_in == ParameterIn::Header
                    && p.name.eq_ignore_ascii_case("idempotency-key"))
        });
        if !signed_in || has_key || !crate::idempotency::KEYED_POSTS.contains(&path.as_str()) {
            continue;
        }
        let key = ParameterBuilder::new()
            .name("Idempotency-Key")
            .parameter_in(ParameterIn::Header)
            .required(Required::False)
            .description(Some(
                "Send the same key again with the same request to get the first answer again \
                 (with `Idempotent-Replayed: true`) instead of acting twice; keys are per \
                 caller and live 24 hours (docs/integrations.md)",
            ))
            .schema(Some(
                ObjectBuilder::new()
                    .schema_type(SchemaType::Type(Type::String))
                    .min_length(Some(1))
                    .max_length(Some(255))
                    .pattern(Some("^[!-~]+$")),
            ))
            .build();
        operation
            .parameters
            .get_or_insert_with(Vec::new)
            .push(RefOr::T(key));
        let answers = &mut operation.responses.responses;
        answers.entry("409".to_owned()).or_insert_with(|| {
            problem("The first request with this `Idempotency-Key` is still running (`conflict`)")
        });
        answers.entry("422".to_owned()).or_insert_with(|| {
            problem(
                "The `Idempotency-Key` came with another request before \
                 (`idempotency_key_reused`) or is not 1 to 255 visible ASCII characters \
                 (`invalid_input`)",
            )
        });
    }
}

/// The `PUT`s that take `If-Match`: those of a resource with its own `GET` at the same path.
const IF_MATCH_PUTS: &[&str] = &[
    "/api/v1/school/pupils/{pupil_id}",
    "/api/v1/procedures/{procedure_id}",
    "/api/v1/region/settings",
];

/// Every `GET` answers its `ETag` and takes `If-None-Match`; every `PUT` answers the changed
/// resource's `ETag`, and those in [`IF_MATCH_PUTS`] take `If-Match` (see `crate::etag`).
fn declare_entity_tags(api: &mut OpenApiDoc) {
    use utoipa::openapi::Required;
    use utoipa::openapi::header::HeaderBuilder;
    use utoipa::openapi::path::ParameterBuilder;
    use utoipa::openapi::schema::{ObjectBuilder, SchemaType, Type};
    let string = || ObjectBuilder::new().schema_type(SchemaType::Type(Type::String));
    for (path, item) in api.paths.paths.iter_mut() {
        let Some(operation) = item.put.as_mut() else {
            continue;
        };
        if let Some(RefOr::T(ok)) = operation.responses.responses.get_mut("200") {
            ok.headers.insert(
                "ETag".to_owned(),
                RefOr::T(
                    HeaderBuilder::new()
                        .schema(Some(string()))
                        .description(Some("The entity tag of the resource as changed"))
                        .build(),
                ),
            );
        }
        if IF_MATCH_PUTS.contains(&path.as_str()) {
            operation
                .parameters
                .get_or_insert_with(Vec::new)
                .push(RefOr::T(
                ParameterBuilder::new()
                    .name("If-Match")
                    .parameter_in(ParameterIn::Header)
                    .required(Required::False)
                    .description(Some(
                        "The `ETag` the change is based on: 412 when the resource changed since",
                    ))
                    .schema(Some(string()))
                    .build(),
            ));
            operation.responses.responses.insert(
                "412".to_owned(),
                problem(
                    "The `If-Match` tag is no longer current (`precondition_failed`); nothing \
                     changed, the `ETag` header has the current tag",
                ),
            );
        }
    }
    for item in api.paths.paths.values_mut() {
        let Some(operation) = item.get.as_mut() else {
            continue;
        };
        let Some(RefOr::T(ok)) = operation.responses.responses.get_mut("200") else {
            continue;
        };
        ok.headers.insert(
            "ETag".to_owned(),
            RefOr::T(
                HeaderBuilder::new()
                    .schema(Some(string()))
                    .description(Some(
                        "The answer's entity tag; send it in `If-None-Match` to get a 304 while \
                         it is current",
                    ))
                    .build(),
            ),
        );
        operation
            .parameters
            .get_or_insert_with(Vec::new)
            .push(RefOr::T(
                ParameterBuilder::new()
                    .name("If-None-Match")
                    .parameter_in(ParameterIn::Header)
                    .required(Required::False)
                    .description(Some(
                        "An `ETag` of an earlier answer: 304 while it is current",
                    ))
                    .schema(Some(string()))
                    .build(),
            ));
        operation.responses.responses.insert(
            "304".to_owned(),
            RefOr::T(
                ResponseBuilder::new()
                    .description("Not modified: the `If-None-Match` tag is current; no body")
                    .header("ETag", HeaderBuilder::new().schema(Some(string())).build())
                    .build(),
            ),
        );
    }
}

/// The document the server serves, built from the same route table.
pub fn document() -> OpenApiDoc {
    let (_, mut api) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(scope::scope("/api/v1").configure(crate::routes::configure))
        .split_for_parts();
    declare_client_access(&mut api);
    declare_idempotency(&mut api);
    declare_entity_tags(&mut api);
    declare_shared_answers(&mut api);
    api
}

/// The answers that come from the shared machinery rather than from a handler, declared on
/// every operation they apply to (unless the handler already describes them): a body that is
/// not JSON of the right shape (400, the JSON extractor), with a value outside a closed set
/// (422) or over the size limit (413); no valid token (401) or a signed-in person refused
/// before the handler runs (403: a role that must first set up two-step sign-in, or a parent on
/// a staff route); a failure on the server's side (500) and the database being unavailable
/// (503 with Retry-After), on any route.
fn declare_shared_answers(api: &mut OpenApiDoc) {
    for item in api.paths.paths.values_mut() {
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ];
        for operation in operations.into_iter().flatten() {
            let answers = &mut operation.responses.responses;
            // A handler's `body = ErrorResponse` is a problem document (RFC 9457).
            for answer in answers.values_mut() {
                if let RefOr::T(answer) = answer
                    && let Some(content) = answer.content.shift_remove("application/json")
                {
                    let is_problem = matches!(
                        &content,
                        RefOr::T(c) if matches!(
                            &c.schema,
                            Some(RefOr::Ref(r)) if r.ref_location == "#/components/schemas/ErrorResponse"
                        )
                    );
                    let media = if is_problem {
                        crate::error::PROBLEM_JSON
                    } else {
                        "application/json"
                    };
                    answer.content.insert(media.to_owned(), content);
                }
            }
            let has_query = operation.parameters.iter().flatten().any(|parameter| {
                matches!(parameter, RefOr::T(p) if p.parameter_in == ParameterIn::Query)
            });
            if has_query {
                answers.entry("400".to_owned()).or_insert_with(|| {
                    problem(
                        "A query parameter is missing or does not parse, e.g. an empty id \
                         (`malformed_request`)",
                    )
                });
            }
            // The token endpoint's form answers its own (RFC 6749) errors.
            let json_body = operation.request_body.as_ref().is_some_and(|body| {
                !matches!(body, RefOr::T(b)
                    if b.content.contains_key("application/x-www-form-urlencoded"))
            });
            if json_body {
                answers.entry("400".to_owned()).or_insert_with(|| {
                    problem("The body is not JSON of the documented shape (`malformed_request`)")
                });
                answers.entry("422".to_owned()).or_insert_with(|| {
                    problem(
                        "A field holds a value outside its closed set, e.g. an unknown role or \
                         language (`invalid_input`, field `body`, code `unknown_value`)",
                    )
                });
                answers.entry("413".to_owned()).or_insert_with(|| {
                    problem(
                        "The body is larger than the server accepts (`payload_too_large`; the \
                         message names the limit)",
                    )
                });
            }
            let signed_in = operation.security.as_ref().is_some_and(|requirements| {
                !requirements
                    .iter()
                    .any(|r| *r == SecurityRequirement::default())
            });
            if signed_in {
                answers.entry("401".to_owned()).or_insert_with(|| {
                    problem("Not signed in, or the access token expired (`unauthenticated`)")
                });
                // Every request of an API client counts toward its limit, refused ones too.
                answers.entry("429".to_owned()).or_insert_with(|| {
                    problem(
                        "An API client went over its requests per minute (`rate_limited`); \
                         try again after `Retry-After`",
                    )
                });
                answers.entry("403".to_owned()).or_insert_with(|| {
                    problem(
                        "Refused before anything is read: the role must set up two-step \
                         sign-in first (`one_time_password_setup_required`), or may not do this \
                         (`forbidden`)",
                    )
                });
            }
            answers.entry("500".to_owned()).or_insert_with(|| {
                problem(
                    "Something failed on the server's side; the body carries only the \
                     `request_id` to quote (`internal`)",
                )
            });
            answers.entry("503".to_owned()).or_insert_with(|| {
                problem(
                    "The database is unavailable; try again after `Retry-After` (`unavailable`)",
                )
            });
        }
    }
}

/// The committed form: pretty JSON with a trailing newline.
pub fn document_json() -> Result<String, serde_json::Error> {
    let mut json = serde_json::to_string_pretty(&document())?;
    json.push('\n');
    Ok(json)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use overstap_api_types::{
        Advice, PriorityRuleKind, RegistrationStatus, ResultState, Round2Reason, Round2Result,
        Round2WindowState, RunKind, WireEnum,
    };

    fn enum_of(document: &serde_json::Value, name: &str) -> Vec<String> {
        document["components"]["schemas"][name]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("{name} is not an enum in the document"))
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    }

    fn wire<T: WireEnum>() -> Vec<String> {
        T::MEMBERS.iter().map(|m| m.name().to_owned()).collect()
    }

    #[test]
    fn the_closed_sets_are_documented_with_their_wire_names() {
        let document = serde_json::to_value(super::document()).unwrap();
        let sets = [
            ("RegistrationStatus", wire::<RegistrationStatus>()),
            ("Advice", wire::<Advice>()),
            ("RunKind", wire::<RunKind>()),
            ("PriorityRuleKind", wire::<PriorityRuleKind>()),
            ("ResultState", wire::<ResultState>()),
            ("Round2WindowState", wire::<Round2WindowState>()),
            ("Round2Result", wire::<Round2Result>()),
            ("Round2Reason", wire::<Round2Reason>()),
        ];
        for (name, members) in sets {
            assert_eq!(enum_of(&document, name), members, "{name}");
        }
        assert_eq!(enum_of(&document, "RegistrationStatus")[3], "AG");
    }

    /// What a reader of the contract (or a generator) shows first: every operation a one-line
    /// summary and a description, every answer a description.
    #[test]
    fn every_operation_has_a_one_line_summary_and_a_description_and_every_answer_says_what_it_is() {
        let document = serde_json::to_value(super::document()).unwrap();
        let mut missing = Vec::new();
        for (path, item) in document["paths"].as_object().unwrap() {
            for (method, operation) in item.as_object().unwrap() {
                let name = format!("{} {path}", method.to_uppercase());
                let summary = operation["summary"].as_str().unwrap_or("");
                if summary.is_empty() || summary.contains('\n') || summary.chars().count() > 80 {
                    missing.push(format!("{name}: summary {summary:?}"));
                }
                if operation["description"].as_str().is_none_or(str::is_empty) {
                    missing.push(format!("{name}: no description"));
                }
                for (status, answer) in operation["responses"].as_object().unwrap() {
                    if answer["description"].as_str().is_none_or(str::is_empty) {
                        missing.push(format!("{name} {status}: no description"));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }
}

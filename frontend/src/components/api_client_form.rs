//! The form that makes an API client: its name, the schools it acts for, its rights and,
//! optionally, how many requests a minute it may make. The server's refusals are shown at
//! their fields; anything else above the form.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use overstap_api_types::{ApiClientRequest, ApiScope, ErrorCode, FieldError, SchoolResponse};
use uuid::Uuid;

use super::alert::ErrorAlert;
use super::api_client_choices::{CheckboxGroup, school_choices, scope_choices, scope_of_name};
use super::field::TextField;
use crate::api::ApiError;
use crate::i18n::{Texts, tx, use_texts};

pub const NAME_ID: &str = "api-client-name";
pub const SCHOOLS_ID: &str = "api-client-schools";
pub const SCOPES_ID: &str = "api-client-scopes";
pub const RATE_ID: &str = "api-client-rate";

/// The request's fields the form shows problems at.
const FIELDS: [&str; 4] = ["name", "school_ids", "scopes", "requests_per_minute"];

/// The most requests a minute the server allows a client.
const MAX_RATE: u32 = 6000;

/// Whether the form shows `error` at a field; if not, it belongs above the form.
pub fn shown_at_field(error: &ApiError) -> bool {
    error.code() == Some(ErrorCode::AlreadyExists)
        || error
            .field_errors()
            .iter()
            .any(|field| FIELDS.contains(&field.field.as_str()))
}

/// The message for a refused field, by the server's rule code.
pub fn field_message(t: &Texts, field: &FieldError) -> &'static str {
    let a = &t.api_clients;
    match (field.field.as_str(), field.code.as_str()) {
        ("name", "taken") => a.field_name_taken(),
        ("name", "length" | "required") => a.field_name_length(),
        ("school_ids", "unknown_school") => a.field_school_unknown(),
        ("school_ids", "inactive") => a.field_school_inactive(),
        ("school_ids", "length" | "required") => a.field_schools_length(),
        ("scopes", "length" | "required") => a.field_scopes_length(),
        ("requests_per_minute", _) => a.field_rate(),
        _ => t.field_error(field),
    }
}

/// The requests a minute as typed: `Ok(None)` when left empty (the server's default), `Err`
/// unless a whole number from 1 to 6000.
pub fn parse_rate(text: &str) -> Result<Option<u32>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u32>() {
        Ok(rate) if (1..=MAX_RATE).contains(&rate) => Ok(Some(rate)),
        _ => Err(()),
    }
}

/// The values of the form; the page owns them, so that it can clear them once the client is
/// made.
#[derive(Debug, Clone, Copy)]
pub struct ApiClientFormState {
    pub name: RwSignal<String>,
    /// The ids of the schools ticked.
    pub schools: RwSignal<Vec<String>>,
    /// The wire names of the rights ticked.
    pub scopes: RwSignal<Vec<String>>,
    pub rate: RwSignal<String>,
    /// The requests a minute are not a number the server takes (checked before sending).
    pub rate_invalid: RwSignal<bool>,
}

impl Default for ApiClientFormState {
    fn default() -> Self {
        Self::new()
    }
}

impl ApiClientFormState {
    pub fn new() -> Self {
        ApiClientFormState {
            name: RwSignal::new(String::new()),
            schools: RwSignal::new(Vec::new()),
            scopes: RwSignal::new(Vec::new()),
            rate: RwSignal::new(String::new()),
            rate_invalid: RwSignal::new(false),
        }
    }

    pub fn clear(&self) {
        self.name.set(String::new());
        self.schools.set(Vec::new());
        self.scopes.set(Vec::new());
        self.rate.set(String::new());
        self.rate_invalid.set(false);
    }

    /// The request the values make (the rights in the API's order); `None` when the requests a
    /// minute are not a number from 1 to 6000. Empty choices go to the server, which names them.
    pub fn request(&self) -> Option<ApiClientRequest> {
        let requests_per_minute = parse_rate(&self.rate.get_untracked()).ok()?;
        let school_ids = self.schools.with_untracked(|chosen| {
            chosen
                .iter()
                .filter_map(|id| Uuid::parse_str(id).ok())
                .collect()
        });
        let scopes = self.scopes.with_untracked(|chosen| {
            ApiScope::ALL
                .into_iter()
                .filter(|scope| {
                    chosen
                        .iter()
                        .any(|name| scope_of_name(name) == Some(*scope))
                })
                .collect()
        });
        Some(ApiClientRequest {
            name: self.name.get_untracked().trim().to_owned(),
            school_ids,
            scopes,
            requests_per_minute,
        })
    }
}

/// The whole form, with its general error and its button; `on_submit` gets the request.
#[component]
pub fn ApiClientForm(
    state: ApiClientFormState,
    schools: StoredValue<Vec<SchoolResponse>>,
    error: RwSignal<Option<ApiError>>,
    #[prop(into)] pending: Signal<bool>,
    on_submit: Callback<ApiClientRequest>,
) -> impl IntoView {
    let t = use_texts();
    let at_field = move |field: &'static str| {
        Signal::derive(move || {
            error.with(|error| {
                let error = error.as_ref()?;
                if field == "name" && error.code() == Some(ErrorCode::AlreadyExists) {
                    return Some(t.get().api_clients.field_name_taken());
                }
                error
                    .field_error(field)
                    .map(|problem| field_message(t.get(), problem))
            })
        })
    };
    let server_rate = at_field("requests_per_minute");
    let rate_error = Signal::derive(move || {
        if state.rate_invalid.get() {
            Some(t.get().api_clients.field_rate())
        } else {
            server_rate.get()
        }
    });
    let general_error = move || {
        error.with(|error| {
            error
                .as_ref()
                .filter(|e| !shown_at_field(e))
                .map(|e| t.get().api_error(e))
        })
    };
    let school_options = Signal::derive(move || schools.with_value(|s| school_choices(t.get(), s)));
    let scope_options = Signal::derive(move || scope_choices(t.get()));
    let on_form_submit = move |event: SubmitEvent| {
        event.prevent_default();
        match state.request() {
            Some(request) => {
                state.rate_invalid.set(false);
                on_submit.run(request);
            }
            None => {
                error.set(None);
                state.rate_invalid.set(true);
            }
        }
    };
    view! {
        <form class="form" on:submit=on_form_submit novalidate data-testid="api-client-form">
            <ErrorAlert message=general_error testid="api-client-error" />
            <TextField
                id=NAME_ID
                label=tx(|t| t.api_clients.name_label())
                hint=tx(|t| t.api_clients.name_hint())
                value=state.name
                error=at_field("name")
                autocomplete="off"
                testid=NAME_ID
            />
            <CheckboxGroup
                id=SCHOOLS_ID
                legend=tx(|t| t.api_clients.schools_legend())
                hint=tx(|t| t.api_clients.schools_hint())
                choices=school_options
                chosen=state.schools
                error=at_field("school_ids")
            />
            <CheckboxGroup
                id=SCOPES_ID
                legend=tx(|t| t.api_clients.scopes_legend())
                hint=tx(|t| t.api_clients.scopes_hint())
                choices=scope_options
                chosen=state.scopes
                error=at_field("scopes")
            />
            <TextField
                id=RATE_ID
                label=tx(|t| t.api_clients.rate_label())
                hint=tx(|t| t.api_clients.rate_hint())
                value=state.rate
                error=rate_error
                inputmode="numeric"
                autocomplete="off"
                optional=true
                testid=RATE_ID
            />
            <button
                type="submit"
                class="button button-primary"
                data-testid="api-client-submit"
                disabled=move || pending.get()
            >
                {move || {
                    if pending.get() {
                        t.get().api_clients.creating()
                    } else {
                        t.get().api_clients.create_submit()
                    }
                }}
            </button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{ErrorDetails, ErrorResponse};

    use super::*;
    use crate::i18n::Lang;

    fn refusal(code: ErrorCode, field: Option<(&str, &str)>) -> ApiError {
        ApiError::Server {
            status: 422,
            error: Box::new(ErrorResponse {
                problem: Default::default(),
                code,
                message: String::new(),
                details: field.map(|(field, code)| ErrorDetails {
                    fields: vec![FieldError {
                        field: field.to_owned(),
                        code: code.to_owned(),
                        message: String::new(),
                    }],
                    ..ErrorDetails::default()
                }),
                request_id: None,
            }),
            retry_after: None,
        }
    }

    #[test]
    fn the_requests_a_minute_are_empty_or_a_number_from_1_to_6000() {
        assert_eq!(parse_rate(""), Ok(None));
        assert_eq!(parse_rate("  "), Ok(None));
        assert_eq!(parse_rate(" 120 "), Ok(Some(120)));
        assert_eq!(parse_rate("6000"), Ok(Some(6000)));
        for wrong in ["0", "6001", "-5", "1.5", "veel"] {
            assert_eq!(parse_rate(wrong), Err(()), "{wrong}");
        }
    }

    #[test]
    fn the_request_has_the_ticked_schools_and_the_rights_in_the_apis_order() {
        Owner::new().with(|| {
            let state = ApiClientFormState::new();
            let school = Uuid::new_v4();
            state.name.set("  ParnasSys De Regenboog ".to_owned());
            state.schools.set(vec![school.to_string()]);
            state.scopes.set(vec![
                "registrations:read".to_owned(),
                "pupils:read".to_owned(),
            ]);
            let request = state.request().expect("no rate given");
            assert_eq!(request.name, "ParnasSys De Regenboog");
            assert_eq!(request.school_ids, [school]);
            assert_eq!(
                request.scopes,
                [ApiScope::PupilsRead, ApiScope::RegistrationsRead]
            );
            assert_eq!(request.requests_per_minute, None);
            state.rate.set("60".to_owned());
            assert_eq!(state.request().unwrap().requests_per_minute, Some(60));
            state.rate.set("zestig".to_owned());
            assert_eq!(state.request(), None);
            state.clear();
            let empty = state.request().unwrap();
            assert!(
                empty.name.is_empty() && empty.school_ids.is_empty() && empty.scopes.is_empty()
            );
        });
    }

    #[test]
    fn each_field_problem_has_its_own_words_at_its_field() {
        let t = Lang::Nl.texts();
        let problems = [
            ("name", "taken"),
            ("name", "length"),
            ("school_ids", "unknown_school"),
            ("school_ids", "inactive"),
            ("school_ids", "length"),
            ("scopes", "length"),
            ("requests_per_minute", "range"),
        ];
        let texts: Vec<&str> = problems
            .iter()
            .map(|&(field, code)| {
                let error = refusal(ErrorCode::InvalidInput, Some((field, code)));
                assert!(shown_at_field(&error), "{field}: {code}");
                field_message(t, error.field_error(field).unwrap())
            })
            .collect();
        let mut distinct = texts.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), texts.len(), "{texts:?}");
        assert!(!texts.contains(&t.field_invalid()));
        // A name taken at the same moment by another request reads as taken, at the name.
        assert!(shown_at_field(&refusal(ErrorCode::AlreadyExists, None)));
        // Anything else goes above the form.
        assert!(!shown_at_field(&refusal(ErrorCode::Forbidden, None)));
        assert!(!shown_at_field(&refusal(
            ErrorCode::InvalidInput,
            Some(("other", "x"))
        )));
    }
}

//! The fields of a staff account (invite and change): name, role, the school or board the role
//! works at (and the other schools of PO and VO staff), the e-mail language.

use leptos::prelude::*;
use overstap_api_types::{ErrorCode, Role, SchoolResponse};
use uuid::Uuid;

use super::field::{SelectField, TextField};
use super::staff_form_state::{FormIds, StaffFormState};
use super::staff_other_schools::{OtherSchoolsField, other_school_choices, other_schools_error};
use super::staff_roles::{Workplace, role_key, role_of_key, school_choices, workplace};
use crate::api::ApiError;
use crate::i18n::{tx, use_texts};

/// The request's fields the form shows problems at (the e-mail only when it asks for it).
const FIELDS: [&str; 6] = [
    "email",
    "display_name",
    "role",
    "school_id",
    "board_id",
    "other_school_ids",
];

/// Whether the form shows `error` at a field; if not, it belongs above the form.
pub fn shown_at_field(error: &ApiError, with_email: bool) -> bool {
    (with_email && error.code() == Some(ErrorCode::EmailTaken))
        || error.field_errors().iter().any(|field| {
            FIELDS.contains(&field.field.as_str()) && (with_email || field.field != "email")
        })
}

/// The fields; the page supplies the `<form>`, the general error and the buttons.
#[component]
pub fn StaffFields(
    state: StaffFormState,
    ids: FormIds,
    roles: &'static [Role],
    schools: StoredValue<Vec<SchoolResponse>>,
    #[prop(into)] boards: Signal<Vec<(Uuid, String)>>,
    #[prop(into)] error: Signal<Option<ApiError>>,
    /// Ask for the e-mail address (an invitation); it cannot be changed afterwards.
    #[prop(optional)]
    with_email: bool,
) -> impl IntoView {
    let t = use_texts();
    let chosen_role = Memo::new(move |_| state.role.with(|key| role_of_key(key)));
    let school_options = Memo::new(move |_| {
        schools.with_value(|schools| school_choices(chosen_role.get(), schools))
    });
    // A school left from another role would not fit: choose again.
    Effect::new(move || {
        let fits = school_options.with(|options| {
            state
                .school
                .with_untracked(|school| options.iter().any(|(id, _)| id == school))
        });
        if !fits {
            state.school.set(String::new());
        }
    });
    let other_options = Memo::new(move |_| {
        let role = chosen_role.get();
        state.school.with(|own| {
            state.held.with(|held| {
                schools.with_value(|schools| other_school_choices(role, own, schools, held))
            })
        })
    });
    let place = move || chosen_role.get().map(workplace);
    let field_error = move |field: &'static str| {
        Signal::derive(move || {
            error.with(|error| {
                let error = error.as_ref()?;
                if field == "email" && error.code() == Some(ErrorCode::EmailTaken) {
                    return Some(t.get().staff.email_taken());
                }
                error
                    .field_error(field)
                    .map(|problem| t.get().staff_field_error(problem))
            })
        })
    };
    let role_options = Signal::derive(move || {
        let t = t.get();
        roles
            .iter()
            .map(|role| (role_key(*role).to_owned(), t.role_name(*role).to_owned()))
            .collect::<Vec<_>>()
    });
    let school_select = Signal::derive(move || {
        let mut options = vec![(String::new(), t.get().staff.choose_school().to_owned())];
        options.extend(school_options.get());
        options
    });
    let board_select = Signal::derive(move || {
        let mut options = vec![(String::new(), t.get().staff.choose_board().to_owned())];
        options.extend(
            boards
                .get()
                .into_iter()
                .map(|(id, name)| (id.to_string(), name)),
        );
        options
    });
    let language_options = Signal::derive(move || {
        let t = t.get();
        vec![
            ("nl".to_owned(), t.staff.language_nl().to_owned()),
            ("en".to_owned(), t.staff.language_en().to_owned()),
        ]
    });
    view! {
        <div class="form-grid">
            {with_email
                .then(|| {
                    view! {
                        <TextField
                            id=ids.email
                            label=tx(|t| t.email_label())
                            value=state.email
                            error=field_error("email")
                            input_type="email"
                            autocomplete="off"
                            testid=ids.email
                        />
                    }
                })}
            <TextField
                id=ids.display_name
                label=tx(|t| t.staff.display_name_label())
                value=state.display_name
                error=field_error("display_name")
                autocomplete="off"
                testid=ids.display_name
            />
            <SelectField
                id=ids.role
                label=tx(|t| t.staff.role_label())
                value=state.role
                options=role_options
                error=field_error("role")
                testid=ids.role
            />
            <Show when=move || matches!(place(), Some(Workplace::School(_)))>
                <SelectField
                    id=ids.school
                    label=tx(|t| t.staff.school_label())
                    value=state.school
                    options=school_select
                    error=field_error("school_id")
                    testid=ids.school
                />
            </Show>
            <Show when=move || {
                matches!(place(), Some(Workplace::School(_)))
                    && other_options.with(|options| !options.is_empty())
            }>
                <OtherSchoolsField
                    id=ids.others
                    choices=other_options
                    chosen=state.others
                    error=Signal::derive(move || {
                        error
                            .with(|error| {
                                error
                                    .as_ref()?
                                    .field_error("other_school_ids")
                                    .map(|problem| other_schools_error(t.get(), problem))
                            })
                    })
                />
            </Show>
            <Show when=move || place() == Some(Workplace::Board)>
                <SelectField
                    id=ids.board
                    label=tx(|t| t.staff.board_label())
                    value=state.board
                    options=board_select
                    error=field_error("board_id")
                    testid=ids.board
                />
            </Show>
            <SelectField
                id=ids.language
                label=tx(|t| t.staff.mail_language_label())
                value=state.language
                options=language_options
                error=Signal::derive(|| None)
                testid=ids.language
            />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{ErrorDetails, ErrorResponse, FieldError};

    use super::*;

    fn refusal(code: ErrorCode, field: Option<&str>) -> ApiError {
        ApiError::Server {
            status: 422,
            error: Box::new(ErrorResponse {
                problem: Default::default(),
                code,
                message: String::new(),
                details: field.map(|field| ErrorDetails {
                    fields: vec![FieldError {
                        field: field.to_owned(),
                        code: "x".to_owned(),
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
    fn field_problems_stay_at_their_fields_and_the_rest_goes_on_top() {
        let school = refusal(ErrorCode::InvalidInput, Some("school_id"));
        assert!(shown_at_field(&school, false));
        let others = refusal(ErrorCode::InvalidInput, Some("other_school_ids"));
        assert!(shown_at_field(&others, false));
        let taken = refusal(ErrorCode::EmailTaken, None);
        assert!(shown_at_field(&taken, true));
        // The change form has no e-mail field: the problem goes on top.
        assert!(!shown_at_field(&taken, false));
        assert!(!shown_at_field(
            &refusal(ErrorCode::InvalidInput, Some("email")),
            false
        ));
        assert!(!shown_at_field(&refusal(ErrorCode::Forbidden, None), true));
        assert!(!shown_at_field(
            &refusal(ErrorCode::InvalidInput, Some("other")),
            true
        ));
    }
}

//! The school a staff member at several schools works on, in the header, and the choice of
//! another: a labelled select with a button, so that moving through the options with the
//! keyboard never leaves the page.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use overstap_api_types::{ErrorCode, MeResponse, Role, SchoolSummary};
use uuid::Uuid;

use crate::api::ApiError;
use crate::i18n::{Texts, tx, use_texts};

const SELECT_ID: &str = "school-switch";
const ERROR_ID: &str = "school-switch-error";

/// The schools `me` can switch between: every school of PO or VO staff who work at more than
/// one (their own first, as the server lists them); none for anyone else.
pub fn switchable_schools(me: &MeResponse) -> Vec<SchoolSummary> {
    let at_schools = matches!(me.role, Role::PoStaff | Role::VoStaff);
    if at_schools && me.schools.len() > 1 {
        me.schools.clone()
    } else {
        Vec::new()
    }
}

/// Why the switch did not happen, in the current language.
pub fn switch_error_text(t: &Texts, error: &ApiError) -> String {
    match error.code() {
        // No longer one of my schools (taken away meanwhile), or no longer at a school at all.
        Some(ErrorCode::NotFound | ErrorCode::Forbidden) => {
            t.staff.school_switch_not_mine().to_owned()
        }
        _ => t.api_error(error),
    }
}

/// Shown only with two schools or more. `on_switch` gets the school chosen, when it is not the
/// one worked on now.
#[component]
pub fn SchoolSwitch(
    #[prop(into)] schools: Signal<Vec<SchoolSummary>>,
    /// The school this session works on.
    #[prop(into)]
    current: Signal<Option<Uuid>>,
    #[prop(into)] pending: Signal<bool>,
    #[prop(into)] error: Signal<Option<String>>,
    on_switch: Callback<Uuid>,
) -> impl IntoView {
    let t = use_texts();
    // What the select shows is what is sent, also after its options were drawn again.
    let select = NodeRef::<html::Select>::new();
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let chosen = select
            .get_untracked()
            .and_then(|select| Uuid::parse_str(&select.value()).ok());
        if let Some(school) = chosen
            && Some(school) != current.get_untracked()
        {
            on_switch.run(school);
        }
    };
    let options = move || {
        schools
            .get()
            .into_iter()
            .map(|school| {
                let id = school.id;
                view! {
                    <option value=id.to_string() prop:selected=move || current.get() == Some(id)>
                        {school.name}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || schools.with(|schools| schools.len() > 1)>
            <form class="inline-form" on:submit=on_submit data-testid="school-switch-form">
                <label for=SELECT_ID>{tx(|t| t.staff.school_switch_label())}</label>
                <select
                    id=SELECT_ID
                    name=SELECT_ID
                    data-testid="school-switch"
                    disabled=move || pending.get()
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then_some(ERROR_ID)
                    node_ref=select
                >
                    {options}
                </select>
                <button
                    type="submit"
                    class="button button-quiet"
                    data-testid="school-switch-submit"
                    disabled=move || pending.get()
                >
                    {move || {
                        if pending.get() {
                            t.get().staff.school_switch_busy()
                        } else {
                            t.get().staff.school_switch_submit()
                        }
                    }}
                </button>
                {move || {
                    error
                        .get()
                        .map(|message| {
                            view! {
                                <p class="field-error" id=ERROR_ID role="alert">
                                    {message}
                                </p>
                            }
                        })
                }}
            </form>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{ErrorResponse, SchoolSummary};

    use super::*;
    use crate::i18n::Lang;

    fn me(role: Role, schools: &[&str]) -> MeResponse {
        MeResponse {
            id: Uuid::new_v4(),
            role,
            display_name: "Meester Karim".to_owned(),
            school: None,
            schools: schools
                .iter()
                .map(|name| SchoolSummary {
                    id: Uuid::new_v4(),
                    name: (*name).to_owned(),
                })
                .collect(),
            board: None,
            child: None,
            region_name: "Amstelland".to_owned(),
        }
    }

    fn refusal(code: ErrorCode, status: u16) -> ApiError {
        ApiError::Server {
            status,
            error: Box::new(ErrorResponse {
                problem: Default::default(),
                code,
                message: String::new(),
                details: None,
                request_id: None,
            }),
            retry_after: None,
        }
    }

    #[test]
    fn only_school_staff_at_two_schools_or_more_get_a_choice_in_the_servers_order() {
        let two = me(Role::PoStaff, &["Het Kompas", "De Zonnewijzer"]);
        let names: Vec<String> = switchable_schools(&two)
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(names, ["Het Kompas", "De Zonnewijzer"]);
        assert_eq!(
            switchable_schools(&me(Role::VoStaff, &["A", "B", "C"])).len(),
            3
        );
        assert!(switchable_schools(&me(Role::PoStaff, &["Het Kompas"])).is_empty());
        assert!(switchable_schools(&me(Role::PoStaff, &[])).is_empty());
        for role in [Role::Coordinator, Role::BoardAdmin, Role::Parent] {
            assert!(
                switchable_schools(&me(role, &["A", "B"])).is_empty(),
                "{role:?}"
            );
        }
    }

    #[test]
    fn a_school_that_is_no_longer_mine_is_said_so_and_other_failures_as_usual() {
        let t = Lang::Nl.texts();
        assert_eq!(
            switch_error_text(t, &refusal(ErrorCode::NotFound, 404)),
            t.staff.school_switch_not_mine()
        );
        assert_eq!(
            switch_error_text(t, &refusal(ErrorCode::Forbidden, 403)),
            t.staff.school_switch_not_mine()
        );
        assert_eq!(switch_error_text(t, &ApiError::Network), t.error_network());
    }
}

//! The fields of a VO school's programme (add and change): name, the admitted advice levels,
//! the number of seats and the information page; the page owns their values.

use leptos::prelude::*;
use overstap_api_types::{Advice, ProgrammeRequest, ProgrammeResponse};

use super::field::TextField;
use crate::api::ApiError;
use crate::i18n::{tx, use_texts};

/// The form's values, owned by the page so that it can fill and clear them.
#[derive(Debug, Clone, Copy)]
pub struct ProgrammeFormState {
    pub name: RwSignal<String>,
    pub advice: RwSignal<Vec<Advice>>,
    pub capacity: RwSignal<String>,
    pub info_url: RwSignal<String>,
}

impl ProgrammeFormState {
    pub fn new() -> Self {
        ProgrammeFormState {
            name: RwSignal::new(String::new()),
            advice: RwSignal::new(Vec::new()),
            capacity: RwSignal::new(String::new()),
            info_url: RwSignal::new(String::new()),
        }
    }

    pub fn clear(&self) {
        self.name.set(String::new());
        self.advice.set(Vec::new());
        self.capacity.set(String::new());
        self.info_url.set(String::new());
    }

    /// The values of `programme`, to change them.
    pub fn fill(&self, programme: &ProgrammeResponse) {
        self.name.set(programme.name.clone());
        self.advice.set(programme.admitted_advice.clone());
        self.capacity.set(programme.capacity.to_string());
        self.info_url
            .set(programme.info_url.clone().unwrap_or_default());
    }

    /// Checks or unchecks one advice level.
    pub fn toggle(&self, advice: Advice, on: bool) {
        self.advice.update(|chosen| {
            chosen.retain(|level| *level != advice);
            if on {
                chosen.push(advice);
            }
        });
    }

    /// The request as typed; the server names what is wrong (a number of seats that is not a
    /// number goes as 0, which it refuses at the field).
    pub fn request(&self) -> ProgrammeRequest {
        let chosen = self.advice.get_untracked();
        let info_url = self.info_url.get_untracked().trim().to_owned();
        ProgrammeRequest {
            name: self.name.get_untracked(),
            // From low to high, as the levels are listed.
            admitted_advice: Advice::ALL
                .iter()
                .copied()
                .filter(|level| chosen.contains(level))
                .collect(),
            capacity: self.capacity.get_untracked().trim().parse().unwrap_or(0),
            info_url: (!info_url.is_empty()).then_some(info_url),
        }
    }
}

impl Default for ProgrammeFormState {
    fn default() -> Self {
        Self::new()
    }
}

/// The element ids (and test ids) of one form's fields. Each advice checkbox has the id
/// `<advice>-<n>` and the test id `<advice>`, with the level as its value.
#[derive(Debug, Clone, Copy)]
pub struct ProgrammeFormIds {
    pub name: &'static str,
    pub advice: &'static str,
    pub capacity: &'static str,
    pub info_url: &'static str,
}

pub const ADD_IDS: ProgrammeFormIds = ProgrammeFormIds {
    name: "programme-add-name",
    advice: "programme-add-advice",
    capacity: "programme-add-capacity",
    info_url: "programme-add-info-url",
};

pub const EDIT_IDS: ProgrammeFormIds = ProgrammeFormIds {
    name: "programme-edit-name",
    advice: "programme-edit-advice",
    capacity: "programme-edit-capacity",
    info_url: "programme-edit-info-url",
};

const FIELDS: [&str; 4] = ["name", "admitted_advice", "capacity", "info_url"];

/// Whether the form shows `error` at a field; if not, it belongs above the form.
pub fn shown_at_field(error: &ApiError) -> bool {
    error
        .field_errors()
        .iter()
        .any(|field| FIELDS.contains(&field.field.as_str()))
}

/// The fields; the page supplies the `<form>`, the general error and the buttons.
#[component]
pub fn ProgrammeFields(
    state: ProgrammeFormState,
    ids: ProgrammeFormIds,
    #[prop(into)] error: Signal<Option<ApiError>>,
) -> impl IntoView {
    let t = use_texts();
    let field_error = move |field: &'static str| {
        Signal::derive(move || {
            error.with(|error| {
                error
                    .as_ref()?
                    .field_error(field)
                    .map(|problem| t.get().programme_field_error(problem))
            })
        })
    };
    let advice_error = field_error("admitted_advice");
    let hint_id = format!("{}-hint", ids.advice);
    let error_id = format!("{}-error", ids.advice);
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match advice_error.get() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    let checkboxes = Advice::ALL
        .iter()
        .enumerate()
        .map(|(n, &advice)| {
            let id = format!("{}-{n}", ids.advice);
            view! {
                <div class="field-checkbox">
                    <input
                        id=id.clone()
                        type="checkbox"
                        value=advice.as_str()
                        data-testid=ids.advice
                        prop:checked=move || state.advice.with(|chosen| chosen.contains(&advice))
                        on:change:target=move |event| {
                            state.toggle(advice, event.target().checked());
                        }
                    />
                    <label for=id>{advice.as_str()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="form-grid">
            <TextField
                id=ids.name
                label=tx(|t| t.school_directory.programme_name_label())
                value=state.name
                error=field_error("name")
                autocomplete="off"
                testid=ids.name
                hint=tx(|t| t.school_directory.programme_name_hint())
            />
            <TextField
                id=ids.capacity
                label=tx(|t| t.school_directory.capacity_label())
                value=state.capacity
                error=field_error("capacity")
                input_type="number"
                inputmode="numeric"
                autocomplete="off"
                testid=ids.capacity
                hint=tx(|t| t.school_directory.capacity_hint())
            />
            <TextField
                id=ids.info_url
                label=tx(|t| t.school_directory.info_url_label())
                value=state.info_url
                error=field_error("info_url")
                input_type="url"
                autocomplete="off"
                testid=ids.info_url
                hint=tx(|t| t.school_directory.website_hint())
                optional=true
            />
        </div>
        <fieldset
            class="field"
            class:field-invalid=move || advice_error.get().is_some()
            aria-describedby=described_by
        >
            <legend>{tx(|t| t.school_directory.advice_legend())}</legend>
            <p class="field-hint" id=hint_id>
                {tx(|t| t.school_directory.advice_hint())}
            </p>
            {checkboxes}
            {move || {
                advice_error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-error" id=error_id.clone()>
                                {message}
                            </p>
                        }
                    })
            }}
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_advice_goes_from_low_to_high_and_a_wrong_number_of_seats_as_zero() {
        let owner = Owner::new();
        owner.with(|| {
            let state = ProgrammeFormState::new();
            state.toggle(Advice::Vwo, true);
            state.toggle(Advice::Havo, true);
            state.toggle(Advice::HavoVwo, true);
            state.toggle(Advice::HavoVwo, false);
            state.capacity.set("zestig".to_owned());
            let request = state.request();
            assert_eq!(request.admitted_advice, [Advice::Havo, Advice::Vwo]);
            assert_eq!(request.capacity, 0);
            assert_eq!(request.info_url, None);
        });
    }
}

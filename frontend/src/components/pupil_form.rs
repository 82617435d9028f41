//! The pupil's data as the primary school enters or corrects it: the fields of
//! `PupilDataRequest`, each with the server's error for it.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use overstap_api_types::{Advice, PupilDataRequest, PupilResponse};
use uuid::Uuid;

use super::alert::ErrorAlert;
use super::field::{CheckboxField, SelectField, TextField};
use crate::api::ApiError;
use crate::i18n::{tx, use_texts};

/// The form's values, one signal per field. The birth date is kept as the date input writes
/// it (`2014-05-17`); the advice as its wire name (`havo/vwo`) or empty; the twin as a pupil id
/// or empty.
#[derive(Debug, Clone, Copy)]
pub struct PupilFields {
    pub external_id: RwSignal<String>,
    pub first_name: RwSignal<String>,
    pub last_name: RwSignal<String>,
    pub class_name: RwSignal<String>,
    pub birth_date: RwSignal<String>,
    pub advice: RwSignal<String>,
    pub lwoo: RwSignal<bool>,
    pub home_town: RwSignal<String>,
    pub parent_email: RwSignal<String>,
    pub twin: RwSignal<String>,
}

impl PupilFields {
    pub fn empty() -> Self {
        let text = || RwSignal::new(String::new());
        PupilFields {
            external_id: text(),
            first_name: text(),
            last_name: text(),
            class_name: text(),
            birth_date: text(),
            advice: text(),
            lwoo: RwSignal::new(false),
            home_town: text(),
            parent_email: text(),
            twin: text(),
        }
    }

    pub fn fill(&self, pupil: &PupilResponse) {
        let date = pupil.birth_date;
        self.external_id.set(pupil.external_id.clone());
        self.first_name.set(pupil.first_name.clone());
        self.last_name.set(pupil.last_name.clone());
        self.class_name.set(pupil.class_name.clone());
        self.birth_date.set(format!(
            "{:04}-{:02}-{:02}",
            date.year(),
            u8::from(date.month()),
            date.day()
        ));
        self.advice.set(pupil.advice.as_str().to_owned());
        self.lwoo.set(pupil.lwoo);
        self.home_town.set(pupil.home_town.clone());
        self.parent_email.set(pupil.parent_email.clone());
        self.twin.set(
            pupil
                .twin_pupil_id
                .map(|id| id.to_string())
                .unwrap_or_default(),
        );
    }

    /// The request to send, or `None` when the birth date is not a date.
    pub fn to_request(self) -> Option<PupilDataRequest> {
        let text = |signal: RwSignal<String>| signal.get_untracked().trim().to_owned();
        // The contract decides what a valid date is (its date format) and which advice names
        // it knows (`Submitted<Advice>`).
        serde_json::from_value(serde_json::json!({
            "external_id": text(self.external_id),
            "first_name": text(self.first_name),
            "last_name": text(self.last_name),
            "class_name": text(self.class_name),
            "birth_date": text(self.birth_date),
            "advice": self.advice.get_untracked(),
            "lwoo": self.lwoo.get_untracked(),
            "home_town": text(self.home_town),
            "parent_email": text(self.parent_email),
            "twin_pupil_id": Uuid::parse_str(&self.twin.get_untracked()).ok(),
        }))
        .ok()
    }
}

#[component]
pub fn PupilForm(
    fields: PupilFields,
    /// The school's other pupils as `(id, label)`, for the twin select.
    #[prop(into)]
    twins: Signal<Vec<(String, String)>>,
    #[prop(into)] error: Signal<Option<ApiError>>,
    #[prop(into)] pending: Signal<bool>,
    on_save: Callback<PupilDataRequest>,
) -> impl IntoView {
    let t = use_texts();
    let bad_date = RwSignal::new(false);
    let field_error = move |field: &'static str| {
        Signal::derive(move || {
            error.with(|error| {
                error
                    .as_ref()
                    .and_then(|e| e.field_error(field))
                    .map(|f| t.get().field_error(f))
            })
        })
    };
    let date_error = {
        let server = field_error("birth_date");
        Signal::derive(move || {
            if bad_date.get() {
                Some(t.get().po.field_date())
            } else {
                server.get()
            }
        })
    };
    let general_error = Signal::derive(move || {
        if bad_date.get() {
            return Some(t.get().error_invalid_input().to_owned());
        }
        error.with(|error| error.as_ref().map(|e| t.get().api_error(e)))
    });
    let advice_options = Signal::derive(move || {
        let mut options = vec![(String::new(), t.get().po.choose().to_owned())];
        // From low to high; the wire name is both the value and the text.
        options.extend(
            Advice::ALL
                .iter()
                .map(|advice| (advice.as_str().to_owned(), advice.as_str().to_owned())),
        );
        options
    });
    let twin_options = Signal::derive(move || {
        let mut options = vec![(String::new(), t.get().po.no_twin().to_owned())];
        options.extend(twins.get());
        options
    });
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        match fields.to_request() {
            Some(request) => {
                bad_date.set(false);
                on_save.run(request);
            }
            None => bad_date.set(true),
        }
    };

    view! {
        <form class="form pupil-form" on:submit=on_submit novalidate>
            <ErrorAlert message=general_error testid="pupil-form-error" />
            <div class="form-grid">
                <TextField
                    id="pupil-first-name"
                    label=tx(|t| t.po.first_name())
                    value=fields.first_name
                    error=field_error("first_name")
                    autocomplete="off"
                    testid="pupil-form-first-name"
                />
                <TextField
                    id="pupil-last-name"
                    label=tx(|t| t.po.last_name())
                    value=fields.last_name
                    error=field_error("last_name")
                    autocomplete="off"
                    testid="pupil-form-last-name"
                />
                <TextField
                    id="pupil-external-id"
                    label=tx(|t| t.po.external_id())
                    hint=tx(|t| t.po.external_id_hint())
                    value=fields.external_id
                    error=field_error("external_id")
                    autocomplete="off"
                    testid="pupil-form-external-id"
                />
                <TextField
                    id="pupil-class-name"
                    label=tx(|t| t.staff.col_class())
                    value=fields.class_name
                    error=field_error("class_name")
                    autocomplete="off"
                    testid="pupil-form-class-name"
                />
                <TextField
                    id="pupil-birth-date"
                    label=tx(|t| t.child_birth_date())
                    value=fields.birth_date
                    error=date_error
                    input_type="date"
                    autocomplete="off"
                    testid="pupil-form-birth-date"
                />
                <TextField
                    id="pupil-home-town"
                    label=tx(|t| t.po.home_town())
                    value=fields.home_town
                    error=field_error("home_town")
                    autocomplete="off"
                    testid="pupil-form-home-town"
                />
                <SelectField
                    id="pupil-advice"
                    label=tx(|t| t.child_advice())
                    value=fields.advice
                    options=advice_options
                    error=field_error("advice")
                    testid="pupil-form-advice"
                />
                <CheckboxField
                    id="pupil-lwoo"
                    label=tx(|t| t.po.lwoo_label())
                    checked=fields.lwoo
                    testid="pupil-form-lwoo"
                />
                <TextField
                    id="pupil-parent-email"
                    label=tx(|t| t.po.parent_email_label())
                    value=fields.parent_email
                    error=field_error("parent_email")
                    input_type="email"
                    autocomplete="off"
                    testid="pupil-form-parent-email"
                />
                <SelectField
                    id="pupil-twin"
                    label=tx(|t| t.po.twin_label())
                    value=fields.twin
                    options=twin_options
                    error=field_error("twin_pupil_id")
                    testid="pupil-form-twin"
                />
            </div>
            <button
                type="submit"
                class="button button-primary"
                data-testid="pupil-form-save"
                disabled=move || pending.get()
            >
                {move || if pending.get() { t.get().po.saving() } else { t.get().po.save() }}
            </button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use leptos::prelude::Set;

    use overstap_api_types::{Advice, Submitted};

    use super::PupilFields;

    fn filled(birth_date: &str) -> PupilFields {
        let fields = PupilFields::empty();
        fields.first_name.set(" Sanne ".to_owned());
        fields.birth_date.set(birth_date.to_owned());
        fields.advice.set("havo/vwo".to_owned());
        fields
    }

    #[test]
    fn a_date_from_the_date_input_makes_a_request_with_trimmed_text() {
        let request = filled("2014-05-17").to_request();
        let request = request
            .as_ref()
            .map(|r| (r.first_name.as_str(), r.birth_date.day(), r.advice.clone()));
        assert_eq!(
            request,
            Some(("Sanne", 17, Submitted::Known(Advice::HavoVwo)))
        );
    }

    #[test]
    fn no_request_without_a_real_date() {
        assert!(filled("").to_request().is_none());
        assert!(filled("2014-02-30").to_request().is_none());
    }
}

//! `/coordinator/regio`: the region's settings as its coordinator keeps them: the name and the
//! contact details parents see (at any time) and the rules of the procedure (until the
//! registration week opens), started from a built-in template. One save sends everything.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use overstap_api_types::{
    PriorityRuleKind, RegionSettingsRequest, RegionSettingsResponse, RegionTemplate, Role,
};
use time::OffsetDateTime;

use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::coordinator_nav::CoordinatorNav;
use crate::components::region_settings_contact::RegionContactFields;
use crate::components::region_settings_form::{
    RegionSettingsState, schools_in_use, shown_at_field,
};
use crate::components::region_settings_rules::RegionRulesFields;
use crate::i18n::{Texts, tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn RegionSettings() -> impl IntoView {
    view! {
        <RequireRole role=Role::Coordinator>
            <SettingsPage />
        </RequireRole>
    }
}

/// What the last step did, said in the current language.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Saved,
    TemplateApplied(String),
}

impl Outcome {
    fn text(&self, t: &Texts) -> String {
        match self {
            Outcome::Saved => t.region_settings.saved().to_owned(),
            Outcome::TemplateApplied(name) => t.region_settings.template_applied(name),
        }
    }
}

/// What the server says about the settings besides their values.
#[derive(Debug, Clone, PartialEq)]
struct Standing {
    time_zone: String,
    editable: bool,
    fixed_from: Option<OffsetDateTime>,
}

impl Standing {
    fn of(settings: &RegionSettingsResponse) -> Self {
        Standing {
            time_zone: settings.time_zone.clone(),
            editable: settings.rules_editable,
            fixed_from: settings.rules_fixed_from,
        }
    }
}

#[component]
fn SettingsPage() -> impl IntoView {
    use_page_title(|t| t.region_settings.title());
    let settings = LocalResource::new(api::region_settings);
    let templates = LocalResource::new(api::region_templates);
    // Without the templates the rules can still be changed by hand.
    let templates = Signal::derive(move || match templates.get() {
        Some(Ok(list)) => list.templates,
        _ => Vec::new(),
    });
    view! {
        <h1 data-testid="home-title">{tx(|t| t.region_settings.title())}</h1>
        <CoordinatorNav />
        <p class="lead">{tx(|t| t.region_settings.intro())}</p>
        {loaded(settings, move |settings| view! { <Editor settings templates /> })}
    }
}

#[component]
fn Editor(
    settings: RegionSettingsResponse,
    templates: Signal<Vec<RegionTemplate>>,
) -> impl IntoView {
    let t = use_texts();
    let state = RegionSettingsState::new(&settings);
    let standing = RwSignal::new(Standing::of(&settings));
    let error = RwSignal::new(None::<ApiError>);
    let in_use = RwSignal::new(Vec::<(String, PriorityRuleKind)>::new());
    let outcome = RwSignal::new(None::<Outcome>);

    let save = Action::new_local(move |request: &RegionSettingsRequest| {
        let request = request.clone();
        async move {
            match api::update_region_settings(&request).await {
                Ok(saved) => {
                    state.fill(&saved);
                    standing.set(Standing::of(&saved));
                    outcome.set(Some(Outcome::Saved));
                }
                Err(refusal) => {
                    let schools = if refused_in_use(&refusal) {
                        // The server's message names them in English; the page names them
                        // in the reader's language.
                        api::region_schools().await.map_or_else(
                            |_| Vec::new(),
                            |list| schools_in_use(&list.schools, &request.rules.priority_rules),
                        )
                    } else {
                        Vec::new()
                    };
                    in_use.set(schools);
                    error.set(Some(refusal));
                }
            }
        }
    });
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        error.set(None);
        outcome.set(None);
        save.dispatch_local(state.request());
    };
    let on_template = Callback::new(move |key: String| {
        let chosen =
            templates.with(|list| list.iter().find(|template| template.key == key).cloned());
        if let Some(template) = chosen {
            state.apply_template(&template.key, &template.rules);
            error.set(None);
            outcome.set(Some(Outcome::TemplateApplied(template.name)));
        }
    });
    let locked = Signal::derive(move || standing.with(|standing| !standing.editable));
    let fixed_from = Signal::derive(move || standing.with(|standing| standing.fixed_from));
    let time_zone = Signal::derive(move || standing.with(|standing| standing.time_zone.clone()));
    let saving = save.pending();
    view! {
        <form on:submit=on_submit novalidate data-testid="region-settings-form">
            <RegionContactFields state time_zone error />
            <RegionRulesFields state templates locked fixed_from error in_use on_template />
            // Next to the save button, where the coordinator is when the answer comes. The live
            // region is there before its first message, so screen readers announce it.
            <div class="section" role="status" data-testid="region-settings-outcome">
                {move || {
                    outcome
                        .with(|done| done.as_ref().map(|done| done.text(t.get())))
                        .map(|text| view! { <div class="alert alert-success">{text}</div> })
                }}
            </div>
            <ErrorAlert
                message=move || error.with(|e| e.as_ref().map(|e| general_error(t.get(), e)))
                testid="region-settings-error"
            />
            <div class="actions">
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="region-settings-save"
                    disabled=move || saving.get()
                >
                    {move || {
                        if saving.get() {
                            t.get().region_settings.saving()
                        } else {
                            t.get().region_settings.save()
                        }
                    }}
                </button>
            </div>
        </form>
    }
}

/// Refused because VO schools apply a priority rule the new rules leave out.
fn refused_in_use(error: &ApiError) -> bool {
    error
        .field_error("rules.priority_rules")
        .is_some_and(|problem| problem.code == "priority_rule_in_use")
}

/// Next to the save button: "check the marked fields" when a field says what is wrong, else why
/// the save was refused (e.g. the rules are fixed since the registration week).
fn general_error(t: &Texts, error: &ApiError) -> String {
    if shown_at_field(error) {
        t.error_invalid_input().to_owned()
    } else {
        t.api_error(error)
    }
}

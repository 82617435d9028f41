//! The region's rules: a template to start from, the list routes, the cap on schools, the
//! priority rules, the lottery and the placement mechanism; read only once they are fixed.

use leptos::prelude::*;
use overstap_api_types::{
    PlacementMechanism, PriorityRuleKind, RegionTemplate, TieBreaking, WireEnum,
};
use time::OffsetDateTime;

use super::field::{CheckboxField, SelectField, TextField};
use super::region_settings_form::{RegionSettingsState, field_problem, in_use_problem};
use super::region_settings_routes::RegionRoutesTable;
use crate::api::ApiError;
use crate::i18n::{Texts, tx, use_texts};

const PRIORITY_ERROR_ID: &str = "priority-rules-error";

#[component]
pub fn RegionRulesFields(
    state: RegionSettingsState,
    #[prop(into)] templates: Signal<Vec<RegionTemplate>>,
    /// The rules are fixed: shown, not changeable.
    #[prop(into)]
    locked: Signal<bool>,
    /// From when the rules are fixed (the registration week), if a procedure is planned.
    #[prop(into)]
    fixed_from: Signal<Option<OffsetDateTime>>,
    #[prop(into)] error: Signal<Option<ApiError>>,
    /// The schools a `priority_rule_in_use` refusal is about, with their rule.
    #[prop(into)]
    in_use: Signal<Vec<(String, PriorityRuleKind)>>,
    /// Fill the rules from the template with this key.
    on_template: Callback<String>,
) -> impl IntoView {
    let t = use_texts();
    let field_error = move |field: &'static str| {
        Signal::derive(move || {
            error.with(|error| {
                error
                    .as_ref()?
                    .field_error(field)
                    .map(|problem| field_problem(t.get(), problem))
            })
        })
    };
    let note = move || {
        let at = fixed_from.get()?;
        let t = t.get();
        let moment = t.moment(at);
        let (state, text) = if locked.get() {
            ("fixed", t.region_settings.rules_fixed(&moment))
        } else {
            ("editable", t.region_settings.rules_editable_until(&moment))
        };
        Some(view! {
            <div class="alert alert-info" data-testid="rules-note" data-state=state>
                {text}
            </div>
        })
    };
    let chosen = RwSignal::new(state.template.get_untracked());
    let template_options = Signal::derive(move || {
        templates.with(|list| {
            list.iter()
                .map(|template| (template.key.clone(), template.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let current = move || {
        let key = state.template.get();
        let name = templates
            .with(|list| {
                list.iter()
                    .find(|template| template.key == key)
                    .map(|template| template.name.clone())
            })
            .unwrap_or(key);
        t.get().region_settings.template_current(&name)
    };
    view! {
        <section class="section" aria-labelledby="rules-title">
            <h2 id="rules-title">{tx(|t| t.region_settings.rules_title())}</h2>
            <div class="form">
                {note}
                <p data-testid="template-current">{current}</p>
                <div class="form-grid narrow">
                    <SelectField
                        id="template-select"
                        label=tx(|t| t.region_settings.template_label())
                        value=chosen
                        options=template_options
                        error=field_error("template")
                        testid="template-select"
                        hint=tx(|t| t.region_settings.template_hint())
                        disabled=locked
                    />
                </div>
                <button
                    type="button"
                    class="button button-secondary"
                    data-testid="template-apply"
                    disabled=move || locked.get() || templates.with(Vec::is_empty)
                    on:click=move |_| on_template.run(chosen.get_untracked())
                >
                    {tx(|t| t.region_settings.template_apply())}
                </button>
                <RegionRoutesTable state locked error />
                <div class="form-grid narrow">
                    <TextField
                        id="rules-max"
                        label=tx(|t| t.region_settings.max_label())
                        value=state.max_distinct
                        error=field_error("rules.max_distinct_schools")
                        input_type="number"
                        inputmode="numeric"
                        autocomplete="off"
                        testid="rules-max"
                        hint=tx(|t| t.region_settings.max_hint())
                        optional=true
                        disabled=locked
                    />
                </div>
                <PriorityRules state locked error in_use />
                {choice_group(
                    "tie-breaking",
                    tx(|t| t.region_settings.tie_breaking_legend()),
                    state.tie_breaking,
                    TieBreaking::ALL,
                    |t, tie| t.region_settings.tie_breaking(tie.as_str()),
                    locked,
                )}
                <CheckboxField
                    id="lot-numbers"
                    label=tx(|t| t.region_settings.lot_numbers_label())
                    checked=state.lot_numbers
                    testid="lot-numbers"
                    disabled=locked
                />
                {choice_group(
                    "placement",
                    tx(|t| t.region_settings.placement_legend()),
                    state.placement,
                    PlacementMechanism::ALL,
                    |t, placement| t.region_settings.placement(placement.as_str()),
                    locked,
                )}
            </div>
        </section>
    }
}

/// The priority rules the region's VO schools may give, one checkbox each.
#[component]
fn PriorityRules(
    state: RegionSettingsState,
    locked: Signal<bool>,
    error: Signal<Option<ApiError>>,
    in_use: Signal<Vec<(String, PriorityRuleKind)>>,
) -> impl IntoView {
    let t = use_texts();
    let problem = Signal::derive(move || {
        error.with(|error| {
            let problem = error.as_ref()?.field_error("rules.priority_rules")?;
            let t = t.get();
            Some(if problem.code == "priority_rule_in_use" {
                in_use.with(|schools| in_use_problem(t, schools))
            } else {
                field_problem(t, problem).to_owned()
            })
        })
    });
    let described_by = move || {
        if problem.with(Option::is_some) {
            format!("priority-rules-hint {PRIORITY_ERROR_ID}")
        } else {
            "priority-rules-hint".to_owned()
        }
    };
    let boxes = PriorityRuleKind::ALL
        .iter()
        .map(|&rule| {
            let id = format!("priority-rule-{}", rule.as_str());
            view! {
                <div class="field-checkbox">
                    <input
                        id=id.clone()
                        type="checkbox"
                        value=rule.as_str()
                        data-testid="priority-rule"
                        disabled=move || locked.get()
                        prop:checked=move || state.priority_rules.with(|rules| rules.contains(&rule))
                        on:change:target=move |event| {
                            state.toggle_priority_rule(rule, event.target().checked());
                        }
                    />
                    <label for=id>{move || t.get().school_directory.priority_rule(rule)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="field"
            class:field-invalid=move || problem.with(Option::is_some)
            aria-describedby=described_by
            data-testid="priority-rules"
        >
            <legend>{tx(|t| t.region_settings.priority_legend())}</legend>
            <p class="field-hint" id="priority-rules-hint">
                {tx(|t| t.region_settings.priority_hint())}
            </p>
            {boxes}
            {move || {
                problem
                    .get()
                    .map(|message| {
                        view! {
                            <p
                                class="field-error"
                                id=PRIORITY_ERROR_ID
                                data-testid="rules-priority-error"
                            >
                                {message}
                            </p>
                        }
                    })
            }}
        </fieldset>
    }
}

/// One choice among a closed set, as radio buttons named `name` (also their test id), each
/// with the member's wire name as its value.
fn choice_group<T>(
    name: &'static str,
    legend: Signal<&'static str>,
    value: RwSignal<T>,
    members: &'static [T],
    label: fn(&Texts, T) -> String,
    locked: Signal<bool>,
) -> impl IntoView
where
    T: WireEnum + PartialEq + Send + Sync,
{
    let t = use_texts();
    let radios = members
        .iter()
        .map(|&member| {
            let id = format!("{name}-{}", member.name());
            view! {
                <div class="field-checkbox">
                    <input
                        id=id.clone()
                        type="radio"
                        name=name
                        value=member.name()
                        data-testid=name
                        disabled=move || locked.get()
                        prop:checked=move || value.get() == member
                        on:change=move |_| value.set(member)
                    />
                    <label for=id>{move || label(t.get(), member)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" data-testid=format!("{name}-choice")>
            <legend>{move || legend.get()}</legend>
            {radios}
        </fieldset>
    }
}

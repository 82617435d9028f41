//! The form of one procedure year: its school year (when new) and the calendar's moments, each
//! read only once its phase has begun, with the server's problems at their inputs.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::alert::ErrorAlert;
use super::field::{CheckboxField, TextField};
use super::procedure_calendar::{Input, Moment, field_problem, general_error, problem_at};
use super::procedure_values::{Plan, ProcedureValues};
use crate::api::ApiError;
use crate::i18n::{tx, use_texts};

/// The form's heading, which takes the focus when the form opens.
pub const FORM_TITLE_ID: &str = "procedure-form-title";
const ENDS_HINT_ID: &str = "procedure-ends-hint";
const TIMES_HINT_ID: &str = "procedure-times-hint";

#[component]
pub fn ProcedureForm(
    plan: Plan,
    values: ProcedureValues,
    /// Why the last save was refused.
    #[prop(into)]
    error: Signal<Option<ApiError>>,
    #[prop(into)] pending: Signal<bool>,
    on_save: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let t = use_texts();
    let problem = move |input: Input| {
        Signal::derive(move || {
            error
                .with(|error| problem_at(error.as_ref()?, input).map(|p| field_problem(t.get(), p)))
        })
    };
    let general = {
        let plan = plan.clone();
        move || {
            let round2 = values.round2.get();
            error.with(|error| {
                let error = error.as_ref()?;
                Some(general_error(t.get(), error, |input| {
                    plan.shows(input, round2)
                }))
            })
        }
    };
    let title = {
        let plan = plan.clone();
        move || match &plan {
            Plan::New { .. } => t.get().procedures.new_title().to_owned(),
            Plan::Change { school_year, .. } => t.get().procedures.edit_title(school_year),
        }
    };
    let intro = match &plan {
        Plan::New { copied_from } => {
            let copied_from = copied_from.clone();
            let text = move || {
                let p = &t.get().procedures;
                if copied_from == "template" {
                    p.copied_from_template().to_owned()
                } else {
                    p.copied_from(&copied_from)
                }
            };
            Some(view! { <p data-testid="procedure-copied-from">{text}</p> })
        }
        Plan::Change { .. } => None,
    };
    let school_year = matches!(plan, Plan::New { .. }).then(|| {
        view! {
            <div class="form-grid">
                <TextField
                    id="procedure-school-year"
                    label=tx(|t| t.procedures.school_year_label())
                    value=values.school_year
                    error=problem(Input::SchoolYear)
                    autocomplete="off"
                    testid="field-school_year"
                    hint=tx(|t| t.procedures.school_year_hint())
                />
            </div>
        }
    });
    let moment_field = move |plan: &Plan, moment: Moment| {
        let locked = plan.locked(moment);
        view! {
            <MomentField
                moment
                value=values.value(moment)
                locked
                error=problem(Input::Moment(moment))
            />
        }
    };
    let moments = Moment::ALL
        .into_iter()
        .filter(|m| !m.is_round2())
        .map(|m| moment_field(&plan, m))
        .collect_view();
    let round2_moments = {
        let plan = plan.clone();
        move || {
            values.round2.get().then(|| {
                Moment::ROUND2
                    .into_iter()
                    .map(|m| moment_field(&plan, m))
                    .collect_view()
            })
        }
    };
    let round2_locked = plan.round2_locked();
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        on_save.run(());
    };
    view! {
        <section class="section" aria-labelledby=FORM_TITLE_ID>
            <form class="form" on:submit=on_submit novalidate data-testid="procedure-form">
                <h2 id=FORM_TITLE_ID tabindex="-1">{title}</h2>
                {intro}
                {school_year}
                <fieldset class="field">
                    <legend>{tx(|t| t.procedures.moments_legend())}</legend>
                    <p class="field-hint" id=TIMES_HINT_ID>{tx(|t| t.procedures.times_hint())}</p>
                    <div class="form-grid">{moments}</div>
                    <CheckboxField
                        id="procedure-round2"
                        label=tx(|t| t.procedures.round2_label())
                        checked=values.round2
                        testid="field-round2"
                        disabled=Signal::stored(round2_locked)
                    />
                    <div class="form-grid">{round2_moments}</div>
                    <p class="field-hint" id=ENDS_HINT_ID>{tx(|t| t.procedures.ends_hint())}</p>
                </fieldset>
                <ErrorAlert message=general testid="procedure-error" />
                <div class="actions">
                    <button
                        type="submit"
                        class="button button-primary"
                        data-testid="save-procedure"
                        disabled=move || pending.get()
                    >
                        {move || {
                            if pending.get() {
                                t.get().procedures.saving()
                            } else {
                                t.get().procedures.save()
                            }
                        }}
                    </button>
                    <button
                        type="button"
                        class="button button-quiet"
                        data-testid="cancel-procedure"
                        on:click=move |_| on_cancel.run(())
                    >
                        {tx(|t| t.procedures.cancel())}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// One moment as a `datetime-local` input (Amsterdam wall-clock time, as the server takes it).
/// An end points to the hint on exclusive ends; a locked moment says why it cannot change.
#[component]
fn MomentField(
    moment: Moment,
    value: RwSignal<String>,
    locked: bool,
    error: Signal<Option<&'static str>>,
) -> impl IntoView {
    let t = use_texts();
    let name = moment.name();
    let id = format!("procedure-{name}");
    let locked_id = format!("{id}-locked");
    let error_id = format!("{id}-error");
    let described_by = {
        let (locked_id, error_id) = (locked_id.clone(), error_id.clone());
        move || {
            let ids: Vec<&str> = [
                locked.then_some(locked_id.as_str()),
                Some(TIMES_HINT_ID),
                moment.is_end().then_some(ENDS_HINT_ID),
                error.get().map(|_| error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            ids.join(" ")
        }
    };
    view! {
        <div
            class="field"
            class:field-invalid=move || error.get().is_some()
            data-locked=locked.then_some("true")
        >
            <label for=id.clone()>{move || moment.label(t.get())}</label>
            {locked
                .then(|| {
                    view! {
                        <p class="field-hint" id=locked_id>
                            {tx(|t| t.procedures.locked())}
                        </p>
                    }
                })}
            <input
                id=id
                name=name
                type="datetime-local"
                required=true
                disabled=locked
                data-testid=format!("field-{name}")
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described_by
                bind:value=value
            />
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-error" id=error_id.clone()>
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

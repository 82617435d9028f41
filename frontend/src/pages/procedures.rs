//! `/coordinator/procedures`: the region's procedure years and their calendars. Once the current
//! school year is over the coordinator plans the next year from last year's calendar; a
//! calendar's moments can change until their phase begins.

use leptos::prelude::*;
use overstap_api_types::{ProcedureListResponse, ProcedureSummary, Role};
use time::OffsetDateTime;
use web_sys::wasm_bindgen::JsCast;

use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::coordinator_nav::CoordinatorNav;
use crate::components::procedure_form::{FORM_TITLE_ID, ProcedureForm};
use crate::components::procedure_table::{ProcedureTable, edit_button_id};
use crate::components::procedure_values::{Plan, ProcedureValues, Submission};
use crate::i18n::{Texts, tx, use_texts};
use crate::session::RequireRole;

const NEW_BUTTON_ID: &str = "new-procedure";
const NEW_FROM_ID: &str = "new-procedure-from";
const OUTCOME_ID: &str = "procedure-saved";

#[component]
pub fn Procedures() -> impl IntoView {
    view! {
        <RequireRole role=Role::Coordinator>
            <ProceduresPage />
        </RequireRole>
    }
}

/// What the last save did, said in the current language.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Created(String),
    Saved(String),
}

impl Outcome {
    fn text(&self, t: &Texts) -> String {
        match self {
            Outcome::Created(school_year) => t.procedures.created(school_year),
            Outcome::Saved(school_year) => t.procedures.saved(school_year),
        }
    }
}

#[component]
fn ProceduresPage() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.procedures.title());
    let list = LocalResource::new(api::procedures);
    let values = ProcedureValues::new();
    let plan = RwSignal::new(None::<Plan>);
    let error = RwSignal::new(None::<ApiError>);
    let proposal_error = RwSignal::new(None::<ApiError>);
    let outcome = RwSignal::new(None::<Outcome>);
    // The list as read again after a save; shown instead of the first read.
    let fresh = RwSignal::new(None::<ProcedureListResponse>);

    let propose = Action::new_local(move |(): &()| async move {
        match api::procedure_proposal().await {
            Ok(proposal) => {
                values.fill(&proposal.school_year, &proposal.calendar);
                error.set(None);
                plan.set(Some(Plan::New {
                    copied_from: proposal.copied_from,
                }));
                focus_later(FORM_TITLE_ID.to_owned());
            }
            Err(refusal) => proposal_error.set(Some(refusal)),
        }
    });
    let save = Action::new_local(move |submission: &Submission| {
        let submission = submission.clone();
        async move {
            let result = match &submission {
                Submission::Create(request) => api::create_procedure(request)
                    .await
                    .map(|saved| Outcome::Created(saved.school_year)),
                Submission::Update(id, request) => api::update_procedure(*id, request)
                    .await
                    .map(|saved| Outcome::Saved(saved.school_year)),
            };
            match result {
                Ok(done) => {
                    // The table shows the saved year before the outcome is announced: an
                    // "edit" right after the message must find the new moments.
                    match api::procedures().await {
                        Ok(reloaded) => fresh.set(Some(reloaded)),
                        Err(_) => list.refetch(),
                    }
                    plan.set(None);
                    outcome.set(Some(done));
                    focus_later(OUTCOME_ID.to_owned());
                }
                Err(refusal) => error.set(Some(refusal)),
            }
        }
    });
    let busy = Signal::derive(move || propose.pending().get() || save.pending().get());

    let on_new = Callback::new(move |()| {
        outcome.set(None);
        proposal_error.set(None);
        propose.dispatch_local(());
    });
    let on_edit = Callback::new(move |procedure: ProcedureSummary| {
        values.fill(&procedure.school_year, &procedure.calendar);
        error.set(None);
        outcome.set(None);
        proposal_error.set(None);
        plan.set(Some(Plan::Change {
            id: procedure.id,
            school_year: procedure.school_year,
            editable: procedure.editable,
        }));
        focus_later(FORM_TITLE_ID.to_owned());
    });
    let on_save = Callback::new(move |()| {
        if let Some(current) = plan.get_untracked() {
            error.set(None);
            save.dispatch_local(values.submission(&current));
        }
    });
    let on_cancel = Callback::new(move |()| {
        let back = match plan.get_untracked() {
            Some(Plan::Change { school_year, .. }) => edit_button_id(&school_year),
            _ => NEW_BUTTON_ID.to_owned(),
        };
        plan.set(None);
        error.set(None);
        focus_later(back);
    });

    let form = move || {
        plan.get().map(|plan| {
            view! {
                <ProcedureForm
                    plan
                    values
                    error
                    pending=save.pending()
                    on_save
                    on_cancel
                />
            }
        })
    };
    view! {
        <h1 data-testid="home-title">{tx(|t| t.procedures.title())}</h1>
        <CoordinatorNav />
        <p class="lead">{tx(|t| t.procedures.intro())}</p>
        // The live region is there before its first message, so screen readers announce it.
        <div role="status" data-testid="procedure-outcome">
            {move || {
                outcome
                    .with(|done| done.as_ref().map(|done| done.text(t.get())))
                    .map(|text| {
                        view! {
                            <div
                                class="alert alert-success"
                                id=OUTCOME_ID
                                tabindex="-1"
                                data-testid=OUTCOME_ID
                            >
                                {text}
                            </div>
                        }
                    })
            }}
        </div>
        <section class="section">
            {loaded(
                list,
                move |list: ProcedureListResponse| {
                    let list = fresh.get().unwrap_or(list);
                    view! {
                        <NewProcedure
                            can_create=list.can_create
                            next_from=list.next_from
                            busy
                            fetching=propose.pending()
                            on_new
                        />
                        <ErrorAlert
                            message=move || {
                                proposal_error.with(|e| e.as_ref().map(|e| t.get().api_error(e)))
                            }
                            testid="procedure-proposal-error"
                        />
                        <ProcedureTable procedures=list.procedures on_edit busy />
                    }
                },
            )}
        </section>
        {form}
    }
}

/// "New procedure year", or from when there can be one.
#[component]
fn NewProcedure(
    can_create: bool,
    next_from: Option<OffsetDateTime>,
    busy: Signal<bool>,
    fetching: Memo<bool>,
    on_new: Callback<()>,
) -> impl IntoView {
    let t = use_texts();
    let explanation = (!can_create).then(|| {
        let text = move || match next_from {
            Some(at) => t.get().procedures.new_from(&t.get().moment(at)),
            None => t.get().procedures.new_from_unknown().to_owned(),
        };
        view! {
            <p class="field-hint" id=NEW_FROM_ID data-testid="new-procedure-from">
                {text}
            </p>
        }
    });
    view! {
        <div class="actions">
            <button
                type="button"
                class="button button-primary"
                id=NEW_BUTTON_ID
                data-testid=NEW_BUTTON_ID
                disabled=move || !can_create || busy.get()
                aria-describedby=(!can_create).then_some(NEW_FROM_ID)
                on:click=move |_| on_new.run(())
            >
                {move || {
                    if fetching.get() {
                        t.get().procedures.fetching()
                    } else {
                        t.get().procedures.new_button()
                    }
                }}
            </button>
            {explanation}
        </div>
    }
}

/// Puts the focus on the element with `id` once the page has been drawn again.
fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id)
            && let Ok(element) = element.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = element.focus();
        }
    });
}

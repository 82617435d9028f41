//! The region's procedure years, latest first: each school year with its phases and when they
//! begin, the current one marked, and a way to change a calendar whose phases have not all
//! begun.

use leptos::prelude::*;
use overstap_api_types::ProcedureSummary;

use crate::i18n::{tx, use_texts};

/// The id (and test id) of a procedure year's change button, where the focus goes back to when
/// its form closes.
pub fn edit_button_id(school_year: &str) -> String {
    format!("edit-procedure-{school_year}")
}

#[component]
pub fn ProcedureTable(
    procedures: Vec<ProcedureSummary>,
    /// Open the form for this procedure year.
    on_edit: Callback<ProcedureSummary>,
    #[prop(into)] busy: Signal<bool>,
) -> impl IntoView {
    if procedures.is_empty() {
        return view! { <p data-testid="procedures-empty">{tx(|t| t.procedures.empty())}</p> }
            .into_any();
    }
    let rows = procedures
        .into_iter()
        .map(|procedure| view! { <ProcedureRow procedure on_edit busy /> })
        .collect_view();
    view! {
        <table class="data-table" data-testid="procedure-table">
            <caption>{tx(|t| t.procedures.caption())}</caption>
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.procedures.col_school_year())}</th>
                    <th scope="col">{tx(|t| t.procedures.col_phases())}</th>
                    <th scope="col">{tx(|t| t.procedures.col_actions())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

#[component]
fn ProcedureRow(
    procedure: ProcedureSummary,
    on_edit: Callback<ProcedureSummary>,
    busy: Signal<bool>,
) -> impl IntoView {
    let t = use_texts();
    let school_year = procedure.school_year.clone();
    let is_current = procedure.is_current;
    let current = is_current.then(|| {
        view! {
            " "
            <span class="badge badge-open" data-testid="procedure-current">
                {tx(|t| t.procedures.current())}
            </span>
        }
    });
    let phases = procedure
        .phases
        .iter()
        .map(|phase| {
            let (key, opens_at) = (phase.phase, phase.opens_at);
            view! {
                <div data-phase=key.as_str()>
                    <dt>{move || t.get().phase_name(key).to_owned()}</dt>
                    <dd>{move || t.get().moment(opens_at)}</dd>
                </div>
            }
        })
        .collect_view();
    let action = if procedure.editable.is_empty() {
        view! {
            <span data-testid="procedure-fixed">{tx(|t| t.procedures.fixed())}</span>
        }
        .into_any()
    } else {
        let id = edit_button_id(&school_year);
        let hidden = school_year.clone();
        view! {
            <button
                type="button"
                class="button button-secondary"
                id=id.clone()
                data-testid=id
                disabled=move || busy.get()
                on:click=move |_| on_edit.run(procedure.clone())
            >
                {tx(|t| t.procedures.edit())}
                <span class="visually-hidden">
                    " " {move || t.get().procedures.edit_of(&hidden)}
                </span>
            </button>
        }
        .into_any()
    };
    view! {
        <tr
            data-testid=format!("procedure-row-{school_year}")
            data-current=if is_current { "true" } else { "false" }
        >
            <th scope="row" data-label=tx(|t| t.procedures.col_school_year())>
                {school_year.clone()}
                {current}
            </th>
            <td data-label=tx(|t| t.procedures.col_phases())>
                <dl class="facts">{phases}</dl>
            </td>
            <td data-label=tx(|t| t.procedures.col_actions())>{action}</td>
        </tr>
    }
}

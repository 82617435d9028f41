//! The procedure calendar: each phase, when it opens, and whether it is open now.

use leptos::prelude::*;
use overstap_api_types::ProcedureResponse;

use crate::i18n::{Texts, tx, use_texts};

#[derive(Clone, Copy, PartialEq, Eq)]
enum PhaseState {
    Upcoming,
    Open,
    Closed,
}

impl PhaseState {
    fn label(self, t: &Texts) -> &'static str {
        match self {
            PhaseState::Upcoming => t.staff.phase_upcoming(),
            PhaseState::Open => t.staff.phase_open(),
            PhaseState::Closed => t.staff.phase_closed(),
        }
    }

    fn class(self) -> &'static str {
        match self {
            PhaseState::Upcoming => "badge badge-upcoming",
            PhaseState::Open => "badge badge-open",
            PhaseState::Closed => "badge badge-closed",
        }
    }
}

#[component]
pub fn PhaseTable(procedure: ProcedureResponse) -> impl IntoView {
    let t = use_texts();
    let now = procedure.now;
    let rows = procedure
        .phases
        .into_iter()
        .map(|phase| {
            // The server's clock decides (it may be fixed in a demo), not the browser's.
            let state = if phase.is_open {
                PhaseState::Open
            } else if now < phase.opens_at {
                PhaseState::Upcoming
            } else {
                PhaseState::Closed
            };
            let key = phase.phase;
            let opens_at = phase.opens_at;
            let data_phase = key.as_str();
            view! {
                <tr data-testid="phase-row" data-phase=data_phase>
                    <th scope="row" data-label=move || t.get().staff.col_phase()>
                        {move || t.get().phase_name(key).to_owned()}
                    </th>
                    <td data-label=move || t.get().staff.col_opens()>
                        {move || t.get().moment(opens_at)}
                    </td>
                    <td data-label=move || t.get().staff.col_phase_state()>
                        <span class=state.class()>{move || state.label(t.get())}</span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table" data-testid="phase-table">
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.staff.col_phase())}</th>
                    <th scope="col">{tx(|t| t.staff.col_opens())}</th>
                    <th scope="col">{tx(|t| t.staff.col_phase_state())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

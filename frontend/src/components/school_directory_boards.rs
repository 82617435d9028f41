//! The region's school boards: name, how many of its schools are active, whether the board is
//! active, and per row renaming and deactivating or reactivating it.

use std::collections::HashMap;

use leptos::prelude::*;
use overstap_api_types::BoardSummary;
use uuid::Uuid;

use crate::i18n::{tx, use_texts};

/// `active` or `inactive`, as the rows' `data-state` says it.
pub const fn state_key(active: bool) -> &'static str {
    if active { "active" } else { "inactive" }
}

#[component]
pub fn BoardTable(
    boards: Vec<BoardSummary>,
    /// The number of active schools per board.
    active_schools: HashMap<Uuid, usize>,
    /// An action on a row is under way: the buttons wait.
    #[prop(into)]
    busy: Signal<bool>,
    on_rename: Callback<BoardSummary>,
    /// The board and whether it should be active.
    on_set_active: Callback<(BoardSummary, bool)>,
) -> impl IntoView {
    let t = use_texts();
    if boards.is_empty() {
        return view! { <p class="empty">{tx(|t| t.school_directory.boards_empty())}</p> }
            .into_any();
    }
    let rows = boards
        .into_iter()
        .map(|board| {
            let active = board.active;
            let schools = active_schools.get(&board.id).copied().unwrap_or(0);
            let (renamed, toggled) = (board.clone(), board.clone());
            let name = board.name.clone();
            let (row_name, hidden_name) = (name.clone(), name.clone());
            let toggle_id = if active {
                "board-deactivate"
            } else {
                "board-activate"
            };
            view! {
                <tr
                    data-testid="board-row"
                    data-board-id=board.id.to_string()
                    data-name=row_name
                    data-state=state_key(active)
                >
                    <th scope="row" data-label=move || t.get().school_directory.col_board()>
                        {name}
                    </th>
                    <td
                        class="numeric"
                        data-label=move || t.get().school_directory.col_active_schools()
                    >
                        {schools}
                    </td>
                    <td data-label=move || t.get().school_directory.col_state()>
                        <span
                            class=if active { "badge badge-open" } else { "badge badge-closed" }
                            data-testid="board-state"
                        >
                            {move || {
                                if active {
                                    t.get().school_directory.state_active()
                                } else {
                                    t.get().school_directory.state_inactive()
                                }
                            }}
                        </span>
                    </td>
                    <td data-label=move || t.get().school_directory.col_actions()>
                        <div class="button-row">
                            <button
                                type="button"
                                class="button button-secondary"
                                data-testid="board-rename"
                                disabled=move || busy.get()
                                on:click=move |_| on_rename.run(renamed.clone())
                            >
                                {tx(|t| t.school_directory.action_rename())}
                                <span class="visually-hidden">" " {hidden_name.clone()}</span>
                            </button>
                            <button
                                type="button"
                                class="button button-quiet"
                                data-testid=toggle_id
                                disabled=move || busy.get()
                                on:click=move |_| on_set_active.run((toggled.clone(), !active))
                            >
                                {move || {
                                    if active {
                                        t.get().school_directory.action_deactivate()
                                    } else {
                                        t.get().school_directory.action_activate()
                                    }
                                }}
                                <span class="visually-hidden">" " {board.name}</span>
                            </button>
                        </div>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table
            class="data-table"
            data-testid="board-table"
            aria-label=move || t.get().school_directory.boards_caption()
        >
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.school_directory.col_board())}</th>
                    <th scope="col" class="numeric">
                        {tx(|t| t.school_directory.col_active_schools())}
                    </th>
                    <th scope="col">{tx(|t| t.school_directory.col_state())}</th>
                    <th scope="col">{tx(|t| t.school_directory.col_actions())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

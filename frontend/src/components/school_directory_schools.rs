//! The region's schools as the coordinator keeps them: BRIN number, name, kind, town, board,
//! whether the school is active, and per row changing it, (de)activating it and, for a VO
//! school, the way to its programmes.

use std::collections::HashMap;

use leptos::prelude::*;
use overstap_api_types::{SchoolKind, SchoolResponse};
use uuid::Uuid;

use super::school_directory_boards::state_key;
use crate::i18n::{Texts, tx, use_texts};

/// `PO` or `VO`.
pub fn kind_name(t: &Texts, kind: SchoolKind) -> &'static str {
    match kind {
        SchoolKind::Po => t.school_directory.kind_po(),
        SchoolKind::Vo => t.school_directory.kind_vo(),
    }
}

/// The page of a VO school's programmes.
pub fn programmes_path(school: Uuid) -> String {
    format!("/coordinator/scholen/{school}")
}

#[component]
pub fn SchoolDirectoryTable(
    /// In the order to show them.
    schools: Vec<SchoolResponse>,
    /// Every board's name.
    board_names: HashMap<Uuid, String>,
    /// An action on a row is under way: the buttons wait.
    #[prop(into)]
    busy: Signal<bool>,
    on_edit: Callback<SchoolResponse>,
    /// The school and whether it should be active.
    on_set_active: Callback<(SchoolResponse, bool)>,
) -> impl IntoView {
    let t = use_texts();
    if schools.is_empty() {
        return view! { <p class="empty">{tx(|t| t.school_directory.schools_empty())}</p> }
            .into_any();
    }
    let count = schools.len();
    let rows = schools
        .into_iter()
        .map(|school| {
            let (active, kind) = (school.active, school.kind);
            let board = board_names
                .get(&school.board_id)
                .cloned()
                .unwrap_or_default();
            let (edited, toggled) = (school.clone(), school.clone());
            let name = school.name.clone();
            let (edit_name, toggle_name) = (name.clone(), name.clone());
            let code = school.code.clone();
            let toggle_id = if active {
                "school-deactivate"
            } else {
                "school-activate"
            };
            let programmes = (kind == SchoolKind::Vo).then(|| {
                let name = name.clone();
                view! {
                    <a
                        class="button button-secondary"
                        href=programmes_path(school.id)
                        data-testid="school-programmes"
                    >
                        {tx(|t| t.school_directory.action_programmes())}
                        <span class="visually-hidden">" " {name}</span>
                    </a>
                }
            });
            view! {
                <tr
                    data-testid="directory-school-row"
                    data-school-id=school.id.to_string()
                    data-code=code
                    data-kind=if kind == SchoolKind::Vo { "vo" } else { "po" }
                    data-state=state_key(active)
                >
                    <td data-label=move || t.get().school_directory.col_code()>
                        <code>{school.code}</code>
                    </td>
                    <th scope="row" data-label=move || t.get().school_directory.col_name()>
                        {name}
                    </th>
                    <td data-label=move || t.get().school_directory.col_kind()>
                        {move || kind_name(t.get(), kind)}
                    </td>
                    <td data-label=move || t.get().school_directory.col_town()>{school.town}</td>
                    <td data-label=move || t.get().school_directory.col_board()>{board}</td>
                    <td data-label=move || t.get().school_directory.col_state()>
                        <span
                            class=if active { "badge badge-open" } else { "badge badge-closed" }
                            data-testid="school-state"
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
                                data-testid="school-edit"
                                disabled=move || busy.get()
                                on:click=move |_| on_edit.run(edited.clone())
                            >
                                {tx(|t| t.school_directory.action_edit())}
                                <span class="visually-hidden">" " {edit_name.clone()}</span>
                            </button>
                            {programmes}
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
                                <span class="visually-hidden">" " {toggle_name.clone()}</span>
                            </button>
                        </div>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="results-count" data-testid="schools-count">
            {move || t.get().school_directory.schools_count(count)}
        </p>
        <table
            class="data-table"
            data-testid="directory-school-table"
            aria-label=move || t.get().school_directory.schools_caption()
        >
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.school_directory.col_code())}</th>
                    <th scope="col">{tx(|t| t.school_directory.col_name())}</th>
                    <th scope="col">{tx(|t| t.school_directory.col_kind())}</th>
                    <th scope="col">{tx(|t| t.school_directory.col_town())}</th>
                    <th scope="col">{tx(|t| t.school_directory.col_board())}</th>
                    <th scope="col">{tx(|t| t.school_directory.col_state())}</th>
                    <th scope="col">{tx(|t| t.school_directory.col_actions())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

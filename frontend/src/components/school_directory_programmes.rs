//! A VO school's programmes as the coordinator keeps them: name, admitted advice, seats and
//! information page, and per row changing or deleting the programme.

use leptos::prelude::*;
use overstap_api_types::ProgrammeResponse;

use super::programme_catalogue::advice_names;
use crate::i18n::{tx, use_texts};

#[component]
pub fn ProgrammeTable(
    programmes: Vec<ProgrammeResponse>,
    /// An action on a row is under way: the buttons wait.
    #[prop(into)]
    busy: Signal<bool>,
    on_edit: Callback<ProgrammeResponse>,
    on_delete: Callback<ProgrammeResponse>,
) -> impl IntoView {
    let t = use_texts();
    if programmes.is_empty() {
        return view! {
            <p class="empty" data-testid="programmes-empty">
                {tx(|t| t.school_directory.programmes_empty())}
            </p>
        }
        .into_any();
    }
    let rows = programmes
        .into_iter()
        .map(|programme| {
            let (edited, deleted) = (programme.clone(), programme.clone());
            let name = programme.name.clone();
            let (edit_name, delete_name) = (name.clone(), name.clone());
            let info = match programme.info_url.clone() {
                Some(url) => {
                    let name = name.clone();
                    view! {
                        <a href=url data-testid="programme-info">
                            {move || t.get().school_directory.info_link(&name)}
                        </a>
                    }
                    .into_any()
                }
                None => view! { {tx(|t| t.school_directory.no_info())} }.into_any(),
            };
            view! {
                <tr
                    data-testid="programme-row"
                    data-programme-id=programme.id.to_string()
                    data-name=programme.name.clone()
                >
                    <th scope="row" data-label=move || t.get().school_directory.col_programme()>
                        {name}
                    </th>
                    <td
                        data-label=move || t.get().school_directory.col_admitted_advice()
                        data-testid="programme-advice"
                    >
                        {advice_names(&programme.admitted_advice)}
                    </td>
                    <td
                        class="numeric"
                        data-label=move || t.get().school_directory.col_capacity()
                        data-testid="programme-capacity"
                    >
                        {programme.capacity}
                    </td>
                    <td data-label=move || t.get().school_directory.col_info()>{info}</td>
                    <td data-label=move || t.get().school_directory.col_actions()>
                        <div class="button-row">
                            <button
                                type="button"
                                class="button button-secondary"
                                data-testid="programme-edit"
                                disabled=move || busy.get()
                                on:click=move |_| on_edit.run(edited.clone())
                            >
                                {tx(|t| t.school_directory.action_edit())}
                                <span class="visually-hidden">" " {edit_name.clone()}</span>
                            </button>
                            <button
                                type="button"
                                class="button button-quiet"
                                data-testid="programme-delete"
                                disabled=move || busy.get()
                                on:click=move |_| on_delete.run(deleted.clone())
                            >
                                {tx(|t| t.school_directory.action_delete())}
                                <span class="visually-hidden">" " {delete_name.clone()}</span>
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
            data-testid="programme-table"
            aria-label=move || t.get().school_directory.programmes_caption()
        >
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.school_directory.col_programme())}</th>
                    <th scope="col">{tx(|t| t.school_directory.col_admitted_advice())}</th>
                    <th scope="col" class="numeric">
                        {tx(|t| t.school_directory.col_capacity())}
                    </th>
                    <th scope="col">{tx(|t| t.school_directory.col_info())}</th>
                    <th scope="col">{tx(|t| t.school_directory.col_actions())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

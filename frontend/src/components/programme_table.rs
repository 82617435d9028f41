//! A VO school's programmes: name, admitted advice levels and number of places.

use leptos::prelude::*;
use overstap_api_types::ProgrammeResponse;

use crate::i18n::{tx, use_texts};

#[component]
pub fn ProgrammeTable(programmes: Vec<ProgrammeResponse>) -> impl IntoView {
    let t = use_texts();
    if programmes.is_empty() {
        return view! { <p class="empty">{tx(|t| t.programmes_empty)}</p> }.into_any();
    }
    let rows = programmes
        .into_iter()
        .map(|programme| {
            view! {
                <tr data-testid="programme-row">
                    <th scope="row" data-label=move || t.get().col_programme>
                        {programme.name}
                    </th>
                    <td data-label=move || t.get().col_admitted_advice>
                        {programme.admitted_advice.join(", ")}
                    </td>
                    <td data-label=tx(|t| t.col_capacity) class="numeric">
                        {programme.capacity}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table" data-testid="programme-table">
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.col_programme)}</th>
                    <th scope="col">{tx(|t| t.col_admitted_advice)}</th>
                    <th scope="col" class="numeric">{tx(|t| t.col_capacity)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

//! A list of schools (a board's or a region's): name, kind, town and BRIN code.

use leptos::prelude::*;
use overstap_api_types::{SchoolKind, SchoolResponse};

use crate::i18n::{tx, use_texts};

#[component]
pub fn SchoolTable(schools: Vec<SchoolResponse>) -> impl IntoView {
    let t = use_texts();
    if schools.is_empty() {
        return view! { <p class="empty">{tx(|t| t.staff.schools_empty())}</p> }.into_any();
    }
    let rows = schools
        .into_iter()
        .map(|school| {
            let kind = school.kind;
            view! {
                <tr data-testid="school-row">
                    <th scope="row" data-label=move || t.get().staff.col_school()>
                        {school.name}
                    </th>
                    <td data-label=move || t.get().staff.col_kind()>
                        {move || match kind {
                            SchoolKind::Po => t.get().staff.kind_po(),
                            SchoolKind::Vo => t.get().staff.kind_vo(),
                        }}
                    </td>
                    <td data-label=move || t.get().staff.col_town()>{school.town}</td>
                    <td data-label=move || t.get().staff.col_code()>{school.code}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table" data-testid="school-table">
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.staff.col_school())}</th>
                    <th scope="col">{tx(|t| t.staff.col_kind())}</th>
                    <th scope="col">{tx(|t| t.staff.col_town())}</th>
                    <th scope="col">{tx(|t| t.staff.col_code())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

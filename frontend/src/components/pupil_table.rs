//! The PO school's pupil list: name, class, ELK-nummer, advice and status per pupil.

use leptos::prelude::*;
use overstap_api_types::PupilResponse;

use super::status::StatusDot;
use crate::i18n::use_texts;

#[component]
pub fn PupilTable(pupils: Vec<PupilResponse>) -> impl IntoView {
    let t = use_texts();
    if pupils.is_empty() {
        return view! { <p class="empty">{move || t.get().pupils_empty}</p> }.into_any();
    }
    let rows = pupils
        .into_iter()
        .map(|pupil| {
            let advice = if pupil.lwoo {
                format!("{} + {}", pupil.advice, t.get_untracked().lwoo)
            } else {
                pupil.advice
            };
            let data_elk = pupil.elk_number.clone();
            view! {
                <tr data-testid="pupil-row" data-elk-number=data_elk>
                    <th scope="row" data-label=move || t.get().col_name>
                        {pupil.first_name} " " {pupil.last_name}
                    </th>
                    <td data-label=move || t.get().col_class>{pupil.class_name}</td>
                    <td data-label=move || t.get().col_elk_number>{pupil.elk_number}</td>
                    <td data-label=move || t.get().col_advice>{advice}</td>
                    <td data-label=move || t.get().col_status>
                        <StatusDot status=pupil.status />
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table" data-testid="pupil-table">
            <thead>
                <tr>
                    <th scope="col">{move || t.get().col_name}</th>
                    <th scope="col">{move || t.get().col_class}</th>
                    <th scope="col">{move || t.get().col_elk_number}</th>
                    <th scope="col">{move || t.get().col_advice}</th>
                    <th scope="col">{move || t.get().col_status}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

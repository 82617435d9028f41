//! The pupils a run placed at their 9th choice or lower, or not at all: the coordinator phones
//! these parents before the results are published.

use leptos::prelude::*;
use overstap_api_types::AttentionPupil;

use crate::i18n::{tx, use_texts};

#[component]
pub fn CoordinatorAttention(pupils: Vec<AttentionPupil>) -> impl IntoView {
    let t = use_texts();
    if pupils.is_empty() {
        return view! {
            <p class="empty" data-testid="attention-empty">{tx(|t| t.coordinator.attention_empty())}</p>
        }
        .into_any();
    }
    let count = pupils.len();
    let rows = pupils
        .into_iter()
        .map(|pupil| {
            let outcome = match (pupil.programme_name, pupil.choice_rank) {
                (Some(programme), Some(rank)) => {
                    Signal::derive(move || t.get().coordinator.placed_at_rank(&programme, rank))
                }
                _ => Signal::derive(move || t.get().coordinator.unplaced().to_owned()),
            };
            let placed = pupil.choice_rank.is_some();
            view! {
                <tr
                    data-testid="attention-row"
                    data-pupil-id=pupil.pupil_id.to_string()
                    data-placed=placed.to_string()
                >
                    <th scope="row" data-label=tx(|t| t.staff.col_name())>
                        {format!("{} {}", pupil.first_name, pupil.last_name)}
                    </th>
                    <td data-label=tx(|t| t.staff.col_elk_number()) class="nowrap">{pupil.elk_number}</td>
                    <td data-label=tx(|t| t.child_primary_school())>{pupil.primary_school_name}</td>
                    <td data-label=tx(|t| t.coordinator.col_outcome())>{outcome}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table" data-testid="attention-table">
            <caption>{move || t.get().coordinator.attention_caption(count)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.staff.col_name())}</th>
                    <th scope="col">{tx(|t| t.staff.col_elk_number())}</th>
                    <th scope="col">{tx(|t| t.child_primary_school())}</th>
                    <th scope="col">{tx(|t| t.coordinator.col_outcome())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

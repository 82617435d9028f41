//! Per programme of the VO school: how many definitive lists name it at each rank, and in total.

use leptos::prelude::*;
use overstap_api_types::vo::ProgrammeListCounts;

use crate::i18n::{tx, use_texts};

/// Every rank at which some programme is named, ascending.
pub fn ranks(counts: &[ProgrammeListCounts]) -> Vec<u32> {
    let mut ranks: Vec<u32> = counts
        .iter()
        .flat_map(|programme| programme.by_rank.iter().map(|count| count.rank))
        .collect();
    ranks.sort_unstable();
    ranks.dedup();
    ranks
}

/// How many lists name `programme` at `rank`.
pub fn count_at(programme: &ProgrammeListCounts, rank: u32) -> u32 {
    programme
        .by_rank
        .iter()
        .find(|count| count.rank == rank)
        .map_or(0, |count| count.count)
}

#[component]
pub fn VoListCounts(counts: Vec<ProgrammeListCounts>, lists_naming_school: u32) -> impl IntoView {
    let t = use_texts();
    let ranks = ranks(&counts);
    let header = ranks
        .iter()
        .map(|&rank| {
            view! {
                <th scope="col" class="numeric">
                    {move || t.get().vo.rank_short(rank)}
                </th>
            }
        })
        .collect_view();
    let rows = counts
        .into_iter()
        .map(|programme| {
            let cells = ranks
                .iter()
                .map(|&rank| {
                    let count = count_at(&programme, rank);
                    view! {
                        <td class="numeric" data-label=move || t.get().vo.rank_short(rank)>
                            {count}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr data-testid="list-count-row" data-programme-id=programme.programme_id.to_string()>
                    <th scope="row" data-label=tx(|t| t.staff.col_programme())>
                        {programme.programme_name}
                    </th>
                    <td class="numeric" data-label=tx(|t| t.staff.col_capacity())>
                        {programme.capacity}
                    </td>
                    {cells}
                    <td class="numeric" data-label=tx(|t| t.vo.col_lists_total()) data-testid="list-count-total">
                        {programme.total}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table counts-table" data-testid="list-counts-table">
            <caption>{move || t.get().vo.list_counts_caption(lists_naming_school)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.staff.col_programme())}</th>
                    <th scope="col" class="numeric">{tx(|t| t.staff.col_capacity())}</th>
                    {header}
                    <th scope="col" class="numeric">{tx(|t| t.vo.col_lists_total())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

//! One programme after publication: the placed pupils, the reserve list in order, and the
//! button that offers a freed seat to the top of that list.

use leptos::prelude::*;
use overstap_api_types::vo::{PlacementPupil, ProgrammePlacements};
use uuid::Uuid;

use crate::i18n::{tx, use_texts};

fn pupil_rows(pupils: Vec<PlacementPupil>, testid: &'static str) -> impl IntoView {
    let t = use_texts();
    pupils
        .into_iter()
        .map(|pupil| {
            let rank = pupil.choice_rank;
            view! {
                <tr data-testid=testid data-pupil-id=pupil.pupil_id.to_string()>
                    {pupil
                        .position
                        .map(|position| {
                            view! {
                                <td class="numeric" data-label=tx(|t| t.vo.col_position())>{position}</td>
                            }
                        })}
                    <th scope="row" data-label=tx(|t| t.staff.col_name())>
                        {format!("{} {}", pupil.first_name, pupil.last_name)}
                    </th>
                    <td data-label=tx(|t| t.staff.col_elk_number()) class="nowrap">{pupil.elk_number}</td>
                    <td data-label=tx(|t| t.staff.col_advice())>{pupil.advice.as_str()}</td>
                    <td data-label=tx(|t| t.child_primary_school())>{pupil.primary_school_name}</td>
                    <td class="numeric" data-label=tx(|t| t.vo.col_choice())>
                        {move || rank.map(|rank| t.get().vo.rank_short(rank))}
                    </td>
                </tr>
            }
        })
        .collect_view()
}

#[component]
fn PupilTable(
    pupils: Vec<PlacementPupil>,
    caption: Signal<String>,
    reserve: bool,
    testid: &'static str,
) -> impl IntoView {
    let row_testid = if reserve { "reserve-row" } else { "placed-row" };
    view! {
        <table class="data-table" data-testid=testid>
            <caption>{move || caption.get()}</caption>
            <thead>
                <tr>
                    {reserve.then(|| view! { <th scope="col" class="numeric">{tx(|t| t.vo.col_position())}</th> })}
                    <th scope="col">{tx(|t| t.staff.col_name())}</th>
                    <th scope="col">{tx(|t| t.staff.col_elk_number())}</th>
                    <th scope="col">{tx(|t| t.staff.col_advice())}</th>
                    <th scope="col">{tx(|t| t.child_primary_school())}</th>
                    <th scope="col" class="numeric">{tx(|t| t.vo.col_choice())}</th>
                </tr>
            </thead>
            <tbody>{pupil_rows(pupils, row_testid)}</tbody>
        </table>
    }
}

#[component]
pub fn VoProgrammePlacements(
    programme: ProgrammePlacements,
    #[prop(into)] pending: Signal<bool>,
    on_offer: Callback<Uuid>,
) -> impl IntoView {
    let t = use_texts();
    let id = programme.programme_id;
    let heading_id = format!("programme-{id}");
    let placed_count = programme.placed.len();
    let reserve_count = programme.reserve.len();
    let capacity = programme.capacity;
    let name = programme.programme_name.clone();
    let offer_label = move || t.get().vo.offer_seat_for(&name);
    let placed_caption = Signal::derive(move || t.get().vo.placed_caption(placed_count, capacity));
    let reserve_caption = Signal::derive(move || t.get().vo.reserve_caption(reserve_count));
    view! {
        <section
            class="section programme-placements"
            aria-labelledby=heading_id.clone()
            data-testid="programme-placements"
            data-programme-id=id.to_string()
        >
            <h2 id=heading_id.clone()>{programme.programme_name}</h2>
            {if placed_count == 0 {
                view! { <p class="empty">{tx(|t| t.vo.placed_empty())}</p> }.into_any()
            } else {
                view! {
                    <PupilTable pupils=programme.placed caption=placed_caption reserve=false testid="placed-table" />
                }
                    .into_any()
            }}
            {if reserve_count == 0 {
                view! { <p class="empty">{tx(|t| t.vo.reserve_empty())}</p> }.into_any()
            } else {
                view! {
                    <PupilTable pupils=programme.reserve caption=reserve_caption reserve=true testid="reserve-table" />
                    <div class="toolbar no-print">
                        <button
                            type="button"
                            class="button button-secondary"
                            data-testid="offer-seat"
                            aria-label=offer_label
                            disabled=move || pending.get()
                            on:click=move |_| on_offer.run(id)
                        >
                            {tx(|t| t.vo.offer_seat())}
                        </button>
                    </div>
                }
                    .into_any()
            }}
        </section>
    }
}

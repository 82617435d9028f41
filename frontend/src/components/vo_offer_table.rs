//! The offers of freed seats made from the reserve lists, with the parents' answer or the
//! buttons that record it.

use leptos::prelude::*;
use overstap_api_types::{OfferOutcome, ReserveOfferResponse};
use uuid::Uuid;

use super::moment::Moment;
use crate::i18n::{tx, use_texts};

#[component]
pub fn VoOfferTable(
    offers: Vec<ReserveOfferResponse>,
    #[prop(into)] pending: Signal<bool>,
    on_decide: Callback<(Uuid, OfferOutcome)>,
) -> impl IntoView {
    let t = use_texts();
    if offers.is_empty() {
        return view! { <p class="empty" data-testid="offers-empty">{tx(|t| t.vo.offers_empty())}</p> }
            .into_any();
    }
    let rows = offers
        .into_iter()
        .map(|offer| {
            let id = offer.id;
            let name = format!("{} {}", offer.first_name, offer.last_name);
            let answer = match offer.outcome {
                Some(outcome) => {
                    let outcome = outcome.as_str();
                    let data_outcome = outcome;
                    view! {
                        <span class="badge badge-closed" data-testid="offer-outcome" data-outcome=data_outcome>
                            {move || t.get().vo.offer_outcome(outcome)}
                        </span>
                    }
                    .into_any()
                }
                None => {
                    let (accept_name, decline_name) = (name.clone(), name.clone());
                    view! {
                        <div class="button-row">
                            <button
                                type="button"
                                class="button button-secondary"
                                data-testid="offer-accept"
                                aria-label=move || t.get().vo.offer_accepted_for(&accept_name)
                                disabled=move || pending.get()
                                on:click=move |_| on_decide.run((id, OfferOutcome::Accepted))
                            >
                                {tx(|t| t.vo.offer_accepted())}
                            </button>
                            <button
                                type="button"
                                class="button button-quiet"
                                data-testid="offer-decline"
                                aria-label=move || t.get().vo.offer_declined_for(&decline_name)
                                disabled=move || pending.get()
                                on:click=move |_| on_decide.run((id, OfferOutcome::Declined))
                            >
                                {tx(|t| t.vo.offer_declined())}
                            </button>
                        </div>
                    }
                    .into_any()
                }
            };
            view! {
                <tr data-testid="offer-row" data-offer-id=id.to_string() data-pupil-id=offer.pupil_id.to_string()>
                    <th scope="row" data-label=tx(|t| t.staff.col_name())>{name}</th>
                    <td data-label=tx(|t| t.staff.col_elk_number()) class="nowrap">{offer.elk_number}</td>
                    <td data-label=tx(|t| t.staff.col_programme())>{offer.programme_name}</td>
                    <td class="numeric" data-label=tx(|t| t.vo.col_position())>{offer.position}</td>
                    <td data-label=tx(|t| t.vo.col_offered_at())>
                        <Moment unix_seconds=offer.offered_at.unix_timestamp() />
                    </td>
                    <td data-label=tx(|t| t.vo.col_answer())>{answer}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table" data-testid="offers-table">
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.staff.col_name())}</th>
                    <th scope="col">{tx(|t| t.staff.col_elk_number())}</th>
                    <th scope="col">{tx(|t| t.staff.col_programme())}</th>
                    <th scope="col" class="numeric">{tx(|t| t.vo.col_position())}</th>
                    <th scope="col">{tx(|t| t.vo.col_offered_at())}</th>
                    <th scope="col">{tx(|t| t.vo.col_answer())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

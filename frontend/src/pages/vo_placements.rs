//! `/vo/plaatsing`: after publication, the pupils placed at each of the school's programmes and
//! its reserve list (downloadable as CSV); a freed seat is offered to the top of a reserve list
//! and the parents' answer recorded; a place is withdrawn at the parents' request (the pupil
//! then takes part in round 2). Before publication: when it will be.

use leptos::prelude::*;
use overstap_api_types::round2::WithdrawPlacementRequest;
use overstap_api_types::vo::VoPlacementsResponse;
use overstap_api_types::{ErrorCode, OfferDecisionRequest, OfferOutcome, Role};
use uuid::Uuid;

use super::use_page_title;
use crate::api::{self, ApiError};
use crate::components::alert::{ErrorAlert, LoadFailed, Loading};
use crate::components::moment::Moment;
use crate::components::vo_nav::VoNav;
use crate::components::vo_offer_table::VoOfferTable;
use crate::components::vo_placement_list::VoProgrammePlacements;
use crate::components::vo_withdrawal_form::VoWithdrawalForm;
use crate::download;
use crate::i18n::{Texts, tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn VoPlacements() -> impl IntoView {
    view! {
        <RequireRole role=Role::VoStaff>
            <Placements />
        </RequireRole>
    }
}

/// The publication moment from a `window_closed` refusal, written in `t`'s language; `None` for
/// any other failure.
pub fn published_from(t: &Texts, error: &ApiError) -> Option<String> {
    let ApiError::Server { error, .. } = error else {
        return None;
    };
    if error.code != ErrorCode::WindowClosed {
        return None;
    }
    t.moment_fact(error.details.as_ref()?.facts.as_ref(), "opens_at", false)
}

#[component]
fn Placements() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.vo.placements_title());
    let placements = LocalResource::new(api::school_placements);
    let offers = LocalResource::new(api::reserve_offers);

    let offer = Action::new_local(|programme: &Uuid| {
        let programme = *programme;
        async move { api::make_offer(programme).await }
    });
    let answer = Action::new_local(|(id, outcome): &(Uuid, OfferOutcome)| {
        let request = OfferDecisionRequest {
            outcome: (*outcome).into(),
        };
        let id = *id;
        async move { api::decide_offer(id, &request).await }
    });
    Effect::new(move || {
        if let Some(Ok(_)) = offer.value().get() {
            offers.refetch();
        }
    });
    Effect::new(move || {
        if let Some(Ok(_)) = answer.value().get() {
            // An accepted seat moves the pupil from the reserve list to the placed pupils.
            offers.refetch();
            placements.refetch();
        }
    });
    let on_offer = Callback::new(move |programme: Uuid| {
        answer.value().set(None);
        offer.dispatch_local(programme);
    });
    let on_decide = Callback::new(move |decision: (Uuid, OfferOutcome)| {
        offer.value().set(None);
        answer.dispatch_local(decision);
    });
    let offer_error = Signal::derive(move || {
        let error = offer.value().get()?.err()?;
        Some(if error.code() == Some(ErrorCode::Conflict) {
            t.get().vo.reserve_exhausted().to_owned()
        } else {
            t.get().api_error(&error)
        })
    });
    let offer_made = move || {
        offer.value().get().and_then(Result::ok).map(|made| {
            let name = format!("{} {}", made.first_name, made.last_name);
            t.get()
                .vo
                .offer_made(&name, &made.programme_name, made.position)
        })
    };
    let answer_error = Signal::derive(move || {
        let error = answer.value().get()?.err()?;
        Some(t.get().api_error(&error))
    });
    let withdraw = Action::new_local(|(pupil, reason): &(Uuid, String)| {
        let (pupil, request) = (
            *pupil,
            WithdrawPlacementRequest {
                reason: reason.clone(),
            },
        );
        async move { api::withdraw_placement(pupil, &request).await }
    });
    // The name of the pupil whose place is being withdrawn, for the message afterwards.
    let withdrawn_name = RwSignal::new(String::new());
    Effect::new(move || {
        if let Some(Ok(_)) = withdraw.value().get() {
            placements.refetch();
        }
    });
    let withdraw_error = Signal::derive(move || {
        let error = withdraw.value().get()?.err()?;
        Some(t.get().api_error(&error))
    });
    let withdrawn = move || {
        withdraw
            .value()
            .get()
            .and_then(Result::ok)
            .map(|_| t.get().vo.withdraw_done(&withdrawn_name.get()))
    };
    // Made once here: a memo made inside a render would be disposed with it.
    let (offering, answering) = (offer.pending(), answer.pending());
    let withdrawing: Signal<bool> = withdraw.pending().into();
    let pending = Signal::derive(move || offering.get() || answering.get());

    let export = Action::new_local(|_: &()| async {
        let bytes = api::export_placements().await?;
        Ok::<bool, ApiError>(download::save(&bytes, "plaatsingen.csv", "text/csv"))
    });
    let exporting = export.pending();
    let export_error = Signal::derive(move || match export.value().get() {
        Some(Err(error)) => Some(t.get().api_error(&error)),
        Some(Ok(false)) => Some(t.get().po.export_failed().to_owned()),
        _ => None,
    });

    let published = move |published: VoPlacementsResponse| {
        let placed: Vec<_> = published
            .programmes
            .iter()
            .flat_map(|programme| {
                programme
                    .placed
                    .iter()
                    .map(|pupil| (programme.programme_name.clone(), pupil.clone()))
            })
            .collect();
        let names: Vec<(Uuid, String)> = placed
            .iter()
            .map(|(_, p)| (p.pupil_id, format!("{} {}", p.first_name, p.last_name)))
            .collect();
        let on_withdraw = Callback::new(move |(pupil, reason): (Uuid, String)| {
            let name = names
                .iter()
                .find(|(id, _)| *id == pupil)
                .map(|(_, name)| name.clone())
                .unwrap_or_default();
            withdrawn_name.set(name);
            withdraw.dispatch_local((pupil, reason));
        });
        let sections = published
            .programmes
            .into_iter()
            .map(|programme| view! { <VoProgrammePlacements programme pending on_offer /> })
            .collect_view();
        view! {
            <p data-testid="published-at">
                {tx(|t| t.vo.published_at())}
                " "
                <Moment unix_seconds=published.published_at.unix_timestamp() />
            </p>
            <div class="toolbar no-print">
                <button
                    type="button"
                    class="button button-quiet"
                    data-testid="export-placements"
                    disabled=move || exporting.get()
                    on:click=move |_| {
                        export.dispatch_local(());
                    }
                >
                    {tx(|t| t.vo.export_placements())}
                </button>
            </div>
            <ErrorAlert message=export_error testid="export-error" />
            <ErrorAlert message=offer_error testid="offer-error" />
            <p class="result" role="status" data-testid="offer-result">{offer_made}</p>
            {sections}
            <VoWithdrawalForm placed pending=withdrawing on_withdraw />
            <ErrorAlert message=withdraw_error testid="withdraw-error" />
            <p class="result" role="status" data-testid="withdraw-result">{withdrawn}</p>
            <section class="section" aria-labelledby="offers-title">
                <h2 id="offers-title">{tx(|t| t.vo.offers_title())}</h2>
                <p>{tx(|t| t.vo.offers_intro())}</p>
                <ErrorAlert message=answer_error testid="answer-error" />
                <Transition fallback=|| view! { <Loading /> }>
                    {move || Suspend::new(async move {
                        match offers.await {
                            Ok(list) => view! { <VoOfferTable offers=list.offers pending on_decide /> }.into_any(),
                            Err(error) => view! { <LoadFailed error /> }.into_any(),
                        }
                    })}
                </Transition>
            </section>
        }
    };

    view! {
        <h1 data-testid="home-title">{tx(|t| t.vo.placements_title())}</h1>
        <VoNav />
        <p class="lead">{tx(|t| t.vo.placements_intro())}</p>
        <Transition fallback=|| view! { <Loading /> }>
            {move || Suspend::new(async move {
                match placements.await {
                    Ok(list) => published(list).into_any(),
                    Err(error) => match published_from(t.get_untracked(), &error) {
                        Some(moment) => view! {
                            <div class="alert alert-info" role="status" data-testid="placements-not-yet">
                                {move || t.get().vo.placements_not_yet(&moment)}
                            </div>
                        }
                            .into_any(),
                        None => view! { <LoadFailed error /> }.into_any(),
                    },
                }
            })}
        </Transition>
    }
}

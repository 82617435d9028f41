//! `/ouder/uitslag`: the placement once published; before that, when it will be.

use leptos::prelude::*;
use overstap_api_types::{ResultResponse, ResultState, Role};

use super::{loaded, use_page_title};
use crate::api;
use crate::components::parent_nav::{ParentNav, show_round2_link};
use crate::components::round2_link::{Round2Link, takes_part};
use crate::i18n::{tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn ParentResult() -> impl IntoView {
    view! {
        <RequireRole role=Role::Parent>
            <ParentNav />
            <ResultPage />
        </RequireRole>
    }
}

#[component]
fn ResultPage() -> impl IntoView {
    use_page_title(|t| t.parent.result_title());
    let result = LocalResource::new(api::parent_result);
    let round2 = LocalResource::new(|| async {
        let round2 = api::parent_round2().await.ok();
        show_round2_link(round2.as_ref().is_some_and(takes_part));
        round2
    });
    view! {
        <h1 data-testid="result-title">{tx(|t| t.parent.result_title())}</h1>
        {loaded(result, |result| view! { <Outcome result /> })}
        <Suspense>
            {move || Suspend::new(async move {
                round2.await.map(|round2| view! { <Round2Link round2 testid="result-round2" /> })
            })}
        </Suspense>
    }
}

#[component]
fn Outcome(result: ResultResponse) -> impl IntoView {
    let t = use_texts();
    let state = result.state;
    let when = result.publication_text.clone();
    let placed = result.placed.clone();
    let rank = result.placed_rank.unwrap_or_default();
    let round = result.round.unwrap_or(1);
    let main = move || {
        let p = &t.get().parent;
        match (state, &placed) {
            (ResultState::NotYet, _) => view! {
                <p data-testid="result-not-yet">{p.result_not_yet(&when)}</p>
            }
            .into_any(),
            // The round-2 run placed the child: the rank is on the round-2 list.
            (ResultState::Placed, Some(programme)) if round == 2 => view! {
                <h2>{t.get().round2.result_placed_heading()}</h2>
                <p data-testid="result-placed" data-round="2">
                    {t.get().round2.result_placed(&programme.name, &programme.school_name, rank)}
                </p>
            }
            .into_any(),
            (ResultState::Placed, Some(programme)) => view! {
                <h2>{p.result_placed_heading()}</h2>
                <p data-testid="result-placed">
                    {p.result_placed(&programme.name, &programme.school_name, rank)}
                </p>
            }
            .into_any(),
            (ResultState::Unplaced, _) => {
                view! { <p data-testid="result-unplaced">{p.result_unplaced()}</p> }.into_any()
            }
            // Published without an official run yet, a child outside the run, or a place the
            // response does not name: the result is still to come.
            (ResultState::Pending | ResultState::NotParticipating | ResultState::Placed, _) => {
                view! { <p data-testid="result-pending">{p.result_pending()}</p> }.into_any()
            }
        }
    };
    let reserve = result.reserve.clone();
    view! {
        <section class="card" data-testid="result" data-state=result.state.as_str()>
            {main}
        </section>
        {(!reserve.is_empty())
            .then(|| {
                view! {
                    <section class="card" aria-labelledby="reserve-heading" data-testid="reserve">
                        <h2 id="reserve-heading">{tx(|t| t.parent.reserve_heading())}</h2>
                        <ul>
                            {reserve
                                .into_iter()
                                .map(|position| {
                                    view! {
                                        <li>
                                            {move || t.get().parent.reserve_position(
                                                &position.programme.name,
                                                &position.programme.school_name,
                                                position.position,
                                            )}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
    }
}

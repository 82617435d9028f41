//! The result of the round-2 run: the place with its rank on the round-2 list, or none.

use leptos::prelude::*;
use overstap_api_types::round2::Round2Response;

use crate::i18n::{tx, use_texts};

#[component]
pub fn Round2Result(round2: Round2Response) -> impl IntoView {
    let t = use_texts();
    let state = round2.result.as_str();
    let rank = round2.placed_rank.unwrap_or_default();
    let sentence = move || {
        let r = &t.get().round2;
        match &round2.placed {
            Some(programme) => r.result_placed(&programme.name, &programme.school_name, rank),
            None => r.result_unplaced().to_owned(),
        }
    };
    view! {
        <section class="card" aria-labelledby="round2-result-heading" data-testid="round2-result"
            data-state=state>
            <h2 id="round2-result-heading">{tx(|t| t.round2.result_heading())}</h2>
            <p data-testid="round2-result-text">{sentence}</p>
        </section>
    }
}

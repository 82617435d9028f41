//! The way into round 2 from the parent's home and result page: shown only when the child
//! takes part, with why and until when.

use leptos::prelude::*;
use overstap_api_types::round2::Round2Response;
use overstap_api_types::{Round2Reason, Round2Result};

use super::round2_window::Round2Window;
use crate::i18n::{tx, use_texts};

/// Why the child takes part (`unplaced` or `withdrawn`), in the current language.
pub fn reason_text(t: &crate::i18n::Texts, reason: Option<Round2Reason>) -> &'static str {
    match reason {
        Some(Round2Reason::Withdrawn) => t.round2.reason_withdrawn(),
        Some(Round2Reason::Unplaced) | None => t.round2.reason_unplaced(),
    }
}

/// The child takes part, or took part: a child the round-2 run placed no longer lacks a place,
/// but round 2 still has its result to show.
pub fn takes_part(round2: &Round2Response) -> bool {
    round2.eligible || round2.result != Round2Result::None
}

#[component]
pub fn Round2Link(round2: Round2Response, testid: &'static str) -> impl IntoView {
    let t = use_texts();
    round2.eligible.then(|| {
        let reason = round2.reason;
        view! {
            <section class="card next-step" aria-labelledby="round2-link-heading" data-testid=testid>
                <h2 id="round2-link-heading">{tx(|t| t.round2.title())}</h2>
                <p>{move || reason_text(t.get(), reason)}</p>
                <Round2Window round2=round2.clone() />
                <p>
                    <a class="button button-primary" href="/ouder/ronde-2" data-testid="round2-link">
                        {tx(|t| t.round2.go_to_round2())}
                    </a>
                </p>
            </section>
        }
    })
}

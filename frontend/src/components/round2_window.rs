//! The round-2 window as one sentence, with its dates in Europe/Amsterdam in the reader's
//! language.

use leptos::prelude::*;
use overstap_api_types::Round2WindowState;
use overstap_api_types::round2::Round2Response;

use crate::i18n::use_texts;

#[component]
pub fn Round2Window(round2: Round2Response) -> impl IntoView {
    let t = use_texts();
    let window = round2.window;
    let (opens_at, closes_at) = (round2.opens_at, round2.closes_at);
    let sentence = {
        move || {
            let texts = t.get();
            let opens = opens_at.map(|at| texts.moment(at)).unwrap_or_default();
            let last = closes_at
                .map(|at| texts.last_moment(at))
                .unwrap_or_default();
            let r = &texts.round2;
            match window {
                Round2WindowState::Open => r.window_open(&opens, &last),
                Round2WindowState::NotYetOpen => r.window_not_yet(&opens, &last),
                Round2WindowState::Closed => r.window_closed(&last),
                Round2WindowState::NotPlanned => r.window_not_planned().to_owned(),
            }
        }
    };
    view! {
        <p class="week-note" data-testid="round2-window" data-window=window.as_str()>
            {sentence}
        </p>
    }
}

//! The round-2 window as one sentence, with its dates in Europe/Amsterdam as the server wrote
//! them in the account's language.

use leptos::prelude::*;
use overstap_api_types::Round2WindowState;
use overstap_api_types::round2::Round2Response;

use crate::i18n::use_texts;

#[component]
pub fn Round2Window(round2: Round2Response) -> impl IntoView {
    let t = use_texts();
    let window = round2.window;
    let opens = round2.opens_at_display.unwrap_or_default();
    let last = round2.closes_at_display.unwrap_or_default();
    let sentence = {
        move || {
            let r = &t.get().round2;
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

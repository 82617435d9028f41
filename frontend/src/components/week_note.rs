//! One line about the registration week: when it runs, or that it is over.

use leptos::prelude::*;
use overstap_api_types::WeekResponse;

use crate::i18n::use_texts;

#[component]
pub fn WeekNote(week: WeekResponse, closed: bool) -> impl IntoView {
    let t = use_texts();
    let text = move || {
        let p = &t.get().parent;
        if closed {
            p.week_closed().to_owned()
        } else if week.open {
            // The dates in the reader's language, Amsterdam time, not the account's.
            p.week_open(
                &t.get().moment(week.opens_at),
                &t.get().last_moment(week.closes_at),
            )
        } else {
            p.week_upcoming(&t.get().moment(week.opens_at))
        }
    };
    view! {
        <p class="week-note" data-testid="week-note">
            {text}
        </p>
    }
}

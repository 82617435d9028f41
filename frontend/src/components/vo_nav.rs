//! The secondary school's workspace navigation: registrations, capacities, placement.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{Texts, use_texts};

/// A link's text in the current language.
type Label = fn(&Texts) -> &'static str;

/// Path, test id, text.
const LINKS: [(&str, &str, Label); 3] = [
    ("/vo", "nav-vo-registrations", |t| t.vo.nav_registrations),
    ("/vo/capaciteit", "nav-vo-capacity", |t| t.vo.nav_capacity),
    ("/vo/plaatsing", "nav-vo-placements", |t| {
        t.vo.nav_placements
    }),
];

#[component]
pub fn VoNav() -> impl IntoView {
    let t = use_texts();
    let location = use_location();
    view! {
        <nav class="sub-nav no-print" aria-label=move || t.get().vo.nav_label>
            <ul>
                {LINKS
                    .into_iter()
                    .map(|(href, testid, text)| {
                        let current = move || {
                            (location.pathname.get() == href).then_some("page")
                        };
                        view! {
                            <li>
                                <a href=href aria-current=current data-testid=testid>
                                    {move || text(t.get())}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

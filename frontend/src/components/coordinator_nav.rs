//! The coordinator's navigation: region and calendar, placement runs, statistics.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{Texts, use_texts};

/// A link's text in the current language.
type Label = fn(&Texts) -> &'static str;

/// Path, test id, text.
const LINKS: [(&str, &str, Label); 3] = [
    ("/coordinator", "nav-coordinator-region", |t| {
        t.coordinator.nav_region
    }),
    ("/coordinator/plaatsing", "nav-coordinator-runs", |t| {
        t.coordinator.nav_runs
    }),
    (
        "/coordinator/statistieken",
        "nav-coordinator-statistics",
        |t| t.coordinator.nav_statistics,
    ),
];

#[component]
pub fn CoordinatorNav() -> impl IntoView {
    let t = use_texts();
    let location = use_location();
    view! {
        <nav class="sub-nav no-print" aria-label=move || t.get().coordinator.nav_label>
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

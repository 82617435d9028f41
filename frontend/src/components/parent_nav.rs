//! The parent portal's navigation: overview, details, list, confirmation, result, and round 2
//! once a page has learnt that the child takes part.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{Texts, use_texts};

type Label = fn(&Texts) -> &'static str;

const LINKS: [(&str, Label, &str); 5] = [
    ("/ouder", |t| t.parent.nav_home(), "nav-parent-home"),
    (
        "/ouder/gegevens",
        |t| t.parent.nav_data(),
        "nav-parent-data",
    ),
    (
        "/ouder/voorkeurslijst",
        |t| t.parent.nav_list(),
        "nav-parent-list",
    ),
    (
        "/ouder/bevestigen",
        |t| t.parent.nav_confirm(),
        "nav-parent-confirm",
    ),
    (
        "/ouder/uitslag",
        |t| t.parent.nav_result(),
        "nav-parent-result",
    ),
];

thread_local! {
    /// Whether the signed-in parent's child takes part in round 2. Not owned by a page (an
    /// `Arc` signal), so it survives navigation; the pages that read `/parent/round2` set it.
    static ROUND2: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Shows (or hides) the round-2 link in the navigation of every parent page from now on.
pub fn show_round2_link(show: bool) {
    ROUND2.with(|round2| {
        if round2.get_untracked() != show {
            round2.set(show);
        }
    });
}

#[component]
pub fn ParentNav() -> impl IntoView {
    let t = use_texts();
    let location = use_location();
    let round2 = ROUND2.with(ArcRwSignal::clone);
    let round2_current = move || (location.pathname.get() == "/ouder/ronde-2").then_some("page");
    view! {
        <nav class="sub-nav" aria-label=move || t.get().parent.nav_label()>
            <ul>
                {LINKS
                    .into_iter()
                    .map(|(href, label, testid)| {
                        let current = move || {
                            (location.pathname.get() == href).then_some("page")
                        };
                        view! {
                            <li>
                                <a href=href aria-current=current data-testid=testid>
                                    {move || label(t.get())}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
                {move || {
                    round2.get().then(|| {
                        view! {
                            <li>
                                <a
                                    href="/ouder/ronde-2"
                                    aria-current=round2_current
                                    data-testid="nav-parent-round2"
                                >
                                    {move || t.get().round2.nav()}
                                </a>
                            </li>
                        }
                    })
                }}
            </ul>
        </nav>
    }
}

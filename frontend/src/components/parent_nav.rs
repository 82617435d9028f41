//! The parent portal's navigation: overview, details, list, confirmation, result.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{Texts, use_texts};

type Label = fn(&Texts) -> &'static str;

const LINKS: [(&str, Label, &str); 5] = [
    ("/ouder", |t| t.parent.nav_home, "nav-parent-home"),
    ("/ouder/gegevens", |t| t.parent.nav_data, "nav-parent-data"),
    (
        "/ouder/voorkeurslijst",
        |t| t.parent.nav_list,
        "nav-parent-list",
    ),
    (
        "/ouder/bevestigen",
        |t| t.parent.nav_confirm,
        "nav-parent-confirm",
    ),
    (
        "/ouder/uitslag",
        |t| t.parent.nav_result,
        "nav-parent-result",
    ),
];

#[component]
pub fn ParentNav() -> impl IntoView {
    let t = use_texts();
    let location = use_location();
    view! {
        <nav class="sub-nav" aria-label=move || t.get().parent.nav_label>
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
            </ul>
        </nav>
    }
}

//! The primary school's workspace navigation: pupils, status board, new pupil, import.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{Texts, use_texts};

/// A link's text in the current language.
type Label = fn(&Texts) -> &'static str;

/// Path, test id, text.
const LINKS: [(&str, &str, Label); 4] = [
    ("/po", "nav-pupils", |t| t.po.nav_pupils),
    ("/po/overzicht", "nav-board", |t| t.po.nav_board),
    ("/po/leerling/nieuw", "nav-new-pupil", |t| {
        t.po.nav_new_pupil
    }),
    ("/po/import", "nav-import", |t| t.po.nav_import),
];

#[component]
pub fn PoNav() -> impl IntoView {
    let t = use_texts();
    let location = use_location();
    view! {
        <nav class="sub-nav no-print" aria-label=move || t.get().po.nav_label>
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

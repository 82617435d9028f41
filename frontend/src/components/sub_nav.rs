//! A workspace's row of links (PO, VO, board, coordinator): the current page is marked for screen
//! readers with `aria-current`; the row is left out of print.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{Texts, use_texts};

/// A text in the current language.
pub type Label = fn(&Texts) -> &'static str;

/// Path, test id, text.
pub type NavLink = (&'static str, &'static str, Label);

#[component]
pub fn SubNav(
    /// The navigation's accessible name.
    label: Label,
    links: &'static [NavLink],
) -> impl IntoView {
    let t = use_texts();
    let location = use_location();
    view! {
        <nav class="sub-nav no-print" aria-label=move || label(t.get())>
            <ul>
                {links
                    .iter()
                    .map(|&(href, testid, text)| {
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

//! The primary school's workspace navigation: pupils, status board, new pupil, import.

use leptos::prelude::*;

use super::sub_nav::{NavLink, SubNav};

/// Path, test id, text.
const LINKS: &[NavLink] = &[
    ("/po", "nav-pupils", |t| t.po.nav_pupils()),
    ("/po/overzicht", "nav-board", |t| t.po.nav_board()),
    ("/po/leerling/nieuw", "nav-new-pupil", |t| {
        t.po.nav_new_pupil()
    }),
    ("/po/import", "nav-import", |t| t.po.nav_import()),
];

/// An earlier procedure year's pages: nothing to add or import.
const READ_ONLY_LINKS: &[NavLink] = &[
    ("/po", "nav-pupils", |t| t.po.nav_pupils()),
    ("/po/overzicht", "nav-board", |t| t.po.nav_board()),
];

#[component]
pub fn PoNav(
    /// Whether the page shows an earlier, read-only procedure year.
    #[prop(optional, into)]
    read_only: Signal<bool>,
) -> impl IntoView {
    move || {
        let links = if read_only.get() {
            READ_ONLY_LINKS
        } else {
            LINKS
        };
        view! { <SubNav label=|t| t.po.nav_label() links=links /> }
    }
}

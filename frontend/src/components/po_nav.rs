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

#[component]
pub fn PoNav() -> impl IntoView {
    view! { <SubNav label=|t| t.po.nav_label() links=LINKS /> }
}

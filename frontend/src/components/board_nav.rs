//! The board admin's navigation: the board's schools, finding a pupil, its staff accounts, its
//! API clients and the audit log of its schools.

use leptos::prelude::*;

use super::sub_nav::{NavLink, SubNav};

/// Path, test id, text.
const LINKS: &[NavLink] = &[
    ("/bestuur", "nav-board-schools", |t| {
        t.staff.board_nav_schools()
    }),
    ("/bestuur/zoeken", "nav-board-search", |t| {
        t.staff.board_nav_search()
    }),
    ("/bestuur/medewerkers", "nav-board-staff", |t| {
        t.staff.accounts_nav()
    }),
    ("/bestuur/api-koppelingen", "nav-board-api-clients", |t| {
        t.api_clients.nav()
    }),
    ("/bestuur/auditlog", "nav-board-audit-log", |t| {
        t.audit_log.title()
    }),
];

#[component]
pub fn BoardNav() -> impl IntoView {
    view! { <SubNav label=|t| t.staff.board_nav_label() links=LINKS /> }
}

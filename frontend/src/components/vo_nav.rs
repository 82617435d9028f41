//! The secondary school's workspace navigation: registrations, capacities, placement.

use leptos::prelude::*;

use super::sub_nav::{NavLink, SubNav};

/// Path, test id, text.
const LINKS: &[NavLink] = &[
    ("/vo", "nav-vo-registrations", |t| t.vo.nav_registrations()),
    ("/vo/capaciteit", "nav-vo-capacity", |t| t.vo.nav_capacity()),
    ("/vo/plaatsing", "nav-vo-placements", |t| {
        t.vo.nav_placements()
    }),
];

#[component]
pub fn VoNav() -> impl IntoView {
    view! { <SubNav label=|t| t.vo.nav_label() links=LINKS /> }
}

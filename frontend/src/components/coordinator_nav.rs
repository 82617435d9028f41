//! The coordinator's navigation: region and calendar, placement runs, statistics, staff,
//! schools.

use leptos::prelude::*;

use super::sub_nav::{NavLink, SubNav};

/// Path, test id, text.
const LINKS: &[NavLink] = &[
    ("/coordinator", "nav-coordinator-region", |t| {
        t.coordinator.nav_region()
    }),
    ("/coordinator/plaatsing", "nav-coordinator-runs", |t| {
        t.coordinator.nav_runs()
    }),
    (
        "/coordinator/statistieken",
        "nav-coordinator-statistics",
        |t| t.coordinator.nav_statistics(),
    ),
    ("/coordinator/medewerkers", "nav-coordinator-staff", |t| {
        t.coordinator.nav_staff()
    }),
    ("/coordinator/scholen", "nav-coordinator-schools", |t| {
        t.school_directory.nav()
    }),
];

#[component]
pub fn CoordinatorNav() -> impl IntoView {
    view! { <SubNav label=|t| t.coordinator.nav_label() links=LINKS /> }
}

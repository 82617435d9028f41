//! The coordinator's navigation: region and calendar, the region's settings, its procedure
//! years, placement runs, statistics, staff, API clients, schools, the audit log.

use leptos::prelude::*;

use super::sub_nav::{NavLink, SubNav};

/// Path, test id, text.
const LINKS: &[NavLink] = &[
    ("/coordinator", "nav-coordinator-region", |t| {
        t.coordinator.nav_region()
    }),
    ("/coordinator/regio", "nav-coordinator-settings", |t| {
        t.region_settings.nav()
    }),
    (
        "/coordinator/procedures",
        "nav-coordinator-procedures",
        |t| t.procedures.nav(),
    ),
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
    (
        "/coordinator/api-koppelingen",
        "nav-coordinator-api-clients",
        |t| t.api_clients.nav(),
    ),
    ("/coordinator/scholen", "nav-coordinator-schools", |t| {
        t.school_directory.nav()
    }),
    ("/coordinator/auditlog", "nav-coordinator-audit-log", |t| {
        t.audit_log.title()
    }),
];

#[component]
pub fn CoordinatorNav() -> impl IntoView {
    view! { <SubNav label=|t| t.coordinator.nav_label() links=LINKS /> }
}

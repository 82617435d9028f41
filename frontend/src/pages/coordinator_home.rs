//! `/coordinator`: the region coordinator's home, the procedure calendar and the region's schools.

use leptos::prelude::*;
use overstap_api_types::Role;

use super::{loaded, use_page_title};
use crate::api;
use crate::components::coordinator_nav::CoordinatorNav;
use crate::components::phase_table::PhaseTable;
use crate::components::school_table::SchoolTable;
use crate::i18n::{tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn CoordinatorHome() -> impl IntoView {
    view! {
        <RequireRole role=Role::Coordinator>
            <Region />
        </RequireRole>
    }
}

#[component]
fn Region() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.coordinator_home_title);
    let procedure = LocalResource::new(api::procedure);
    let schools = LocalResource::new(api::region_schools);
    view! {
        <h1 data-testid="home-title">{tx(|t| t.coordinator_home_title)}</h1>
        <CoordinatorNav />
        <section class="section">
            {loaded(
                procedure,
                move |procedure| {
                    let heading = (procedure.region_name.clone(), procedure.school_year.clone());
                    view! {
                        <h2>
                            {move || (t.get().procedure_heading)(&heading.0, &heading.1)}
                        </h2>
                        <PhaseTable procedure />
                    }
                },
            )}
        </section>
        <section class="section">
            <h2>{tx(|t| t.region_schools_title)}</h2>
            {loaded(schools, |list| view! { <SchoolTable schools=list.schools /> })}
        </section>
    }
}

//! `/vo`: a secondary school's home, its programmes with their places.

use leptos::prelude::*;
use overstap_api_types::Role;

use super::{loaded, use_page_title};
use crate::api;
use crate::components::programme_table::ProgrammeTable;
use crate::i18n::tx;
use crate::session::RequireRole;

#[component]
pub fn VoHome() -> impl IntoView {
    view! {
        <RequireRole role=Role::VoStaff>
            <Programmes />
        </RequireRole>
    }
}

#[component]
fn Programmes() -> impl IntoView {
    use_page_title(|t| t.vo_home_title);
    let programmes = LocalResource::new(api::school_programmes);
    view! {
        <h1 data-testid="home-title">{tx(|t| t.vo_home_title)}</h1>
        <p class="lead">{tx(|t| t.vo_home_intro)}</p>
        {loaded(programmes, |list| view! { <ProgrammeTable programmes=list.programmes /> })}
    }
}

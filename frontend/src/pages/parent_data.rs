//! `/ouder/gegevens`: the child's and contact data, read-only, whom to ask for corrections, and
//! whom to ask about the procedure itself (the region).

use leptos::prelude::*;
use overstap_api_types::Role;

use super::{loaded, use_page_title};
use crate::api;
use crate::components::child_card::ChildCard;
use crate::components::parent_nav::ParentNav;
use crate::components::region_contact::RegionContactCard;
use crate::components::school_contact::SchoolContactCard;
use crate::i18n::tx;
use crate::session::RequireRole;

#[component]
pub fn ParentData() -> impl IntoView {
    view! {
        <RequireRole role=Role::Parent>
            <ParentNav />
            <Data />
        </RequireRole>
    }
}

#[component]
fn Data() -> impl IntoView {
    use_page_title(|t| t.parent.data_title());
    let child = LocalResource::new(api::parent_child);
    view! {
        <h1 data-testid="data-title">{tx(|t| t.parent.data_title())}</h1>
        <p class="lead">{tx(|t| t.parent.data_intro())}</p>
        {loaded(
            child,
            |child| {
                let school = child.primary_school.clone();
                let region = child.region.clone();
                view! {
                    <ChildCard child />
                    <SchoolContactCard school />
                    <RegionContactCard region />
                }
            },
        )}
    }
}

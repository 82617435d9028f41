//! `/bestuur`: a school board's home, the schools of the board.

use leptos::prelude::*;
use overstap_api_types::Role;

use super::{loaded, use_page_title};
use crate::api;
use crate::components::board_nav::BoardNav;
use crate::components::school_table::SchoolTable;
use crate::i18n::tx;
use crate::session::RequireRole;

#[component]
pub fn BoardHome() -> impl IntoView {
    view! {
        <RequireRole role=Role::BoardAdmin>
            <BoardSchools />
        </RequireRole>
    }
}

#[component]
fn BoardSchools() -> impl IntoView {
    use_page_title(|t| t.staff.board_home_title());
    let schools = LocalResource::new(api::board_schools);
    view! {
        <h1 data-testid="home-title">{tx(|t| t.staff.board_home_title())}</h1>
        <BoardNav />
        <p class="lead">{tx(|t| t.staff.board_home_intro())}</p>
        {loaded(schools, |list| view! { <SchoolTable schools=list.schools /> })}
    }
}

//! `/ouder`: the parent's home, showing the child the account belongs to.

use leptos::prelude::*;
use overstap_api_types::Role;

use super::{loaded, use_page_title};
use crate::api;
use crate::components::child_card::ChildCard;
use crate::i18n::use_texts;
use crate::session::RequireRole;

#[component]
pub fn ParentHome() -> impl IntoView {
    view! {
        <RequireRole role=Role::Parent>
            <Child />
        </RequireRole>
    }
}

#[component]
fn Child() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.parent_home_title);
    let child = LocalResource::new(api::parent_child);
    view! {
        <h1 data-testid="home-title">{move || t.get().parent_home_title}</h1>
        {loaded(child, |child| view! { <ChildCard child /> })}
    }
}

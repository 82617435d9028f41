//! `/po`: a primary school's home, the pupil list with each pupil's registration status.

use leptos::prelude::*;
use overstap_api_types::Role;

use super::{loaded, use_page_title};
use crate::api;
use crate::components::pupil_table::PupilTable;
use crate::components::status::StatusLegend;
use crate::i18n::use_texts;
use crate::session::RequireRole;

#[component]
pub fn PoHome() -> impl IntoView {
    view! {
        <RequireRole role=Role::PoStaff>
            <Pupils />
        </RequireRole>
    }
}

#[component]
fn Pupils() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.po_home_title);
    let pupils = LocalResource::new(api::school_pupils);
    view! {
        <h1 data-testid="home-title">{move || t.get().po_home_title}</h1>
        <p class="lead">{move || t.get().po_home_intro}</p>
        {loaded(
            pupils,
            move |list| {
                let total = list.total;
                view! {
                    <p class="count" data-testid="pupil-count">
                        {move || (t.get().pupil_count)(total)}
                    </p>
                    <PupilTable pupils=list.pupils />
                    <StatusLegend />
                }
            },
        )}
    }
}

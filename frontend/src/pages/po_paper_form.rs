//! `/po/leerling/:id/formulier`: the paper ELK registration form of one pupil, ready to print.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use overstap_api_types::Role;
use uuid::Uuid;

use super::not_found::NotFound;
use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::paper_form::PaperForm;
use crate::i18n::tx;
use crate::session::RequireRole;

#[component]
pub fn PoPaperForm() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .get()
            .get_str("id")
            .and_then(|id| Uuid::parse_str(id).ok())
    };
    view! {
        <RequireRole role=Role::PoStaff>
            {move || match id() {
                Some(id) => view! { <Printable id /> }.into_any(),
                None => view! { <NotFound /> }.into_any(),
            }}
        </RequireRole>
    }
}

#[component]
fn Printable(id: Uuid) -> impl IntoView {
    use_page_title(|t| t.po.paper_title());
    let data = LocalResource::new(move || async move {
        let (pupil, me) = futures::future::join(api::school_pupil(id), api::me()).await;
        Ok::<_, ApiError>((pupil?, me?))
    });
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <p class="toolbar no-print">
            <a href="/po">{tx(|t| t.po.back_to_pupils())}</a>
            <a href=format!("/po/leerling/{id}")>{tx(|t| t.po.action_correct())}</a>
            <button
                type="button"
                class="button button-primary"
                data-testid="print-form"
                on:click=print
            >
                {tx(|t| t.po.print())}
            </button>
        </p>
        {loaded(
            data,
            |(pupil, me)| view! { <PaperForm pupil school=me.school region=me.region_name /> },
        )}
    }
}

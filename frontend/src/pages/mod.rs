//! One component per route; a page loads its own data through `crate::api`.

pub mod activate;
pub mod api_clients;
pub mod audit_log;
pub mod board_home;
pub mod board_school;
pub mod board_search;
pub mod coordinator_home;
pub mod coordinator_runs;
pub mod coordinator_statistics;
pub mod forgot_password;
pub mod landing;
pub mod not_found;
pub mod parent_confirm;
pub mod parent_data;
pub mod parent_home;
pub mod parent_list;
pub mod parent_result;
pub mod parent_round2;
pub mod parent_sign_in;
pub mod po_board;
pub mod po_import;
pub mod po_paper_form;
pub mod po_pupil_form;
pub mod po_pupils;
pub mod privacy;
pub mod procedures;
pub mod region_settings;
pub mod reset_password;
pub mod school_directory;
pub mod school_directory_programmes;
pub mod staff_accounts;
pub mod staff_forgot_password;
pub mod staff_invitation;
pub mod staff_reset_password;
pub mod staff_sign_in;
pub mod two_step;
pub mod vo_capacity;
pub mod vo_home;
pub mod vo_placements;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use uuid::Uuid;

use crate::api::{self, ApiError};
use crate::components::alert::{LoadFailed, Loading};
use crate::components::procedure_year_select::{ProcedureYear, is_earlier, year_from_query};
use crate::i18n::{Texts, use_texts};

/// Keeps `document.title` on "<page> · Overstap" in the current language.
fn use_page_title(page: fn(&Texts) -> &'static str) {
    let t = use_texts();
    Effect::new(move || {
        let texts = t.get();
        document().set_title(&format!("{} · {}", page(texts), texts.app_name()));
    });
}

/// Shows a loading line, then `render(data)`, or why the data could not be loaded.
fn loaded<T, V>(
    resource: LocalResource<Result<T, ApiError>>,
    render: impl Fn(T) -> V + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    view! {
        // A reload (new filters, a refetch) keeps the old data on screen until the new arrives.
        <Transition fallback=|| view! { <Loading /> }>
            {move || Suspend::new(async move {
                match resource.await {
                    Ok(data) => render(data).into_any(),
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The PO workspace's procedure years, the one the URL asks for (`?jaar=`, `None` for the
/// current one), and whether that one is an earlier, read-only year.
#[derive(Clone, Copy)]
struct ProcedureYears {
    years: Signal<Vec<ProcedureYear>>,
    chosen: Memo<Option<Uuid>>,
    earlier: Memo<bool>,
}

fn use_procedure_years() -> ProcedureYears {
    let query = use_query_map();
    let chosen = Memo::new(move |_| year_from_query(&query.get()));
    let list = LocalResource::new(api::procedures);
    // `None` while loading; a list that failed to load offers no choice.
    let loaded = Signal::derive(move || {
        list.get().map(|list| {
            list.map(|list| list.procedures.iter().map(ProcedureYear::from).collect())
                .unwrap_or_default()
        })
    });
    let earlier = Memo::new(move |_| is_earlier(loaded.get().as_deref(), chosen.get()));
    ProcedureYears {
        years: Signal::derive(move || loaded.get().unwrap_or_default()),
        chosen,
        earlier,
    }
}

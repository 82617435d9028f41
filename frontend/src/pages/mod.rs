//! One component per route; a page loads its own data through `crate::api`.

pub mod activate;
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

use crate::api::ApiError;
use crate::components::alert::{LoadFailed, Loading};
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

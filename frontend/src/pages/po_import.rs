//! `/po/import`: upload the pupils as a CSV file; all of it is imported, or nothing and every
//! problem is listed.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use overstap_api_types::{ImportResponse, Role};

use super::use_page_title;
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::import_errors::ImportErrors;
use crate::components::po_nav::PoNav;
use crate::i18n::{tx, use_texts};
use crate::session::RequireRole;

/// The documented header, in order; `docs/pupil-import.md` describes each column.
const COLUMNS: [&str; 10] = [
    "external_id",
    "first_name",
    "last_name",
    "class_name",
    "birth_date",
    "advice",
    "lwoo",
    "home_town",
    "parent_email",
    "twin_external_id",
];

#[component]
pub fn PoImport() -> impl IntoView {
    view! {
        <RequireRole role=Role::PoStaff>
            <Import />
        </RequireRole>
    }
}

#[component]
fn Import() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.po.import_title());
    let input = NodeRef::<html::Input>::new();
    let missing_file = RwSignal::new(false);
    let upload = Action::new_local(|file: &web_sys::File| {
        let file = file.clone();
        async move { api::import_pupils(&file).await }
    });
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let file = input
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        missing_file.set(file.is_none());
        if let Some(file) = file {
            upload.dispatch_local(file);
        }
    };
    let outcome = move || upload.value().get();
    let imported = move || -> Option<ImportResponse> { outcome().and_then(Result::ok) };
    let row_errors = move || match outcome() {
        Some(Err(ApiError::Server { error, .. })) => error
            .details
            .map(|details| details.rows)
            .filter(|rows| !rows.is_empty()),
        _ => None,
    };
    let general_error = move || {
        if missing_file.get() {
            return Some(t.get().po.import_choose_file().to_owned());
        }
        match outcome() {
            Some(Err(error)) if row_errors().is_none() => Some(t.get().api_error(&error)),
            _ => None,
        }
    };

    view! {
        <h1 data-testid="home-title">{tx(|t| t.po.import_title())}</h1>
        <PoNav />
        <p class="lead">{tx(|t| t.po.import_intro())}</p>
        <form class="form card" on:submit=on_submit novalidate>
            <div class="field">
                <label for="import-file">{tx(|t| t.po.import_file_label())}</label>
                <p class="field-hint" id="import-file-hint">
                    {tx(|t| t.po.import_file_hint())}
                </p>
                <input
                    id="import-file"
                    type="file"
                    accept=".csv,text/csv"
                    aria-describedby="import-file-hint"
                    data-testid="import-file"
                    node_ref=input
                    on:change=move |_| missing_file.set(false)
                />
            </div>
            <button
                type="submit"
                class="button button-primary"
                data-testid="import-submit"
                disabled=move || upload.pending().get()
            >
                {move || {
                    if upload.pending().get() { t.get().po.importing() } else { t.get().po.import_submit() }
                }}
            </button>
        </form>
        <ErrorAlert message=Signal::derive(general_error) testid="import-error" />
        <div class="result" role="status" data-testid="import-result">
            {move || {
                imported()
                    .map(|done| t.get().po.import_done(done.created, done.updated, done.unchanged))
            }}
        </div>
        {move || {
            row_errors()
                .map(|rows| {
                    let count = rows.len();
                    view! {
                        <div class="alert alert-error" role="alert" data-testid="import-rejected">
                            {move || t.get().po.import_rejected(count)}
                        </div>
                        <ImportErrors rows />
                    }
                })
        }}
        <section class="section">
            <h2>{tx(|t| t.po.import_columns_title())}</h2>
            <p>{tx(|t| t.po.import_columns_intro())}</p>
            <pre class="csv-example"><code>{COLUMNS.join(";")}</code></pre>
            <ul class="columns">
                {COLUMNS
                    .into_iter()
                    .map(|column| {
                        view! {
                            <li>
                                <code>{column}</code>
                                ": "
                                {move || t.get().import_column_help(column)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

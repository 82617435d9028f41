//! Importing schools from a CSV file: all of it is imported (new boards made), or nothing and
//! every problem is listed with its line.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use overstap_api_types::SchoolImportResponse;

use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::import_errors::ImportErrors;
use crate::i18n::{Texts, tx, use_texts};

/// The documented header, in order (the server's `school_directory::import::COLUMNS`).
const COLUMNS: [&str; 9] = [
    "code",
    "kind",
    "name",
    "board",
    "town",
    "contact_email",
    "contact_phone",
    "website",
    "priority_rule",
];

/// What a column holds.
fn column_help(t: &Texts, column: &str) -> &'static str {
    let s = &t.school_directory;
    match column {
        "code" => s.column_code(),
        "kind" => s.column_kind(),
        "name" => s.column_name(),
        "board" => s.column_board(),
        "town" => s.column_town(),
        "contact_email" => s.column_contact_email(),
        "contact_phone" => s.column_contact_phone(),
        "website" => s.column_website(),
        "priority_rule" => s.column_priority_rule(),
        _ => "",
    }
}

#[component]
pub(super) fn Import(
    /// Runs after a file was imported: the lists reload.
    imported: Callback<()>,
) -> impl IntoView {
    let t = use_texts();
    let input = NodeRef::<html::Input>::new();
    let missing_file = RwSignal::new(false);
    let upload = Action::new_local(move |file: &web_sys::File| {
        let file = file.clone();
        async move {
            let result = api::import_schools(&file).await;
            if result.is_ok() {
                imported.run(());
            }
            result
        }
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
    let done = move || -> Option<SchoolImportResponse> { outcome().and_then(Result::ok) };
    let row_errors = move || match outcome() {
        Some(Err(ApiError::Server { error, .. })) => error
            .details
            .map(|details| details.rows)
            .filter(|rows| !rows.is_empty()),
        _ => None,
    };
    let general_error = move || {
        if missing_file.get() {
            return Some(t.get().school_directory.import_choose_file().to_owned());
        }
        match outcome() {
            Some(Err(error)) if row_errors().is_none() => Some(t.get().api_error(&error)),
            _ => None,
        }
    };

    view! {
        <section class="section" aria-labelledby="school-import-title">
            <h2 id="school-import-title">{tx(|t| t.school_directory.import_title())}</h2>
            <p>{tx(|t| t.school_directory.import_intro())}</p>
            <form class="form card" on:submit=on_submit novalidate>
                <div class="field">
                    <label for="school-import-file">
                        {tx(|t| t.school_directory.import_file_label())}
                    </label>
                    <p class="field-hint" id="school-import-file-hint">
                        {tx(|t| t.school_directory.import_file_hint())}
                    </p>
                    <input
                        id="school-import-file"
                        type="file"
                        accept=".csv,text/csv"
                        aria-describedby="school-import-file-hint"
                        data-testid="school-import-file"
                        node_ref=input
                        on:change=move |_| missing_file.set(false)
                    />
                </div>
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="school-import-submit"
                    disabled=move || upload.pending().get()
                >
                    {move || {
                        if upload.pending().get() {
                            t.get().school_directory.importing()
                        } else {
                            t.get().school_directory.import_submit()
                        }
                    }}
                </button>
            </form>
            <ErrorAlert message=Signal::derive(general_error) testid="school-import-error" />
            <div class="result" role="status" data-testid="school-import-result">
                {move || {
                    done()
                        .map(|done| {
                            t.get()
                                .school_directory
                                .import_done(
                                    done.created,
                                    done.updated,
                                    done.unchanged,
                                    done.boards_created,
                                )
                        })
                }}
            </div>
            {move || {
                row_errors()
                    .map(|rows| {
                        let count = rows.len();
                        view! {
                            <div
                                class="alert alert-error"
                                role="alert"
                                data-testid="school-import-rejected"
                            >
                                {move || t.get().school_directory.import_rejected(count)}
                            </div>
                            <ImportErrors rows describe=Texts::school_row_error />
                        }
                    })
            }}
            <h3>{tx(|t| t.school_directory.import_columns_title())}</h3>
            <p>{tx(|t| t.school_directory.import_columns_intro())}</p>
            <pre class="csv-example"><code>{COLUMNS.join(";")}</code></pre>
            <ul class="columns">
                {COLUMNS
                    .into_iter()
                    .map(|column| {
                        view! {
                            <li>
                                <code>{column}</code>
                                ": "
                                {move || column_help(t.get(), column)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

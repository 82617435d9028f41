//! Every problem an import found, one row per cell: line, column and what is wrong.

use leptos::prelude::*;
use overstap_api_types::RowError;

use crate::i18n::{Texts, tx, use_texts};

/// The translation of a row problem's code, `None` for a code without one.
pub type RowErrorText = fn(&Texts, &str) -> Option<&'static str>;

#[component]
pub fn ImportErrors(
    rows: Vec<RowError>,
    /// Which file's codes these are; the pupil import's by default.
    #[prop(optional)]
    describe: Option<RowErrorText>,
) -> impl IntoView {
    let t = use_texts();
    let describe = describe.unwrap_or(Texts::import_row_error);
    let rows = rows
        .into_iter()
        .map(|row| {
            // The translation leads; the server's English message adds the values it names.
            let message = move || match describe(t.get(), &row.code) {
                Some(text) => view! {
                    {text}
                    <span class="row-detail" lang="en">
                        {row.message.clone()}
                    </span>
                }
                .into_any(),
                None => view! { {row.message.clone()} }.into_any(),
            };
            view! {
                <tr data-testid="import-error-row" data-line=row.line>
                    <td class="numeric" data-label=move || t.get().po.col_line()>{row.line}</td>
                    <td data-label=move || t.get().po.col_column()>
                        <code>{row.column.clone()}</code>
                    </td>
                    // One grid item in the narrow layout, whatever the message holds.
                    <td data-label=move || t.get().po.col_problem()>
                        <span>{message}</span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table" data-testid="import-errors">
            <caption>{tx(|t| t.po.import_errors_caption())}</caption>
            <thead>
                <tr>
                    <th scope="col" class="numeric">{tx(|t| t.po.col_line())}</th>
                    <th scope="col">{tx(|t| t.po.col_column())}</th>
                    <th scope="col">{tx(|t| t.po.col_problem())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

//! The pupil status as ELK shows it: a white, blue or green dot, green with AG/AV letters.

use leptos::prelude::*;

use crate::i18n::use_texts;

/// The CSS modifier for a status as the API spells it.
fn modifier(status: &str) -> &'static str {
    match status {
        "wit" => "wit",
        "blauw" => "blauw",
        "groen" | "AG" | "AV" => "groen",
        _ => "unknown",
    }
}

/// A status dot with its label; `data-status` carries the API value for tests.
#[component]
pub fn StatusDot(status: String) -> impl IntoView {
    let t = use_texts();
    let class = format!("status status-{}", modifier(&status));
    let text = {
        let status = status.clone();
        move || t.get().status(&status)
    };
    let letters = {
        let text = text.clone();
        move || text().letters
    };
    view! {
        <span class=class data-status=status>
            <span class="status-dot" aria-hidden="true">
                {letters}
            </span>
            <span class="status-label">{move || text().label}</span>
        </span>
    }
}

/// Explains every status, for the PO school's pupil list.
#[component]
pub fn StatusLegend() -> impl IntoView {
    let t = use_texts();
    let entries = ["wit", "blauw", "groen", "AG", "AV"];
    view! {
        <details class="legend">
            <summary>{move || t.get().status_title}</summary>
            <dl>
                {entries
                    .into_iter()
                    .map(|status| {
                        view! {
                            <div class="legend-entry">
                                <dt>
                                    <StatusDot status=status.to_owned() />
                                </dt>
                                <dd>{move || t.get().status(status).help}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </details>
    }
}

//! The pupil status as ELK shows it: a white, blue or green dot, green with AG/AV letters.

use leptos::prelude::*;

use crate::i18n::{tx, use_texts};

/// Every status, in the order of the procedure.
pub const STATUSES: [&str; 5] = ["wit", "blauw", "groen", "AG", "AV"];

/// The CSS modifier for a status as the API spells it.
fn modifier(status: &str) -> &'static str {
    match status {
        "wit" => "wit",
        "blauw" => "blauw",
        "groen" | "AG" | "AV" => "groen",
        _ => "unknown",
    }
}

/// A status dot with its label; `data-status` carries the API value for tests. A `compact` dot
/// keeps the label for screen readers only, so colour never carries the meaning alone.
#[component]
pub fn StatusDot(status: String, #[prop(optional)] compact: bool) -> impl IntoView {
    let t = use_texts();
    let class = format!("status status-{}", modifier(&status));
    let label_class = if compact {
        "status-label visually-hidden"
    } else {
        "status-label"
    };
    let text = {
        let status = status.clone();
        move || t.get().status(&status)
    };
    let letters = {
        let text = text.clone();
        move || text().letters
    };
    view! {
        <span class=class data-status=status data-testid="status-dot">
            <span class="status-dot" aria-hidden="true">
                {letters}
            </span>
            <span class=label_class>{move || text().label}</span>
        </span>
    }
}

/// Explains every status; folded away unless `open`.
#[component]
pub fn StatusLegend(#[prop(optional)] open: bool) -> impl IntoView {
    let t = use_texts();
    view! {
        <details class="legend" open=open data-testid="status-legend">
            <summary>{tx(|t| t.status_title)}</summary>
            <dl>
                {STATUSES
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

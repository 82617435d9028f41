//! The pupil status as ELK shows it: a white, blue or green dot, green with AG/AV letters.

use leptos::prelude::*;
use overstap_api_types::RegistrationStatus;

use crate::i18n::{tx, use_texts};

/// The CSS modifier for a status: the colour of its dot.
fn modifier(status: RegistrationStatus) -> &'static str {
    match status {
        RegistrationStatus::Wit => "wit",
        RegistrationStatus::Blauw => "blauw",
        RegistrationStatus::Groen | RegistrationStatus::Ag | RegistrationStatus::Av => "groen",
    }
}

/// A status dot with its label; `data-status` carries the API value for tests. A `compact` dot
/// keeps the label for screen readers only, so colour never carries the meaning alone.
#[component]
pub fn StatusDot(status: RegistrationStatus, #[prop(optional)] compact: bool) -> impl IntoView {
    let t = use_texts();
    let class = format!("status status-{}", modifier(status));
    let label_class = if compact {
        "status-label visually-hidden"
    } else {
        "status-label"
    };
    let text = move || t.get().status(status);
    let letters = move || text().letters;
    view! {
        <span class=class data-status=status.as_str() data-testid="status-dot">
            <span class="status-dot" aria-hidden="true">
                {letters}
            </span>
            <span class=label_class>{move || text().label}</span>
        </span>
    }
}

/// Explains every status and the paper route's badge; folded away unless `open`.
#[component]
pub fn StatusLegend(#[prop(optional)] open: bool) -> impl IntoView {
    let t = use_texts();
    view! {
        <details class="legend" open=open data-testid="status-legend">
            <summary>{tx(|t| t.status_title())}</summary>
            <dl>
                {RegistrationStatus::ALL
                    .iter()
                    .map(|&status| {
                        view! {
                            <div class="legend-entry">
                                <dt>
                                    <StatusDot status />
                                </dt>
                                <dd>{move || t.get().status(status).help}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
                <div class="legend-entry">
                    <dt>
                        <span class="badge badge-paper">{tx(|t| t.paper_route.badge())}</span>
                    </dt>
                    <dd>{tx(|t| t.paper_route.legend_help())}</dd>
                </div>
            </dl>
        </details>
    }
}

//! The placement runs of the procedure, newest first: kind, when and by whom, the numbers, and
//! everything needed to re-check a run (seed, engine version, input and output hash).

use leptos::prelude::*;
use overstap_api_types::{RunKind, RunResponse};
use uuid::Uuid;

use super::moment::Moment;
use crate::i18n::{tx, use_texts};

/// The first characters of an id or hash, for a narrow column; the whole value stays in the
/// element's title and in the snapshot.
pub fn short(text: &str, len: usize) -> &str {
    text.get(..len).unwrap_or(text)
}

#[component]
pub fn CoordinatorRunTable(
    runs: Vec<RunResponse>,
    /// The run whose attention list is shown.
    #[prop(into)]
    selected: Signal<Option<Uuid>>,
    #[prop(into)] downloading: Signal<bool>,
    on_snapshot: Callback<Uuid>,
) -> impl IntoView {
    let t = use_texts();
    if runs.is_empty() {
        return view! { <p class="empty" data-testid="runs-empty">{tx(|t| t.coordinator.runs_empty())}</p> }
            .into_any();
    }
    let rows = runs
        .into_iter()
        .map(|run| {
            let id = run.id;
            let official = run.kind == RunKind::Official;
            let kind = run.kind.as_str();
            let by = run.started_by.to_string();
            let hash = |label: fn(&crate::i18n::Texts) -> &'static str, value: String, testid: &'static str| {
                let title = value.clone();
                view! {
                    <div class="hash">
                        <span class="hash-label">{tx(label)}</span>
                        " "
                        <code title=title data-testid=testid data-value=value.clone()>{short(&value, 16).to_owned()}</code>
                    </div>
                }
            };
            view! {
                <tr
                    data-testid="run-row"
                    data-run-id=id.to_string()
                    data-kind=kind
                    aria-current=move || (selected.get() == Some(id)).then_some("true")
                >
                    <th scope="row" data-label=tx(|t| t.coordinator.col_kind())>
                        <span class={if official { "badge badge-open" } else { "badge badge-upcoming" }}>
                            {move || {
                                if official { t.get().coordinator.kind_official() } else { t.get().coordinator.kind_dry() }
                            }}
                        </span>
                    </th>
                    <td data-label=tx(|t| t.coordinator.col_started())>
                        <Moment unix_seconds=run.started_at.unix_timestamp() />
                        <div class="run-by">
                            {tx(|t| t.coordinator.started_by())}
                            " "
                            <code title=by.clone()>{short(&by, 8).to_owned()}</code>
                        </div>
                    </td>
                    <td class="numeric" data-label=tx(|t| t.coordinator.col_participants())>{run.participants}</td>
                    <td class="numeric" data-label=tx(|t| t.coordinator.col_placed()) data-testid="run-placed">
                        {run.placed}
                    </td>
                    <td data-label=tx(|t| t.coordinator.col_audit()) class="hashes">
                        {hash(|t| t.coordinator.input_hash(), run.input_hash, "run-input-hash")}
                        {hash(|t| t.coordinator.output_hash(), run.output_hash, "run-output-hash")}
                        {hash(|t| t.coordinator.seed(), run.seed, "run-seed")}
                        <div class="hash">
                            <span class="hash-label">{tx(|t| t.coordinator.engine())}</span>
                            " "
                            <code>{run.engine_version}</code>
                        </div>
                    </td>
                    <td data-label=tx(|t| t.po.col_actions())>
                        <div class="run-actions">
                            <a
                                href=format!("/coordinator/plaatsing?run={id}")
                                data-testid="run-attention-link"
                            >
                                {tx(|t| t.coordinator.show_attention())}
                            </a>
                            <a
                                href=format!("/coordinator/statistieken?run={id}")
                                data-testid="run-statistics-link"
                            >
                                {tx(|t| t.coordinator.show_statistics())}
                            </a>
                            <button
                                type="button"
                                class="button button-quiet"
                                data-testid="run-snapshot"
                                disabled=move || downloading.get()
                                on:click=move |_| on_snapshot.run(id)
                            >
                                {tx(|t| t.coordinator.download_snapshot())}
                            </button>
                        </div>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table runs-table" data-testid="runs-table">
            <caption>{tx(|t| t.coordinator.runs_caption())}</caption>
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.coordinator.col_kind())}</th>
                    <th scope="col">{tx(|t| t.coordinator.col_started())}</th>
                    <th scope="col" class="numeric">{tx(|t| t.coordinator.col_participants())}</th>
                    <th scope="col" class="numeric">{tx(|t| t.coordinator.col_placed())}</th>
                    <th scope="col">{tx(|t| t.coordinator.col_audit())}</th>
                    <th scope="col">{tx(|t| t.po.col_actions())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::short;

    #[test]
    fn short_keeps_the_start_and_never_splits_past_the_end() {
        assert_eq!(short("abcdef0123", 4), "abcd");
        assert_eq!(short("abc", 16), "abc");
        assert_eq!(short("", 8), "");
    }
}

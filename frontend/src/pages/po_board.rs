//! `/po/overzicht`: the status board, per class one dot per pupil, counts, and reminders.

use std::collections::HashSet;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use overstap_api_types::{ReminderRequest, Role, StatusBoardQuery, StatusBoardResponse};
use uuid::Uuid;

use super::{loaded, use_page_title, use_procedure_years};
use crate::api;
use crate::components::alert::ErrorAlert;
use crate::components::po_nav::PoNav;
use crate::components::procedure_year_select::{ProcedureYearSelect, YEAR_KEY};
use crate::components::status::StatusLegend;
use crate::components::status_board::{ClassDots, StatusCountsTable, can_remind};
use crate::i18n::{tx, use_texts};
use crate::query::query_string;
use crate::session::RequireRole;

#[component]
pub fn PoBoard() -> impl IntoView {
    view! {
        <RequireRole role=Role::PoStaff>
            <Board />
        </RequireRole>
    }
}

#[component]
fn Board() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.po.board_title());
    let navigate = use_navigate();
    let query = use_query_map();
    let needs_attention =
        Memo::new(move |_| query.get().get_str("needs_attention") == Some("true"));
    let years = use_procedure_years();
    let earlier = years.earlier;
    let board = LocalResource::new(move || {
        let query = StatusBoardQuery {
            procedure_id: years.chosen.get(),
        };
        async move { api::status_board(&query).await }
    });
    let selected = RwSignal::new(HashSet::<Uuid>::new());
    let remind = Action::new_local(|request: &ReminderRequest| {
        let request = request.clone();
        async move { api::send_reminders(&request).await }
    });
    Effect::new(move || {
        if let Some(Ok(_)) = remind.value().get() {
            selected.set(HashSet::new());
        }
    });
    let reminded = move || {
        remind.value().get().and_then(Result::ok).map(|outcome| {
            t.get()
                .po
                .reminder_result(outcome.done.len(), outcome.skipped.len())
        })
    };
    let remind_error = move || {
        remind
            .value()
            .get()
            .and_then(Result::err)
            .map(|error| t.get().api_error(&error))
    };
    let show = Callback::new(move |(on, year): (bool, Option<Uuid>)| {
        let query = query_string([
            ("needs_attention", on.then(|| "true".to_owned())),
            (YEAR_KEY, year.map(|id| id.to_string())),
        ]);
        let options = NavigateOptions {
            scroll: false,
            ..NavigateOptions::default()
        };
        navigate(&format!("/po/overzicht{query}"), options);
    });
    let toggle_attention =
        Callback::new(move |on: bool| show.run((on, years.chosen.get_untracked())));
    let on_year = Callback::new(move |year: Option<Uuid>| {
        show.run((needs_attention.get_untracked(), year));
    });

    let render = move |board: StatusBoardResponse| {
        let open = board.reminders_open;
        let everyone: StoredValue<Vec<Uuid>> = StoredValue::new(
            board
                .classes
                .iter()
                .flat_map(|class| class.pupils.iter())
                .filter(|pupil| can_remind(pupil))
                .map(|pupil| pupil.id)
                .collect(),
        );
        let per_class = board
            .classes
            .iter()
            .map(|class| (class.class_name.clone(), class.counts))
            .collect();
        let attention = move || {
            view! {
                <div class="field field-checkbox">
                    <input
                        id="board-attention"
                        type="checkbox"
                        data-testid="filter-needs-attention"
                        prop:checked=move || needs_attention.get()
                        on:change:target=move |event| toggle_attention.run(event.target().checked())
                    />
                    <label for="board-attention">{tx(|t| t.po.filter_needs_attention())}</label>
                </div>
            }
        };
        let classes = board.classes;
        view! {
            <StatusCountsTable total=board.counts classes=per_class />
            // An earlier year's parents get no reminders; its board can still be filtered.
            <Show when=move || !earlier.get() fallback=attention>
                <section class="reminders card no-print" aria-labelledby="reminders-title">
                    <h2 id="reminders-title">{tx(|t| t.po.reminders_title())}</h2>
                    <p>{tx(|t| t.po.reminders_intro())}</p>
                    {(!open)
                        .then(|| {
                            view! {
                                <p class="field-hint" data-testid="reminders-closed">
                                    {tx(|t| t.po.reminders_closed())}
                                </p>
                            }
                        })}
                    {attention}
                    <div class="toolbar">
                        <button
                            type="button"
                            class="button button-quiet"
                            data-testid="select-remindable"
                            disabled=everyone.with_value(Vec::is_empty)
                            on:click=move |_| {
                                selected.set(everyone.with_value(|ids| ids.iter().copied().collect()));
                            }
                        >
                            {tx(|t| t.po.select_remindable())}
                        </button>
                        <button
                            type="button"
                            class="button button-quiet"
                            data-testid="clear-selection"
                            on:click=move |_| selected.set(HashSet::new())
                        >
                            {tx(|t| t.po.clear_selection())}
                        </button>
                        <button
                            type="button"
                            class="button button-primary"
                            data-testid="send-reminders"
                            disabled=move || {
                                !open || selected.with(HashSet::is_empty) || remind.pending().get()
                            }
                            on:click=move |_| {
                                remind
                                    .dispatch_local(ReminderRequest {
                                        pupil_ids: selected.get_untracked().into_iter().collect(),
                                    });
                            }
                        >
                            {move || t.get().po.send_reminders(selected.with(HashSet::len))}
                        </button>
                    </div>
                    <ErrorAlert message=Signal::derive(remind_error) testid="reminder-error" />
                    <p class="result" role="status" data-testid="reminder-result">
                        {reminded}
                    </p>
                </section>
            </Show>
            {move || {
                classes
                    .clone()
                    .into_iter()
                    .enumerate()
                    .map(|(index, class)| {
                        view! {
                            <ClassDots
                                board=class
                                index
                                needs_attention
                                selected
                                read_only=earlier.get()
                            />
                        }
                    })
                    .collect_view()
            }}
        }
    };

    view! {
        <h1 data-testid="home-title">{tx(|t| t.po.board_title())}</h1>
        <PoNav read_only=earlier />
        <p class="lead">{tx(|t| t.po.board_intro())}</p>
        <ProcedureYearSelect
            years=years.years
            chosen=years.chosen
            earlier=earlier
            on_change=on_year
        />
        {loaded(board, render)}
        <StatusLegend open=true />
    }
}

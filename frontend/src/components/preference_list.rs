//! The ranked preference list: drag and drop to reorder, and up/down/remove buttons that do the
//! same from the keyboard. The page owns the list; this only reports what the parent did.

use leptos::ev::DragEvent;
use leptos::prelude::*;
use overstap_api_types::PortalProgramme;
use uuid::Uuid;

use crate::i18n::{tx, use_texts};

/// What the parent did to the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListChange {
    Move { from: usize, to: usize },
    Remove(usize),
}

/// The element id of a row's button, so the page can put the focus back after a move.
pub fn button_id(action: &str, programme: Uuid) -> String {
    format!("{action}-{programme}")
}

#[component]
pub fn PreferenceList(
    #[prop(into)] entries: Signal<Vec<PortalProgramme>>,
    #[prop(into)] editable: Signal<bool>,
    /// The server's problem with each entry, by index.
    #[prop(into)]
    problems: Signal<Vec<(usize, String)>>,
    on_change: Callback<ListChange>,
) -> impl IntoView {
    let t = use_texts();
    let dragging = RwSignal::new(None::<usize>);
    let over = RwSignal::new(None::<usize>);
    let row = move |index: usize, programme: PortalProgramme| {
        let count = entries.with(Vec::len);
        let name = format!("{} – {}", programme.name, programme.school_name);
        let problem = problems.with(|all| {
            all.iter()
                .find(|(at, _)| *at == index)
                .map(|(_, message)| message.clone())
        });
        let invalid = problem.is_some();
        let error_id = format!("entry-error-{index}");
        let described_by = problem.as_ref().map(|_| error_id.clone());
        let on_drop = move |event: DragEvent| {
            event.prevent_default();
            if let Some(from) = dragging.get_untracked()
                && from != index
            {
                on_change.run(ListChange::Move { from, to: index });
            }
            dragging.set(None);
            over.set(None);
        };
        let on_drag_start = move |event: DragEvent| {
            if let Some(transfer) = event.data_transfer() {
                transfer.set_effect_allowed("move");
                // Firefox starts a drag only with data set.
                let _ = transfer.set_data("text/plain", &index.to_string());
            }
            dragging.set(Some(index));
        };
        let (up_label, down_label, remove_label) = {
            let name = name.clone();
            let (n1, n2) = (name.clone(), name.clone());
            (
                move || t.get().parent.move_up(&name),
                move || t.get().parent.move_down(&n1),
                move || t.get().parent.remove(&n2),
            )
        };
        view! {
            <li
                class="pref-entry"
                class:pref-dragging=move || dragging.get() == Some(index)
                class:pref-over=move || over.get() == Some(index) && dragging.get() != Some(index)
                class:pref-invalid=invalid
                draggable=move || if editable.get() { "true" } else { "false" }
                data-testid="list-entry"
                data-programme-id=programme.id.to_string()
                data-school-id=programme.school_id.to_string()
                data-rank=index + 1
                on:dragstart=on_drag_start
                on:dragover=move |event: DragEvent| {
                    if dragging.get_untracked().is_some() {
                        event.prevent_default();
                        over.set(Some(index));
                    }
                }
                on:dragleave=move |_| over.set(None)
                on:drop=on_drop
                on:dragend=move |_| {
                    dragging.set(None);
                    over.set(None);
                }
            >
                <span class="pref-rank" data-testid="list-rank">
                    <span class="visually-hidden">{move || t.get().parent.rank(index + 1)}</span>
                    <span aria-hidden="true">{index + 1}</span>
                </span>
                <span class="pref-body">
                    <span class="pref-name" data-testid="list-entry-name">{programme.name.clone()}</span>
                    <span class="pref-school">
                        {programme.school_name.clone()} ", " {programme.town.clone()}
                    </span>
                    {problem
                        .map(|message| {
                            view! {
                                <span class="field-error" id=error_id.clone() data-testid="entry-error">
                                    {message}
                                </span>
                            }
                        })}
                </span>
                <Show when=move || editable.get()>
                    <span class="pref-actions">
                        <button
                            type="button"
                            class="icon-button"
                            id=button_id("move-up", programme.id)
                            data-testid="move-up"
                            disabled=index == 0
                            aria-describedby=described_by.clone()
                            on:click=move |_| {
                                on_change.run(ListChange::Move { from: index, to: index.saturating_sub(1) })
                            }
                        >
                            <span aria-hidden="true">"↑"</span>
                            <span class="visually-hidden">{up_label.clone()}</span>
                        </button>
                        <button
                            type="button"
                            class="icon-button"
                            id=button_id("move-down", programme.id)
                            data-testid="move-down"
                            disabled=index + 1 == count
                            aria-describedby=described_by.clone()
                            on:click=move |_| {
                                on_change.run(ListChange::Move { from: index, to: index + 1 })
                            }
                        >
                            <span aria-hidden="true">"↓"</span>
                            <span class="visually-hidden">{down_label.clone()}</span>
                        </button>
                        <button
                            type="button"
                            class="icon-button icon-button-danger"
                            id=button_id("remove", programme.id)
                            data-testid="remove-entry"
                            aria-describedby=described_by.clone()
                            on:click=move |_| on_change.run(ListChange::Remove(index))
                        >
                            <span aria-hidden="true">"×"</span>
                            <span class="visually-hidden">{remove_label.clone()}</span>
                        </button>
                    </span>
                </Show>
            </li>
        }
    };
    view! {
        <Show
            when=move || entries.with(|list| !list.is_empty())
            fallback=move || {
                view! {
                    <p class="empty" data-testid="list-empty">
                        {tx(|t| t.parent.list_empty())}
                    </p>
                }
            }
        >
            <ol class="pref-list" data-testid="preference-list">
                {move || {
                    entries
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, programme)| row(index, programme))
                        .collect_view()
                }}
            </ol>
        </Show>
    }
}

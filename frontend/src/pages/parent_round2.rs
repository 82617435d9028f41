//! `/ouder/ronde-2`: round 2 for a child without a place after round 1. Why the child takes
//! part and the window; inside it a new list from the programmes with seats left (saved with a
//! button, then confirmed); outside it the list read-only; after the round-2 run its result.

use leptos::prelude::*;
use leptos::task::spawn_local;
use overstap_api_types::round2::{Round2ListRequest, Round2Response};
use overstap_api_types::{
    Advice, ErrorCode, FieldError, PortalProgramme, Role, Round2Result, Round2WindowState,
};

use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::parent_nav::{ParentNav, show_round2_link};
use crate::components::preference_list::{ListChange, PreferenceList};
use crate::components::programme_catalogue::ProgrammeCatalogue;
use crate::components::round2_errors::{Round2Errors, entry_index, rule_message};
use crate::components::round2_link::{reason_text, takes_part};
use crate::components::round2_result::Round2Result;
use crate::components::round2_window::Round2Window;
use crate::i18n::{tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn ParentRound2() -> impl IntoView {
    view! {
        <RequireRole role=Role::Parent>
            <ParentNav />
            <Round2Page />
        </RequireRole>
    }
}

#[component]
fn Round2Page() -> impl IntoView {
    use_page_title(|t| t.round2.title());
    let data = LocalResource::new(|| async {
        let (round2, child) =
            futures::future::join(api::parent_round2(), api::parent_child()).await;
        let round2 = round2?;
        show_round2_link(takes_part(&round2));
        Ok::<_, ApiError>((round2, child?.advice))
    });
    view! {
        <h1 data-testid="round2-title">{tx(|t| t.round2.title())}</h1>
        <p class="lead">{tx(|t| t.round2.intro())}</p>
        {loaded(data, |(round2, advice)| {
            if takes_part(&round2) {
                view! { <TakingPart round2 advice /> }.into_any()
            } else {
                view! {
                    <section class="card" data-testid="round2-not-taking-part">
                        <p>{tx(|t| t.round2.not_taking_part())}</p>
                        <Round2Window round2 />
                    </section>
                }
                .into_any()
            }
        })}
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Busy {
    Idle,
    Saving,
    Confirming,
}

/// The list may change: inside the window, not yet definitive, no result yet.
fn editable(r: &Round2Response) -> bool {
    r.window == Round2WindowState::Open
        && r.confirmed_at.is_none()
        && r.result == Round2Result::None
}

fn ids(list: &[PortalProgramme]) -> Vec<uuid::Uuid> {
    list.iter().map(|p| p.id).collect()
}

#[component]
fn TakingPart(round2: Round2Response, advice: Advice) -> impl IntoView {
    let t = use_texts();
    let reason = round2.reason;
    // Round 2 has no priority tiers: the catalogue does not offer a school's priority rule.
    let catalogue: Vec<PortalProgramme> = round2
        .programmes
        .iter()
        .map(|offered| PortalProgramme {
            priority_rule: None,
            ..offered.programme.clone()
        })
        .collect();
    let server = RwSignal::new(round2.clone());
    let entries = RwSignal::new(round2.list.clone());
    let problems = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(Busy::Idle);
    let announcement = RwSignal::new(String::new());

    let can_edit = Memo::new(move |_| server.with(editable));
    let dirty = Memo::new(move |_| entries.with(|list| ids(list)) != server.with(|r| ids(&r.list)));
    let confirmed = Memo::new(move |_| server.with(|r| r.confirmed_at.is_some()));
    let has_result = Memo::new(move |_| server.with(|r| r.result != Round2Result::None));

    // After a refusal that says the state changed (closed window, already definitive).
    let reload = move || {
        spawn_local(async move {
            if let Ok(current) = api::parent_round2().await {
                entries.set(current.list.clone());
                server.set(current);
            }
        });
    };
    let refused = move |error: ApiError| {
        if error.code() == Some(ErrorCode::InvalidInput) {
            problems.set(error.field_errors().to_vec());
            failure.set(None);
        } else {
            let changed = matches!(
                error.code(),
                Some(ErrorCode::WindowClosed | ErrorCode::NotAllowedInStatus)
            );
            problems.set(Vec::new());
            failure.set(Some(error));
            if changed {
                reload();
            }
        }
    };
    let accepted = move |current: Round2Response| {
        problems.set(Vec::new());
        failure.set(None);
        entries.set(current.list.clone());
        server.set(current);
    };

    let save = move |_| {
        if busy.get_untracked() != Busy::Idle {
            return;
        }
        busy.set(Busy::Saving);
        let request = Round2ListRequest {
            programmes: entries.with_untracked(|list| ids(list)),
        };
        spawn_local(async move {
            match api::save_round2_list(&request).await {
                Ok(current) => {
                    accepted(current);
                    announcement.set(t.get_untracked().round2.saved().to_owned());
                }
                Err(error) => refused(error),
            }
            busy.set(Busy::Idle);
        });
    };
    let confirm = move |_| {
        if busy.get_untracked() != Busy::Idle {
            return;
        }
        busy.set(Busy::Confirming);
        spawn_local(async move {
            match api::confirm_round2_list().await {
                Ok(current) => {
                    accepted(current);
                    focus_later("round2-confirmed-heading");
                }
                Err(error) => refused(error),
            }
            busy.set(Busy::Idle);
        });
    };

    let on_change = Callback::new(move |change: ListChange| {
        let texts = t.get_untracked();
        match change {
            ListChange::Move { from, to } => {
                let mut moved = None;
                entries.update(|list| {
                    if from < list.len() && to < list.len() {
                        let programme = list.remove(from);
                        moved = Some(programme.name.clone());
                        list.insert(to, programme);
                    }
                });
                if let Some(name) = moved {
                    announcement.set(texts.parent.moved_to(&name, to + 1));
                }
            }
            ListChange::Remove(index) => {
                let mut removed = None;
                entries.update(|list| {
                    if index < list.len() {
                        removed = Some(list.remove(index).name);
                    }
                });
                if let Some(name) = removed {
                    focus_later("round2-list-heading");
                    announcement.set(texts.parent.removed(&name));
                }
            }
        }
        problems.set(Vec::new());
    });
    let on_add = Callback::new(move |programme: PortalProgramme| {
        let name = programme.name.clone();
        let added = entries.try_update(|list| {
            let fresh = !list.iter().any(|p| p.id == programme.id);
            if fresh {
                list.push(programme);
            }
            fresh
        });
        if added == Some(true) {
            announcement.set(t.get_untracked().parent.added(&name));
        }
    });
    let on_list = Signal::derive(move || entries.with(|list| ids(list)));
    // A memo: an unchanged answer must not redraw the list (that would drop the focus).
    let entry_problems = Memo::new(move |_| {
        let texts = t.get();
        problems.with(|all| {
            all.iter()
                .filter_map(|problem| {
                    let index = entry_index(&problem.field)?;
                    Some((index, rule_message(texts, &problem.code).to_owned()))
                })
                .collect::<Vec<_>>()
        })
    });
    let save_state = move || match (busy.get(), dirty.get()) {
        (Busy::Saving, _) => "saving",
        (_, true) => "unsaved",
        _ if server.with(|r| r.revision.is_some()) => "saved",
        _ => "idle",
    };
    let save_text = move || match save_state() {
        "saving" => t.get().parent.saving(),
        "unsaved" => t.get().round2.unsaved(),
        "saved" if !confirmed.get() => t.get().round2.saved(),
        _ => "",
    };
    let ready_to_confirm = move || {
        can_edit.get()
            && !dirty.get()
            && server.with(|r| r.revision.is_some() && !r.list.is_empty())
    };
    let no_programmes = catalogue.is_empty();

    view! {
        <section class="card" data-testid="round2-taking-part">
            {reason
                .map(|code| {
                    view! {
                        <p data-testid="round2-reason" data-reason=code.as_str()>
                            {move || reason_text(t.get(), Some(code))}
                        </p>
                    }
                })}
            {move || view! { <Round2Window round2=server.get() /> }}
        </section>
        <Show when=move || has_result.get()>
            <Round2Result round2=server.get_untracked() />
        </Show>
        <div class="list-layout">
            <div class="list-column">
                <Show when=move || !can_edit.get() && !confirmed.get() && !has_result.get()>
                    <div class="alert alert-info" data-testid="round2-read-only">
                        <p>{tx(|t| t.round2.read_only())}</p>
                    </div>
                </Show>
                <ErrorAlert
                    message=move || failure.get().map(|error| t.get().api_error(&error))
                    testid="round2-page-error"
                />
                <section class="card my-list" aria-labelledby="round2-list-heading">
                    <h2 id="round2-list-heading" tabindex="-1">
                        {tx(|t| t.round2.list_heading())}
                    </h2>
                    <Round2Errors problems />
                    <PreferenceList entries editable=can_edit problems=entry_problems on_change />
                    <Show when=move || can_edit.get()>
                        <p
                            class="save-status"
                            role="status"
                            data-testid="round2-save-status"
                            data-state=save_state
                        >
                            {save_text}
                        </p>
                        <p>
                            <button
                                type="button"
                                class="button button-secondary"
                                data-testid="round2-save"
                                aria-disabled=move || (busy.get() != Busy::Idle).then_some("true")
                                on:click=save
                            >
                                {tx(|t| t.round2.save_button())}
                            </button>
                        </p>
                    </Show>
                    <p class="visually-hidden" aria-live="polite" data-testid="round2-announcement">
                        {move || announcement.get()}
                    </p>
                </section>
                <Show when=ready_to_confirm>
                    <section class="card" aria-labelledby="round2-confirm-heading"
                        data-testid="round2-confirm-step">
                        <h2 id="round2-confirm-heading">{tx(|t| t.round2.confirm_heading())}</h2>
                        <p>{tx(|t| t.round2.confirm_intro())}</p>
                        <button
                            type="button"
                            class="button button-primary"
                            data-testid="round2-confirm"
                            aria-disabled=move || (busy.get() != Busy::Idle).then_some("true")
                            on:click=confirm
                        >
                            {move || {
                                if busy.get() == Busy::Confirming {
                                    t.get().parent.confirming()
                                } else {
                                    t.get().round2.confirm_button()
                                }
                            }}
                        </button>
                    </section>
                </Show>
                <Show when=move || confirmed.get() && !has_result.get()>
                    <section class="card" aria-labelledby="round2-confirmed-heading"
                        data-testid="round2-confirmed" role="status">
                        <h2 id="round2-confirmed-heading" tabindex="-1">
                            {tx(|t| t.round2.confirmed_heading())}
                        </h2>
                        <p>{tx(|t| t.round2.confirmed())}</p>
                    </section>
                </Show>
            </div>
            <Show when=move || can_edit.get()>
                {if no_programmes {
                    view! {
                        <section class="card" data-testid="round2-no-programmes">
                            <p>{tx(|t| t.round2.no_programmes())}</p>
                        </section>
                    }
                    .into_any()
                } else {
                    view! {
                        <ProgrammeCatalogue
                            programmes=catalogue.clone()
                            advice
                            on_list
                            on_add
                        />
                    }
                    .into_any()
                }}
            </Show>
        </div>
    }
}

/// Moves the focus to `id` once the page has been drawn again (a removed row, a confirmation).
fn focus_later(id: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(id)
            && let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element)
        {
            let _ = element.focus();
        }
    });
}

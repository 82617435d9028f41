//! `/ouder/voorkeurslijst`: the parent builds the ranked list. Every change is saved as a draft
//! at once with the last revision read; a stale revision shows the current list instead of
//! overwriting it.

use std::collections::HashSet;

use leptos::prelude::*;
use leptos::task::spawn_local;
use overstap_api_types::{
    ErrorCode, FieldError, ListEntryBody, PortalProgramme, PortalProgrammesResponse,
    PriorityClaimBody, PriorityRuleKind, RegistrationResponse, RegistrationStatus, Role,
    SaveDraftRequest,
};

use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::list_problems::{Place, at};
use crate::components::list_summary::ListErrors;
use crate::components::parent_nav::ParentNav;
use crate::components::preference_list::{ListChange, PreferenceList, button_id};
use crate::components::priority_claim::PriorityClaim;
use crate::components::programme_catalogue::ProgrammeCatalogue;
use crate::components::twin_link::TwinLink;
use crate::components::week_note::WeekNote;
use crate::i18n::{Texts, tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn ParentList() -> impl IntoView {
    view! {
        <RequireRole role=Role::Parent>
            <ParentNav />
            <ListPage />
        </RequireRole>
    }
}

#[component]
fn ListPage() -> impl IntoView {
    use_page_title(|t| t.parent.list_title());
    let data = LocalResource::new(|| async {
        let (programmes, registration) =
            futures::future::join(api::parent_programmes(), api::parent_registration()).await;
        Ok::<_, ApiError>((programmes?, registration?))
    });
    view! {
        <h1 data-testid="list-title">{tx(|t| t.parent.list_title())}</h1>
        <p class="lead">{tx(|t| t.parent.list_intro())}</p>
        {loaded(data, |(programmes, registration)| view! { <Editor programmes registration /> })}
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SaveState {
    Idle,
    Saving,
    Saved,
    Failed,
}

impl SaveState {
    const fn name(self) -> &'static str {
        match self {
            SaveState::Idle => "idle",
            SaveState::Saving => "saving",
            SaveState::Saved => "saved",
            SaveState::Failed => "failed",
        }
    }
}

/// The list as the parent edits it.
#[derive(Debug, Clone, Copy)]
struct Draft {
    entries: RwSignal<Vec<PortalProgramme>>,
    claimed: RwSignal<bool>,
    sibling_name: RwSignal<String>,
    sibling_class: RwSignal<String>,
    link_twin: RwSignal<bool>,
}

impl Draft {
    fn new(registration: &RegistrationResponse) -> Self {
        let draft = Draft {
            entries: RwSignal::new(Vec::new()),
            claimed: RwSignal::new(false),
            sibling_name: RwSignal::new(String::new()),
            sibling_class: RwSignal::new(String::new()),
            link_twin: RwSignal::new(false),
        };
        draft.load(registration);
        draft
    }

    /// Shows the server's list, replacing whatever was edited here.
    fn load(&self, registration: &RegistrationResponse) {
        self.entries.set(
            registration
                .entries
                .iter()
                .map(|entry| entry.programme.clone())
                .collect(),
        );
        let claim = registration
            .entries
            .iter()
            .find_map(|entry| entry.priority_claim.clone());
        self.claimed.set(claim.is_some());
        let claim = claim.as_ref();
        self.sibling_name.set(
            claim
                .and_then(|c| c.sibling_name.clone())
                .unwrap_or_default(),
        );
        self.sibling_class.set(
            claim
                .and_then(|c| c.sibling_class.clone())
                .unwrap_or_default(),
        );
        // Every save of a linked list says so again: the server copies it to the twin each time,
        // and a save without it would undo the link.
        self.link_twin
            .set(registration.twin.as_ref().is_some_and(|twin| twin.linked));
    }

    /// The claim at the 1st choice, when it is ticked and that school offers a rule.
    fn claim(&self) -> Option<PriorityClaimBody> {
        if !self.claimed.get_untracked() {
            return None;
        }
        let rule = self
            .entries
            .with_untracked(|entries| entries.first()?.priority_rule)?;
        let filled = |value: RwSignal<String>| {
            Some(value.get_untracked().trim().to_owned()).filter(|text| !text.is_empty())
        };
        let sibling = rule == PriorityRuleKind::Sibling;
        Some(PriorityClaimBody {
            sibling_name: filled(self.sibling_name).filter(|_| sibling),
            sibling_class: filled(self.sibling_class).filter(|_| sibling),
            kind: rule.into(),
        })
    }

    /// A sibling claim waits for its name and class before it is saved.
    fn claim_incomplete(&self) -> bool {
        self.claim().is_some_and(|claim| {
            claim.kind.known() == Some(PriorityRuleKind::Sibling)
                && (claim.sibling_name.is_none() || claim.sibling_class.is_none())
        })
    }

    fn request(&self, revision: i32) -> SaveDraftRequest {
        let claim = self.claim();
        SaveDraftRequest {
            revision,
            entries: self.entries.with_untracked(|entries| {
                entries
                    .iter()
                    .enumerate()
                    .map(|(index, programme)| ListEntryBody {
                        programme_id: programme.id,
                        priority_claim: if index == 0 { claim.clone() } else { None },
                    })
                    .collect()
            }),
            link_twin: self.link_twin.get_untracked(),
            unlink_twin: false,
        }
    }
}

/// The message for a refused sibling field.
fn sibling_message(t: &Texts, problems: &[FieldError]) -> Option<&'static str> {
    problems.first().map(|problem| match problem.code.as_str() {
        "sibling_name_missing" => t.parent.sibling_name_missing(),
        "sibling_class_missing" => t.parent.sibling_class_missing(),
        "required" | "length" => t.field_required(),
        _ => t.field_invalid(),
    })
}

/// Puts the focus back on a moved entry's button once the list has been drawn again.
fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id)
            && let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element)
        {
            let _ = element.focus();
        }
    });
}

#[component]
fn Editor(
    programmes: PortalProgrammesResponse,
    registration: RegistrationResponse,
) -> impl IntoView {
    let t = use_texts();
    let draft = Draft::new(&registration);
    let server = RwSignal::new(registration);
    let problems = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let stale = RwSignal::new(false);
    let save_state = RwSignal::new(SaveState::Idle);
    let saved_count = RwSignal::new(0_u32);
    let announcement = RwSignal::new(String::new());
    // One save at a time; a change made meanwhile is saved right after, with the new revision.
    let in_flight = StoredValue::new(false);
    let again = StoredValue::new(false);

    let editable = Memo::new(move |_| {
        server.with(|r| r.editable && !r.week_closed && r.status != RegistrationStatus::Av)
    });
    let min_schools = Memo::new(move |_| server.with(|r| r.min_distinct_schools));

    let reload = move || {
        spawn_local(async move {
            match api::parent_registration().await {
                Ok(current) => {
                    draft.load(&current);
                    server.set(current);
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };

    let save = move || {
        if in_flight.get_value() {
            again.set_value(true);
            return;
        }
        in_flight.set_value(true);
        spawn_local(async move {
            loop {
                again.set_value(false);
                save_state.set(SaveState::Saving);
                if draft.entries.with_untracked(Vec::is_empty) {
                    problems.set(vec![FieldError {
                        field: "entries".to_owned(),
                        code: "length".to_owned(),
                        message: String::new(),
                    }]);
                    save_state.set(SaveState::Failed);
                } else {
                    let request = draft.request(server.with_untracked(|r| r.revision));
                    match api::save_draft(&request).await {
                        Ok(saved) => {
                            draft
                                .link_twin
                                .set(saved.twin.as_ref().is_some_and(|twin| twin.linked));
                            server.set(saved);
                            problems.set(Vec::new());
                            failure.set(None);
                            stale.set(false);
                            save_state.set(SaveState::Saved);
                            saved_count.update(|count| *count += 1);
                        }
                        Err(error) if error.code() == Some(ErrorCode::StaleRevision) => {
                            // Someone else saved first: show their list, drop ours.
                            again.set_value(false);
                            problems.set(Vec::new());
                            stale.set(true);
                            save_state.set(SaveState::Failed);
                            reload();
                            break;
                        }
                        Err(error) if error.code() == Some(ErrorCode::InvalidInput) => {
                            problems.set(error.field_errors().to_vec());
                            failure.set(None);
                            save_state.set(SaveState::Failed);
                        }
                        Err(error) => {
                            let refused = matches!(
                                error.code(),
                                Some(ErrorCode::WindowClosed | ErrorCode::NotAllowedInStatus)
                            );
                            failure.set(Some(error));
                            save_state.set(SaveState::Failed);
                            if refused {
                                reload();
                                break;
                            }
                        }
                    }
                }
                if !again.get_value() {
                    break;
                }
            }
            in_flight.set_value(false);
        });
    };

    let on_change = Callback::new(move |change: ListChange| {
        let texts = t.get_untracked();
        match change {
            ListChange::Move { from, to } => {
                let mut moved = None;
                draft.entries.update(|list| {
                    if from < list.len() && to < list.len() {
                        let programme = list.remove(from);
                        moved = Some((programme.id, programme.name.clone()));
                        list.insert(to, programme);
                    }
                });
                let Some((id, name)) = moved else { return };
                let last = draft.entries.with_untracked(Vec::len).saturating_sub(1);
                let action = match (to < from, to) {
                    (true, 0) => "move-down",
                    (true, _) => "move-up",
                    (false, at) if at == last => "move-up",
                    (false, _) => "move-down",
                };
                focus_later(button_id(action, id));
                announcement.set(texts.parent.moved_to(&name, to + 1));
            }
            ListChange::Remove(index) => {
                let mut removed = None;
                draft.entries.update(|list| {
                    if index < list.len() {
                        removed = Some(list.remove(index).name);
                    }
                });
                let Some(name) = removed else { return };
                focus_later("my-list-heading".to_owned());
                announcement.set(texts.parent.removed(&name));
            }
        }
        save();
    });
    let on_add = Callback::new(move |programme: PortalProgramme| {
        let name = programme.name.clone();
        let added = draft.entries.try_update(|list| {
            if list.iter().any(|p| p.id == programme.id) {
                false
            } else {
                list.push(programme);
                true
            }
        });
        if added == Some(true) {
            announcement.set(t.get_untracked().parent.added(&name));
            save();
        }
    });
    let on_claim = Callback::new(move |()| {
        if !draft.claim_incomplete() {
            save();
        }
    });
    let on_link_twin = Callback::new(move |()| {
        draft.link_twin.set(true);
        save();
    });

    let on_list = Signal::derive(move || {
        draft
            .entries
            .with(|list| list.iter().map(|p| p.id).collect::<Vec<_>>())
    });
    let distinct = Signal::derive(move || {
        draft.entries.with(|list| {
            list.iter()
                .map(|p| p.school_id)
                .collect::<HashSet<_>>()
                .len()
        })
    });
    // A memo: an unchanged answer must not redraw the list (that would drop the focus).
    let entry_problems = Memo::new(move |_| {
        let texts = t.get();
        problems.with(|all| {
            all.iter()
                .filter_map(|problem| {
                    match crate::components::list_problems::place(&problem.field) {
                        Place::Entry(index) => {
                            Some((index, texts.list_rule(&problem.code, min_schools.get())))
                        }
                        _ => None,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    // The school of the 1st choice and the rule it offers, if any.
    let first_with_rule = Memo::new(move |_| {
        draft.entries.with(|list| {
            let first = list.first()?;
            Some((first.school_name.clone(), first.priority_rule?))
        })
    });
    let name_error = Signal::derive(move || {
        problems.with(|all| sibling_message(t.get(), &at(all, &Place::SiblingName)))
    });
    let class_error = Signal::derive(move || {
        problems.with(|all| sibling_message(t.get(), &at(all, &Place::SiblingClass)))
    });
    let claim_error = Signal::derive(move || {
        problems.with(|all| {
            at(all, &Place::Claim)
                .first()
                .map(|problem| t.get().list_rule(&problem.code, min_schools.get()))
        })
    });
    let enough = move || distinct.get() >= usize::try_from(min_schools.get()).unwrap_or(usize::MAX);
    let twin = Memo::new(move |_| server.with(|r| r.twin.clone()));
    let advice = programmes.advice;
    let status_text = move || match save_state.get() {
        SaveState::Idle => "",
        SaveState::Saving => t.get().parent.save_saving(),
        SaveState::Saved => t.get().parent.save_saved(),
        SaveState::Failed => t.get().parent.save_failed(),
    };

    view! {
        <div class="list-layout">
            <div class="list-column">
                {move || {
                    let r = server.get();
                    if r.status == RegistrationStatus::Av && r.editable && !r.week_closed {
                        Some(view! {
                            <div class="alert alert-info" data-testid="list-read-only">
                                <p>{tx(|t| t.parent.read_only_av())}</p>
                                <a href="/ouder/bevestigen" data-testid="read-only-to-confirm">
                                    {tx(|t| t.parent.go_to_confirm())}
                                </a>
                            </div>
                        }.into_any())
                    } else if !r.editable || r.week_closed {
                        Some(view! {
                            <div class="alert alert-info" data-testid="list-read-only">
                                <p>{tx(|t| t.parent.read_only_closed())}</p>
                                <WeekNote week=r.week.clone() closed=r.week_closed />
                            </div>
                        }.into_any())
                    } else {
                        None
                    }
                }}
                <Show when=move || stale.get()>
                    <div class="alert alert-info" role="status" data-testid="stale-notice">
                        {tx(|t| t.parent.stale_notice())}
                    </div>
                </Show>
                <ErrorAlert
                    message=move || failure.get().map(|error| t.get().api_error(&error))
                    testid="save-error"
                />
                <section class="card my-list" aria-labelledby="my-list-heading">
                    <h2 id="my-list-heading" tabindex="-1">{tx(|t| t.parent.my_list_heading())}</h2>
                    <p
                        class="schools-count"
                        class:schools-count-met=enough
                        data-testid="schools-count"
                        data-have=move || distinct.get()
                        data-min=move || min_schools.get()
                    >
                        {move || {
                            let min = min_schools.get();
                            if min == 0 {
                                t.get().parent.paper_route().to_owned()
                            } else {
                                t.get().parent.schools_count(
                                    min,
                                    u32::try_from(distinct.get()).unwrap_or(u32::MAX),
                                )
                            }
                        }}
                    </p>
                    <Show when=move || editable.get()>
                        <p class="field-hint">{tx(|t| t.parent.drag_hint())}</p>
                    </Show>
                    <ListErrors problems min_schools />
                    <PreferenceList
                        entries=draft.entries
                        editable
                        problems=entry_problems
                        on_change
                    />
                    <p
                        class="save-status"
                        role="status"
                        data-testid="save-status"
                        data-state=move || save_state.get().name()
                        data-saved-count=move || saved_count.get()
                    >
                        {status_text}
                    </p>
                    <p class="visually-hidden" aria-live="polite" data-testid="list-announcement">
                        {move || announcement.get()}
                    </p>
                    <p>
                        <a class="button button-primary" href="/ouder/bevestigen" data-testid="go-to-confirm">
                            {tx(|t| t.parent.go_to_confirm())}
                        </a>
                    </p>
                </section>
                {move || {
                    (editable.get())
                        .then(|| first_with_rule.get())
                        .flatten()
                        .map(|(school, rule)| {
                            view! {
                                <PriorityClaim
                                    school
                                    rule
                                    claimed=draft.claimed
                                    sibling_name=draft.sibling_name
                                    sibling_class=draft.sibling_class
                                    name_error
                                    class_error
                                    claim_error
                                    on_commit=on_claim
                                />
                            }
                        })
                }}
                {move || {
                    twin.get()
                        .map(|current| {
                            let twin = Signal::derive(move || twin.get().unwrap_or(current.clone()));
                            view! { <TwinLink twin editable on_link=on_link_twin /> }
                        })
                }}
            </div>
            <Show when=move || editable.get()>
                <ProgrammeCatalogue
                    programmes=programmes.programmes.clone()
                    advice
                    on_list
                    on_add
                />
            </Show>
        </div>
    }
}

//! The schools: the list, adding one, changing one (in a dialog), and deactivating or
//! reactivating one (not while it takes part in this year's procedure).

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use overstap_api_types::{BoardSummary, ErrorCode, SchoolRequest, SchoolResponse};
use uuid::Uuid;

use super::{Directory, Outcome, confirmed};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::school_directory_dialog::{DialogIds, EditDialog};
use crate::components::school_directory_school_form::{
    ADD_IDS, EDIT_IDS, SchoolFields, SchoolFormState, board_choices, shown_at_field,
};
use crate::components::school_directory_schools::{SchoolDirectoryTable, kind_name};
use crate::i18n::{Texts, tx, use_texts};
use crate::pages::loaded;

const EDIT_DIALOG: DialogIds = DialogIds {
    dialog: "school-edit-dialog",
    title: "school-edit-title",
    error: "school-edit-error",
    save: "school-edit-save",
    cancel: "school-edit-cancel",
};

/// Why a school could not be switched off or on.
fn set_active_refusal(t: &Texts, error: &ApiError) -> String {
    let s = &t.school_directory;
    match error.code() {
        Some(ErrorCode::InUse) => s.school_in_use().to_owned(),
        // Only a school whose board is deactivated cannot be switched on.
        Some(ErrorCode::Conflict) => s.school_board_inactive().to_owned(),
        _ => t.api_error(error),
    }
}

/// Why the form was refused, when no field says it.
fn general_error(t: &Texts, error: &ApiError, with_kind: bool) -> Option<String> {
    if shown_at_field(error, with_kind) {
        return None;
    }
    Some(match error.field_error("kind") {
        Some(problem) => t.school_field_error(problem).to_owned(),
        None => t.api_error(error),
    })
}

#[component]
pub(super) fn Schools(directory: Directory, changed: Callback<Option<Outcome>>) -> impl IntoView {
    let t = use_texts();
    let add_form = SchoolFormState::new();
    let edit_form = SchoolFormState::new();
    let add_error = RwSignal::new(None::<ApiError>);
    let edit_error = RwSignal::new(None::<ApiError>);
    let row_error = RwSignal::new(None::<ApiError>);
    let editing = RwSignal::new(None::<SchoolResponse>);
    let boards = Signal::derive(move || -> Vec<BoardSummary> {
        match directory.get() {
            Some(Ok(list)) => list.boards,
            _ => Vec::new(),
        }
    });
    let add_boards = Signal::derive(move || board_choices(t.get(), &boards.get(), None));
    let edit_boards = Signal::derive(move || {
        let current = editing.with(|school| school.as_ref().map(|school| school.board_id));
        board_choices(t.get(), &boards.get(), current)
    });

    let add = Action::new_local(move |request: &SchoolRequest| {
        let request = request.clone();
        async move {
            add_error.set(None);
            match api::create_school(&request).await {
                Ok(school) => {
                    add_form.clear();
                    changed.run(Some(Outcome::SchoolAdded(school.name)));
                }
                Err(error) => {
                    changed.run(None);
                    add_error.set(Some(error));
                }
            }
        }
    });
    let update = Action::new_local(move |(id, request): &(Uuid, SchoolRequest)| {
        let (id, request) = (*id, request.clone());
        async move {
            edit_error.set(None);
            match api::update_school(id, &request).await {
                Ok(school) => {
                    editing.set(None);
                    changed.run(Some(Outcome::SchoolSaved(school.name)));
                }
                Err(error) => {
                    changed.run(None);
                    edit_error.set(Some(error));
                }
            }
        }
    });
    let set_active = Action::new_local(move |(id, active): &(Uuid, bool)| {
        let (id, active) = (*id, *active);
        async move {
            row_error.set(None);
            match api::set_school_active(id, active).await {
                Ok(school) if active => changed.run(Some(Outcome::SchoolActivated(school.name))),
                Ok(school) => changed.run(Some(Outcome::SchoolDeactivated(school.name))),
                Err(error) => {
                    changed.run(None);
                    row_error.set(Some(error));
                }
            }
        }
    });

    let busy = Signal::derive(move || set_active.pending().get());
    let on_edit = Callback::new(move |school: SchoolResponse| {
        edit_error.set(None);
        edit_form.fill(&school);
        editing.set(Some(school));
    });
    let on_set_active = Callback::new(move |(school, active): (SchoolResponse, bool)| {
        let s = &t.get_untracked().school_directory;
        if confirmed(active, s.school_deactivate_confirm(&school.name)) {
            set_active.dispatch_local((school.id, active));
        }
    });
    let on_add = move |event: SubmitEvent| {
        event.prevent_default();
        add.dispatch_local(add_form.request());
    };
    let on_edit_save = Callback::new(move |()| {
        if let Some(school) = editing.get_untracked() {
            update.dispatch_local((school.id, edit_form.request()));
        }
    });
    let heading = Signal::derive(move || {
        editing.with(|school| {
            school
                .as_ref()
                .map(|school| t.get().school_directory.school_edit_title(&school.name))
        })
    });
    let edit_kind = move || {
        editing.with(|school| {
            school.as_ref().map(|school| {
                let t = t.get();
                t.school_directory
                    .school_edit_kind(kind_name(t, school.kind))
            })
        })
    };
    let adding = add.pending();

    view! {
        <section class="section" aria-labelledby="schools-title">
            <h2 id="schools-title">{tx(|t| t.school_directory.schools_title())}</h2>
            <ErrorAlert
                message=move || {
                    row_error.with(|e| e.as_ref().map(|e| set_active_refusal(t.get(), e)))
                }
                testid="school-action-error"
            />
            {loaded(
                directory,
                move |list| {
                    let board_names = list
                        .boards
                        .iter()
                        .map(|board| (board.id, board.name.clone()))
                        .collect();
                    let mut schools = list.schools;
                    schools.sort_by_key(|school| school.name.to_lowercase());
                    view! {
                        <SchoolDirectoryTable schools board_names busy on_edit on_set_active />
                    }
                },
            )}
            <h3>{tx(|t| t.school_directory.school_add_title())}</h3>
            <form class="form" on:submit=on_add novalidate data-testid="school-add-form">
                <ErrorAlert
                    message=move || {
                        add_error.with(|e| e.as_ref().and_then(|e| general_error(t.get(), e, true)))
                    }
                    testid="school-add-error"
                />
                <SchoolFields
                    state=add_form
                    ids=ADD_IDS
                    boards=add_boards
                    error=add_error
                    with_kind=true
                />
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="school-add-submit"
                    disabled=move || adding.get()
                >
                    {move || {
                        if adding.get() {
                            t.get().school_directory.adding()
                        } else {
                            t.get().school_directory.school_add_submit()
                        }
                    }}
                </button>
            </form>
        </section>
        <EditDialog
            heading
            ids=EDIT_DIALOG
            pending=update.pending()
            refusal=Signal::derive(move || {
                edit_error.with(|e| e.as_ref().and_then(|e| general_error(t.get(), e, false)))
            })
            on_save=on_edit_save
            on_closed=Callback::new(move |()| editing.set(None))
        >
            <p class="field-hint" data-testid="school-edit-kind">{edit_kind}</p>
            <SchoolFields state=edit_form ids=EDIT_IDS boards=edit_boards error=edit_error />
        </EditDialog>
    }
}

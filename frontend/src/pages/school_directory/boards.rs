//! The school boards: the list, adding one, renaming one (in a dialog), and deactivating or
//! reactivating one (not while it has active schools).

use std::collections::HashMap;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use overstap_api_types::{BoardRequest, BoardSummary, ErrorCode};
use uuid::Uuid;

use super::{Directory, Outcome, confirmed};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::field::TextField;
use crate::components::school_directory_boards::BoardTable;
use crate::components::school_directory_dialog::{DialogIds, EditDialog};
use crate::i18n::{Texts, tx, use_texts};
use crate::pages::loaded;

const RENAME_IDS: DialogIds = DialogIds {
    dialog: "board-rename-dialog",
    title: "board-rename-title",
    error: "board-rename-error",
    save: "board-rename-save",
    cancel: "board-rename-cancel",
};

/// Why a board could not be switched off or on.
fn set_active_refusal(t: &Texts, error: &ApiError) -> String {
    match error.code() {
        Some(ErrorCode::InUse) => t.school_directory.board_in_use().to_owned(),
        _ => t.api_error(error),
    }
}

/// The problem with the name, when the server named one.
fn name_error(t: &Texts, error: &ApiError) -> Option<&'static str> {
    error
        .field_error("name")
        .map(|problem| t.board_field_error(problem))
}

/// Why the name was refused, when the field does not say it.
fn general_error(t: &Texts, error: &ApiError) -> Option<String> {
    name_error(t, error).is_none().then(|| t.api_error(error))
}

#[component]
pub(super) fn Boards(directory: Directory, changed: Callback<Option<Outcome>>) -> impl IntoView {
    let t = use_texts();
    let new_name = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<ApiError>);
    let renaming = RwSignal::new(None::<BoardSummary>);
    let rename_to = RwSignal::new(String::new());
    let rename_error = RwSignal::new(None::<ApiError>);
    let row_error = RwSignal::new(None::<ApiError>);

    let add = Action::new_local(move |request: &BoardRequest| {
        let request = request.clone();
        async move {
            add_error.set(None);
            match api::create_board(&request).await {
                Ok(board) => {
                    new_name.set(String::new());
                    changed.run(Some(Outcome::BoardAdded(board.name)));
                }
                Err(error) => {
                    changed.run(None);
                    add_error.set(Some(error));
                }
            }
        }
    });
    let rename = Action::new_local(move |(id, request): &(Uuid, BoardRequest)| {
        let (id, request) = (*id, request.clone());
        async move {
            rename_error.set(None);
            match api::update_board(id, &request).await {
                Ok(board) => {
                    renaming.set(None);
                    changed.run(Some(Outcome::BoardRenamed(board.name)));
                }
                Err(error) => {
                    changed.run(None);
                    rename_error.set(Some(error));
                }
            }
        }
    });
    let set_active = Action::new_local(move |(id, active): &(Uuid, bool)| {
        let (id, active) = (*id, *active);
        async move {
            row_error.set(None);
            match api::set_board_active(id, active).await {
                Ok(board) if active => changed.run(Some(Outcome::BoardActivated(board.name))),
                Ok(board) => changed.run(Some(Outcome::BoardDeactivated(board.name))),
                Err(error) => {
                    changed.run(None);
                    row_error.set(Some(error));
                }
            }
        }
    });

    let busy = Signal::derive(move || set_active.pending().get());
    let on_rename = Callback::new(move |board: BoardSummary| {
        rename_error.set(None);
        rename_to.set(board.name.clone());
        renaming.set(Some(board));
    });
    let on_set_active = Callback::new(move |(board, active): (BoardSummary, bool)| {
        let s = &t.get_untracked().school_directory;
        if confirmed(active, s.board_deactivate_confirm(&board.name)) {
            set_active.dispatch_local((board.id, active));
        }
    });
    let on_add = move |event: SubmitEvent| {
        event.prevent_default();
        add.dispatch_local(BoardRequest {
            name: new_name.get_untracked(),
        });
    };
    let on_rename_save = Callback::new(move |()| {
        if let Some(board) = renaming.get_untracked() {
            let name = rename_to.get_untracked();
            rename.dispatch_local((board.id, BoardRequest { name }));
        }
    });
    let heading = Signal::derive(move || {
        renaming.with(|board| {
            board
                .as_ref()
                .map(|board| t.get().school_directory.board_rename_title(&board.name))
        })
    });
    let adding = add.pending();

    view! {
        <section class="section" aria-labelledby="boards-title">
            <h2 id="boards-title">{tx(|t| t.school_directory.boards_title())}</h2>
            <ErrorAlert
                message=move || {
                    row_error.with(|e| e.as_ref().map(|e| set_active_refusal(t.get(), e)))
                }
                testid="board-action-error"
            />
            {loaded(
                directory,
                move |list| {
                    let mut active_schools = HashMap::new();
                    for school in list.schools.iter().filter(|school| school.active) {
                        *active_schools.entry(school.board_id).or_insert(0) += 1;
                    }
                    let mut boards = list.boards;
                    boards.sort_by_key(|board| board.name.to_lowercase());
                    view! { <BoardTable boards active_schools busy on_rename on_set_active /> }
                },
            )}
            <h3>{tx(|t| t.school_directory.board_add_title())}</h3>
            <form class="form" on:submit=on_add novalidate data-testid="board-add-form">
                <ErrorAlert
                    message=move || {
                        add_error.with(|e| e.as_ref().and_then(|e| general_error(t.get(), e)))
                    }
                    testid="board-add-error"
                />
                <TextField
                    id="board-add-name"
                    label=tx(|t| t.school_directory.board_name_label())
                    value=new_name
                    error=Signal::derive(move || {
                        add_error.with(|e| e.as_ref().and_then(|e| name_error(t.get(), e)))
                    })
                    autocomplete="off"
                    testid="board-add-name"
                />
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="board-add-submit"
                    disabled=move || adding.get()
                >
                    {move || {
                        if adding.get() {
                            t.get().school_directory.adding()
                        } else {
                            t.get().school_directory.board_add_submit()
                        }
                    }}
                </button>
            </form>
        </section>
        <EditDialog
            heading
            ids=RENAME_IDS
            pending=rename.pending()
            refusal=Signal::derive(move || {
                rename_error.with(|e| e.as_ref().and_then(|e| general_error(t.get(), e)))
            })
            on_save=on_rename_save
            on_closed=Callback::new(move |()| renaming.set(None))
        >
            <TextField
                id="board-rename-name"
                label=tx(|t| t.school_directory.board_name_label())
                value=rename_to
                error=Signal::derive(move || {
                    rename_error.with(|e| e.as_ref().and_then(|e| name_error(t.get(), e)))
                })
                autocomplete="off"
                testid="board-rename-name"
            />
        </EditDialog>
    }
}

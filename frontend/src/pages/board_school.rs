//! `/bestuur/school/:id`: a primary school's status board as its board admin sees it: the
//! counts and the dots per class, to look at only (the school itself sends the reminders).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::collections::HashSet;

use overstap_api_types::Role;
use uuid::Uuid;

use super::not_found::NotFound;
use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::board_nav::BoardNav;
use crate::components::status::StatusLegend;
use crate::components::status_board::{ClassDots, StatusCountsTable};
use crate::i18n::{tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn BoardSchool() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .get()
            .get_str("id")
            .and_then(|id| Uuid::parse_str(id).ok())
    };
    view! {
        <RequireRole role=Role::BoardAdmin>
            {move || match id() {
                Some(id) => view! { <SchoolBoard id /> }.into_any(),
                None => view! { <NotFound /> }.into_any(),
            }}
        </RequireRole>
    }
}

#[component]
fn SchoolBoard(id: Uuid) -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.staff.board_school_title());
    // The overview names the school; the status board itself does not.
    let data = LocalResource::new(move || async move {
        let (board, overview) =
            futures::future::join(api::board_school_status_board(id), api::board_overview()).await;
        let name = overview?
            .schools
            .into_iter()
            .find(|school| school.school_id == id)
            .map(|school| school.school_name);
        Ok::<_, ApiError>((board?, name))
    });
    let render = move |(board, name): (overstap_api_types::StatusBoardResponse, Option<String>)| {
        let heading = move || match &name {
            Some(name) => t.get().staff.board_school_heading(name),
            None => t.get().staff.board_school_title().to_owned(),
        };
        let per_class = board
            .classes
            .iter()
            .map(|class| (class.class_name.clone(), class.counts))
            .collect();
        view! {
            <h1 data-testid="board-school-title">{heading}</h1>
            <BoardNav />
            <p class="lead">{tx(|t| t.staff.board_school_intro())}</p>
            <StatusCountsTable total=board.counts classes=per_class />
            {board
                .classes
                .into_iter()
                .enumerate()
                .map(|(index, class)| {
                    view! {
                        <ClassDots
                            board=class
                            index
                            needs_attention=false
                            selected=RwSignal::new(HashSet::new())
                            read_only=true
                        />
                    }
                })
                .collect_view()}
        }
    };
    view! {
        <p class="toolbar no-print">
            <a href="/bestuur" data-testid="back-to-board">
                {tx(|t| t.staff.back_to_board())}
            </a>
        </p>
        {loaded(data, render)}
        <StatusLegend />
    }
}

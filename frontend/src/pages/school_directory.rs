//! `/coordinator/scholen`: the region's school directory as its coordinator keeps it: the school
//! boards, the PO and VO schools (one by one or from a CSV file), and per VO school the way to
//! its programmes (`school_directory_programmes.rs`). One file per part: boards, schools, import.

mod boards;
mod import;
mod schools;

use leptos::prelude::*;
use overstap_api_types::{Role, SchoolListResponse};

use super::use_page_title;
use crate::api::{self, ApiError};
use crate::components::coordinator_nav::CoordinatorNav;
use crate::i18n::{Texts, tx, use_texts};
use crate::session::RequireRole;

use boards::Boards;
use import::Import;
use schools::Schools;

/// The boards and schools, reloaded after every change.
type Directory = LocalResource<Result<SchoolListResponse, ApiError>>;

#[component]
pub fn SchoolDirectory() -> impl IntoView {
    view! {
        <RequireRole role=Role::Coordinator>
            <DirectoryPage />
        </RequireRole>
    }
}

/// What the last change did, said in the current language.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    BoardAdded(String),
    BoardRenamed(String),
    BoardDeactivated(String),
    BoardActivated(String),
    SchoolAdded(String),
    SchoolSaved(String),
    SchoolDeactivated(String),
    SchoolActivated(String),
}

impl Outcome {
    fn text(&self, t: &Texts) -> String {
        let s = &t.school_directory;
        match self {
            Outcome::BoardAdded(name) => s.board_added(name),
            Outcome::BoardRenamed(name) => s.board_renamed(name),
            Outcome::BoardDeactivated(name) => s.board_deactivated(name),
            Outcome::BoardActivated(name) => s.board_activated(name),
            Outcome::SchoolAdded(name) => s.school_added(name),
            Outcome::SchoolSaved(name) => s.school_saved(name),
            Outcome::SchoolDeactivated(name) => s.school_deactivated(name),
            Outcome::SchoolActivated(name) => s.school_activated(name),
        }
    }
}

/// Asks before switching something off; switching it on again needs no question.
fn confirmed(active: bool, question: String) -> bool {
    active || window().confirm_with_message(&question).unwrap_or(false)
}

#[component]
fn DirectoryPage() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.school_directory.title());
    let directory: Directory = LocalResource::new(api::region_schools);
    let outcome = RwSignal::new(None::<Outcome>);
    // Each change says what it did and reloads the lists; a refusal clears the last notice.
    let changed = Callback::new(move |done: Option<Outcome>| {
        let reload = done.is_some();
        outcome.set(done);
        if reload {
            directory.refetch();
        }
    });
    let imported = Callback::new(move |()| {
        outcome.set(None);
        directory.refetch();
    });
    view! {
        <h1 data-testid="home-title">{tx(|t| t.school_directory.title())}</h1>
        <CoordinatorNav />
        <p class="lead">{tx(|t| t.school_directory.intro())}</p>
        // The live region is there before its first message, so screen readers announce it.
        <div role="status" data-testid="directory-outcome">
            {move || {
                outcome
                    .with(|done| done.as_ref().map(|done| done.text(t.get())))
                    .map(|text| view! { <div class="alert alert-success">{text}</div> })
            }}
        </div>
        <Boards directory changed />
        <Schools directory changed />
        <Import imported />
    }
}

//! `/coordinator/scholen/:id`: a VO school's programmes (opleidingen) as the coordinator keeps
//! them: add one, change one (in a dialog), delete one nobody chose. Until the registration week
//! opens; after that the server refuses with `phase_started` and its start date.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use overstap_api_types::{
    ErrorCode, ProgrammeRequest, ProgrammeResponse, Role, SchoolKind, SchoolResponse,
};
use uuid::Uuid;

use super::not_found::NotFound;
use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::coordinator_nav::CoordinatorNav;
use crate::components::school_directory_dialog::{DialogIds, EditDialog};
use crate::components::school_directory_programme_form::{
    ADD_IDS, EDIT_IDS, ProgrammeFields, ProgrammeFormState, shown_at_field,
};
use crate::components::school_directory_programmes::ProgrammeTable;
use crate::i18n::{Texts, tx, use_texts};
use crate::session::RequireRole;

const EDIT_DIALOG: DialogIds = DialogIds {
    dialog: "programme-edit-dialog",
    title: "programme-edit-title",
    error: "programme-edit-error",
    save: "programme-edit-save",
    cancel: "programme-edit-cancel",
};

#[component]
pub fn SchoolDirectoryProgrammes() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .get()
            .get_str("id")
            .and_then(|id| Uuid::parse_str(id).ok())
    };
    view! {
        <RequireRole role=Role::Coordinator>
            {move || match id() {
                Some(id) => view! { <ProgrammesPage id /> }.into_any(),
                None => view! { <NotFound /> }.into_any(),
            }}
        </RequireRole>
    }
}

/// What the last change did, said in the current language.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Added(String),
    Saved(String),
    Deleted(String),
}

impl Outcome {
    fn text(&self, t: &Texts) -> String {
        let s = &t.school_directory;
        match self {
            Outcome::Added(name) => s.programme_added(name),
            Outcome::Saved(name) => s.programme_saved(name),
            Outcome::Deleted(name) => s.programme_deleted(name),
        }
    }
}

/// Why a change was refused, when no field says it.
fn refusal_text(t: &Texts, error: &ApiError) -> Option<String> {
    let s = &t.school_directory;
    match error.code() {
        _ if shown_at_field(error) => None,
        Some(ErrorCode::InUse) => Some(s.programme_in_use().to_owned()),
        // Only a deactivated school cannot get programmes.
        Some(ErrorCode::Conflict) => Some(s.programme_school_inactive().to_owned()),
        _ => Some(t.api_error(error)),
    }
}

#[component]
fn ProgrammesPage(id: Uuid) -> impl IntoView {
    use_page_title(|t| t.school_directory.programmes_title());
    let school = LocalResource::new(move || async move {
        let list = api::region_schools().await?;
        Ok::<_, ApiError>(list.schools.into_iter().find(|school| school.id == id))
    });
    view! {
        {loaded(
            school,
            move |school| match school {
                Some(school) if school.kind == SchoolKind::Vo => {
                    view! { <Programmes school /> }.into_any()
                }
                Some(_) => {
                    view! {
                        <h1 data-testid="home-title">
                            {tx(|t| t.school_directory.programmes_title())}
                        </h1>
                        <CoordinatorNav />
                        <p data-testid="not-vo">{tx(|t| t.school_directory.not_vo())}</p>
                    }
                        .into_any()
                }
                None => view! { <NotFound /> }.into_any(),
            },
        )}
    }
}

#[component]
fn Programmes(school: SchoolResponse) -> impl IntoView {
    let t = use_texts();
    let school_id = school.id;
    let school_name = StoredValue::new(school.name);
    let list = LocalResource::new(move || api::region_school_programmes(school_id));
    let outcome = RwSignal::new(None::<Outcome>);
    let add_form = ProgrammeFormState::new();
    let edit_form = ProgrammeFormState::new();
    let add_error = RwSignal::new(None::<ApiError>);
    let edit_error = RwSignal::new(None::<ApiError>);
    let row_error = RwSignal::new(None::<ApiError>);
    let editing = RwSignal::new(None::<ProgrammeResponse>);

    // Each change says what it did and reloads the list; a refusal clears the last notice.
    let done = move |result: Result<Outcome, ApiError>, refused: RwSignal<Option<ApiError>>| {
        match result {
            Ok(done) => {
                outcome.set(Some(done));
                list.refetch();
                true
            }
            Err(error) => {
                outcome.set(None);
                refused.set(Some(error));
                false
            }
        }
    };
    let add = Action::new_local(move |request: &ProgrammeRequest| {
        let request = request.clone();
        async move {
            add_error.set(None);
            let result = api::create_programme(school_id, &request).await;
            if done(result.map(|p| Outcome::Added(p.name)), add_error) {
                add_form.clear();
            }
        }
    });
    let update = Action::new_local(move |(id, request): &(Uuid, ProgrammeRequest)| {
        let (id, request) = (*id, request.clone());
        async move {
            edit_error.set(None);
            let result = api::update_programme(id, &request).await;
            if done(result.map(|p| Outcome::Saved(p.name)), edit_error) {
                editing.set(None);
            }
        }
    });
    let delete = Action::new_local(move |programme: &ProgrammeResponse| {
        let (id, name) = (programme.id, programme.name.clone());
        async move {
            row_error.set(None);
            let result = api::delete_programme(id).await;
            done(result.map(|()| Outcome::Deleted(name)), row_error);
        }
    });

    let busy = Signal::derive(move || delete.pending().get());
    let on_edit = Callback::new(move |programme: ProgrammeResponse| {
        edit_error.set(None);
        edit_form.fill(&programme);
        editing.set(Some(programme));
    });
    let on_delete = Callback::new(move |programme: ProgrammeResponse| {
        let question = t
            .get_untracked()
            .school_directory
            .programme_delete_confirm(&programme.name);
        if window().confirm_with_message(&question).unwrap_or(false) {
            delete.dispatch_local(programme);
        }
    });
    let on_add = move |event: SubmitEvent| {
        event.prevent_default();
        add.dispatch_local(add_form.request());
    };
    let on_edit_save = Callback::new(move |()| {
        if let Some(programme) = editing.get_untracked() {
            update.dispatch_local((programme.id, edit_form.request()));
        }
    });
    let heading = Signal::derive(move || {
        editing.with(|programme| {
            programme
                .as_ref()
                .map(|p| t.get().school_directory.programme_edit_title(&p.name))
        })
    });
    let adding = add.pending();

    view! {
        <h1 data-testid="home-title">
            {move || {
                school_name.with_value(|name| t.get().school_directory.programmes_heading(name))
            }}
        </h1>
        <CoordinatorNav />
        <p>
            <a href="/coordinator/scholen" data-testid="back-to-schools">
                {tx(|t| t.school_directory.back_to_schools())}
            </a>
        </p>
        <p class="lead">{tx(|t| t.school_directory.programmes_intro())}</p>
        <div role="status" data-testid="programme-outcome">
            {move || {
                outcome
                    .with(|done| done.as_ref().map(|done| done.text(t.get())))
                    .map(|text| view! { <div class="alert alert-success">{text}</div> })
            }}
        </div>
        <section class="section" aria-labelledby="programmes-title">
            <h2 id="programmes-title" class="visually-hidden">
                {tx(|t| t.school_directory.programmes_caption())}
            </h2>
            <ErrorAlert
                message=move || {
                    row_error.with(|e| e.as_ref().and_then(|e| refusal_text(t.get(), e)))
                }
                testid="programme-action-error"
            />
            {loaded(
                list,
                move |list| {
                    view! { <ProgrammeTable programmes=list.programmes busy on_edit on_delete /> }
                },
            )}
        </section>
        <section class="section" aria-labelledby="programme-add-title">
            <h2 id="programme-add-title">{tx(|t| t.school_directory.programme_add_title())}</h2>
            <form class="form" on:submit=on_add novalidate data-testid="programme-add-form">
                <ErrorAlert
                    message=move || {
                        add_error.with(|e| e.as_ref().and_then(|e| refusal_text(t.get(), e)))
                    }
                    testid="programme-add-error"
                />
                <ProgrammeFields state=add_form ids=ADD_IDS error=add_error />
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="programme-add-submit"
                    disabled=move || adding.get()
                >
                    {move || {
                        if adding.get() {
                            t.get().school_directory.adding()
                        } else {
                            t.get().school_directory.programme_add_submit()
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
                edit_error.with(|e| e.as_ref().and_then(|e| refusal_text(t.get(), e)))
            })
            on_save=on_edit_save
            on_closed=Callback::new(move |()| editing.set(None))
        >
            <ProgrammeFields state=edit_form ids=EDIT_IDS error=edit_error />
        </EditDialog>
    }
}

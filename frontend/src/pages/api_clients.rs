//! `/coordinator/api-koppelingen` and `/bestuur/api-koppelingen`: the API clients a coordinator
//! (the region's) or a board admin (the board's) manages, with which a school administration
//! system signs in instead of a person: make one, give it a new secret, revoke it. A secret is
//! shown once, right after it is made.

use leptos::prelude::*;
use overstap_api_types::{ApiClientRequest, ApiClientResponse, ErrorCode, Role, SchoolResponse};
use uuid::Uuid;
use wasm_bindgen::JsCast;

use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::api_client_form::{ApiClientForm, ApiClientFormState};
use crate::components::api_client_secret::{PANEL_ID, SecretPanel, ShownSecret};
use crate::components::api_client_table::ApiClientTable;
use crate::components::board_nav::BoardNav;
use crate::components::coordinator_nav::CoordinatorNav;
use crate::i18n::{Texts, tx, use_texts};
use crate::session::RequireRole;

/// The heading of the list, which gets the focus when the secret panel closes.
const LIST_TITLE_ID: &str = "api-client-list-title";

#[component]
pub fn CoordinatorApiClients() -> impl IntoView {
    view! {
        <RequireRole role=Role::Coordinator>
            <ApiClients manager=Role::Coordinator />
        </RequireRole>
    }
}

#[component]
pub fn BoardApiClients() -> impl IntoView {
    view! {
        <RequireRole role=Role::BoardAdmin>
            <ApiClients manager=Role::BoardAdmin />
        </RequireRole>
    }
}

/// What the last action did, said in the current language.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Created { name: String },
    Rotated { name: String },
    Revoked { name: String },
}

impl Outcome {
    fn text(&self, t: &Texts) -> String {
        let a = &t.api_clients;
        match self {
            Outcome::Created { name } => a.created_notice(name),
            Outcome::Rotated { name } => a.rotated_notice(name),
            Outcome::Revoked { name } => a.revoked_notice(name),
        }
    }
}

/// Which row action a refusal answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Rotate,
    Revoke,
}

/// Why `step` was refused, in the current language: a revoked client gets no new secret.
fn refusal_text(t: &Texts, step: Step, error: &ApiError) -> String {
    match step {
        Step::Rotate if error.code() == Some(ErrorCode::Conflict) => {
            t.api_clients.revoked_conflict().to_owned()
        }
        _ => t.api_error(error),
    }
}

/// Puts the focus on the element with `id` once the page has been drawn again.
fn focus_later(id: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(id)
            && let Ok(element) = element.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = element.focus();
        }
    });
}

/// Asks the manager to confirm; `false` when the browser cannot ask.
fn confirmed(question: &str) -> bool {
    window().confirm_with_message(question).unwrap_or(false)
}

/// The schools the manager gives clients: the region's for a coordinator, the board's for a
/// board admin (as the staff pages load them).
async fn managed_schools(manager: Role) -> Result<Vec<SchoolResponse>, ApiError> {
    let list = if manager == Role::BoardAdmin {
        api::board_schools().await?
    } else {
        api::region_schools().await?
    };
    Ok(list.schools)
}

#[component]
fn ApiClients(manager: Role) -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.api_clients.title());
    let schools = LocalResource::new(move || managed_schools(manager));
    let nav = match manager {
        Role::BoardAdmin => view! { <BoardNav /> }.into_any(),
        _ => view! { <CoordinatorNav /> }.into_any(),
    };
    view! {
        <h1 data-testid="home-title">{tx(|t| t.api_clients.title())}</h1>
        {nav}
        <p class="lead">
            {move || {
                if manager == Role::BoardAdmin {
                    t.get().api_clients.intro_board()
                } else {
                    t.get().api_clients.intro_coordinator()
                }
            }}
        </p>
        <p data-testid="api-client-explanation">{tx(|t| t.api_clients.explanation())}</p>
        {loaded(schools, move |schools| view! { <Clients schools /> })}
    }
}

#[component]
fn Clients(schools: Vec<SchoolResponse>) -> impl IntoView {
    let t = use_texts();
    let schools = StoredValue::new(schools);
    let list = LocalResource::new(api::api_clients);
    let outcome = RwSignal::new(None::<Outcome>);
    let shown = RwSignal::new(None::<ShownSecret>);
    let row_error = RwSignal::new(None::<(Step, ApiError)>);
    let create_error = RwSignal::new(None::<ApiError>);
    let form = ApiClientFormState::new();

    // A new secret: said in the status line, shown in the panel (which gets the focus).
    let reveal = move |secret: ShownSecret| {
        let name = secret.client.name.clone();
        outcome.set(Some(if secret.rotated {
            Outcome::Rotated { name }
        } else {
            Outcome::Created { name }
        }));
        shown.set(Some(secret));
        list.refetch();
        focus_later(PANEL_ID);
    };
    let create = Action::new_local(move |request: &ApiClientRequest| {
        let request = request.clone();
        async move {
            create_error.set(None);
            row_error.set(None);
            match api::create_api_client(&request).await {
                Ok(created) => {
                    form.clear();
                    reveal(ShownSecret::new(created, false));
                }
                Err(error) => {
                    outcome.set(None);
                    create_error.set(Some(error));
                }
            }
        }
    });
    let rotate = Action::new_local(move |id: &Uuid| {
        let id = *id;
        async move {
            row_error.set(None);
            match api::rotate_api_client_secret(id).await {
                Ok(rotated) => reveal(ShownSecret::new(rotated, true)),
                Err(error) => {
                    outcome.set(None);
                    row_error.set(Some((Step::Rotate, error)));
                    // Revoked meanwhile, perhaps by someone else: show it as it is.
                    list.refetch();
                    focus_later(LIST_TITLE_ID);
                }
            }
        }
    });
    let revoke = Action::new_local(move |client: &ApiClientResponse| {
        let (id, name) = (client.id, client.name.clone());
        async move {
            row_error.set(None);
            match api::revoke_api_client(id).await {
                Ok(()) => {
                    if shown.with_untracked(|s| s.as_ref().is_some_and(|s| s.client.id == id)) {
                        shown.set(None);
                    }
                    outcome.set(Some(Outcome::Revoked { name }));
                    list.refetch();
                    // The row's buttons are gone: focus goes back to the list.
                    focus_later(LIST_TITLE_ID);
                }
                Err(error) => {
                    outcome.set(None);
                    row_error.set(Some((Step::Revoke, error)));
                    focus_later(LIST_TITLE_ID);
                }
            }
        }
    });

    let busy = Signal::derive(move || rotate.pending().get() || revoke.pending().get());
    let on_rotate = Callback::new(move |client: ApiClientResponse| {
        if confirmed(&t.get_untracked().api_clients.rotate_confirm(&client.name)) {
            rotate.dispatch_local(client.id);
        }
    });
    let on_revoke = Callback::new(move |client: ApiClientResponse| {
        if confirmed(&t.get_untracked().api_clients.revoke_confirm(&client.name)) {
            revoke.dispatch_local(client);
        }
    });
    let on_create = Callback::new(move |request: ApiClientRequest| {
        create.dispatch_local(request);
    });
    let on_close = Callback::new(move |()| {
        shown.set(None);
        focus_later(LIST_TITLE_ID);
    });

    view! {
        // The live region is there before its first message, so screen readers announce it.
        <div role="status" data-testid="api-client-outcome">
            {move || {
                outcome
                    .with(|done| done.as_ref().map(|done| done.text(t.get())))
                    .map(|text| view! { <div class="alert alert-success">{text}</div> })
            }}
        </div>
        {move || shown.get().map(|shown| view! { <SecretPanel shown on_close /> })}
        <section class="section" aria-labelledby=LIST_TITLE_ID>
            <h2 id=LIST_TITLE_ID tabindex="-1">
                {tx(|t| t.api_clients.list_title())}
            </h2>
            <ErrorAlert
                message=move || {
                    row_error.with(|e| e.as_ref().map(|(step, e)| refusal_text(t.get(), *step, e)))
                }
                testid="api-client-action-error"
            />
            {loaded(
                list,
                move |list| {
                    view! {
                        <ApiClientTable
                            clients=list.clients
                            schools
                            busy
                            on_rotate
                            on_revoke
                        />
                    }
                },
            )}
        </section>
        <section class="section" aria-labelledby="api-client-create-title">
            <h2 id="api-client-create-title">{tx(|t| t.api_clients.create_title())}</h2>
            <p>{tx(|t| t.api_clients.create_intro())}</p>
            <ApiClientForm
                state=form
                schools
                error=create_error
                pending=create.pending()
                on_submit=on_create
            />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn refused(code: ErrorCode, status: u16) -> ApiError {
        ApiError::Server {
            status,
            error: Box::new(overstap_api_types::ErrorResponse {
                problem: Default::default(),
                code,
                message: String::new(),
                details: None,
                request_id: None,
            }),
            retry_after: None,
        }
    }

    #[test]
    fn a_revoked_client_gets_no_new_secret_and_says_why() {
        let t = Lang::Nl.texts();
        let conflict = refused(ErrorCode::Conflict, 409);
        assert_eq!(
            refusal_text(t, Step::Rotate, &conflict),
            t.api_clients.revoked_conflict()
        );
        assert_eq!(refusal_text(t, Step::Revoke, &conflict), t.error_conflict());
        assert_eq!(
            refusal_text(t, Step::Revoke, &refused(ErrorCode::NotFound, 404)),
            t.error_not_found()
        );
        assert_eq!(
            refusal_text(t, Step::Rotate, &ApiError::Network),
            t.error_network()
        );
    }

    #[test]
    fn an_outcome_names_the_client() {
        let name = "Magister Het Kompas".to_owned();
        for outcome in [
            Outcome::Created { name: name.clone() },
            Outcome::Rotated { name: name.clone() },
            Outcome::Revoked { name: name.clone() },
        ] {
            for lang in [Lang::Nl, Lang::En] {
                let text = outcome.text(lang.texts());
                assert!(text.contains(&name), "{text}");
            }
        }
        assert!(
            Outcome::Revoked { name }
                .text(Lang::En.texts())
                .contains("revoked")
        );
    }
}

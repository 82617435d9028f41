//! `/activeren?token=…`: the parent opens the e-mailed link, sees whose account it is, chooses a
//! password and is signed in.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use overstap_api_types::{ActivateRequest, ActivationPreviewResponse, ErrorCode, Role};

use super::use_page_title;
use crate::api::{self, ApiError};
use crate::components::alert::{ErrorAlert, LoadFailed, Loading};
use crate::components::field::TextField;
use crate::components::invalid_link::InvalidLink;
use crate::i18n::{tx, use_i18n, use_texts};
use crate::session::{home_path, use_session};

#[component]
pub fn Activate() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.parent.activate_title());
    let query = use_query_map();
    let token = Memo::new(move |_| query.with(|q| q.get("token")).unwrap_or_default());
    let preview = LocalResource::new(move || {
        let token = token.get();
        async move {
            if token.is_empty() {
                return Err(None);
            }
            api::activation_preview(&token).await.map_err(Some)
        }
    });
    // A link refused on submit (used meanwhile in another tab) also shows the invalid-link page.
    let refused = RwSignal::new(false);
    let invalid = move || {
        view! { <InvalidLink body=Signal::derive(move || t.get().parent.invalid_link_body()) /> }
    };
    view! {
        <Show when=move || !refused.get() fallback=invalid>
        <Suspense fallback=|| view! { <Loading /> }>
            {move || Suspend::new(async move {
                match preview.await {
                    Ok(child) => view! { <ActivateForm child token=token.get() refused /> }.into_any(),
                    Err(None) => invalid().into_any(),
                    Err(Some(error)) if error.code() == Some(ErrorCode::InvalidLink) => {
                        invalid().into_any()
                    }
                    Err(Some(error)) => view! { <LoadFailed error /> }.into_any(),
                }
            })}
        </Suspense>
        </Show>
    }
}

#[component]
fn ActivateForm(
    child: ActivationPreviewResponse,
    token: String,
    refused: RwSignal<bool>,
) -> impl IntoView {
    let t = use_texts();
    let i18n = use_i18n();
    let session = use_session();
    let password = RwSignal::new(String::new());
    let activate = Action::new_local(move |request: &ActivateRequest| {
        let request = request.clone();
        async move {
            match api::activate(&request).await {
                Ok(pair) => {
                    session.start(pair.role);
                    // The portal is another bundle: load it, rather than route away from this
                    // page while its action is still finishing (its signals would be gone).
                    let _ = window().location().assign(home_path(Role::Parent));
                    Ok(())
                }
                Err(error) if error.code() == Some(ErrorCode::InvalidLink) => {
                    refused.set(true);
                    Err(error)
                }
                Err(error) => Err(error),
            }
        }
    });
    let failure = move || activate.value().get().and_then(Result::err);
    let password_error = Signal::derive(move || {
        failure().and_then(|error: ApiError| {
            error
                .field_error("password")
                .map(|field| t.get().password_error(field))
        })
    });
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        activate.dispatch(ActivateRequest {
            token: token.clone(),
            password: password.get_untracked(),
            language: Some(i18n.lang().portal()),
        });
    };
    let name = format!("{} {}", child.child_first_name, child.child_last_name);
    view! {
        <section class="card narrow">
            <h1>{tx(|t| t.parent.activate_title())}</h1>
            <p>{tx(|t| t.parent.activate_intro())}</p>
            <dl class="facts">
                <div>
                    <dt>{tx(|t| t.parent.activate_child())}</dt>
                    <dd data-testid="activate-child-name">{name}</dd>
                </div>
                <div>
                    <dt>{tx(|t| t.elk_number_label())}</dt>
                    <dd data-testid="activate-elk-number">{child.elk_number}</dd>
                </div>
            </dl>
            <p class="field-hint">{tx(|t| t.parent.activate_username_hint())}</p>
            <form class="form" on:submit=on_submit novalidate>
                <ErrorAlert
                    message=move || {
                        failure()
                            .filter(|error| error.field_error("password").is_none())
                            .map(|error| t.get().api_error(&error))
                    }
                    testid="activate-error"
                />
                <TextField
                    id="new-password"
                    label=tx(|t| t.parent.new_password_label())
                    hint=tx(|t| t.parent.password_hint())
                    value=password
                    error=password_error
                    input_type="password"
                    autocomplete="new-password"
                    testid="activate-password"
                />
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="activate-submit"
                    disabled=move || activate.pending().get()
                >
                    {move || {
                        if activate.pending().get() {
                            t.get().parent.activating()
                        } else {
                            t.get().parent.activate_submit()
                        }
                    }}
                </button>
            </form>
        </section>
    }
}

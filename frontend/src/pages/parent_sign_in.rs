//! `/inloggen/ouder`: a parent signs in with the child's ELK-nummer and a password.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use overstap_api_types::ParentSignInRequest;

use super::use_page_title;
use crate::api::{self, ApiError};
use crate::components::alert::{ErrorAlert, Notice};
use crate::components::field::TextField;
use crate::i18n::{tx, use_texts};
use crate::session::{GuestOnly, SessionEnd, use_session};

#[component]
pub fn ParentSignIn() -> impl IntoView {
    view! {
        <GuestOnly>
            <ParentSignInForm />
        </GuestOnly>
    }
}

#[component]
fn ParentSignInForm() -> impl IntoView {
    let t = use_texts();
    let session = use_session();
    use_page_title(|t| t.parent_sign_in_title());
    let elk_number = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());

    let sign_in = Action::new_local(move |request: &ParentSignInRequest| {
        let request = request.clone();
        async move {
            let pair = api::parent_sign_in(&request).await?;
            // `GuestOnly` sees the new session and takes the parent home.
            session.start(pair.role);
            Ok::<(), ApiError>(())
        }
    });
    let failure = move || sign_in.value().get().and_then(Result::err);
    let field_error = move |field: &'static str| {
        move || failure().and_then(|error| error.field_error(field).map(|f| t.get().field_error(f)))
    };
    let expired = move || {
        (session.ended() == Some(SessionEnd::Expired)).then(|| t.get().session_expired_notice())
    };
    let query = use_query_map();
    let password_changed = move || {
        query
            .with(|q| q.get("wachtwoord"))
            .filter(|value| value == "gewijzigd")
            .map(|_| t.get().parent.password_changed_notice())
    };
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        sign_in.dispatch(ParentSignInRequest {
            elk_number: elk_number.get_untracked(),
            password: password.get_untracked(),
        });
    };

    view! {
        <section class="card narrow">
            <h1>{tx(|t| t.parent_sign_in_title())}</h1>
            <p>{tx(|t| t.parent_sign_in_intro())}</p>
            <Notice message=expired />
            <Notice message=password_changed testid="password-changed" />
            <form class="form" on:submit=on_submit novalidate>
                <ErrorAlert
                    message=move || failure().map(|error| t.get().api_error(&error))
                    testid="signin-error"
                />
                <TextField
                    id="elk-number"
                    label=tx(|t| t.elk_number_label())
                    hint=tx(|t| t.elk_number_hint())
                    value=elk_number
                    error=field_error("elk_number")
                    autocomplete="username"
                    testid="parent-signin-elk"
                />
                <TextField
                    id="password"
                    label=tx(|t| t.password_label())
                    value=password
                    error=field_error("password")
                    input_type="password"
                    autocomplete="current-password"
                    testid="parent-signin-password"
                />
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="parent-signin-submit"
                    disabled=move || sign_in.pending().get()
                >
                    {move || if sign_in.pending().get() { t.get().signing_in() } else { t.get().sign_in() }}
                </button>
            </form>
            <p class="aside">
                <a href="/wachtwoord-vergeten" data-testid="forgot-password-link">
                    {tx(|t| t.parent.forgot_link())}
                </a>
            </p>
            <p class="aside">
                <a href="/inloggen/school">{tx(|t| t.staff_instead())}</a>
            </p>
        </section>
    }
}

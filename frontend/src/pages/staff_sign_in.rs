//! `/inloggen/school`: school staff, board admins and coordinators sign in by e-mail.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use overstap_api_types::StaffSignInRequest;

use super::use_page_title;
use crate::api::{self, ApiError};
use crate::components::alert::{ErrorAlert, Notice};
use crate::components::field::TextField;
use crate::i18n::{tx, use_texts};
use crate::session::{GuestOnly, SessionEnd, use_session};

#[component]
pub fn StaffSignIn() -> impl IntoView {
    view! {
        <GuestOnly>
            <StaffSignInForm />
        </GuestOnly>
    }
}

#[component]
fn StaffSignInForm() -> impl IntoView {
    let t = use_texts();
    let session = use_session();
    use_page_title(|t| t.staff_sign_in_title);
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());

    let sign_in = Action::new_local(move |request: &StaffSignInRequest| {
        let request = request.clone();
        async move {
            let pair = api::staff_sign_in(&request).await?;
            // `GuestOnly` sees the new session and takes the person to their role's home.
            session.start(pair.role);
            Ok::<(), ApiError>(())
        }
    });
    let failure = move || sign_in.value().get().and_then(Result::err);
    let field_error = move |field: &'static str| {
        move || failure().and_then(|error| error.field_error(field).map(|f| t.get().field_error(f)))
    };
    let expired = move || {
        (session.ended() == Some(SessionEnd::Expired)).then(|| t.get().session_expired_notice)
    };
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        sign_in.dispatch(StaffSignInRequest {
            email: email.get_untracked(),
            password: password.get_untracked(),
        });
    };

    view! {
        <section class="card narrow">
            <h1>{tx(|t| t.staff_sign_in_title)}</h1>
            <p>{tx(|t| t.staff_sign_in_intro)}</p>
            <Notice message=expired />
            <form class="form" on:submit=on_submit novalidate>
                <ErrorAlert
                    message=move || failure().map(|error| t.get().api_error(&error))
                    testid="signin-error"
                />
                <TextField
                    id="email"
                    label=tx(|t| t.email_label)
                    value=email
                    error=field_error("email")
                    input_type="email"
                    autocomplete="username"
                    testid="staff-signin-email"
                />
                <TextField
                    id="password"
                    label=tx(|t| t.password_label)
                    value=password
                    error=field_error("password")
                    input_type="password"
                    autocomplete="current-password"
                    testid="staff-signin-password"
                />
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="staff-signin-submit"
                    disabled=move || sign_in.pending().get()
                >
                    {move || if sign_in.pending().get() { t.get().signing_in } else { t.get().sign_in }}
                </button>
            </form>
            <p class="aside">
                <a href="/inloggen/ouder">{tx(|t| t.parent_instead)}</a>
            </p>
        </section>
    }
}

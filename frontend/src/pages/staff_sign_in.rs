//! `/inloggen/school`: school staff, board admins and coordinators sign in by e-mail, with the
//! code of their authenticator app when they use two-step sign-in (asked for only after the
//! password was right), or a recovery code. After an accepted invitation or a new password the
//! page says so (`?uitnodiging=geaccepteerd`, `?wachtwoord=gewijzigd`).

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use overstap_api_types::{ErrorCode, StaffSignInRequest};

use super::use_page_title;
use crate::api::{self, ApiError};
use crate::components::alert::{ErrorAlert, Notice};
use crate::components::field::TextField;
use crate::i18n::{tx, use_texts};
use crate::session::{GuestOnly, SessionEnd, use_session};

/// Where staff ask for a password-reset link.
pub const FORGOT_PASSWORD_PATH: &str = "/inloggen/school/wachtwoord-vergeten";

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
    use_page_title(|t| t.staff_sign_in_title());
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    // The code field appears once the server has said the password was right.
    let asks_code = RwSignal::new(false);
    let use_recovery = RwSignal::new(false);

    let sign_in = Action::new_local(move |request: &StaffSignInRequest| {
        let request = request.clone();
        async move {
            let pair = api::staff_sign_in(&request).await?;
            // `GuestOnly` sees the new session and takes the person to their role's home, or
            // to setting up two-step sign-in first when the role requires it.
            session.set_two_step_setup(pair.two_step_setup_required);
            session.start(pair.role);
            Ok::<(), ApiError>(())
        }
    });
    let failure = move || sign_in.value().get().and_then(Result::err);
    Effect::new(move || {
        if failure().is_some_and(|e| e.code() == Some(ErrorCode::OneTimePasswordRequired)) {
            asks_code.set(true);
        }
    });
    let field_error = move |field: &'static str| {
        move || failure().and_then(|error| error.field_error(field).map(|f| t.get().field_error(f)))
    };
    let expired = move || {
        (session.ended() == Some(SessionEnd::Expired)).then(|| t.get().session_expired_notice())
    };
    let query = use_query_map();
    let invitation_accepted = move || {
        query
            .with(|q| q.get("uitnodiging"))
            .filter(|value| value == "geaccepteerd")
            .map(|_| t.get().staff.invitation_accepted_notice())
    };
    let password_changed = move || {
        query
            .with(|q| q.get("wachtwoord"))
            .filter(|value| value == "gewijzigd")
            .map(|_| t.get().staff.password_changed_notice())
    };
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let typed = code.get_untracked().trim().to_owned();
        let typed = (asks_code.get_untracked() && !typed.is_empty()).then_some(typed);
        let recovery = use_recovery.get_untracked();
        sign_in.dispatch(StaffSignInRequest {
            email: email.get_untracked(),
            password: password.get_untracked(),
            one_time_password: typed.clone().filter(|_| !recovery),
            recovery_code: typed.filter(|_| recovery),
        });
    };

    view! {
        <section class="card narrow">
            <h1>{tx(|t| t.staff_sign_in_title())}</h1>
            <p>{tx(|t| t.staff_sign_in_intro())}</p>
            <Notice message=expired />
            <Notice message=invitation_accepted testid="invitation-accepted" />
            <Notice message=password_changed testid="password-changed" />
            <form class="form" on:submit=on_submit novalidate>
                <ErrorAlert
                    message=move || failure().map(|error| t.get().api_error(&error))
                    testid="signin-error"
                />
                <TextField
                    id="email"
                    label=tx(|t| t.email_label())
                    value=email
                    error=field_error("email")
                    input_type="email"
                    autocomplete="username"
                    testid="staff-signin-email"
                />
                <TextField
                    id="password"
                    label=tx(|t| t.password_label())
                    value=password
                    error=field_error("password")
                    input_type="password"
                    autocomplete="current-password"
                    testid="staff-signin-password"
                />
                <Show when=move || asks_code.get()>
                    <Show
                        when=move || use_recovery.get()
                        fallback=move || {
                            view! {
                                <TextField
                                    id="one-time-password"
                                    label=tx(|t| t.two_step.code_label())
                                    hint=tx(|t| t.two_step.code_hint())
                                    value=code
                                    error=Signal::derive(|| None)
                                    autocomplete="one-time-code"
                                    inputmode="numeric"
                                    testid="staff-signin-code"
                                />
                            }
                        }
                    >
                        <TextField
                            id="recovery-code"
                            label=tx(|t| t.two_step.recovery_label())
                            value=code
                            error=Signal::derive(|| None)
                            autocomplete="off"
                            testid="staff-signin-recovery"
                        />
                    </Show>
                    <button
                        type="button"
                        class="button button-quiet"
                        data-testid="staff-signin-toggle-recovery"
                        on:click=move |_| {
                            code.set(String::new());
                            use_recovery.update(|on| *on = !*on);
                        }
                    >
                        {move || {
                            if use_recovery.get() {
                                t.get().two_step.use_code()
                            } else {
                                t.get().two_step.use_recovery()
                            }
                        }}
                    </button>
                </Show>
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="staff-signin-submit"
                    disabled=move || sign_in.pending().get()
                >
                    {move || if sign_in.pending().get() { t.get().signing_in() } else { t.get().sign_in() }}
                </button>
            </form>
            <p class="aside">
                <a href=FORGOT_PASSWORD_PATH data-testid="staff-forgot-password-link">
                    {tx(|t| t.staff.forgot_link())}
                </a>
            </p>
            <p class="aside">
                <a href="/inloggen/ouder">{tx(|t| t.parent_instead())}</a>
            </p>
        </section>
    }
}

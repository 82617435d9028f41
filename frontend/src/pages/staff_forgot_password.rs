//! `/inloggen/school/wachtwoord-vergeten`: a member of staff asks for a reset e-mail with their
//! account's address. The answer never tells whether the address has an account.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use overstap_api_types::StaffPasswordResetRequest;

use super::use_page_title;
use crate::api;
use crate::components::alert::ErrorAlert;
use crate::components::field::TextField;
use crate::i18n::{tx, use_texts};

#[component]
pub fn StaffForgotPassword() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.staff.forgot_title());
    let email = RwSignal::new(String::new());
    let request = Action::new_local(move |request: &StaffPasswordResetRequest| {
        let request = request.clone();
        async move { api::request_staff_password_reset(&request).await }
    });
    let result = move || request.value().get();
    let sent = move || matches!(result(), Some(Ok(())));
    let failure = move || result().and_then(Result::err);
    let email_error = Signal::derive(move || {
        failure().and_then(|error| error.field_error("email").map(|f| t.get().field_error(f)))
    });
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        request.dispatch(StaffPasswordResetRequest {
            email: email.get_untracked().trim().to_owned(),
        });
    };
    view! {
        <section class="card narrow">
            <h1>{tx(|t| t.staff.forgot_title())}</h1>
            <Show
                when=sent
                fallback=move || {
                    view! {
                        <p>{tx(|t| t.staff.forgot_intro())}</p>
                        <form class="form" on:submit=on_submit novalidate>
                            <ErrorAlert
                                message=move || {
                                    failure()
                                        .filter(|error| error.field_error("email").is_none())
                                        .map(|error| t.get().api_error(&error))
                                }
                                testid="staff-forgot-error"
                            />
                            <TextField
                                id="email"
                                label=tx(|t| t.email_label())
                                value=email
                                error=email_error
                                input_type="email"
                                autocomplete="username"
                                testid="staff-forgot-email"
                            />
                            <button
                                type="submit"
                                class="button button-primary"
                                data-testid="staff-forgot-submit"
                                disabled=move || request.pending().get()
                            >
                                {move || {
                                    if request.pending().get() {
                                        t.get().staff.sending()
                                    } else {
                                        t.get().staff.forgot_submit()
                                    }
                                }}
                            </button>
                        </form>
                    }
                }
            >
                <div class="alert alert-info" role="status" data-testid="staff-forgot-sent">
                    {tx(|t| t.staff.forgot_sent())}
                </div>
            </Show>
            <p class="aside">
                <a href="/inloggen/school">{tx(|t| t.staff.back_to_sign_in())}</a>
            </p>
        </section>
    }
}

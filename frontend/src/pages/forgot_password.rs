//! `/wachtwoord-vergeten`: a parent asks for a reset e-mail with the child's ELK number. The
//! answer never tells whether the number is known.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use overstap_api_types::PasswordResetRequest;

use super::use_page_title;
use crate::api;
use crate::components::alert::ErrorAlert;
use crate::components::field::TextField;
use crate::i18n::{tx, use_texts};

#[component]
pub fn ForgotPassword() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.parent.forgot_title());
    let elk_number = RwSignal::new(String::new());
    let request = Action::new_local(move |request: &PasswordResetRequest| {
        let request = request.clone();
        async move { api::request_password_reset(&request).await }
    });
    let result = move || request.value().get();
    let sent = move || matches!(result(), Some(Ok(())));
    let failure = move || result().and_then(Result::err);
    let elk_error = Signal::derive(move || {
        failure().and_then(|error| {
            error
                .field_error("elk_number")
                .map(|f| t.get().field_error(f))
        })
    });
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        request.dispatch(PasswordResetRequest {
            elk_number: elk_number.get_untracked(),
        });
    };
    view! {
        <section class="card narrow">
            <h1>{tx(|t| t.parent.forgot_title())}</h1>
            <Show
                when=sent
                fallback=move || {
                    view! {
                        <p>{tx(|t| t.parent.forgot_intro())}</p>
                        <form class="form" on:submit=on_submit novalidate>
                            <ErrorAlert
                                message=move || failure().map(|error| t.get().api_error(&error))
                                testid="forgot-error"
                            />
                            <TextField
                                id="elk-number"
                                label=tx(|t| t.elk_number_label())
                                hint=tx(|t| t.elk_number_hint())
                                value=elk_number
                                error=elk_error
                                autocomplete="username"
                                testid="forgot-elk"
                            />
                            <button
                                type="submit"
                                class="button button-primary"
                                data-testid="forgot-submit"
                                disabled=move || request.pending().get()
                            >
                                {move || {
                                    if request.pending().get() {
                                        t.get().parent.sending()
                                    } else {
                                        t.get().parent.forgot_submit()
                                    }
                                }}
                            </button>
                        </form>
                    }
                }
            >
                <div class="alert alert-info" role="status" data-testid="forgot-sent">
                    {tx(|t| t.parent.forgot_sent())}
                </div>
            </Show>
            <p class="aside">
                <a href="/inloggen/ouder">{tx(|t| t.parent.back_to_sign_in())}</a>
            </p>
        </section>
    }
}

//! `/inloggen/school/nieuw-wachtwoord?token=…`: a new staff password from the reset e-mail, then
//! back to sign-in with a notice.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use overstap_api_types::{ErrorCode, StaffSetPasswordRequest};

use super::staff_sign_in::FORGOT_PASSWORD_PATH;
use super::use_page_title;
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::field::TextField;
use crate::components::invalid_link::InvalidLink;
use crate::i18n::{tx, use_texts};

/// Where a successful reset lands: the sign-in page shows the notice for this query.
pub const PASSWORD_CHANGED: &str = "/inloggen/school?wachtwoord=gewijzigd";

#[component]
pub fn StaffResetPassword() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.staff.reset_title());
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token")).unwrap_or_default();
    let navigate = use_navigate();
    let password = RwSignal::new(String::new());
    let reset = Action::new_local(move |request: &StaffSetPasswordRequest| {
        let request = request.clone();
        let navigate = navigate.clone();
        async move {
            api::complete_staff_password_reset(&request).await?;
            let options = NavigateOptions {
                replace: true,
                ..NavigateOptions::default()
            };
            navigate(PASSWORD_CHANGED, options);
            Ok::<(), ApiError>(())
        }
    });
    let failure = move || reset.value().get().and_then(Result::err);
    let invalid = move || {
        token().trim().is_empty()
            || failure().is_some_and(|error| error.code() == Some(ErrorCode::InvalidLink))
    };
    let password_error = Signal::derive(move || {
        failure().and_then(|error| {
            error
                .field_error("password")
                .map(|f| t.get().staff_password_error(f))
        })
    });
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        reset.dispatch(StaffSetPasswordRequest {
            token: token(),
            password: password.get_untracked(),
        });
    };
    view! {
        <Show
            when=move || !invalid()
            fallback=move || {
                view! {
                    <InvalidLink
                        body=Signal::derive(move || t.get().staff.invalid_reset_link())
                        action=Signal::derive(move || {
                            (FORGOT_PASSWORD_PATH, t.get().staff.request_new_reset())
                        })
                        staff=true
                        reason="invalid_link"
                    />
                }
            }
        >
            <section class="card narrow">
                <h1>{tx(|t| t.staff.reset_title())}</h1>
                <p>{tx(|t| t.staff.reset_intro())}</p>
                <form class="form" on:submit=on_submit novalidate>
                    <ErrorAlert
                        message=move || {
                            failure()
                                .filter(|error| error.field_error("password").is_none())
                                .map(|error| t.get().api_error(&error))
                        }
                        testid="staff-reset-error"
                    />
                    <TextField
                        id="new-password"
                        label=tx(|t| t.staff.new_password_label())
                        hint=tx(|t| t.staff.password_hint())
                        value=password
                        error=password_error
                        input_type="password"
                        autocomplete="new-password"
                        testid="staff-reset-password"
                    />
                    <button
                        type="submit"
                        class="button button-primary"
                        data-testid="staff-reset-submit"
                        disabled=move || reset.pending().get()
                    >
                        {move || {
                            if reset.pending().get() {
                                t.get().staff.saving()
                            } else {
                                t.get().staff.reset_submit()
                            }
                        }}
                    </button>
                </form>
            </section>
        </Show>
    }
}

//! The "verstuur ouder inlog" dialog: check (and correct) the parent's e-mail, then send.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use overstap_api_types::PupilResponse;

use super::alert::ErrorAlert;
use super::field::TextField;
use crate::api::ApiError;
use crate::i18n::{tx, use_texts};

/// A modal `<dialog>`, open while `pupil` is set. `on_confirm` gets the address as typed;
/// `on_closed` runs however the dialog closed (sent, cancelled, Escape).
#[component]
pub fn SendLoginDialog(
    #[prop(into)] pupil: Signal<Option<PupilResponse>>,
    #[prop(into)] pending: Signal<bool>,
    #[prop(into)] error: Signal<Option<ApiError>>,
    on_confirm: Callback<String>,
    on_closed: Callback<()>,
) -> impl IntoView {
    let t = use_texts();
    let dialog = NodeRef::<html::Dialog>::new();
    let email = RwSignal::new(String::new());
    Effect::new(move || {
        let Some(dialog) = dialog.get() else { return };
        match pupil.get() {
            Some(pupil) => {
                email.set(pupil.parent_email);
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
            }
            None if dialog.open() => dialog.close(),
            None => {}
        }
    });
    let email_error = move || {
        error.with(|error| {
            error
                .as_ref()
                .and_then(|e| e.field_error("parent_email"))
                .map(|field| t.get().field_error(field))
        })
    };
    // Everything but a problem with the address itself (shown at the field) goes on top.
    let general_error = move || {
        error.with(|error| {
            error
                .as_ref()
                .filter(|e| e.field_error("parent_email").is_none())
                .map(|e| t.get().api_error(e))
        })
    };
    let heading = move || {
        pupil.with(|pupil| {
            pupil.as_ref().map(|p| {
                t.get()
                    .po
                    .send_login_heading(&format!("{} {}", p.first_name, p.last_name))
            })
        })
    };
    let elk_number = move || pupil.with(|p| p.as_ref().map(|p| p.elk_number.clone()));
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        on_confirm.run(email.get_untracked().trim().to_owned());
    };

    view! {
        <dialog
            class="dialog"
            node_ref=dialog
            aria-labelledby="send-login-title"
            data-testid="send-login-dialog"
            on:close=move |_| on_closed.run(())
        >
            <form class="form" on:submit=on_submit novalidate>
                <h2 id="send-login-title">{heading}</h2>
                <p>
                    {tx(|t| t.po.send_login_intro())} " "
                    <span class="nowrap">{tx(|t| t.elk_number_label())} ": " {elk_number}</span>
                </p>
                <ErrorAlert message=general_error testid="send-login-error" />
                <TextField
                    id="send-login-email"
                    label=tx(|t| t.po.parent_email_label())
                    hint=tx(|t| t.po.send_login_email_hint())
                    value=email
                    error=email_error
                    input_type="email"
                    autocomplete="off"
                    testid="send-login-email"
                />
                <div class="button-row">
                    <button
                        type="submit"
                        class="button button-primary"
                        data-testid="send-login-confirm"
                        disabled=move || pending.get()
                    >
                        {move || {
                            if pending.get() { t.get().po.sending() } else { t.get().po.action_send_login() }
                        }}
                    </button>
                    <button
                        type="button"
                        class="button button-quiet"
                        data-testid="send-login-cancel"
                        on:click=move |_| {
                            if let Some(dialog) = dialog.get_untracked() {
                                dialog.close();
                            }
                        }
                    >
                        {tx(|t| t.po.cancel())}
                    </button>
                </div>
            </form>
        </dialog>
    }
}

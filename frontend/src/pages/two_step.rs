//! `/inloggen/school/tweestaps`: a staff member sets up two-step sign-in (QR code or key, a
//! first code, the recovery codes shown once), or manages it (new recovery codes, turning it
//! off where the role allows). Coordinators and board admins land here until it is set up.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use overstap_api_types::{RecoveryCodesResponse, TwoStepSetupResponse, TwoStepStatus};

use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::alert::{ErrorAlert, Notice};
use crate::components::field::TextField;
use crate::i18n::{tx, use_texts};
use crate::session::{RequireStaff, home_path, use_session};

#[component]
pub fn TwoStep() -> impl IntoView {
    view! {
        <RequireStaff>
            <TwoStepPage />
        </RequireStaff>
    }
}

/// What the page shows besides the status.
#[derive(Clone)]
enum Stage {
    Status,
    Scanning(TwoStepSetupResponse),
    Codes(Vec<String>),
}

#[component]
fn TwoStepPage() -> impl IntoView {
    use_page_title(|t| t.two_step.title());
    let status = LocalResource::new(api::two_step_status);
    let stage = RwSignal::new(Stage::Status);
    let notice = RwSignal::new(None::<&'static str>);

    view! {
        <section class="card narrow">
            <h1 data-testid="two-step-title">{tx(|t| t.two_step.title())}</h1>
            <p>{tx(|t| t.two_step.intro())}</p>
            <Notice message=notice testid="two-step-notice" />
            {move || match stage.get() {
                Stage::Status => {
                    view! {
                        {loaded(
                            status,
                            move |current| view! { <Overview current stage status notice /> },
                        )}
                    }
                        .into_any()
                }
                Stage::Scanning(setup) => view! { <Scan setup stage /> }.into_any(),
                Stage::Codes(codes) => view! { <Codes codes stage status /> }.into_any(),
            }}
        </section>
    }
}

/// On or off, with what can be done from here.
#[component]
fn Overview(
    current: TwoStepStatus,
    stage: RwSignal<Stage>,
    status: LocalResource<Result<TwoStepStatus, ApiError>>,
    notice: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let t = use_texts();
    let start = Action::new_local(|_: &()| api::two_step_setup());
    Effect::new(move || {
        if let Some(Ok(setup)) = start.value().get() {
            stage.set(Stage::Scanning(setup));
        }
    });
    let start_failure = move || start.value().get().and_then(Result::err);
    let required = current.required;
    let left = current.recovery_codes_left;
    if !current.enabled {
        return view! {
            <p data-testid="two-step-state">{tx(|t| t.two_step.off())}</p>
            {required.then(|| view! { <p class="lead">{tx(|t| t.two_step.required_note())}</p> })}
            <ErrorAlert message=move || start_failure().map(|e| t.get().api_error(&e)) />
            <button
                type="button"
                class="button button-primary"
                data-testid="two-step-start"
                disabled=move || start.pending().get()
                on:click=move |_| {
                    start.dispatch(());
                }
            >
                {tx(|t| t.two_step.start())}
            </button>
        }
        .into_any();
    }

    let renew = Action::new_local(move |code: &String| api::two_step_renew_codes(code.clone()));
    Effect::new(move || {
        if let Some(Ok(RecoveryCodesResponse { recovery_codes })) = renew.value().get() {
            stage.set(Stage::Codes(recovery_codes));
        }
    });
    let off = Action::new_local(move |code: &String| api::two_step_disable(code.clone()));
    Effect::new(move || {
        if let Some(Ok(())) = off.value().get() {
            notice.set(Some(t.get_untracked().two_step.disabled_done()));
            status.refetch();
        }
    });
    let renew_failure = Signal::derive(move || renew.value().get().and_then(Result::err));
    let off_failure = Signal::derive(move || off.value().get().and_then(Result::err));
    view! {
        <p data-testid="two-step-state">{tx(|t| t.two_step.on())}</p>
        <p data-testid="two-step-codes-left">{move || t.get().two_step.recovery_left(left)}</p>
        <h2>{tx(|t| t.two_step.renew_title())}</h2>
        <CodeForm
            id="renew-code"
            submit=tx(|t| t.two_step.renew())
            testid="two-step-renew"
            code_testid="two-step-renew-code"
            failure=renew_failure
            on_code=Callback::new(move |code| {
                renew.dispatch(code);
            })
        />
        {(!required)
            .then(|| {
                view! {
                    <h2>{tx(|t| t.two_step.disable_title())}</h2>
                    <CodeForm
                        id="disable-code"
                        submit=tx(|t| t.two_step.disable())
                        testid="two-step-disable"
                        code_testid="two-step-disable-code"
                        failure=off_failure
                        on_code=Callback::new(move |code| {
                            off.dispatch(code);
                        })
                    />
                }
            })}
    }
    .into_any()
}

/// A code from the app and a button that does something with it.
#[component]
fn CodeForm(
    id: &'static str,
    #[prop(into)] submit: Signal<&'static str>,
    /// The button's test id; the field's is `code_testid`.
    testid: &'static str,
    code_testid: &'static str,
    failure: Signal<Option<ApiError>>,
    on_code: Callback<String>,
) -> impl IntoView {
    let t = use_texts();
    let code = RwSignal::new(String::new());
    view! {
        <form
            class="form"
            novalidate
            on:submit=move |event: SubmitEvent| {
                event.prevent_default();
                on_code.run(code.get_untracked());
            }
        >
            <ErrorAlert message=move || failure.get().map(|e| t.get().api_error(&e)) />
            <TextField
                id=id
                label=tx(|t| t.two_step.confirm_label())
                value=code
                error=Signal::derive(|| None)
                autocomplete="one-time-code"
                inputmode="numeric"
                testid=code_testid
            />
            <button type="submit" class="button" data-testid=testid>
                {move || submit.get()}
            </button>
        </form>
    }
}

/// The QR code and key of a new secret, and the first code that turns it on.
#[component]
fn Scan(setup: TwoStepSetupResponse, stage: RwSignal<Stage>) -> impl IntoView {
    let t = use_texts();
    let code = RwSignal::new(String::new());
    let confirm = Action::new_local(move |code: &String| api::two_step_confirm(code.clone()));
    Effect::new(move || {
        if let Some(Ok(RecoveryCodesResponse { recovery_codes })) = confirm.value().get() {
            stage.set(Stage::Codes(recovery_codes));
        }
    });
    let failure = move || confirm.value().get().and_then(Result::err);
    let field_error = move || {
        failure().and_then(|error| error.field_error("code").map(|f| t.get().field_error(f)))
    };
    let qr = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&setup.qr_svg))
    );
    view! {
        <p>{tx(|t| t.two_step.scan())}</p>
        <img class="qr-code" src=qr alt=tx(|t| t.two_step.qr_alt()) width="200" height="200" />
        <p>
            {tx(|t| t.two_step.secret_label())} ": "
            <code data-testid="two-step-secret">{setup.secret}</code>
        </p>
        <form
            class="form"
            novalidate
            on:submit=move |event: SubmitEvent| {
                event.prevent_default();
                confirm.dispatch(code.get_untracked());
            }
        >
            <ErrorAlert
                message=move || {
                    failure()
                        .filter(|e| e.field_error("code").is_none())
                        .map(|e| t.get().api_error(&e))
                }
            />
            <TextField
                id="first-code"
                label=tx(|t| t.two_step.confirm_label())
                value=code
                error=Signal::derive(field_error)
                autocomplete="one-time-code"
                inputmode="numeric"
                testid="two-step-first-code"
            />
            <button
                type="submit"
                class="button button-primary"
                data-testid="two-step-confirm"
                disabled=move || confirm.pending().get()
            >
                {tx(|t| t.two_step.confirm())}
            </button>
        </form>
    }
}

/// The recovery codes, shown once; then on to the person's home with the renewed session.
#[component]
fn Codes(
    codes: Vec<String>,
    stage: RwSignal<Stage>,
    status: LocalResource<Result<TwoStepStatus, ApiError>>,
) -> impl IntoView {
    let t = use_texts();
    let session = use_session();
    let navigate = use_navigate();
    let go_on = Action::new_local(move |_: &()| api::refresh_now());
    Effect::new(move || {
        if let Some(Ok(())) = go_on.value().get() {
            session.set_two_step_setup(false);
            status.refetch();
            stage.set(Stage::Status);
            if let Some(role) = session.role_untracked() {
                navigate(home_path(role), Default::default());
            }
        }
    });
    let failure = move || go_on.value().get().and_then(Result::err);
    view! {
        <h2>{tx(|t| t.two_step.codes_title())}</h2>
        <p>{tx(|t| t.two_step.codes_intro())}</p>
        <ol class="recovery-codes" data-testid="recovery-codes">
            {codes.into_iter().map(|code| view! { <li><code>{code}</code></li> }).collect_view()}
        </ol>
        <ErrorAlert message=move || failure().map(|e| t.get().api_error(&e)) />
        <button
            type="button"
            class="button button-primary"
            data-testid="two-step-codes-saved"
            disabled=move || go_on.pending().get()
            on:click=move |_| {
                go_on.dispatch(());
            }
        >
            {tx(|t| t.two_step.codes_saved())}
        </button>
    }
}

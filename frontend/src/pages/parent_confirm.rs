//! `/ouder/bevestigen`: the summary, then confirm (AG → AV, with a confirmation e-mail); during
//! the week a confirmed registration can be withdrawn (AV → AG, the list stays a draft).

use leptos::prelude::*;
use overstap_api_types::{
    ChildResponse, ErrorCode, FieldError, RegistrationResponse, RegistrationStatus,
    RevisionRequest, Role,
};
use uuid::Uuid;

use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::list_overview::ListOverview;
use crate::components::list_summary::ListErrors;
use crate::components::parent_nav::ParentNav;
use crate::components::status::StatusDot;
use crate::components::week_note::WeekNote;
use crate::i18n::{tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn ParentConfirm() -> impl IntoView {
    view! {
        <RequireRole role=Role::Parent>
            <ParentNav />
            <ConfirmPage />
        </RequireRole>
    }
}

#[component]
fn ConfirmPage() -> impl IntoView {
    use_page_title(|t| t.parent.confirm_title());
    let data = LocalResource::new(|| async {
        let (registration, child) =
            futures::future::join(api::parent_registration(), api::parent_child()).await;
        Ok::<_, ApiError>((registration?, child?))
    });
    view! {
        <h1 data-testid="confirm-title">{tx(|t| t.parent.confirm_title())}</h1>
        <p class="lead">{tx(|t| t.parent.confirm_intro())}</p>
        {loaded(data, |(registration, child)| view! { <Confirm registration child /> })}
    }
}

/// What the last action achieved, for the announced result line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Done {
    Confirmed,
    Withdrawn,
}

/// A failure that may not have reached the server: a retry must reuse the idempotency key.
fn unsure(error: &ApiError) -> bool {
    matches!(error, ApiError::Network | ApiError::Unreadable { .. })
        || matches!(
            error.code(),
            Some(ErrorCode::Unavailable | ErrorCode::Internal)
        )
}

#[component]
fn Confirm(registration: RegistrationResponse, child: ChildResponse) -> impl IntoView {
    let t = use_texts();
    let server = RwSignal::new(registration);
    let done = RwSignal::new(None::<Done>);
    let failure = RwSignal::new(None::<ApiError>);
    let problems = RwSignal::new(Vec::<FieldError>::new());
    // One key per confirm attempt, kept for a retry after an answer that may have been lost.
    let idempotency_key = StoredValue::new(None::<String>);
    let email = child.parent_email;

    let finish = move |result: Result<RegistrationResponse, ApiError>, what: Done| match result {
        Ok(current) => {
            server.set(current);
            done.set(Some(what));
            failure.set(None);
            problems.set(Vec::new());
        }
        Err(error) => {
            done.set(None);
            if error.code() == Some(ErrorCode::InvalidInput) {
                problems.set(error.field_errors().to_vec());
                failure.set(None);
            } else {
                problems.set(Vec::new());
                failure.set(Some(error));
            }
        }
    };
    let confirm = Action::new_local(move |revision: &i32| {
        let request = RevisionRequest {
            revision: *revision,
        };
        let key = idempotency_key
            .get_value()
            .unwrap_or_else(|| Uuid::new_v4().to_string());
        idempotency_key.set_value(Some(key.clone()));
        async move {
            let result = api::confirm_registration(&request, &key).await;
            if !result.as_ref().is_err_and(unsure) {
                idempotency_key.set_value(None);
            }
            finish(result, Done::Confirmed);
        }
    });
    let withdraw = Action::new_local(move |revision: &i32| {
        let request = RevisionRequest {
            revision: *revision,
        };
        async move { finish(api::withdraw_registration(&request).await, Done::Withdrawn) }
    });
    let busy = move || confirm.pending().get() || withdraw.pending().get();
    let min_schools = Signal::derive(move || server.with(|r| r.min_distinct_schools));

    view! {
        {move || {
            let r = server.get();
            let open = r.editable && !r.week_closed;
            let status = r.status;
            let revision = r.revision;
            let last = r.week.last_moment_text.clone();
            let empty = r.entries.is_empty();
            view! {
                <section class="card" aria-labelledby="confirm-status-heading">
                    <h2 id="confirm-status-heading">{tx(|t| t.child_status())}</h2>
                    <p data-testid="confirm-status">
                        <StatusDot status />
                    </p>
                    <WeekNote week=r.week.clone() closed=r.week_closed />
                </section>
                {(!empty).then(|| view! { <ListOverview registration=r.clone() /> })}
                {empty
                    .then(|| {
                        view! {
                            <p class="empty" data-testid="confirm-empty">
                                {tx(|t| t.parent.confirm_empty())} " "
                                <a href="/ouder/voorkeurslijst">{tx(|t| t.parent.go_to_list())}</a>
                            </p>
                        }
                    })}
                <div class="actions">
                    {(open && status == RegistrationStatus::Ag && !empty)
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="button button-primary"
                                    data-testid="confirm-submit"
                                    disabled=busy
                                    on:click=move |_| {
                                        confirm.dispatch(revision);
                                    }
                                >
                                    {move || {
                                        if confirm.pending().get() {
                                            t.get().parent.confirming()
                                        } else {
                                            t.get().parent.confirm_button()
                                        }
                                    }}
                                </button>
                                <a class="button button-secondary" href="/ouder/voorkeurslijst">
                                    {tx(|t| t.parent.edit_list())}
                                </a>
                            }
                        })}
                    {(open && status == RegistrationStatus::Av)
                        .then(|| {
                            view! {
                                <p>{move || t.get().parent.withdraw_explained(&last)}</p>
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    data-testid="withdraw-submit"
                                    disabled=busy
                                    on:click=move |_| {
                                        withdraw.dispatch(revision);
                                    }
                                >
                                    {move || {
                                        if withdraw.pending().get() {
                                            t.get().parent.withdrawing()
                                        } else {
                                            t.get().parent.withdraw_button()
                                        }
                                    }}
                                </button>
                            }
                        })}
                </div>
            }
        }}
        <ListErrors problems min_schools />
        <ErrorAlert
            message=move || failure.get().map(|error| t.get().api_error(&error))
            testid="confirm-error"
        />
        <div role="status" data-testid="confirm-result" class="result-line">
            {move || match done.get() {
                Some(Done::Confirmed) => Some(view! {
                    <p class="alert alert-success">{t.get().parent.confirmed(&email)}</p>
                }.into_any()),
                Some(Done::Withdrawn) => Some(view! {
                    <p class="alert alert-info">
                        {t.get().parent.withdrawn()} " "
                        <a href="/ouder/voorkeurslijst" data-testid="withdrawn-to-list">
                            {t.get().parent.go_to_list()}
                        </a>
                    </p>
                }.into_any()),
                None => None,
            }}
        </div>
    }
}

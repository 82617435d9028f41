//! `/inloggen/school/uitnodiging?token=…`: an invited member of staff sees whom the invitation
//! is for, chooses a password, and signs in with it on the sign-in page.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use overstap_api_types::{ErrorCode, StaffInvitationPreviewResponse, StaffSetPasswordRequest};

use super::use_page_title;
use crate::api::{self, ApiError};
use crate::components::alert::{ErrorAlert, LoadFailed, Loading};
use crate::components::field::TextField;
use crate::components::invalid_link::InvalidLink;
use crate::i18n::{Texts, tx, use_texts};

/// Where an accepted invitation lands: the sign-in page shows the notice for this query.
pub const INVITATION_ACCEPTED: &str = "/inloggen/school?uitnodiging=geaccepteerd";

/// Why an invitation link does not work, as the server said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    Used,
    Expired,
    Superseded,
    Invalid,
}

impl Refusal {
    /// The refusal an error names; `None` for any other failure (offline, rate limited).
    fn of(error: &ApiError) -> Option<Refusal> {
        match error.code()? {
            ErrorCode::InvitationUsed => Some(Refusal::Used),
            ErrorCode::InvitationExpired => Some(Refusal::Expired),
            ErrorCode::InvitationSuperseded => Some(Refusal::Superseded),
            ErrorCode::InvalidLink => Some(Refusal::Invalid),
            _ => None,
        }
    }

    const fn code(self) -> &'static str {
        match self {
            Refusal::Used => "invitation_used",
            Refusal::Expired => "invitation_expired",
            Refusal::Superseded => "invitation_superseded",
            Refusal::Invalid => "invalid_link",
        }
    }

    fn body(self, t: &'static Texts) -> &'static str {
        match self {
            Refusal::Used => t.staff.invitation_used(),
            Refusal::Expired => t.staff.invitation_expired(),
            Refusal::Superseded => t.staff.invitation_superseded(),
            Refusal::Invalid => t.staff.invitation_invalid(),
        }
    }
}

#[component]
fn Refused(refusal: Refusal) -> impl IntoView {
    let t = use_texts();
    let body = Signal::derive(move || refusal.body(t.get()));
    let reason = refusal.code();
    if refusal == Refusal::Used {
        // The password was chosen already: sign in (the sign-in page offers a new password).
        let action = Signal::derive(move || ("/inloggen/school", t.get().staff.go_to_sign_in()));
        view! { <InvalidLink body action staff=true reason /> }.into_any()
    } else {
        view! { <InvalidLink body staff=true reason /> }.into_any()
    }
}

#[component]
pub fn StaffInvitation() -> impl IntoView {
    use_page_title(|t| t.staff.invitation_title());
    let query = use_query_map();
    let token = Memo::new(move |_| query.with(|q| q.get("token")).unwrap_or_default());
    let preview = LocalResource::new(move || {
        let token = token.get();
        async move {
            if token.trim().is_empty() {
                return Err(None);
            }
            api::staff_invitation_preview(&token).await.map_err(Some)
        }
    });
    // A link refused on submit (used meanwhile in another tab) replaces the form.
    let refused = RwSignal::new(None::<Refusal>);
    view! {
        {move || refused.get().map(|refusal| view! { <Refused refusal /> })}
        <Show when=move || refused.get().is_none()>
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match preview.await {
                        Ok(invitation) => {
                            view! { <InvitationForm invitation token=token.get() refused /> }
                                .into_any()
                        }
                        Err(None) => view! { <Refused refusal=Refusal::Invalid /> }.into_any(),
                        Err(Some(error)) => match Refusal::of(&error) {
                            Some(refusal) => view! { <Refused refusal /> }.into_any(),
                            None => view! { <LoadFailed error /> }.into_any(),
                        },
                    }
                })}
            </Suspense>
        </Show>
    }
}

#[component]
fn InvitationForm(
    invitation: StaffInvitationPreviewResponse,
    token: String,
    refused: RwSignal<Option<Refusal>>,
) -> impl IntoView {
    let t = use_texts();
    let navigate = use_navigate();
    let password = RwSignal::new(String::new());
    let accept = Action::new_local(move |request: &StaffSetPasswordRequest| {
        let request = request.clone();
        let navigate = navigate.clone();
        async move {
            match api::accept_staff_invitation(&request).await {
                Ok(()) => {
                    let options = NavigateOptions {
                        replace: true,
                        ..NavigateOptions::default()
                    };
                    navigate(INVITATION_ACCEPTED, options);
                    Ok(())
                }
                Err(error) => {
                    if let Some(refusal) = Refusal::of(&error) {
                        refused.set(Some(refusal));
                    }
                    Err(error)
                }
            }
        }
    });
    let failure = move || accept.value().get().and_then(Result::err);
    let password_error = Signal::derive(move || {
        failure().and_then(|error: ApiError| {
            error
                .field_error("password")
                .map(|field| t.get().staff_password_error(field))
        })
    });
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        accept.dispatch(StaffSetPasswordRequest {
            token: token.clone(),
            password: password.get_untracked(),
        });
    };
    let role = invitation.role;
    let workplace = invitation.school_name.or(invitation.board_name);
    let expires_at = invitation.expires_at;
    view! {
        <section class="card narrow" data-testid="invitation">
            <h1>{tx(|t| t.staff.invitation_title())}</h1>
            <p>{tx(|t| t.staff.invitation_intro())}</p>
            <dl class="facts">
                <div>
                    <dt>{tx(|t| t.staff.invitation_name())}</dt>
                    <dd data-testid="invitation-name">{invitation.display_name}</dd>
                </div>
                <div>
                    <dt>{tx(|t| t.staff.invitation_username())}</dt>
                    <dd data-testid="invitation-email">{invitation.email}</dd>
                </div>
                <div>
                    <dt>{tx(|t| t.staff.role_label())}</dt>
                    <dd data-testid="invitation-role">{move || t.get().role_name(role)}</dd>
                </div>
                {workplace
                    .map(|workplace| {
                        view! {
                            <div>
                                <dt>{tx(|t| t.staff.col_workplace())}</dt>
                                <dd data-testid="invitation-workplace">{workplace}</dd>
                            </div>
                        }
                    })}
                <div>
                    <dt>{tx(|t| t.staff.invitation_region())}</dt>
                    <dd data-testid="invitation-region">{invitation.region_name}</dd>
                </div>
                <div>
                    <dt>{tx(|t| t.staff.invitation_valid_until())}</dt>
                    <dd data-testid="invitation-expires">
                        {move || t.get().moment_of(&expires_at)}
                    </dd>
                </div>
            </dl>
            <form class="form" on:submit=on_submit novalidate>
                <ErrorAlert
                    message=move || {
                        failure()
                            .filter(|error| error.field_error("password").is_none())
                            .map(|error| t.get().api_error(&error))
                    }
                    testid="invitation-error"
                />
                <TextField
                    id="new-password"
                    label=tx(|t| t.staff.new_password_label())
                    hint=tx(|t| t.staff.password_hint())
                    value=password
                    error=password_error
                    input_type="password"
                    autocomplete="new-password"
                    testid="invitation-password"
                />
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="invitation-submit"
                    disabled=move || accept.pending().get()
                >
                    {move || {
                        if accept.pending().get() {
                            t.get().staff.saving()
                        } else {
                            t.get().staff.invitation_submit()
                        }
                    }}
                </button>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{ErrorCode, ErrorResponse};

    use super::Refusal;
    use crate::api::ApiError;
    use crate::i18n::Lang;

    fn refused(code: ErrorCode) -> ApiError {
        ApiError::Server {
            status: 410,
            error: Box::new(ErrorResponse {
                problem: Default::default(),
                code,
                message: String::new(),
                details: None,
                request_id: None,
            }),
            retry_after: None,
        }
    }

    #[test]
    fn each_refusal_has_its_own_text() {
        let refusals = [
            (ErrorCode::InvitationUsed, Refusal::Used),
            (ErrorCode::InvitationExpired, Refusal::Expired),
            (ErrorCode::InvitationSuperseded, Refusal::Superseded),
            (ErrorCode::InvalidLink, Refusal::Invalid),
        ];
        for lang in [Lang::Nl, Lang::En] {
            let mut bodies: Vec<&str> = refusals
                .iter()
                .map(|(code, expected)| {
                    assert_eq!(Refusal::of(&refused(*code)), Some(*expected));
                    expected.body(lang.texts())
                })
                .collect();
            bodies.sort_unstable();
            bodies.dedup();
            assert_eq!(bodies.len(), 4, "{lang:?}");
        }
        assert_eq!(Refusal::of(&refused(ErrorCode::RateLimited)), None);
        assert_eq!(Refusal::of(&ApiError::Network), None);
    }
}

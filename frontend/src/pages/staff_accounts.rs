//! `/coordinator/medewerkers` and `/bestuur/medewerkers`: the staff accounts a coordinator (the
//! region's) or a board admin (the board's schools') manages: invite, change, resend the
//! invitation, deactivate and reactivate.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use overstap_api_types::{
    BoardSummary, ErrorCode, InviteStaffRequest, MeResponse, Role, SchoolResponse,
    StaffMemberResponse, UpdateStaffRequest,
};
use uuid::Uuid;

use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::board_nav::BoardNav;
use crate::components::coordinator_nav::CoordinatorNav;
use crate::components::staff_edit_dialog::StaffEditDialog;
use crate::components::staff_form::{StaffFields, shown_at_field};
use crate::components::staff_form_state::{INVITE_IDS, StaffFormState};
use crate::components::staff_roles::{assignable_roles, board_choices};
use crate::components::staff_table::StaffTable;
use crate::i18n::{Texts, tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn CoordinatorStaff() -> impl IntoView {
    view! {
        <RequireRole role=Role::Coordinator>
            <StaffAccounts manager=Role::Coordinator />
        </RequireRole>
    }
}

#[component]
pub fn BoardStaff() -> impl IntoView {
    view! {
        <RequireRole role=Role::BoardAdmin>
            <StaffAccounts manager=Role::BoardAdmin />
        </RequireRole>
    }
}

/// What the last action did, said in the current language.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Invited { name: String, email: String },
    Resent { email: String },
    Updated { name: String },
    Deactivated { name: String },
    Activated { name: String },
}

impl Outcome {
    fn text(&self, t: &Texts) -> String {
        let s = &t.staff;
        match self {
            Outcome::Invited { name, email } => s.invited_notice(name, email),
            Outcome::Resent { email } => s.resent_notice(email),
            Outcome::Updated { name } => s.updated_notice(name),
            Outcome::Deactivated { name } => s.deactivated_notice(name),
            Outcome::Activated { name } => s.activated_notice(name),
        }
    }
}

/// Which action a refusal answers: a conflict (409) means something else for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Invite,
    Update,
    Resend,
    SetActive,
}

/// Why `step` was refused, in the current language.
fn refusal_text(t: &Texts, step: Step, error: &ApiError) -> String {
    let s = &t.staff;
    let conflict = match step {
        Step::Invite => None,
        // Only your own role or workplace cannot change.
        Step::Update => Some(s.own_role_conflict()),
        Step::Resend => Some(s.resend_conflict()),
        // Only your own account cannot be deactivated.
        Step::SetActive => Some(s.own_account_conflict()),
    };
    match conflict {
        Some(text) if error.code() == Some(ErrorCode::Conflict) => text.to_owned(),
        _ => t.api_error(error),
    }
}

/// The manager's own row, which they cannot deactivate (the server refuses it too).
fn own_row(staff: &[StaffMemberResponse], me: &MeResponse) -> Option<Uuid> {
    staff.iter().find(|member| member.id == me.id).map(|m| m.id)
}

/// The schools the manager gives out, and who the manager is.
#[derive(Debug, Clone)]
struct Setup {
    schools: Vec<SchoolResponse>,
    boards: Vec<BoardSummary>,
    me: MeResponse,
}

async fn setup(manager: Role) -> Result<Setup, ApiError> {
    let schools = async {
        if manager == Role::BoardAdmin {
            api::board_schools().await
        } else {
            api::region_schools().await
        }
    };
    let (schools, me) = futures::future::join(schools, api::me()).await;
    let schools = schools?;
    Ok(Setup {
        schools: schools.schools,
        boards: schools.boards,
        me: me?,
    })
}

#[component]
fn StaffAccounts(manager: Role) -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.staff.accounts_title());
    let setup = LocalResource::new(move || setup(manager));
    let nav = match manager {
        Role::BoardAdmin => view! { <BoardNav /> }.into_any(),
        _ => view! { <CoordinatorNav /> }.into_any(),
    };
    view! {
        <h1 data-testid="home-title">{tx(|t| t.staff.accounts_title())}</h1>
        {nav}
        <p class="lead">
            {move || {
                if manager == Role::BoardAdmin {
                    t.get().staff.accounts_intro_board()
                } else {
                    t.get().staff.accounts_intro_coordinator()
                }
            }}
        </p>
        {loaded(setup, move |setup| view! { <Accounts manager setup /> })}
    }
}

#[component]
fn Accounts(manager: Role, setup: Setup) -> impl IntoView {
    let t = use_texts();
    let roles = assignable_roles(manager);
    let schools = StoredValue::new(setup.schools);
    let me = StoredValue::new(setup.me);
    let list = LocalResource::new(api::staff_accounts);
    let boards = Signal::stored(board_choices(&setup.boards));
    let outcome = RwSignal::new(None::<Outcome>);
    let row_error = RwSignal::new(None::<(Step, ApiError)>);
    let invite_error = RwSignal::new(None::<ApiError>);
    let edit_error = RwSignal::new(None::<ApiError>);
    let editing = RwSignal::new(None::<StaffMemberResponse>);
    let invite_form = StaffFormState::new(roles.first().copied().unwrap_or(Role::PoStaff));

    // Each action says what it did, or why not, and reloads the list.
    let done = move |result: Result<Outcome, ApiError>, refused: &dyn Fn(ApiError)| match result {
        Ok(done) => {
            outcome.set(Some(done));
            list.refetch();
            true
        }
        Err(error) => {
            outcome.set(None);
            refused(error);
            false
        }
    };
    let invite = Action::new_local(move |request: &InviteStaffRequest| {
        let request = request.clone();
        async move {
            invite_error.set(None);
            let result = api::invite_staff(&request)
                .await
                .map(|member| Outcome::Invited {
                    name: member.display_name,
                    email: member.email,
                });
            if done(result, &|e| invite_error.set(Some(e))) {
                invite_form.clear(roles.first().copied().unwrap_or(Role::PoStaff));
            }
        }
    });
    let update = Action::new_local(move |(id, request): &(Uuid, UpdateStaffRequest)| {
        let (id, request) = (*id, request.clone());
        async move {
            edit_error.set(None);
            let result = api::update_staff(id, &request)
                .await
                .map(|member| Outcome::Updated {
                    name: member.display_name,
                });
            if done(result, &|e| edit_error.set(Some(e))) {
                editing.set(None);
            }
        }
    });
    let resend = Action::new_local(move |id: &Uuid| {
        let id = *id;
        async move {
            row_error.set(None);
            let result = api::resend_staff_invitation(id)
                .await
                .map(|member| Outcome::Resent {
                    email: member.email,
                });
            done(result, &|e| row_error.set(Some((Step::Resend, e))));
        }
    });
    let set_active = Action::new_local(move |(id, active): &(Uuid, bool)| {
        let (id, active) = (*id, *active);
        async move {
            row_error.set(None);
            let result = api::set_staff_active(id, active).await.map(|member| {
                let name = member.display_name;
                if active {
                    Outcome::Activated { name }
                } else {
                    Outcome::Deactivated { name }
                }
            });
            done(result, &|e| row_error.set(Some((Step::SetActive, e))));
        }
    });

    let busy = Signal::derive(move || resend.pending().get() || set_active.pending().get());
    let on_edit = Callback::new(move |member: StaffMemberResponse| {
        edit_error.set(None);
        editing.set(Some(member));
    });
    let on_resend = Callback::new(move |member: StaffMemberResponse| {
        resend.dispatch_local(member.id);
    });
    let on_set_active = Callback::new(move |(member, active): (StaffMemberResponse, bool)| {
        let sure = active
            || window()
                .confirm_with_message(
                    &t.get_untracked()
                        .staff
                        .deactivate_confirm(&member.display_name),
                )
                .unwrap_or(false);
        if sure {
            set_active.dispatch_local((member.id, active));
        }
    });
    let on_edit_confirm = Callback::new(move |request: InviteStaffRequest| {
        let Some(member) = editing.get_untracked() else {
            return;
        };
        update.dispatch_local((
            member.id,
            UpdateStaffRequest {
                display_name: request.display_name,
                role: request.role,
                school_id: request.school_id,
                board_id: request.board_id,
                // The whole list as the form shows it (prefilled with the account's own).
                other_school_ids: Some(request.other_school_ids),
                language: request.language,
            },
        ));
    });
    let on_invite = move |event: SubmitEvent| {
        event.prevent_default();
        if let Some(request) = schools.with_value(|schools| invite_form.request(schools)) {
            invite.dispatch_local(request);
        }
    };
    let invite_general_error = move || {
        invite_error.with(|error| {
            error
                .as_ref()
                .filter(|e| !shown_at_field(e, true))
                .map(|e| refusal_text(t.get(), Step::Invite, e))
        })
    };
    let edit_refusal = Signal::derive(move || {
        edit_error.with(|error| {
            error
                .as_ref()
                .filter(|e| !shown_at_field(e, false))
                .map(|e| refusal_text(t.get(), Step::Update, e))
        })
    });
    let inviting = invite.pending();

    view! {
        // The live region is there before its first message, so screen readers announce it.
        <div role="status" data-testid="staff-outcome">
            {move || {
                outcome
                    .with(|done| done.as_ref().map(|done| done.text(t.get())))
                    .map(|text| view! { <div class="alert alert-success">{text}</div> })
            }}
        </div>
        <section class="section" aria-labelledby="staff-list-title">
            <h2 id="staff-list-title" class="visually-hidden">
                {tx(|t| t.staff.accounts_title())}
            </h2>
            <ErrorAlert
                message=move || {
                    row_error.with(|e| e.as_ref().map(|(step, e)| refusal_text(t.get(), *step, e)))
                }
                testid="staff-action-error"
            />
            {loaded(
                list,
                move |list| {
                    let own = me.with_value(|me| own_row(&list.staff, me));
                    view! {
                        <StaffTable
                            staff=list.staff
                            own
                            busy
                            on_edit
                            on_resend
                            on_set_active
                        />
                    }
                },
            )}
        </section>
        <section class="section" aria-labelledby="staff-invite-title">
            <h2 id="staff-invite-title">{tx(|t| t.staff.invite_title())}</h2>
            <p>{tx(|t| t.staff.invite_intro())}</p>
            <form class="form" on:submit=on_invite novalidate data-testid="staff-invite-form">
                <ErrorAlert message=invite_general_error testid="staff-invite-error" />
                <StaffFields
                    state=invite_form
                    ids=INVITE_IDS
                    roles
                    schools
                    boards
                    error=invite_error
                    with_email=true
                />
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="staff-invite-submit"
                    disabled=move || inviting.get()
                >
                    {move || {
                        if inviting.get() {
                            t.get().staff.inviting()
                        } else {
                            t.get().staff.invite_submit()
                        }
                    }}
                </button>
            </form>
        </section>
        <StaffEditDialog
            member=editing
            roles
            schools
            boards
            pending=update.pending()
            error=edit_error
            refusal=edit_refusal
            on_confirm=on_edit_confirm
            on_closed=Callback::new(move |()| editing.set(None))
        />
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{StaffAccountState, StaffLanguage};

    use super::*;
    use crate::i18n::Lang;

    fn member(role: Role, name: &str) -> StaffMemberResponse {
        StaffMemberResponse {
            id: Uuid::new_v4(),
            email: format!("{name}@example.org"),
            display_name: name.to_owned(),
            role,
            school_id: None,
            school_name: None,
            other_schools: Vec::new(),
            board_id: None,
            board_name: None,
            state: StaffAccountState::Active,
            language: StaffLanguage::Nl,
            invitation_expires_at: None,
        }
    }

    fn me(role: Role, name: &str) -> MeResponse {
        MeResponse {
            id: Uuid::new_v4(),
            role,
            display_name: name.to_owned(),
            school: None,
            schools: Vec::new(),
            board: None,
            child: None,
            region_name: "Amstelland".to_owned(),
        }
    }

    #[test]
    fn the_own_row_is_the_account_signed_in_not_a_namesake() {
        let staff = [
            member(Role::Coordinator, "Sanne"),
            member(Role::Coordinator, "Sanne"),
        ];
        let mut signed_in = me(Role::Coordinator, "Sanne");
        signed_in.id = staff[1].id;
        assert_eq!(own_row(&staff, &signed_in), Some(staff[1].id));
        assert_eq!(own_row(&staff, &me(Role::Coordinator, "Sanne")), None);
    }

    #[test]
    fn a_conflict_says_what_cannot_be_done_for_each_action() {
        let t = Lang::Nl.texts();
        let conflict = ApiError::Server {
            status: 409,
            error: Box::new(overstap_api_types::ErrorResponse {
                problem: Default::default(),
                code: ErrorCode::Conflict,
                message: String::new(),
                details: None,
                request_id: None,
            }),
            retry_after: None,
        };
        assert_eq!(
            refusal_text(t, Step::SetActive, &conflict),
            t.staff.own_account_conflict()
        );
        assert_eq!(
            refusal_text(t, Step::Update, &conflict),
            t.staff.own_role_conflict()
        );
        assert_eq!(
            refusal_text(t, Step::Resend, &conflict),
            t.staff.resend_conflict()
        );
        assert_eq!(refusal_text(t, Step::Invite, &conflict), t.error_conflict());
        assert_eq!(
            refusal_text(t, Step::SetActive, &ApiError::Network),
            t.error_network()
        );
    }

    #[test]
    fn an_outcome_names_the_account() {
        let t = Lang::Nl.texts();
        let invited = Outcome::Invited {
            name: "Jan".to_owned(),
            email: "jan@example.org".to_owned(),
        };
        let text = invited.text(t);
        assert!(
            text.contains("Jan") && text.contains("jan@example.org"),
            "{text}"
        );
        let text = Outcome::Deactivated {
            name: "Jan".to_owned(),
        }
        .text(Lang::En.texts());
        assert!(
            text.contains("Jan") && text.contains("deactivated"),
            "{text}"
        );
    }
}

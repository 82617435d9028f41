//! The staff accounts a manager sees: name, e-mail, role, workplace, where the account stands,
//! and per row what can be done with it.

use leptos::prelude::*;
use overstap_api_types::{StaffAccountState, StaffMemberResponse};
use uuid::Uuid;

use crate::i18n::{Texts, tx, use_texts};

/// The badge of an account's state.
const fn state_class(state: StaffAccountState) -> &'static str {
    match state {
        StaffAccountState::Invited => "badge badge-upcoming",
        StaffAccountState::Active => "badge badge-open",
        StaffAccountState::Deactivated => "badge badge-closed",
    }
}

const fn state_key(state: StaffAccountState) -> &'static str {
    match state {
        StaffAccountState::Invited => "invited",
        StaffAccountState::Active => "active",
        StaffAccountState::Deactivated => "deactivated",
    }
}

/// Where the account works: its school, its board, or the whole region.
fn workplace(t: &Texts, member: &StaffMemberResponse) -> String {
    member
        .school_name
        .clone()
        .or_else(|| member.board_name.clone())
        .unwrap_or_else(|| t.staff.whole_region().to_owned())
}

/// The other schools PO and VO staff work at, by name after the own school; `None` without.
fn also_at(t: &Texts, member: &StaffMemberResponse) -> Option<String> {
    if member.other_schools.is_empty() {
        return None;
    }
    let names: Vec<&str> = member
        .other_schools
        .iter()
        .map(|school| school.name.as_str())
        .collect();
    Some(t.staff.also_at(&names.join(", ")))
}

#[component]
pub fn StaffTable(
    staff: Vec<StaffMemberResponse>,
    /// The signed-in manager's own account, which they cannot deactivate.
    own: Option<Uuid>,
    /// An action on a row is under way: the buttons wait.
    #[prop(into)]
    busy: Signal<bool>,
    on_edit: Callback<StaffMemberResponse>,
    on_resend: Callback<StaffMemberResponse>,
    /// The account and whether it should be active.
    on_set_active: Callback<(StaffMemberResponse, bool)>,
) -> impl IntoView {
    let t = use_texts();
    if staff.is_empty() {
        return view! { <p class="empty">{tx(|t| t.staff.accounts_empty())}</p> }.into_any();
    }
    let count = staff.len();
    let rows = staff
        .into_iter()
        .map(|member| {
            let state = member.state;
            let mine = own == Some(member.id);
            let expiry = member.invitation_expires_at.clone();
            let role = member.role;
            let place = member.clone();
            let others = (!member.other_schools.is_empty()).then(|| member.clone());
            let (edited, resent, toggled) = (member.clone(), member.clone(), member.clone());
            let name = member.display_name.clone();
            let email = member.email.clone();
            view! {
                <tr
                    data-testid="staff-row"
                    data-email=email
                    data-state=state_key(state)
                >
                    <th scope="row" data-label=move || t.get().staff.col_name()>
                        {member.display_name}
                    </th>
                    <td data-label=move || t.get().staff.col_email()>{member.email}</td>
                    <td data-label=move || t.get().staff.col_role()>
                        {move || t.get().role_name(role)}
                    </td>
                    <td data-label=move || t.get().staff.col_workplace()>
                        {move || workplace(t.get(), &place)}
                        {others
                            .map(|member| {
                                view! {
                                    <p class="field-hint" data-testid="staff-other-schools">
                                        {move || also_at(t.get(), &member)}
                                    </p>
                                }
                            })}
                    </td>
                    <td data-label=move || t.get().staff.col_account()>
                        <span class=state_class(state) data-testid="staff-state">
                            {move || t.get().account_state(state)}
                        </span>
                        {(state == StaffAccountState::Invited)
                            .then(|| {
                                let expiry = expiry.clone();
                                view! {
                                    <p class="field-hint" data-testid="staff-invitation-expiry">
                                        {move || match &expiry {
                                            Some(at) => {
                                                t.get().staff.invited_until(&t.get().moment_of(at))
                                            }
                                            None => t.get().staff.invitation_no_link().to_owned(),
                                        }}
                                    </p>
                                }
                            })}
                    </td>
                    <td data-label=move || t.get().staff.col_actions()>
                        <div class="button-row">
                            <button
                                type="button"
                                class="button button-secondary"
                                data-testid="staff-edit"
                                disabled=move || busy.get()
                                on:click=move |_| on_edit.run(edited.clone())
                            >
                                {tx(|t| t.staff.action_edit())}
                                <span class="visually-hidden">" " {name.clone()}</span>
                            </button>
                            {(state == StaffAccountState::Invited)
                                .then(|| {
                                    let name = name.clone();
                                    view! {
                                        <button
                                            type="button"
                                            class="button button-secondary"
                                            data-testid="staff-resend"
                                            disabled=move || busy.get()
                                            on:click=move |_| on_resend.run(resent.clone())
                                        >
                                            {tx(|t| t.staff.action_resend())}
                                            <span class="visually-hidden">" " {name}</span>
                                        </button>
                                    }
                                })}
                            {(!mine)
                                .then(|| {
                                    let active = state != StaffAccountState::Deactivated;
                                    let testid = if active {
                                        "staff-deactivate"
                                    } else {
                                        "staff-activate"
                                    };
                                    let name = name.clone();
                                    view! {
                                        <button
                                            type="button"
                                            class="button button-quiet"
                                            data-testid=testid
                                            disabled=move || busy.get()
                                            on:click=move |_| on_set_active.run((toggled.clone(), !active))
                                        >
                                            {move || {
                                                if active {
                                                    t.get().staff.action_deactivate()
                                                } else {
                                                    t.get().staff.action_activate()
                                                }
                                            }}
                                            <span class="visually-hidden">" " {name}</span>
                                        </button>
                                    }
                                })}
                        </div>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="results-count" data-testid="staff-count">
            {move || t.get().staff.accounts_count(count)}
        </p>
        <table class="data-table" data-testid="staff-table">
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.staff.col_name())}</th>
                    <th scope="col">{tx(|t| t.staff.col_email())}</th>
                    <th scope="col">{tx(|t| t.staff.col_role())}</th>
                    <th scope="col">{tx(|t| t.staff.col_workplace())}</th>
                    <th scope="col">{tx(|t| t.staff.col_account())}</th>
                    <th scope="col">{tx(|t| t.staff.col_actions())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{Role, SchoolSummary, StaffLanguage};

    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_other_schools_follow_the_own_school_by_name() {
        let mut member = StaffMemberResponse {
            id: Uuid::new_v4(),
            email: "karim@example.org".to_owned(),
            display_name: "Meester Karim".to_owned(),
            role: Role::PoStaff,
            school_id: Some(Uuid::new_v4()),
            school_name: Some("Het Kompas".to_owned()),
            other_schools: Vec::new(),
            board_id: None,
            board_name: None,
            state: StaffAccountState::Active,
            language: StaffLanguage::Nl,
            invitation_expires_at: None,
        };
        let t = Lang::Nl.texts();
        assert_eq!(workplace(t, &member), "Het Kompas");
        assert_eq!(also_at(t, &member), None);
        member.other_schools = ["De Regenboog", "De Zonnewijzer"]
            .into_iter()
            .map(|name| SchoolSummary {
                id: Uuid::new_v4(),
                name: name.to_owned(),
            })
            .collect();
        assert_eq!(
            also_at(t, &member).as_deref(),
            Some("Ook op De Regenboog, De Zonnewijzer")
        );
        assert_eq!(
            also_at(Lang::En.texts(), &member).as_deref(),
            Some("Also at De Regenboog, De Zonnewijzer")
        );
    }
}

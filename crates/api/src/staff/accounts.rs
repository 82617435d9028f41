//! The staff accounts a manager sees and changes: a coordinator every account of the region, a
//! board admin the PO and VO staff of the board's schools. An account out of reach is 404, a
//! role the manager may not give out 403.

use std::collections::HashMap;

use overstap_api_types::{
    InviteStaffRequest, SchoolSummary, StaffAccountState, StaffLanguage, StaffListResponse,
    StaffMemberResponse, UpdateStaffRequest,
};
use overstap_domain::staff::{Workplace, check_assignment, may_manage};
use overstap_domain::{BoardId, Language, RegionId, Role, SchoolId, StaffUserId};
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::staff::{NewStaffUser, StaffChange, StaffUser};
use overstap_persistence::staff_links::{self, LinkPurpose};
use overstap_persistence::{boards, outbox, schools, sessions, staff};
use serde_json::json;
use time::format_description::well_known::Rfc3339;

use super::workplaces;
use crate::auth::Session;
use crate::dto;
use crate::error::ApiError;
use crate::mail::deferred;
use crate::state::AppState;

/// A coordinator or board admin, managing accounts.
#[derive(Debug, Clone, Copy)]
pub struct Manager {
    pub id: StaffUserId,
    pub role: Role,
    pub region: RegionId,
    /// Set for a board admin: the board whose schools' staff they manage.
    pub board: Option<BoardId>,
}

impl Manager {
    pub fn of(session: &Session) -> Result<Manager, ApiError> {
        let board = match session.role {
            Role::Coordinator => None,
            Role::BoardAdmin => Some(session.board()?),
            _ => return Err(ApiError::Forbidden),
        };
        Ok(Manager {
            id: session.staff_user()?,
            role: session.role,
            region: session.region_id,
            board,
        })
    }

    fn actor(&self) -> AuditActor {
        AuditActor::signed_in(self.role, self.id.as_uuid())
    }
}

fn conflict(message: &str) -> ApiError {
    ApiError::Conflict {
        message: message.to_owned(),
        facts: None,
    }
}

fn domain_language(language: StaffLanguage) -> Language {
    match language {
        StaffLanguage::Nl => Language::Nl,
        StaffLanguage::En => Language::En,
    }
}

/// Checks where `role` would work: the school or board must be the manager's to give out
/// (404 otherwise), active, and fit the role (422).
async fn check_workplace(
    state: &AppState,
    manager: &Manager,
    role: Role,
    school_id: Option<SchoolId>,
    board_id: Option<BoardId>,
) -> Result<(), ApiError> {
    if !role.is_staff() {
        return Err(ApiError::field(
            "role",
            "not_a_staff_role",
            "Parents do not get staff accounts.",
        ));
    }
    if !may_manage(manager.role, role) {
        return Err(ApiError::Forbidden);
    }
    let school_kind = match school_id {
        Some(id) => {
            let school = schools::find(&state.db, id)
                .await?
                .filter(|s| s.region_id == manager.region)
                .filter(|s| manager.board.is_none_or(|board| s.board_id == board))
                .ok_or(ApiError::NotFound)?;
            if !school.active {
                return Err(ApiError::field(
                    "school_id",
                    "inactive",
                    "This school is deactivated; it takes no staff.",
                ));
            }
            Some(school.kind)
        }
        None => None,
    };
    if let Some(id) = board_id {
        let board = boards::find(&state.db, id)
            .await?
            .filter(|b| b.region_id == manager.region && manager.board.is_none())
            .ok_or(ApiError::NotFound)?;
        if !board.active {
            return Err(ApiError::field(
                "board_id",
                "inactive",
                "This board is deactivated; it takes no staff.",
            ));
        }
    }
    let workplace = match (school_kind, board_id) {
        (None, None) => Workplace::Region,
        (Some(kind), None) => Workplace::School(kind),
        (None, Some(_)) => Workplace::Board,
        (Some(_), Some(_)) => Workplace::SchoolAndBoard,
    };
    check_assignment(role, workplace).map_err(|e| {
        let (name, code) = e.field_and_code();
        ApiError::field(name, code, format!("{}.", capitalised(&e.to_string())))
    })
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The account `id` if the manager may see it; 404 otherwise (also for another region's).
async fn reachable(
    state: &AppState,
    manager: &Manager,
    id: StaffUserId,
) -> Result<StaffUser, ApiError> {
    let user = staff::find(&state.db, id)
        .await?
        .filter(|u| u.region_id == manager.region)
        .ok_or(ApiError::NotFound)?;
    if let Some(board) = manager.board {
        let in_board = match user.school_id {
            Some(school) => schools::find(&state.db, school)
                .await?
                .is_some_and(|s| s.board_id == board),
            None => false,
        };
        if !in_board || !may_manage(manager.role, user.role) {
            return Err(ApiError::NotFound);
        }
    }
    Ok(user)
}

/// Names of the region's schools and boards, for the list.
struct Names {
    schools: HashMap<SchoolId, String>,
    boards: HashMap<BoardId, String>,
}

impl Names {
    /// The names of the schools or board an account works for.
    async fn of_account(
        state: &AppState,
        user: &StaffUser,
        others: &[SchoolId],
    ) -> Result<Names, ApiError> {
        let mut names = Names {
            schools: HashMap::new(),
            boards: HashMap::new(),
        };
        for id in user.school_id.iter().chain(others) {
            if let Some(school) = schools::find(&state.db, *id).await? {
                names.schools.insert(*id, school.name);
            }
        }
        if let Some(id) = user.board_id
            && let Some(board) = boards::find(&state.db, id).await?
        {
            names.boards.insert(id, board.name);
        }
        Ok(names)
    }

    async fn of_region(state: &AppState, region: RegionId) -> Result<Names, ApiError> {
        Ok(Names {
            schools: schools::list_for_region(&state.db, region)
                .await?
                .into_iter()
                .map(|s| (s.id, s.name))
                .collect(),
            boards: boards::list(&state.db, region)
                .await?
                .into_iter()
                .map(|b| (b.id, b.name))
                .collect(),
        })
    }
}

fn member(
    user: &StaffUser,
    others: &[SchoolId],
    names: &Names,
    invitation_expires_at: Option<time::OffsetDateTime>,
) -> StaffMemberResponse {
    let mut other_schools: Vec<SchoolSummary> = others
        .iter()
        .filter_map(|id| {
            names.schools.get(id).map(|name| SchoolSummary {
                id: id.as_uuid(),
                name: name.clone(),
            })
        })
        .collect();
    other_schools.sort_by(|a, b| a.name.cmp(&b.name));
    let state = if !user.active {
        StaffAccountState::Deactivated
    } else if user.password_hash.is_none() {
        StaffAccountState::Invited
    } else {
        StaffAccountState::Active
    };
    StaffMemberResponse {
        id: user.id.as_uuid(),
        email: user.email.clone(),
        display_name: user.display_name.clone(),
        role: dto::role(user.role),
        school_id: user.school_id.map(|s| s.as_uuid()),
        school_name: user.school_id.and_then(|s| names.schools.get(&s).cloned()),
        other_schools,
        board_id: user.board_id.map(|b| b.as_uuid()),
        board_name: user.board_id.and_then(|b| names.boards.get(&b).cloned()),
        state,
        language: super::links::language(user.language),
        invitation_expires_at: invitation_expires_at
            .filter(|_| state == StaffAccountState::Invited)
            .and_then(|at| at.format(&Rfc3339).ok()),
    }
}

/// One account as its manager sees it.
async fn one(state: &AppState, user: &StaffUser) -> Result<StaffMemberResponse, ApiError> {
    let others = staff::other_schools(&state.db, user.id).await?;
    let names = Names::of_account(state, user, &others).await?;
    let expires = staff_links::open_invitations(&state.db, &[user.id])
        .await?
        .into_iter()
        .find_map(|l| l.expires_at);
    Ok(member(user, &others, &names, expires))
}

pub async fn list(state: &AppState, manager: &Manager) -> Result<StaffListResponse, ApiError> {
    let board_schools = match manager.board {
        Some(board) => Some(
            schools::list_for_board(&state.db, board)
                .await?
                .into_iter()
                .map(|s| s.id)
                .collect::<Vec<_>>(),
        ),
        None => None,
    };
    let users: Vec<StaffUser> = staff::list(&state.db, manager.region, board_schools.as_deref())
        .await?
        .into_iter()
        .filter(|u| may_manage(manager.role, u.role))
        .collect();
    let ids: Vec<StaffUserId> = users.iter().map(|u| u.id).collect();
    let mut expiry = HashMap::new();
    for link in staff_links::open_invitations(&state.db, &ids).await? {
        if let Some(at) = link.expires_at {
            expiry.entry(link.staff_user).or_insert(at);
        }
    }
    let names = Names::of_region(state, manager.region).await?;
    let others = staff::other_schools_of(&state.db, &ids).await?;
    Ok(StaffListResponse {
        staff: users
            .iter()
            .map(|u| {
                let others = others.get(&u.id).map_or(&[][..], Vec::as_slice);
                member(u, others, &names, expiry.get(&u.id).copied())
            })
            .collect(),
    })
}

/// Makes the account and queues its invitation, in one transaction.
pub async fn invite(
    state: &AppState,
    manager: &Manager,
    body: &InviteStaffRequest,
) -> Result<StaffMemberResponse, ApiError> {
    let role = dto::role_of(body.role);
    let school_id = body.school_id.map(SchoolId::from_uuid);
    let board_id = body.board_id.map(BoardId::from_uuid);
    check_workplace(state, manager, role, school_id, board_id).await?;
    let others =
        workplaces::checked_others(state, manager, role, school_id, &body.other_school_ids, &[])
            .await?;
    if staff::find_by_email(&state.db, &body.email)
        .await?
        .is_some()
    {
        return Err(ApiError::EmailTaken);
    }
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let id = staff::insert(
        &txn,
        NewStaffUser {
            email: &body.email,
            password_hash: None,
            display_name: body.display_name.trim(),
            role,
            region_id: manager.region,
            school_id,
            board_id,
            language: domain_language(body.language),
        },
        now,
    )
    .await
    .map_err(|e| match ApiError::from(e) {
        ApiError::AlreadyExists => ApiError::EmailTaken,
        other => other,
    })?;
    staff::set_other_schools(&txn, id, &others, now).await?;
    let link =
        staff_links::create(&txn, id, LinkPurpose::Invitation, Some(manager.id), now).await?;
    outbox::enqueue(
        &txn,
        deferred::staff_link(link).in_region(manager.region),
        now,
    )
    .await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::StaffInvited,
            manager.actor(),
            AuditSubject::StaffUser(id),
            now,
        )
        .details(json!({
            "role": role.as_str(),
            "school": school_id.map(|s| s.as_uuid()),
            "other_schools": others.iter().map(|s| s.as_uuid()).collect::<Vec<_>>(),
            "board": board_id.map(|b| b.as_uuid()),
        })),
    )
    .await?;
    txn.commit().await?;
    let user = staff::find(&state.db, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    one(state, &user).await
}

/// Sends a new invitation; the earlier link stops working.
pub async fn resend(
    state: &AppState,
    manager: &Manager,
    id: StaffUserId,
) -> Result<StaffMemberResponse, ApiError> {
    let user = reachable(state, manager, id).await?;
    if !user.active {
        return Err(conflict(
            "This account is deactivated; reactivate it first.",
        ));
    }
    if user.password_hash.is_some() {
        return Err(conflict(
            "This account has chosen its password already; it can ask for a new one at sign-in.",
        ));
    }
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let link = staff_links::create(
        &txn,
        user.id,
        LinkPurpose::Invitation,
        Some(manager.id),
        now,
    )
    .await?;
    outbox::enqueue(
        &txn,
        deferred::staff_link(link).in_region(manager.region),
        now,
    )
    .await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::StaffInvitationResent,
            manager.actor(),
            AuditSubject::StaffUser(user.id),
            now,
        ),
    )
    .await?;
    txn.commit().await?;
    one(state, &user).await
}

/// Changes name, role, workplace and language. A new role or workplace ends the account's
/// sessions (their tokens name the old ones).
pub async fn update(
    state: &AppState,
    manager: &Manager,
    id: StaffUserId,
    body: &UpdateStaffRequest,
) -> Result<StaffMemberResponse, ApiError> {
    let user = reachable(state, manager, id).await?;
    let role = dto::role_of(body.role);
    let school_id = body.school_id.map(SchoolId::from_uuid);
    let board_id = body.board_id.map(BoardId::from_uuid);
    check_workplace(state, manager, role, school_id, board_id).await?;
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    // Two managers saving the same account: the second reads the first one's schools.
    overstap_persistence::lock_subject(&txn, user.id.as_uuid()).await?;
    let current = staff::other_schools(&txn, user.id).await?;
    let requested: Vec<uuid::Uuid> = match &body.other_school_ids {
        Some(ids) => ids.clone(),
        // Left out: they stay, unless the role changes (other schools fit one kind of role).
        None if role == user.role => current.iter().map(|s| s.as_uuid()).collect(),
        None => Vec::new(),
    };
    let others =
        workplaces::checked_others(state, manager, role, school_id, &requested, &current).await?;
    let school_taken_away = current
        .iter()
        .any(|s| !others.contains(s) && Some(*s) != school_id);
    let moved = role != user.role
        || school_id != user.school_id
        || board_id != user.board_id
        || school_taken_away;
    if moved && user.id == manager.id {
        return Err(conflict(
            "You cannot change your own role or workplace; ask another coordinator.",
        ));
    }
    staff::update(
        &txn,
        user.id,
        StaffChange {
            display_name: body.display_name.trim(),
            role,
            school_id,
            board_id,
            language: domain_language(body.language),
        },
    )
    .await?;
    staff::set_other_schools(&txn, user.id, &others, now).await?;
    if moved {
        sessions::revoke_subject(&txn, user.id.as_uuid(), now).await?;
    }
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::StaffUpdated,
            manager.actor(),
            AuditSubject::StaffUser(user.id),
            now,
        )
        .details(json!({
            "role": role.as_str(),
            "school": school_id.map(|s| s.as_uuid()),
            "other_schools": others.iter().map(|s| s.as_uuid()).collect::<Vec<_>>(),
            "board": board_id.map(|b| b.as_uuid()),
            "sessions_ended": moved,
        })),
    )
    .await?;
    txn.commit().await?;
    let user = staff::find(&state.db, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    one(state, &user).await
}

/// Deactivates (every session ends, open links stop working) or reactivates an account.
pub async fn set_active(
    state: &AppState,
    manager: &Manager,
    id: StaffUserId,
    active: bool,
) -> Result<StaffMemberResponse, ApiError> {
    let user = reachable(state, manager, id).await?;
    if user.id == manager.id && !active {
        return Err(conflict("You cannot deactivate your own account."));
    }
    let now = state.clock.now();
    if user.active != active {
        let txn = overstap_persistence::begin_write(&state.db).await?;
        staff::set_active(&txn, user.id, active).await?;
        if !active {
            sessions::revoke_subject(&txn, user.id.as_uuid(), now).await?;
            staff_links::supersede_all(&txn, user.id, now).await?;
        }
        let action = if active {
            AuditAction::StaffReactivated
        } else {
            AuditAction::StaffDeactivated
        };
        audit::append(
            &txn,
            AuditEntry::new(
                action,
                manager.actor(),
                AuditSubject::StaffUser(user.id),
                now,
            ),
        )
        .await?;
        txn.commit().await?;
    }
    let user = staff::find(&state.db, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    one(state, &user).await
}

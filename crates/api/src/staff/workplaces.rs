//! The schools a staff member works at: their own and, for PO and VO staff, others of the same
//! kind (a teacher at two locations, an IB'er for several schools of a board). A sign-in
//! session works on one of them at a time; the staff member switches in the SPA.

use overstap_api_types::SchoolSummary;
use overstap_domain::staff::check_other_schools;
use overstap_domain::{Role, SchoolId};
use overstap_persistence::staff::StaffUser;
use overstap_persistence::{schools, sessions, staff};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::accounts::Manager;
use crate::auth::Session;
use crate::error::ApiError;
use crate::state::AppState;

/// The other schools a manager names for an account that works as `role` at `own`, checked:
/// repeats and the own school drop out; each school must be in the manager's reach (404) and
/// active (422), unless the account works there already (`kept`); and of the role's kind (422).
/// A board admin cannot take away a school outside the board: only a coordinator can.
pub async fn checked_others(
    state: &AppState,
    manager: &Manager,
    role: Role,
    own: Option<SchoolId>,
    requested: &[Uuid],
    kept: &[SchoolId],
) -> Result<Vec<SchoolId>, ApiError> {
    let mut others: Vec<SchoolId> = Vec::new();
    for id in requested.iter().copied().map(SchoolId::from_uuid) {
        if Some(id) != own && !others.contains(&id) {
            others.push(id);
        }
    }
    if let Some(board) = manager.board {
        for id in kept {
            if others.contains(id) || Some(*id) == own {
                continue;
            }
            let outside = schools::find(&state.db, *id)
                .await?
                .is_some_and(|s| s.board_id != board);
            if outside {
                others.push(*id);
            }
        }
    }
    let mut kinds = Vec::with_capacity(others.len());
    for id in &others {
        let already = kept.contains(id);
        let school = schools::find(&state.db, *id)
            .await?
            .filter(|s| s.region_id == manager.region)
            .filter(|s| already || manager.board.is_none_or(|board| s.board_id == board))
            .ok_or(ApiError::NotFound)?;
        if !school.active && !already {
            return Err(ApiError::field(
                "other_school_ids",
                "inactive",
                format!("{} is deactivated; it takes no staff.", school.name),
            ));
        }
        kinds.push(school.kind);
    }
    check_other_schools(role, &kinds).map_err(|e| {
        let (_, code) = e.field_and_code();
        ApiError::field(
            "other_school_ids",
            code,
            "Other schools must be of the same kind as the account's own school, and only PO \
             and VO staff have them.",
        )
    })?;
    Ok(others)
}

/// Every school a PO or VO staff member works at, their own first and the others by name;
/// empty for other roles.
pub async fn of_account<C: ConnectionTrait>(
    db: &C,
    user: &StaffUser,
) -> Result<Vec<SchoolSummary>, ApiError> {
    let Some(own) = user.school_id else {
        return Ok(Vec::new());
    };
    let mut found = Vec::new();
    if let Some(school) = schools::find(db, own).await? {
        found.push(SchoolSummary {
            id: school.id.as_uuid(),
            name: school.name,
        });
    }
    let mut others = Vec::new();
    for id in staff::other_schools(db, user.id).await? {
        if let Some(school) = schools::find(db, id).await?.filter(|s| s.active) {
            others.push(SchoolSummary {
                id: school.id.as_uuid(),
                name: school.name,
            });
        }
    }
    others.sort_by(|a, b| a.name.cmp(&b.name));
    found.extend(others);
    Ok(found)
}

/// Makes the session work on `school`, one of the staff member's schools (404 otherwise): the
/// session's next refresh answers tokens that name it. No token is issued here, so a switch
/// never lengthens a session beyond its refresh token's life.
pub async fn switch(state: &AppState, session: &Session, school: SchoolId) -> Result<(), ApiError> {
    if !matches!(session.role, Role::PoStaff | Role::VoStaff) {
        return Err(ApiError::Forbidden);
    }
    let user = staff::find(&state.db, session.staff_user()?)
        .await?
        .filter(|u| u.active)
        .ok_or(ApiError::Unauthenticated)?;
    if !of_account(&state.db, &user)
        .await?
        .iter()
        .any(|s| s.id == school.as_uuid())
    {
        return Err(ApiError::NotFound);
    }
    sessions::set_school(&state.db, session.session_id, school.as_uuid()).await?;
    Ok(())
}

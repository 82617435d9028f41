//! Staff accounts made in the product: a coordinator (or a board admin, for the board's
//! schools) invites people, who choose their password with a single-use link; accounts are
//! listed, changed, deactivated and reactivated; staff reset a forgotten password themselves.
//! The operator makes a region and its first coordinator at the command line (`region`).
//!
//! Who may hold which account where, and who manages whom, is the domain's
//! (`overstap_domain::staff`).

pub mod accounts;
pub mod links;
pub mod region;
pub mod workplaces;

use overstap_persistence::staff::StaffUser;
use overstap_persistence::{DbErr, boards, regions, schools};
use sea_orm::ConnectionTrait;

/// The school, board or region an account works for, by name.
pub async fn workplace_name<C: ConnectionTrait>(db: &C, user: &StaffUser) -> Result<String, DbErr> {
    if let Some(school) = user.school_id
        && let Some(school) = schools::find(db, school).await?
    {
        return Ok(school.name);
    }
    if let Some(board) = user.board_id
        && let Some(board) = boards::find(db, board).await?
    {
        return Ok(board.name);
    }
    Ok(regions::find(db, user.region_id)
        .await?
        .map(|r| r.name)
        .unwrap_or_default())
}

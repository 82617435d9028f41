//! School boards: made, renamed, switched off (only without active schools) and on again.

use overstap_api_types::{BoardRequest, BoardSummary};
use overstap_domain::BoardId;
use overstap_domain::pupil::record;
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::boards::{self, Board};
use serde_json::json;
use time::OffsetDateTime;

use super::{Keeper, field_problem};
use crate::dto;
use crate::error::{ApiError, validate};
use crate::state::AppState;

/// A board of the keeper's region; another region's board is a 404.
pub async fn of_region<C: sea_orm::ConnectionTrait>(
    db: &C,
    keeper: &Keeper,
    id: BoardId,
) -> Result<Board, ApiError> {
    boards::find(db, id)
        .await?
        .filter(|b| b.region_id == keeper.region)
        .ok_or(ApiError::NotFound)
}

/// The board's name, trimmed, not used by another board of the region (in any case).
async fn checked_name<C: sea_orm::ConnectionTrait>(
    db: &C,
    keeper: &Keeper,
    request: &BoardRequest,
    except: Option<BoardId>,
) -> Result<String, ApiError> {
    validate(request)?;
    let name = record::text(&request.name, 120)
        .map_err(|p| ApiError::Invalid(vec![field_problem("name", p)]))?;
    let taken = boards::list(db, keeper.region)
        .await?
        .into_iter()
        .any(|b| Some(b.id) != except && b.name.to_lowercase() == name.to_lowercase());
    if taken {
        return Err(ApiError::field(
            "name",
            "taken",
            "Another board of the region has this name.",
        ));
    }
    Ok(name)
}

pub async fn create(
    state: &AppState,
    keeper: &Keeper,
    request: &BoardRequest,
    now: OffsetDateTime,
) -> Result<BoardSummary, ApiError> {
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let name = checked_name(&txn, keeper, request, None).await?;
    let id = boards::insert(&txn, keeper.region, &name).await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::BoardCreated,
            keeper.actor(),
            AuditSubject::Board(id),
            now,
        )
        .details(json!({ "name": name })),
    )
    .await?;
    txn.commit().await?;
    Ok(BoardSummary {
        id: id.as_uuid(),
        name,
        active: true,
    })
}

pub async fn rename(
    state: &AppState,
    keeper: &Keeper,
    id: BoardId,
    request: &BoardRequest,
    now: OffsetDateTime,
) -> Result<BoardSummary, ApiError> {
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let mut board = of_region(&txn, keeper, id).await?;
    let name = checked_name(&txn, keeper, request, Some(id)).await?;
    if name != board.name {
        boards::rename(&txn, id, &name).await?;
        audit::append(
            &txn,
            AuditEntry::new(
                AuditAction::BoardUpdated,
                keeper.actor(),
                AuditSubject::Board(id),
                now,
            )
            .details(json!({ "from": board.name, "to": name })),
        )
        .await?;
        board.name = name;
    }
    txn.commit().await?;
    Ok(dto::board(board))
}

/// Switches a board off (refused while it has active schools) or on.
pub async fn set_active(
    state: &AppState,
    keeper: &Keeper,
    id: BoardId,
    active: bool,
    now: OffsetDateTime,
) -> Result<BoardSummary, ApiError> {
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let mut board = of_region(&txn, keeper, id).await?;
    if board.active != active {
        if !active {
            let schools = boards::active_schools(&txn, id).await?;
            if schools > 0 {
                return Err(ApiError::InUse(format!(
                    "The board still has {schools} active school(s); deactivate or move them first."
                )));
            }
        }
        boards::set_active(&txn, id, active).await?;
        let action = if active {
            AuditAction::BoardReactivated
        } else {
            AuditAction::BoardDeactivated
        };
        audit::append(
            &txn,
            AuditEntry::new(action, keeper.actor(), AuditSubject::Board(id), now),
        )
        .await?;
        board.active = active;
    }
    txn.commit().await?;
    Ok(dto::board(board))
}

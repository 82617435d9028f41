//! API clients: their schools, hashed secrets (current and rotated-out) and request counts.

use overstap_domain::api_client::{ScopeSet, secret_is_valid};
use overstap_domain::{ApiClientId, BoardId, RegionId, SchoolId, StaffUserId};
use sea_orm::ExprTrait;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder,
};
use time::{Duration, OffsetDateTime, UtcOffset};
use uuid::Uuid;

use crate::entities::{api_client, api_client_request, api_client_school, api_client_secret};

/// An API client as read: scopes parsed, schools attached.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiClient {
    pub id: ApiClientId,
    pub region_id: RegionId,
    pub board_id: Option<BoardId>,
    pub name: String,
    pub scopes: ScopeSet,
    pub requests_per_minute: u32,
    pub schools: Vec<SchoolId>,
    pub created_by: Option<StaffUserId>,
    pub created_at: OffsetDateTime,
    pub revoked_at: Option<OffsetDateTime>,
    pub last_used_at: Option<OffsetDateTime>,
    /// When the newest rotated-out secret stops working, while one still works.
    pub previous_secret_until: Option<OffsetDateTime>,
}

pub struct NewApiClient<'a> {
    pub region_id: RegionId,
    pub board_id: Option<BoardId>,
    pub name: &'a str,
    pub scopes: &'a ScopeSet,
    pub requests_per_minute: u32,
    pub schools: &'a [SchoolId],
    pub created_by: StaffUserId,
    pub secret_hash: &'a str,
}

fn utc(at: OffsetDateTime) -> OffsetDateTime {
    at.to_offset(UtcOffset::UTC)
}

/// Makes a client with its schools and first secret.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    new: NewApiClient<'_>,
    now: OffsetDateTime,
) -> Result<ApiClientId, DbErr> {
    let id = Uuid::new_v4();
    api_client::Entity::insert(api_client::ActiveModel {
        id: Set(id),
        region_id: Set(new.region_id.as_uuid()),
        board_id: Set(new.board_id.map(|b| b.as_uuid())),
        name: Set(new.name.to_owned()),
        scopes: Set(new.scopes.to_string()),
        requests_per_minute: Set(i32::try_from(new.requests_per_minute).unwrap_or(i32::MAX)),
        created_by: Set(Some(new.created_by.as_uuid())),
        created_at: Set(utc(now)),
        revoked_at: Set(None),
        last_used_at: Set(None),
    })
    .exec(db)
    .await?;
    for school in new.schools {
        api_client_school::Entity::insert(api_client_school::ActiveModel {
            api_client_id: Set(id),
            school_id: Set(school.as_uuid()),
        })
        .exec(db)
        .await?;
    }
    add_secret(db, ApiClientId::from_uuid(id), new.secret_hash, now).await?;
    Ok(ApiClientId::from_uuid(id))
}

async fn add_secret<C: ConnectionTrait>(
    db: &C,
    id: ApiClientId,
    secret_hash: &str,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    api_client_secret::Entity::insert(api_client_secret::ActiveModel {
        id: Set(Uuid::new_v4()),
        api_client_id: Set(id.as_uuid()),
        secret_hash: Set(secret_hash.to_owned()),
        created_at: Set(utc(now)),
        expires_at: Set(None),
    })
    .exec(db)
    .await?;
    Ok(())
}

async fn read<C: ConnectionTrait>(
    db: &C,
    row: api_client::Model,
    now: OffsetDateTime,
) -> Result<ApiClient, DbErr> {
    let scopes = ScopeSet::parse(&row.scopes)
        .map_err(|e| DbErr::Custom(format!("api_clients.scopes: {e}")))?;
    let schools = api_client_school::Entity::find()
        .filter(api_client_school::Column::ApiClientId.eq(row.id))
        .order_by_asc(api_client_school::Column::SchoolId)
        .all(db)
        .await?
        .into_iter()
        .map(|s| SchoolId::from_uuid(s.school_id))
        .collect();
    let previous_secret_until = api_client_secret::Entity::find()
        .filter(api_client_secret::Column::ApiClientId.eq(row.id))
        .filter(api_client_secret::Column::ExpiresAt.gt(utc(now)))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|s| s.expires_at)
        .max();
    Ok(ApiClient {
        id: ApiClientId::from_uuid(row.id),
        region_id: RegionId::from_uuid(row.region_id),
        board_id: row.board_id.map(BoardId::from_uuid),
        name: row.name,
        scopes,
        requests_per_minute: u32::try_from(row.requests_per_minute).unwrap_or(0),
        schools,
        created_by: row.created_by.map(StaffUserId::from_uuid),
        created_at: row.created_at,
        revoked_at: row.revoked_at,
        last_used_at: row.last_used_at,
        previous_secret_until,
    })
}

pub async fn find<C: ConnectionTrait>(
    db: &C,
    id: ApiClientId,
    now: OffsetDateTime,
) -> Result<Option<ApiClient>, DbErr> {
    match api_client::Entity::find_by_id(id.as_uuid()).one(db).await? {
        Some(row) => Ok(Some(read(db, row, now).await?)),
        None => Ok(None),
    }
}

/// The region's clients (a board's only, when `board` is given), by name.
pub async fn list<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    board: Option<BoardId>,
    now: OffsetDateTime,
) -> Result<Vec<ApiClient>, DbErr> {
    let mut query =
        api_client::Entity::find().filter(api_client::Column::RegionId.eq(region.as_uuid()));
    if let Some(board) = board {
        query = query.filter(api_client::Column::BoardId.eq(board.as_uuid()));
    }
    let rows = query
        .order_by_asc(api_client::Column::Name)
        .order_by_asc(api_client::Column::Id)
        .all(db)
        .await?;
    let mut clients = Vec::with_capacity(rows.len());
    for row in rows {
        clients.push(read(db, row, now).await?);
    }
    Ok(clients)
}

/// Whether `secret_hash` opens client `id` at `now`: a live client, and the hash of its
/// current secret or of a rotated-out one still in its grace period.
pub async fn secret_opens<C: ConnectionTrait>(
    db: &C,
    id: ApiClientId,
    secret_hash: &str,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let secrets = api_client_secret::Entity::find()
        .filter(api_client_secret::Column::ApiClientId.eq(id.as_uuid()))
        .all(db)
        .await?;
    // Every stored hash is compared, so the time taken does not tell which one matched.
    let mut opens = false;
    for secret in secrets {
        let same = constant_time_eq(secret.secret_hash.as_bytes(), secret_hash.as_bytes());
        opens |= same && secret_is_valid(secret.expires_at, now);
    }
    Ok(opens)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Adds a new current secret; the secrets current until now work until `old_until`.
pub async fn rotate<C: ConnectionTrait>(
    db: &C,
    id: ApiClientId,
    secret_hash: &str,
    old_until: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    api_client_secret::Entity::update_many()
        .col_expr(
            api_client_secret::Column::ExpiresAt,
            Expr::value(Some(utc(old_until))),
        )
        .filter(api_client_secret::Column::ApiClientId.eq(id.as_uuid()))
        .filter(api_client_secret::Column::ExpiresAt.is_null())
        .exec(db)
        .await?;
    // Secrets whose grace ended are of no more use.
    api_client_secret::Entity::delete_many()
        .filter(api_client_secret::Column::ApiClientId.eq(id.as_uuid()))
        .filter(api_client_secret::Column::ExpiresAt.lte(utc(now)))
        .exec(db)
        .await?;
    add_secret(db, id, secret_hash, now).await
}

/// Revokes the client for good: its secrets go, the row stays for the audit log's names.
/// False when it was already revoked.
pub async fn revoke<C: ConnectionTrait>(
    db: &C,
    id: ApiClientId,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let done = api_client::Entity::update_many()
        .col_expr(api_client::Column::RevokedAt, Expr::value(Some(utc(now))))
        .filter(api_client::Column::Id.eq(id.as_uuid()))
        .filter(api_client::Column::RevokedAt.is_null())
        .exec(db)
        .await?
        .rows_affected
        == 1;
    api_client_secret::Entity::delete_many()
        .filter(api_client_secret::Column::ApiClientId.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(done)
}

/// Counts one request of client `id` in the minute of `now` and answers the minute's count
/// so far: every replica counts in the same row.
pub async fn count_request<C: ConnectionTrait>(
    db: &C,
    id: ApiClientId,
    now: OffsetDateTime,
) -> Result<u32, DbErr> {
    let minute = now.unix_timestamp().div_euclid(60);
    api_client_request::Entity::insert(api_client_request::ActiveModel {
        api_client_id: Set(id.as_uuid()),
        minute: Set(minute),
        requests: Set(1),
    })
    .on_conflict(
        OnConflict::columns([
            api_client_request::Column::ApiClientId,
            api_client_request::Column::Minute,
        ])
        .value(
            api_client_request::Column::Requests,
            Expr::col((
                api_client_request::Entity,
                api_client_request::Column::Requests,
            ))
            .add(1),
        )
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    let count = api_client_request::Entity::find_by_id((id.as_uuid(), minute))
        .one(db)
        .await?
        .map_or(1, |row| row.requests);
    if count == 1 {
        // The first request of a minute clears the client's earlier minutes.
        api_client_request::Entity::delete_many()
            .filter(api_client_request::Column::ApiClientId.eq(id.as_uuid()))
            .filter(api_client_request::Column::Minute.lt(minute))
            .exec(db)
            .await?;
    }
    Ok(u32::try_from(count).unwrap_or(u32::MAX))
}

/// Records that the client was used at `now`; written at most once a minute per client.
pub async fn touch<C: ConnectionTrait>(
    db: &C,
    id: ApiClientId,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    api_client::Entity::update_many()
        .col_expr(api_client::Column::LastUsedAt, Expr::value(Some(utc(now))))
        .filter(api_client::Column::Id.eq(id.as_uuid()))
        .filter(
            Condition::any()
                .add(api_client::Column::LastUsedAt.is_null())
                .add(api_client::Column::LastUsedAt.lt(utc(now - Duration::minutes(1)))),
        )
        .exec(db)
        .await?;
    Ok(())
}

/// The names of the clients among `ids` (for the audit log's actor names).
pub async fn names<C: ConnectionTrait>(db: &C, ids: &[Uuid]) -> Result<Vec<(Uuid, String)>, DbErr> {
    Ok(api_client::Entity::find()
        .filter(api_client::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.id, row.name))
        .collect())
}

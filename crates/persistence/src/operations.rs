//! Figures operators watch on `/metrics`: the mail outbox's backlog and failures, and the
//! connection pool's use. Read at scrape time; nothing here is personal.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use time::OffsetDateTime;

use crate::entities::mail_outbox;

/// The outbox at one moment.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct OutboxFigures {
    /// Messages waiting to be sent (including those waiting for a retry).
    pub pending: i64,
    /// Messages the worker gave up on.
    pub failed: i64,
    /// How long the oldest waiting message has waited, in seconds (0 without one).
    pub oldest_pending_seconds: f64,
}

pub async fn outbox_figures<C: ConnectionTrait>(
    db: &C,
    now: OffsetDateTime,
) -> Result<OutboxFigures, DbErr> {
    let count = |status: &'static str| {
        mail_outbox::Entity::find()
            .filter(mail_outbox::Column::Status.eq(status))
            .select_only()
            .column_as(Expr::col(mail_outbox::Column::Id).count(), "n")
            .into_tuple::<i64>()
            .one(db)
    };
    let pending = count("pending").await?.unwrap_or(0);
    let failed = count("failed").await?.unwrap_or(0);
    let oldest = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::Status.eq("pending"))
        .select_only()
        .column(mail_outbox::Column::CreatedAt)
        .order_by_asc(mail_outbox::Column::CreatedAt)
        .limit(1)
        .into_tuple::<OffsetDateTime>()
        .one(db)
        .await?;
    Ok(OutboxFigures {
        pending,
        failed,
        oldest_pending_seconds: oldest.map_or(0.0, |at| (now - at).as_seconds_f64().max(0.0)),
    })
}

/// Connections the pool holds, and how many of them are idle.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PoolFigures {
    pub size: u32,
    pub idle: u32,
    pub max: u32,
}

pub fn pool_figures(db: &DatabaseConnection, max: u32) -> PoolFigures {
    let (size, idle) = match db.get_database_backend() {
        DbBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        DbBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => (0, 0),
    };
    PoolFigures {
        size,
        idle: u32::try_from(idle).unwrap_or(u32::MAX),
        max,
    }
}

//! Connecting to SQLite or PostgreSQL.

use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, SqliteTransactionMode, Statement, TransactionOptions, TransactionTrait,
};
use uuid::Uuid;

#[derive(Debug, Clone)]
pub struct DbConfig {
    /// `sqlite://data/overstap.db?mode=rwc` or `postgres://user@host:5432/name`.
    pub url: String,
    pub max_connections: u32,
}

/// Opens the pool. Migrations are run by the caller (the API's start-up), which owns them.
pub async fn connect(config: &DbConfig) -> Result<DatabaseConnection, DbErr> {
    Database::connect(options(config)?).await
}

/// Opens a pool of exactly one connection that is never closed for age or idleness while the
/// pool is open, so every statement runs in one database session: for work under a
/// session-level lock (the API's migration lock), which a second connection would not hold.
pub async fn connect_single_session(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = options(&DbConfig {
        url: url.to_owned(),
        max_connections: 1,
    })?;
    options.max_lifetime(None).idle_timeout(None);
    Database::connect(options).await
}

fn options(config: &DbConfig) -> Result<ConnectOptions, DbErr> {
    if let Some(path) = sqlite_file(&config.url)
        && let Some(dir) = std::path::Path::new(path).parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).map_err(|e| DbErr::Custom(format!("create {dir:?}: {e}")))?;
    }
    let mut options = ConnectOptions::new(config.url.clone());
    options
        .max_connections(config.max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        // On every pooled SQLite connection (a PRAGMA run once would reach only one of them):
        // WAL lets readers continue while a writer commits; the busy timeout queues writers
        // instead of failing them with "database is locked".
        .map_sqlx_sqlite_opts(|opts| {
            opts.journal_mode(SqliteJournalMode::Wal)
                .busy_timeout(Duration::from_secs(5))
                .foreign_keys(true)
                .synchronous(SqliteSynchronous::Normal)
        });
    Ok(options)
}

fn sqlite_file(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// A transaction that will write after reading. On SQLite it takes the write lock at `BEGIN`
/// (`BEGIN IMMEDIATE`), so it waits for another writer instead of failing with "database is
/// locked" when it upgrades from reading to writing after that writer committed. PostgreSQL
/// ignores the option.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    })
    .await
}

/// Makes every other transaction that takes the same `subject` wait until this one ends, so
/// two requests deciding about one thing (a pupil's place) cannot both read "still there" and
/// both act. PostgreSQL: a transaction-scoped advisory lock; SQLite needs none, as a
/// `begin_write` transaction already holds the only write lock.
pub async fn lock_subject<C: ConnectionTrait>(txn: &C, subject: Uuid) -> Result<(), DbErr> {
    if txn.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    let (high, _) = subject.as_u64_pair();
    // The lock key space is 64 bits: the uuid's first half names the subject.
    let key = i64::from_be_bytes(high.to_be_bytes());
    txn.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_advisory_xact_lock($1)",
        [key.into()],
    ))
    .await?;
    Ok(())
}

/// Is the database answering? Used by `/readyz`.
pub async fn ping(db: &DatabaseConnection) -> bool {
    db.ping().await.is_ok()
}

#[cfg(test)]
mod tests {
    use super::sqlite_file;

    #[test]
    fn the_sqlite_file_is_found_in_the_url() {
        assert_eq!(
            sqlite_file("sqlite://data/o.db?mode=rwc"),
            Some("data/o.db")
        );
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://postgres@127.0.0.1/x"), None);
    }
}

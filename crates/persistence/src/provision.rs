//! Fresh, empty databases for test suites and end-to-end runs, on either backend.

use sea_orm::{ConnectionTrait, Database, DbErr};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// `OVERSTAP_TEST_DATABASE=postgres` selects PostgreSQL; SQLite otherwise.
    pub fn from_env() -> Backend {
        match std::env::var("OVERSTAP_TEST_DATABASE").as_deref() {
            Ok("postgres") => Backend::Postgres,
            _ => Backend::Sqlite,
        }
    }
}

/// The server that test databases are created on (`OVERSTAP_TEST_POSTGRES_URL`).
pub fn postgres_server_url() -> String {
    std::env::var("OVERSTAP_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned())
}

/// Creates a new empty database and returns its URL. PostgreSQL databases are named
/// `overstap_test_<uuid>` so a test run can drop them all afterwards.
pub async fn fresh_database(backend: Backend) -> Result<String, DbErr> {
    let name = format!("overstap_test_{}", Uuid::new_v4().simple());
    match backend {
        Backend::Sqlite => {
            let path = std::env::temp_dir().join(format!("{name}.db"));
            Ok(format!("sqlite://{}?mode=rwc", path.display()))
        }
        Backend::Postgres => {
            let server = postgres_server_url();
            let admin = Database::connect(format!("{server}/postgres")).await?;
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await?;
            admin.close().await?;
            Ok(format!("{server}/{name}"))
        }
    }
}

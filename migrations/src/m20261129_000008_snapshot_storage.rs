//! PostgreSQL: a run's snapshot (about 100 MB of JSON text for 200,000 pupils) is compressed
//! with lz4 instead of the default pglz. pglz spent 5 s on such a snapshot and then stored it
//! uncompressed anyway (UUIDs do not shrink by the quarter it requires); lz4 takes under a
//! second and halves it. A server built without lz4 stores it uncompressed, out of line,
//! without trying. Existing rows keep their form; SQLite is unchanged.

use sea_orm_migration::prelude::{DbErr, DeriveMigrationName, MigrationTrait, SchemaManager};
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        db.execute_unprepared(
            "DO $$ BEGIN \
               IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' \
                          AND 'lz4' = ANY (enumvals)) THEN \
                 ALTER TABLE placement_runs ALTER COLUMN snapshot SET COMPRESSION lz4; \
               ELSE \
                 ALTER TABLE placement_runs ALTER COLUMN snapshot SET STORAGE EXTERNAL; \
               END IF; \
             END $$",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        db.execute_unprepared(
            "ALTER TABLE placement_runs ALTER COLUMN snapshot SET COMPRESSION default; \
             ALTER TABLE placement_runs ALTER COLUMN snapshot SET STORAGE EXTENDED",
        )
        .await?;
        Ok(())
    }
}

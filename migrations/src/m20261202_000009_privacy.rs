//! Privacy: each region's retention rule, the daily jobs' claim table, and the one sanctioned
//! change to the append-only audit log (pseudonymising the entries of removed people).

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, MigrationTrait, SchemaManager, Table,
};
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

use crate::m20261129_000001_initial::{instant, text};
use crate::names::Regions;

#[derive(DeriveIden, Clone, Copy)]
enum RegionsRetention {
    /// Month and day of the school year after the procedure's on which its personal data goes.
    RetentionMonth,
    RetentionDay,
}

#[derive(DeriveIden, Clone, Copy)]
enum JobRuns {
    Table,
    /// The job's name, e.g. `purge`.
    Job,
    /// The last Europe/Amsterdam day (YYYY-MM-DD) a replica claimed the job for.
    LastDay,
    ClaimedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum AuditLogUnlock {
    Table,
    Id,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Regions::Table)
                    .add_column(
                        ColumnDef::new(RegionsRetention::RetentionMonth)
                            .integer()
                            .not_null()
                            .default(10),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Regions::Table)
                    .add_column(
                        ColumnDef::new(RegionsRetention::RetentionDay)
                            .integer()
                            .not_null()
                            .default(1),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(JobRuns::Table)
                    .col(
                        ColumnDef::new(JobRuns::Job)
                            .string()
                            .not_null()
                            .primary_key(),
                    )
                    .col(text(JobRuns::LastDay))
                    .col(instant(JobRuns::ClaimedAt))
                    .to_owned(),
            )
            .await?;
        sanctioned_pseudonymisation(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match db.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "DROP FUNCTION IF EXISTS audit_log_pseudonymise(uuid, uuid); \
                     CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$ \
                     BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; \
                     $$ LANGUAGE plpgsql;",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared(
                    "DROP TRIGGER IF EXISTS audit_log_no_update; \
                     CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log \
                     BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
                )
                .await?;
                manager
                    .drop_table(Table::drop().table(AuditLogUnlock::Table).to_owned())
                    .await?;
            }
        }
        manager
            .drop_table(Table::drop().table(JobRuns::Table).to_owned())
            .await?;
        for column in [
            RegionsRetention::RetentionDay,
            RegionsRetention::RetentionMonth,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Regions::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

/// The audit log still refuses every DELETE and every UPDATE, except the purge's: on
/// PostgreSQL through `audit_log_pseudonymise`, a SECURITY DEFINER function owned by the
/// migration (owner) role, which the application role may execute although it holds no UPDATE
/// on the table; on SQLite (one process, no roles) while the purge's own transaction holds a
/// row in `audit_log_unlock`, which it removes again before it commits.
async fn sanctioned_pseudonymisation(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    match db.get_database_backend() {
        DbBackend::Postgres => {
            db.execute_unprepared(
                "CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$ \
                 BEGIN \
                   IF TG_OP = 'UPDATE' \
                      AND current_setting('overstap.audit_pseudonymise', true) = 'on' THEN \
                     RETURN NEW; \
                   END IF; \
                   RAISE EXCEPTION 'audit_log is append-only'; \
                 END; $$ LANGUAGE plpgsql;",
            )
            .await?;
            db.execute_unprepared(
                "CREATE FUNCTION audit_log_pseudonymise(person uuid, pseudonym uuid) \
                 RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ \
                 DECLARE changed bigint; \
                 BEGIN \
                   PERFORM set_config('overstap.audit_pseudonymise', 'on', true); \
                   UPDATE audit_log SET \
                     subject_id = CASE WHEN subject_id = person THEN pseudonym ELSE subject_id END, \
                     actor_id = CASE WHEN actor_id = person THEN pseudonym ELSE actor_id END, \
                     details = '{\"pseudonymised\": true}'::json \
                   WHERE subject_id = person OR actor_id = person \
                      OR details->>'pupil' = person::text; \
                   GET DIAGNOSTICS changed = ROW_COUNT; \
                   PERFORM set_config('overstap.audit_pseudonymise', 'off', true); \
                   RETURN changed; \
                 END; $$;",
            )
            .await?;
        }
        _ => {
            manager
                .create_table(
                    Table::create()
                        .table(AuditLogUnlock::Table)
                        .col(
                            ColumnDef::new(AuditLogUnlock::Id)
                                .integer()
                                .not_null()
                                .primary_key(),
                        )
                        .to_owned(),
                )
                .await?;
            db.execute_unprepared(
                "DROP TRIGGER IF EXISTS audit_log_no_update; \
                 CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log \
                 WHEN NOT EXISTS (SELECT 1 FROM audit_log_unlock) \
                 BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
            )
            .await?;
        }
    }
    Ok(())
}

//! Where an audit entry belongs, so it can be read per region, per school and per pupil: the
//! region, school and pupil it concerns, found from its subject and actor when it is written.
//! Entries written before this version have none and are not shown by the audit-log reader.

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, Index, MigrationTrait, SchemaManager, Table,
};

use crate::m20261129_000001_initial::index;

#[derive(DeriveIden, Clone, Copy)]
enum AuditLogV15 {
    #[sea_orm(iden = "audit_log")]
    Table,
    OccurredAt,
    RegionId,
    SchoolId,
    PupilId,
}

const COLUMNS: [AuditLogV15; 3] = [
    AuditLogV15::RegionId,
    AuditLogV15::SchoolId,
    AuditLogV15::PupilId,
];

const INDEXES: [(&str, AuditLogV15); 3] = [
    ("ix_audit_log_region", AuditLogV15::RegionId),
    ("ix_audit_log_school", AuditLogV15::SchoolId),
    ("ix_audit_log_pupil", AuditLogV15::PupilId),
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE; adding a column fires no trigger, so the
        // log's append-only guard is untouched.
        for column in COLUMNS {
            manager
                .alter_table(
                    Table::alter()
                        .table(AuditLogV15::Table)
                        .add_column(ColumnDef::new(column).uuid().null())
                        .to_owned(),
                )
                .await?;
        }
        for (name, column) in INDEXES {
            index(
                manager,
                name,
                AuditLogV15::Table,
                &[column, AuditLogV15::OccurredAt],
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, _) in INDEXES {
            manager
                .drop_index(
                    Index::drop()
                        .name(name)
                        .table(AuditLogV15::Table)
                        .to_owned(),
                )
                .await?;
        }
        for column in COLUMNS {
            manager
                .alter_table(
                    Table::alter()
                        .table(AuditLogV15::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

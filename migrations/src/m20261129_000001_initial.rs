//! The initial schema: regions to registrations, the mail outbox, the audit log and sessions.

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveMigrationName, Expr, ExprTrait, ForeignKey, ForeignKeyAction, Iden,
    Index, IntoIden, MigrationTrait, SchemaManager, Table, TableCreateStatement,
    TableDropStatement,
};

use crate::names::{
    AuditLog, Boards, MailOutbox, ParentAccounts, PreferenceEntries, Procedures, Programmes,
    Pupils, RefreshTokens, Regions, RegistrationFormVersions, Registrations, Schools, StaffUsers,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

pub(crate) fn id<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col)
        .uuid()
        .not_null()
        .primary_key()
        .to_owned()
}
pub(crate) fn uuid<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).uuid().not_null().to_owned()
}
pub(crate) fn text<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).string().not_null().to_owned()
}
pub(crate) fn text_null<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).string().null().to_owned()
}
pub(crate) fn instant<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col)
        .timestamp_with_time_zone()
        .not_null()
        .to_owned()
}
pub(crate) fn instant_null<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col)
        .timestamp_with_time_zone()
        .null()
        .to_owned()
}
pub(crate) fn int<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).integer().not_null().to_owned()
}

/// A named foreign key; `cascade` for rows that only exist as part of their parent.
pub(crate) fn fk<T: IntoIden + Copy, C: IntoIden, R: IntoIden, RC: IntoIden>(
    table: &mut TableCreateStatement,
    (from_table, from_col): (T, C),
    (to_table, to_col): (R, RC),
    cascade: bool,
) {
    let from_name = from_table.into_iden().to_string();
    let col = from_col.into_iden();
    let name = format!("fk_{from_name}_{col}");
    table.foreign_key(
        ForeignKey::create()
            .name(name)
            .from(from_table, col)
            .to(to_table, to_col)
            .on_delete(if cascade {
                ForeignKeyAction::Cascade
            } else {
                ForeignKeyAction::Restrict
            }),
    );
}

pub(crate) async fn unique<T: IntoIden + Copy, C: IntoIden + Clone>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    cols: &[C],
) -> Result<(), DbErr> {
    let mut index = Index::create();
    index.name(name).table(table).unique();
    for col in cols {
        index.col(col.clone());
    }
    manager.create_index(index.to_owned()).await
}

pub(crate) async fn index<T: IntoIden + Copy, C: IntoIden + Clone>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    cols: &[C],
) -> Result<(), DbErr> {
    let mut index = Index::create();
    index.name(name).table(table);
    for col in cols {
        index.col(col.clone());
    }
    manager.create_index(index.to_owned()).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Regions::Table)
                    .col(id(Regions::Id))
                    .col(text(Regions::Code))
                    .col(text(Regions::Name))
                    .col(text(Regions::Profile))
                    .to_owned(),
            )
            .await?;
        unique(manager, "uq_regions_code", Regions::Table, &[Regions::Code]).await?;

        let mut procedures = Table::create()
            .table(Procedures::Table)
            .col(id(Procedures::Id))
            .col(uuid(Procedures::RegionId))
            .col(text(Procedures::SchoolYear))
            .col(instant(Procedures::LoginDispatchOpensAt))
            .col(instant(Procedures::LoginDispatchClosesAt))
            .col(instant(Procedures::RegistrationOpensAt))
            .col(instant(Procedures::RegistrationClosesAt))
            .col(instant(Procedures::PriorityVerificationDeadline))
            .col(instant(Procedures::PlacementAt))
            .col(instant(Procedures::PublicationAt))
            .col(instant_null(Procedures::Round2OpensAt))
            .col(instant_null(Procedures::Round2ClosesAt))
            .to_owned();
        fk(
            &mut procedures,
            (Procedures::Table, Procedures::RegionId),
            (Regions::Table, Regions::Id),
            false,
        );
        manager.create_table(procedures).await?;
        unique(
            manager,
            "uq_procedures_region_year",
            Procedures::Table,
            &[Procedures::RegionId, Procedures::SchoolYear],
        )
        .await?;

        let mut boards = Table::create()
            .table(Boards::Table)
            .col(id(Boards::Id))
            .col(uuid(Boards::RegionId))
            .col(text(Boards::Name))
            .to_owned();
        fk(
            &mut boards,
            (Boards::Table, Boards::RegionId),
            (Regions::Table, Regions::Id),
            false,
        );
        manager.create_table(boards).await?;

        let mut schools = Table::create()
            .table(Schools::Table)
            .col(id(Schools::Id))
            .col(uuid(Schools::BoardId))
            .col(uuid(Schools::RegionId))
            .col(
                text(Schools::Kind)
                    .check(Expr::col(Schools::Kind).is_in(["po", "vo"]))
                    .to_owned(),
            )
            .col(text(Schools::Code))
            .col(text(Schools::Name))
            .col(text(Schools::Town))
            .col(text(Schools::ContactEmail))
            .col(text(Schools::ContactPhone))
            .col(text_null(Schools::Website))
            .col(text_null(Schools::PriorityRule))
            .to_owned();
        fk(
            &mut schools,
            (Schools::Table, Schools::BoardId),
            (Boards::Table, Boards::Id),
            false,
        );
        fk(
            &mut schools,
            (Schools::Table, Schools::RegionId),
            (Regions::Table, Regions::Id),
            false,
        );
        manager.create_table(schools).await?;
        unique(manager, "uq_schools_code", Schools::Table, &[Schools::Code]).await?;
        index(
            manager,
            "ix_schools_board",
            Schools::Table,
            &[Schools::BoardId],
        )
        .await?;
        index(
            manager,
            "ix_schools_region",
            Schools::Table,
            &[Schools::RegionId],
        )
        .await?;

        let mut programmes = Table::create()
            .table(Programmes::Table)
            .col(id(Programmes::Id))
            .col(uuid(Programmes::SchoolId))
            .col(text(Programmes::Name))
            .col(text(Programmes::AdmittedAdvice))
            .col(
                int(Programmes::Capacity)
                    .check(Expr::col(Programmes::Capacity).gte(0))
                    .to_owned(),
            )
            .to_owned();
        fk(
            &mut programmes,
            (Programmes::Table, Programmes::SchoolId),
            (Schools::Table, Schools::Id),
            true,
        );
        manager.create_table(programmes).await?;
        unique(
            manager,
            "uq_programmes_school_name",
            Programmes::Table,
            &[Programmes::SchoolId, Programmes::Name],
        )
        .await?;

        let mut staff = Table::create()
            .table(StaffUsers::Table)
            .col(id(StaffUsers::Id))
            .col(text(StaffUsers::Email))
            .col(text(StaffUsers::PasswordHash))
            .col(text(StaffUsers::DisplayName))
            .col(
                text(StaffUsers::Role)
                    .check(Expr::col(StaffUsers::Role).is_in([
                        "po_staff",
                        "vo_staff",
                        "board_admin",
                        "coordinator",
                    ]))
                    .to_owned(),
            )
            .col(uuid(StaffUsers::RegionId))
            .col(ColumnDef::new(StaffUsers::SchoolId).uuid().null())
            .col(ColumnDef::new(StaffUsers::BoardId).uuid().null())
            .col(ColumnDef::new(StaffUsers::Active).boolean().not_null())
            .col(instant(StaffUsers::CreatedAt))
            .to_owned();
        fk(
            &mut staff,
            (StaffUsers::Table, StaffUsers::RegionId),
            (Regions::Table, Regions::Id),
            false,
        );
        fk(
            &mut staff,
            (StaffUsers::Table, StaffUsers::SchoolId),
            (Schools::Table, Schools::Id),
            false,
        );
        fk(
            &mut staff,
            (StaffUsers::Table, StaffUsers::BoardId),
            (Boards::Table, Boards::Id),
            false,
        );
        manager.create_table(staff).await?;
        unique(
            manager,
            "uq_staff_users_email",
            StaffUsers::Table,
            &[StaffUsers::Email],
        )
        .await?;

        let mut pupils = Table::create()
            .table(Pupils::Table)
            .col(id(Pupils::Id))
            .col(uuid(Pupils::ProcedureId))
            .col(uuid(Pupils::SchoolId))
            .col(text(Pupils::ExternalId))
            .col(text(Pupils::ElkNumber))
            .col(text(Pupils::FirstName))
            .col(text(Pupils::LastName))
            .col(text(Pupils::ClassName))
            .col(ColumnDef::new(Pupils::BirthDate).date().not_null())
            .col(text(Pupils::Advice))
            .col(ColumnDef::new(Pupils::Lwoo).boolean().not_null())
            .col(text(Pupils::HomeTown))
            .col(text(Pupils::ParentEmail))
            .col(ColumnDef::new(Pupils::TwinPupilId).uuid().null())
            .col(instant(Pupils::CreatedAt))
            .col(instant(Pupils::UpdatedAt))
            .to_owned();
        fk(
            &mut pupils,
            (Pupils::Table, Pupils::ProcedureId),
            (Procedures::Table, Procedures::Id),
            false,
        );
        fk(
            &mut pupils,
            (Pupils::Table, Pupils::SchoolId),
            (Schools::Table, Schools::Id),
            false,
        );
        fk(
            &mut pupils,
            (Pupils::Table, Pupils::TwinPupilId),
            (Pupils::Table, Pupils::Id),
            false,
        );
        manager.create_table(pupils).await?;
        unique(
            manager,
            "uq_pupils_elk_number",
            Pupils::Table,
            &[Pupils::ElkNumber],
        )
        .await?;
        unique(
            manager,
            "uq_pupils_school_external_id",
            Pupils::Table,
            &[Pupils::SchoolId, Pupils::ExternalId],
        )
        .await?;

        let mut parents = Table::create()
            .table(ParentAccounts::Table)
            .col(id(ParentAccounts::Id))
            .col(uuid(ParentAccounts::PupilId))
            .col(text_null(ParentAccounts::PasswordHash))
            .col(instant_null(ParentAccounts::ActivatedAt))
            .col(text(ParentAccounts::Language))
            .col(instant(ParentAccounts::CreatedAt))
            .to_owned();
        fk(
            &mut parents,
            (ParentAccounts::Table, ParentAccounts::PupilId),
            (Pupils::Table, Pupils::Id),
            true,
        );
        manager.create_table(parents).await?;
        unique(
            manager,
            "uq_parent_accounts_pupil",
            ParentAccounts::Table,
            &[ParentAccounts::PupilId],
        )
        .await?;

        let mut registrations = Table::create()
            .table(Registrations::Table)
            .col(id(Registrations::Id))
            .col(uuid(Registrations::PupilId))
            .col(uuid(Registrations::ProcedureId))
            .col(
                text(Registrations::Status)
                    .check(
                        Expr::col(Registrations::Status)
                            .is_in(["wit", "blauw", "groen", "AG", "AV"]),
                    )
                    .to_owned(),
            )
            .col(int(Registrations::FormVersion))
            .col(int(Registrations::Revision))
            .col(instant_null(Registrations::ConfirmedAt))
            .col(instant(Registrations::UpdatedAt))
            .to_owned();
        fk(
            &mut registrations,
            (Registrations::Table, Registrations::PupilId),
            (Pupils::Table, Pupils::Id),
            true,
        );
        fk(
            &mut registrations,
            (Registrations::Table, Registrations::ProcedureId),
            (Procedures::Table, Procedures::Id),
            false,
        );
        manager.create_table(registrations).await?;
        unique(
            manager,
            "uq_registrations_pupil_procedure",
            Registrations::Table,
            &[Registrations::PupilId, Registrations::ProcedureId],
        )
        .await?;

        let mut versions = Table::create()
            .table(RegistrationFormVersions::Table)
            .col(id(RegistrationFormVersions::Id))
            .col(uuid(RegistrationFormVersions::RegistrationId))
            .col(int(RegistrationFormVersions::Version))
            .col(
                ColumnDef::new(RegistrationFormVersions::Data)
                    .json()
                    .not_null(),
            )
            .col(text(RegistrationFormVersions::Reason))
            .col(text(RegistrationFormVersions::CreatedBy))
            .col(instant(RegistrationFormVersions::CreatedAt))
            .to_owned();
        fk(
            &mut versions,
            (
                RegistrationFormVersions::Table,
                RegistrationFormVersions::RegistrationId,
            ),
            (Registrations::Table, Registrations::Id),
            true,
        );
        manager.create_table(versions).await?;
        unique(
            manager,
            "uq_registration_form_versions_version",
            RegistrationFormVersions::Table,
            &[
                RegistrationFormVersions::RegistrationId,
                RegistrationFormVersions::Version,
            ],
        )
        .await?;

        let mut entries = Table::create()
            .table(PreferenceEntries::Table)
            .col(id(PreferenceEntries::Id))
            .col(uuid(PreferenceEntries::RegistrationId))
            .col(
                int(PreferenceEntries::Rank)
                    .check(Expr::col(PreferenceEntries::Rank).gte(1))
                    .to_owned(),
            )
            .col(uuid(PreferenceEntries::ProgrammeId))
            .col(text_null(PreferenceEntries::PriorityClaim))
            .col(text_null(PreferenceEntries::SiblingName))
            .col(text_null(PreferenceEntries::SiblingClass))
            .to_owned();
        fk(
            &mut entries,
            (PreferenceEntries::Table, PreferenceEntries::RegistrationId),
            (Registrations::Table, Registrations::Id),
            true,
        );
        fk(
            &mut entries,
            (PreferenceEntries::Table, PreferenceEntries::ProgrammeId),
            (Programmes::Table, Programmes::Id),
            false,
        );
        manager.create_table(entries).await?;
        unique(
            manager,
            "uq_preference_entries_rank",
            PreferenceEntries::Table,
            &[PreferenceEntries::RegistrationId, PreferenceEntries::Rank],
        )
        .await?;
        unique(
            manager,
            "uq_preference_entries_programme",
            PreferenceEntries::Table,
            &[
                PreferenceEntries::RegistrationId,
                PreferenceEntries::ProgrammeId,
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(MailOutbox::Table)
                    .col(id(MailOutbox::Id))
                    .col(text(MailOutbox::Recipient))
                    .col(text(MailOutbox::Subject))
                    .col(ColumnDef::new(MailOutbox::BodyText).text().not_null())
                    .col(ColumnDef::new(MailOutbox::BodyHtml).text().not_null())
                    .col(
                        text(MailOutbox::Status)
                            .check(
                                Expr::col(MailOutbox::Status).is_in(["pending", "sent", "failed"]),
                            )
                            .to_owned(),
                    )
                    .col(int(MailOutbox::Attempts))
                    .col(instant(MailOutbox::NextAttemptAt))
                    .col(ColumnDef::new(MailOutbox::LastError).text().null())
                    .col(instant(MailOutbox::CreatedAt))
                    .col(instant_null(MailOutbox::SentAt))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_mail_outbox_due",
            MailOutbox::Table,
            &[MailOutbox::Status, MailOutbox::NextAttemptAt],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(id(AuditLog::Id))
                    .col(instant(AuditLog::OccurredAt))
                    .col(text(AuditLog::ActorRole))
                    .col(ColumnDef::new(AuditLog::ActorId).uuid().null())
                    .col(text(AuditLog::Action))
                    .col(text(AuditLog::SubjectKind))
                    .col(ColumnDef::new(AuditLog::SubjectId).uuid().null())
                    .col(ColumnDef::new(AuditLog::Details).json().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_audit_log_subject",
            AuditLog::Table,
            &[AuditLog::SubjectKind, AuditLog::SubjectId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(RefreshTokens::Table)
                    .col(id(RefreshTokens::Id))
                    .col(text(RefreshTokens::TokenHash))
                    .col(uuid(RefreshTokens::FamilyId))
                    .col(text(RefreshTokens::Role))
                    .col(uuid(RefreshTokens::SubjectId))
                    .col(instant(RefreshTokens::CreatedAt))
                    .col(instant(RefreshTokens::ExpiresAt))
                    .col(instant_null(RefreshTokens::UsedAt))
                    .col(instant_null(RefreshTokens::RevokedAt))
                    .to_owned(),
            )
            .await?;
        unique(
            manager,
            "uq_refresh_tokens_hash",
            RefreshTokens::Table,
            &[RefreshTokens::TokenHash],
        )
        .await?;
        index(
            manager,
            "ix_refresh_tokens_family",
            RefreshTokens::Table,
            &[RefreshTokens::FamilyId],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        fn drop<T: Iden + 'static>(table: T) -> TableDropStatement {
            Table::drop().table(table).if_exists().to_owned()
        }
        manager.drop_table(drop(RefreshTokens::Table)).await?;
        manager.drop_table(drop(AuditLog::Table)).await?;
        manager.drop_table(drop(MailOutbox::Table)).await?;
        manager.drop_table(drop(PreferenceEntries::Table)).await?;
        manager
            .drop_table(drop(RegistrationFormVersions::Table))
            .await?;
        manager.drop_table(drop(Registrations::Table)).await?;
        manager.drop_table(drop(ParentAccounts::Table)).await?;
        manager.drop_table(drop(Pupils::Table)).await?;
        manager.drop_table(drop(StaffUsers::Table)).await?;
        manager.drop_table(drop(Programmes::Table)).await?;
        manager.drop_table(drop(Schools::Table)).await?;
        manager.drop_table(drop(Boards::Table)).await?;
        manager.drop_table(drop(Procedures::Table)).await?;
        manager.drop_table(drop(Regions::Table)).await?;
        Ok(())
    }
}

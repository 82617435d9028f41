//! Table and column identifiers shared by the migrations.

use sea_orm_migration::prelude::DeriveIden;

#[derive(DeriveIden, Clone, Copy)]
pub enum Regions {
    Table,
    Id,
    Code,
    Name,
    Profile,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum Procedures {
    Table,
    Id,
    RegionId,
    SchoolYear,
    LoginDispatchOpensAt,
    LoginDispatchClosesAt,
    RegistrationOpensAt,
    RegistrationClosesAt,
    PriorityVerificationDeadline,
    PlacementAt,
    PublicationAt,
    Round2OpensAt,
    Round2ClosesAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum Boards {
    Table,
    Id,
    RegionId,
    Name,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum Schools {
    Table,
    Id,
    BoardId,
    RegionId,
    Kind,
    Code,
    Name,
    Town,
    ContactEmail,
    ContactPhone,
    Website,
    PriorityRule,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum Programmes {
    Table,
    Id,
    SchoolId,
    Name,
    AdmittedAdvice,
    Capacity,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum StaffUsers {
    Table,
    Id,
    Email,
    PasswordHash,
    DisplayName,
    Role,
    RegionId,
    SchoolId,
    BoardId,
    Active,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum Pupils {
    Table,
    Id,
    ProcedureId,
    SchoolId,
    ExternalId,
    ElkNumber,
    FirstName,
    LastName,
    ClassName,
    BirthDate,
    Advice,
    Lwoo,
    HomeTown,
    ParentEmail,
    TwinPupilId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum ParentAccounts {
    Table,
    Id,
    PupilId,
    PasswordHash,
    ActivatedAt,
    Language,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum Registrations {
    Table,
    Id,
    PupilId,
    ProcedureId,
    Status,
    FormVersion,
    Revision,
    ConfirmedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum RegistrationFormVersions {
    Table,
    Id,
    RegistrationId,
    Version,
    Data,
    Reason,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum PreferenceEntries {
    Table,
    Id,
    RegistrationId,
    Rank,
    ProgrammeId,
    PriorityClaim,
    SiblingName,
    SiblingClass,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum MailOutbox {
    Table,
    Id,
    Recipient,
    Subject,
    BodyText,
    BodyHtml,
    Status,
    Attempts,
    NextAttemptAt,
    LastError,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum AuditLog {
    Table,
    Id,
    OccurredAt,
    ActorRole,
    ActorId,
    Action,
    SubjectKind,
    SubjectId,
    Details,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum RefreshTokens {
    Table,
    Id,
    TokenHash,
    FamilyId,
    Role,
    SubjectId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
    RevokedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum ParentLogins {
    Table,
    Id,
    PupilId,
    Version,
    TokenHash,
    SentTo,
    CreatedAt,
    ExpiresAt,
    UsedAt,
    InvalidatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum StatusCounts {
    Table,
    Id,
    SchoolId,
    ClassName,
    Status,
    Count,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum RegistrationsV2 {
    #[sea_orm(iden = "registrations")]
    Table,
    LoginVersion,
    Draft,
    WeekClosed,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum MailOutboxV3 {
    #[sea_orm(iden = "mail_outbox")]
    Table,
    Template,
}

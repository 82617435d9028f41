//! The append-only audit log. There is deliberately no update or delete here.
//!
//! An entry is made with [`AuditEntry::new`] from an [`AuditAction`] (the stable verb that is
//! stored), an [`AuditActor`] and an [`AuditSubject`] (a typed id and its kind).

use overstap_domain::{
    ApiClientId, BoardId, ParentAccountId, PlacementRunId, ProcedureId, ProgrammeId, PupilId,
    RegionId, RegistrationId, ReserveOfferId, Role, SchoolId, SeedCommitmentId, StaffUserId,
};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::audit_log;

pub mod read;
pub mod scope;

/// Declares the actions with their stored names.
macro_rules! actions {
    ($($(#[$meta:meta])* $variant:ident = $name:literal,)+) => {
        /// Everything the audit log records. The names are stored and must not change.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum AuditAction {
            $($(#[$meta])* $variant,)+
        }

        impl AuditAction {
            pub const ALL: &'static [AuditAction] = &[$(AuditAction::$variant,)+];

            pub const fn as_str(self) -> &'static str {
                match self {
                    $(AuditAction::$variant => $name,)+
                }
            }
        }
    };
}

actions! {
    SignIn = "auth.sign_in",
    RecoveryCodeUsed = "auth.recovery_code_used",
    PasswordChanged = "auth.password_changed",
    TwoStepEnabled = "auth.two_step_enabled",
    RecoveryCodesRenewed = "auth.recovery_codes_renewed",
    TwoStepDisabled = "auth.two_step_disabled",
    ParentActivated = "parent.activated",
    ParentPasswordReset = "parent.password_reset",
    ParentPasswordResetRequested = "parent.password_reset_requested",
    SeedCommitted = "placement.seed_committed",
    DryRun = "placement.dry_run",
    OfficialRun = "placement.official_run",
    ReserveOffer = "placement.reserve_offer",
    ReserveOfferDecided = "placement.reserve_offer_decided",
    PlacementWithdrawn = "placement.withdrawn",
    PriorityDecided = "priority.decided",
    PupilErased = "privacy.pupil_erased",
    Purge = "privacy.purge",
    CapacitySet = "programme.capacity_set",
    PupilCreated = "pupil.created",
    PupilCorrected = "pupil.corrected",
    PaperRouteSet = "pupil.paper_route_set",
    PupilsImported = "pupil.imported",
    ParentEmailChanged = "pupil.parent_email_changed",
    RegistrationConfirmed = "registration.confirmed",
    RegistrationWithdrawn = "registration.withdrawn",
    TwinListCopied = "registration.twin_list_copied",
    TwinUnlinked = "registration.twin_unlinked",
    RemindersSent = "reminder.sent",
    LoginsSent = "parent_login.sent",
    Round2ListConfirmed = "round2.list_confirmed",
    BoardPupilViewed = "board.pupil_viewed",
    RegionCreated = "region.created",
    RegionUpdated = "region.updated",
    ProcedureCreated = "procedure.created",
    ProcedureUpdated = "procedure.updated",
    StaffInvited = "staff.invited",
    StaffInvitationResent = "staff.invitation_resent",
    StaffInvitationAccepted = "staff.invitation_accepted",
    StaffUpdated = "staff.updated",
    StaffDeactivated = "staff.deactivated",
    StaffReactivated = "staff.reactivated",
    StaffPasswordResetRequested = "staff.password_reset_requested",
    StaffPasswordReset = "staff.password_reset",
    BoardCreated = "board.created",
    BoardUpdated = "board.updated",
    BoardDeactivated = "board.deactivated",
    BoardReactivated = "board.reactivated",
    SchoolCreated = "school.created",
    SchoolUpdated = "school.updated",
    SchoolDeactivated = "school.deactivated",
    SchoolReactivated = "school.reactivated",
    SchoolsImported = "school.imported",
    ProgrammeCreated = "programme.created",
    ProgrammeUpdated = "programme.updated",
    ProgrammeDeleted = "programme.deleted",
    ApiClientCreated = "api_client.created",
    ApiClientSecretRotated = "api_client.secret_rotated",
    ApiClientRevoked = "api_client.revoked",
}

/// The actor role of entries written by an API client.
pub const API_CLIENT_ROLE: &str = "api_client";

/// Who acted: a signed-in role with its id, or the system and anonymous callers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditActor {
    role: &'static str,
    id: Option<Uuid>,
}

impl AuditActor {
    /// A signed-in user: staff by their staff id, a parent by the account id.
    pub fn signed_in(role: Role, id: Uuid) -> AuditActor {
        AuditActor {
            role: role.as_str(),
            id: Some(id),
        }
    }

    pub fn parent(account: ParentAccountId) -> AuditActor {
        AuditActor::signed_in(Role::Parent, account.as_uuid())
    }

    /// The actor's role as records name it (`po_staff`, `api_client`, `system`, ...).
    pub const fn role(&self) -> &'static str {
        self.role
    }

    /// The actor's id (staff user, parent account or API client), if it has one.
    pub const fn id(&self) -> Option<Uuid> {
        self.id
    }

    /// A system signed in with client credentials.
    pub fn api_client(client: ApiClientId) -> AuditActor {
        AuditActor {
            role: API_CLIENT_ROLE,
            id: Some(client.as_uuid()),
        }
    }

    /// A scheduled job.
    pub const SYSTEM: AuditActor = AuditActor {
        role: "system",
        id: None,
    };

    /// The operator at the command line (`overstap admin …`).
    pub const OPERATOR: AuditActor = AuditActor {
        role: "operator",
        id: None,
    };

    /// Someone not signed in (a password-reset request).
    pub const ANONYMOUS: AuditActor = AuditActor {
        role: "anonymous",
        id: None,
    };
}

/// What the entry is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditSubject {
    Pupil(PupilId),
    /// An erased pupil, named by a keyed pseudonym of the id that was.
    ErasedPupil(Uuid),
    Registration(RegistrationId),
    ParentAccount(ParentAccountId),
    StaffUser(StaffUserId),
    Region(RegionId),
    Board(BoardId),
    School(SchoolId),
    Programme(ProgrammeId),
    PlacementRun(PlacementRunId),
    SeedCommitment(SeedCommitmentId),
    ReserveOffer(ReserveOfferId),
    ApiClient(ApiClientId),
    /// A job over the whole database, or one procedure.
    Procedure(Option<ProcedureId>),
}

impl AuditSubject {
    /// The account of a signed-in user: a parent account or a staff user.
    pub fn account(role: Role, id: Uuid) -> AuditSubject {
        if role == Role::Parent {
            AuditSubject::ParentAccount(ParentAccountId::from_uuid(id))
        } else {
            AuditSubject::StaffUser(StaffUserId::from_uuid(id))
        }
    }

    fn kind_and_id(self) -> (&'static str, Option<Uuid>) {
        match self {
            AuditSubject::Pupil(id) => ("pupil", Some(id.as_uuid())),
            AuditSubject::ErasedPupil(pseudonym) => ("pupil", Some(pseudonym)),
            AuditSubject::Registration(id) => ("registration", Some(id.as_uuid())),
            AuditSubject::ParentAccount(id) => ("parent_account", Some(id.as_uuid())),
            AuditSubject::StaffUser(id) => ("staff_user", Some(id.as_uuid())),
            AuditSubject::Region(id) => ("region", Some(id.as_uuid())),
            AuditSubject::Board(id) => ("board", Some(id.as_uuid())),
            AuditSubject::School(id) => ("school", Some(id.as_uuid())),
            AuditSubject::Programme(id) => ("programme", Some(id.as_uuid())),
            AuditSubject::PlacementRun(id) => ("placement_run", Some(id.as_uuid())),
            AuditSubject::SeedCommitment(id) => ("seed_commitment", Some(id.as_uuid())),
            AuditSubject::ReserveOffer(id) => ("reserve_offer", Some(id.as_uuid())),
            AuditSubject::ApiClient(id) => ("api_client", Some(id.as_uuid())),
            AuditSubject::Procedure(id) => ("procedure", id.map(|id| id.as_uuid())),
        }
    }
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub occurred_at: OffsetDateTime,
    pub actor: AuditActor,
    pub action: AuditAction,
    pub subject: AuditSubject,
    pub details: serde_json::Value,
}

impl AuditEntry {
    pub fn new(
        action: AuditAction,
        actor: AuditActor,
        subject: AuditSubject,
        occurred_at: OffsetDateTime,
    ) -> AuditEntry {
        AuditEntry {
            occurred_at,
            actor,
            action,
            subject,
            details: serde_json::Value::Object(serde_json::Map::new()),
        }
    }

    /// What else is worth knowing (never personal data beyond ids).
    pub fn details(mut self, details: serde_json::Value) -> AuditEntry {
        self.details = details;
        self
    }
}

/// The moment as stored: in UTC and in whole seconds, so every stored value has the same text
/// form and SQLite (which compares the text) orders and filters them as instants.
pub fn stored_moment(at: OffsetDateTime) -> OffsetDateTime {
    let utc = at.to_offset(time::UtcOffset::UTC);
    utc.replace_nanosecond(0).unwrap_or(utc)
}

/// Writes the entry with its scope (region, school, pupil; see [`scope`]).
pub async fn append<C: ConnectionTrait>(db: &C, entry: AuditEntry) -> Result<(), DbErr> {
    let (subject_kind, subject_id) = entry.subject.kind_and_id();
    let scope = scope::of(db, entry.actor, entry.subject).await?;
    audit_log::Entity::insert(audit_log::ActiveModel {
        // Time-ordered: within one stored second a later entry has a higher id, so a reader's
        // page (newest first by moment, then id) never gains an entry written after it was read.
        id: Set(Uuid::now_v7()),
        occurred_at: Set(stored_moment(entry.occurred_at)),
        actor_role: Set(entry.actor.role.to_owned()),
        actor_id: Set(entry.actor.id),
        action: Set(entry.action.as_str().to_owned()),
        subject_kind: Set(subject_kind.to_owned()),
        subject_id: Set(subject_id),
        details: Set(entry.details),
        region_id: Set(scope.region.map(|id| id.as_uuid())),
        school_id: Set(scope.school.map(|id| id.as_uuid())),
        pupil_id: Set(scope.pupil.map(|id| id.as_uuid())),
    })
    .exec(db)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::AuditAction;

    #[test]
    fn every_action_has_its_own_dotted_name() {
        let mut names: Vec<&str> = AuditAction::ALL.iter().map(|a| a.as_str()).collect();
        assert!(names.iter().all(|n| n.split('.').count() == 2));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), AuditAction::ALL.len());
    }
}

//! The JSON contract of the Overstap API: `*Request`/`*Response` DTOs and the error envelope.
//!
//! Builds for wasm32 and depends on no other workspace crate. The server turns on the
//! `openapi` (utoipa schemas) and `validate` (validator rules) features.

pub mod api_clients;
pub mod audit;
pub mod auth;
pub mod board;
pub mod error;
pub mod mail;
pub mod parent;
pub mod placement;
pub mod procedure;
pub mod pupils;
pub mod region;
pub mod round2;
pub mod schools;
pub mod spa;
pub mod staff;
pub mod statistics;
pub mod vo;
pub mod vocabulary;

pub use api_clients::{
    ApiClientListResponse, ApiClientRequest, ApiClientResponse, ApiClientSecretResponse, ApiScope,
    ClientTokenResponse, OAuthErrorCode, OAuthErrorResponse, TokenRequest,
};
pub use audit::{AuditLogEntry, AuditLogQuery, AuditLogResponse};
pub use auth::{
    ChangePasswordRequest, MeResponse, OneTimePasswordRequest, ParentSignInRequest,
    RecoveryCodesResponse, RefreshRequest, Role, SignOutRequest, StaffSignInRequest,
    SwitchSchoolRequest, TokenResponse, TwoStepSetupResponse, TwoStepStatus,
};
pub use board::{
    BoardOverviewResponse, BoardPlacement, BoardPupil, BoardPupilMatch, BoardPupilQuery,
    BoardPupilSearchResponse, ClassBoard, SchoolCounts, StatusBoardQuery, StatusBoardResponse,
    StatusCounts,
};
pub use error::{ErrorCode, ErrorDetails, ErrorResponse, FieldError, Problem, RowError};
pub use mail::{MailMessageResponse, MailboxResponse};
pub use parent::{
    ActivateRequest, ActivationPreviewRequest, ActivationPreviewResponse, LanguageRequest,
    ListEntryBody, ListEntryResponse, PasswordResetCompleteRequest, PasswordResetRequest,
    PortalLanguage, PortalProgramme, PortalProgrammesResponse, PriorityClaimBody, RegionContact,
    RegistrationResponse, ReservePosition, ResultResponse, RevisionRequest, SaveDraftRequest,
    SchoolContact, TwinResponse, WeekResponse,
};
pub use placement::{
    AttentionPupil, AttentionResponse, OfferDecisionRequest, ReserveOfferListResponse,
    ReserveOfferResponse, RunListResponse, RunResponse, SeedCommitmentResponse, StartRunRequest,
};
pub use procedure::{
    CreateProcedureRequest, LocalCalendarBody, PhaseResponse, ProcedureListResponse,
    ProcedureProposalQuery, ProcedureProposalResponse, ProcedureResponse, ProcedureSummary,
    UpdateProcedureRequest,
};
pub use pupils::{
    BulkResponse, BulkSendLoginRequest, ChildResponse, ImportResponse, PaperRouteBody,
    PaperRouteRequest, PupilDataRequest, PupilListQuery, PupilListResponse, PupilResponse,
    RegionPupilQuery, RegionPupilResponse, ReminderRequest, SendLoginRequest, SkippedPupil,
};
pub use region::{
    ListRouteRule, RegionRules, RegionSettingsRequest, RegionSettingsResponse, RegionTemplate,
    RegionTemplateListResponse,
};
pub use schools::{
    ActiveRequest, BoardRequest, BoardSummary, ProgrammeListResponse, ProgrammeRequest,
    ProgrammeResponse, SchoolImportResponse, SchoolKind, SchoolListResponse, SchoolRequest,
    SchoolResponse, SchoolSummary,
};
pub use staff::{
    InviteStaffRequest, StaffAccountState, StaffInvitationPreviewResponse, StaffLanguage,
    StaffLinkRequest, StaffListResponse, StaffMemberResponse, StaffPasswordResetRequest,
    StaffSetPasswordRequest, UpdateStaffRequest,
};
pub use vocabulary::{
    Advice, ListRouteKind, MailStatus, OfferOutcome, PaperReason, Phase, PlacementMechanism,
    PriorityRuleKind, RegistrationStatus, ResultState, Round2Reason, Round2Result,
    Round2WindowState, RunKind, Submitted, TieBreaking, WireEnum,
};

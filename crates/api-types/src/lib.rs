//! The JSON contract of the Overstap API: `*Request`/`*Response` DTOs and the error envelope.
//!
//! Builds for wasm32 and depends on no other workspace crate. The server turns on the
//! `openapi` (utoipa schemas) and `validate` (validator rules) features.

pub mod auth;
pub mod error;
pub mod procedure;
pub mod pupils;
pub mod schools;

pub use auth::{
    MeResponse, ParentSignInRequest, RefreshRequest, Role, SignOutRequest, StaffSignInRequest,
    TokenResponse,
};
pub use error::{ErrorCode, ErrorResponse, FieldError};
pub use procedure::{PhaseResponse, ProcedureResponse};
pub use pupils::{ChildResponse, PupilListResponse, PupilResponse};
pub use schools::{
    BoardSummary, ProgrammeListResponse, ProgrammeResponse, SchoolKind, SchoolListResponse,
    SchoolResponse,
};

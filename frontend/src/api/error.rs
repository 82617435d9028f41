//! `ApiError`: every way a request can fail, holding the server's `ErrorResponse` when it sent one.

use overstap_api_types::{ErrorCode, ErrorResponse, FieldError};

#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The server answered with the error envelope.
    Server {
        status: u16,
        /// Boxed: the envelope is large and most results are `Ok`.
        error: Box<ErrorResponse>,
        /// Seconds from the `Retry-After` header of a 429.
        retry_after: Option<u64>,
    },
    /// There is no session, or it could not be renewed: the person must sign in again.
    SessionExpired,
    /// No answer at all: offline, or the server is down.
    Network,
    /// An answer that is not what the contract promises.
    Unreadable { status: u16 },
}

impl ApiError {
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Server { error, .. } => Some(error.code),
            _ => None,
        }
    }

    /// The server's per-field problems of an `invalid_input` answer.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            ApiError::Server { error, .. } => error
                .details
                .as_ref()
                .map_or(&[], |details| details.fields.as_slice()),
            _ => &[],
        }
    }

    /// The first problem the server found with `field` (its JSON name).
    pub fn field_error(&self, field: &str) -> Option<&FieldError> {
        self.field_errors()
            .iter()
            .find(|problem| problem.field == field)
    }

    pub fn retry_after(&self) -> Option<u64> {
        match self {
            ApiError::Server { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

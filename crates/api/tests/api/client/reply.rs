//! `Reply<T>`: one answer of the API, read as the contract's `T` on success and as the error
//! envelope on a refusal, with its status and headers for everything else a test checks.

use std::marker::PhantomData;

use overstap_api_types::{ErrorCode, ErrorResponse};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The body of a text endpoint (a CSV export): read it with `Reply::ok_text`.
pub enum Text {}

/// One answer: its status, headers and body; `ok()` reads the success body as `T`.
pub struct Reply<T> {
    request: String,
    status: StatusCode,
    headers: HeaderMap,
    body: String,
    /// The status the endpoint answers when it does what was asked (200, 201, 202, 204).
    success: StatusCode,
    answer: PhantomData<fn() -> T>,
}

impl<T> std::fmt::Debug for Reply<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} -> {}: {}", self.request, self.status, self.body)
    }
}

impl<T> Reply<T> {
    pub(super) fn new(
        request: String,
        status: StatusCode,
        headers: HeaderMap,
        body: String,
        success: StatusCode,
    ) -> Self {
        Reply {
            request,
            status,
            headers,
            body,
            success,
            answer: PhantomData,
        }
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(|v| v.to_str().unwrap())
    }

    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    pub fn text(&self) -> &str {
        &self.body
    }

    /// The body as loose JSON, for what the contract cannot say (fields that must be absent).
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{self:?} is not JSON: {e}"))
    }

    /// The request that got this answer, e.g. `GET /api/v1/me`.
    pub fn request(&self) -> &str {
        &self.request
    }

    /// The same answer as `Reply<Value>`, for tables of endpoints whose answers differ in type.
    pub fn untyped(self) -> Reply<Value> {
        Reply {
            request: self.request,
            status: self.status,
            headers: self.headers,
            body: self.body,
            success: self.success,
            answer: PhantomData,
        }
    }

    /// Asserts the endpoint's success status.
    pub fn assert_ok(&self) {
        assert_eq!(self.status, self.success, "{self:?}");
    }

    /// A successful free-form answer read as `U` (e.g. a run's snapshot as the engine's input).
    pub fn ok_as<U: DeserializeOwned>(self) -> U {
        self.assert_ok();
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("{self:?} is not what was expected: {e}"))
    }

    /// The body of a successful text answer.
    pub fn ok_text(self) -> String {
        self.assert_ok();
        self.body
    }

    /// The error envelope; panics when the answer is a success or the body is not one.
    pub fn error(&self) -> ErrorResponse {
        assert_ne!(self.status, self.success, "expected a refusal: {self:?}");
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("{self:?} is not an error envelope: {e}"))
    }

    pub fn error_code(&self) -> ErrorCode {
        self.error().code
    }

    /// Asserts a refusal with `status`; returns the envelope.
    pub fn refusal(self, status: StatusCode) -> ErrorResponse {
        assert_eq!(self.status, status, "{self:?}");
        self.error()
    }

    /// Asserts a refusal with `status` and `code`; returns the envelope for further checks.
    pub fn refused(self, status: StatusCode, code: ErrorCode) -> ErrorResponse {
        assert_eq!(self.status, status, "{self:?}");
        let error = self.error();
        assert_eq!(error.code, code, "{self:?}");
        error
    }
}

impl<T: DeserializeOwned> Reply<T> {
    /// Like `untyped`, after checking that a successful answer matches the contract's `T`.
    pub fn checked(self) -> Reply<Value> {
        if self.status == self.success
            && !self.body.is_empty()
            && let Err(e) = serde_json::from_str::<T>(&self.body)
        {
            panic!("{self:?} does not match the contract: {e}");
        }
        self.untyped()
    }

    /// The answer; panics with the body unless the status is the endpoint's success status.
    pub fn ok(self) -> T {
        self.assert_ok();
        let body = if self.body.is_empty() {
            "null"
        } else {
            &self.body
        };
        serde_json::from_str(body)
            .unwrap_or_else(|e| panic!("{self:?} does not match the contract: {e}"))
    }
}

/// The codes of a 422's field errors.
pub fn field_codes(error: &ErrorResponse) -> Vec<String> {
    error
        .details
        .as_ref()
        .map(|d| d.fields.iter().map(|f| f.code.clone()).collect())
        .unwrap_or_default()
}

/// The facts of a refusal (`details.facts`), `null` when it has none.
pub fn facts(error: &ErrorResponse) -> Value {
    error
        .details
        .as_ref()
        .and_then(|d| d.facts.clone())
        .unwrap_or(Value::Null)
}

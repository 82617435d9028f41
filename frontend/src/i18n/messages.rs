//! Turning the API's codes (errors, statuses, phases) into the current language's words.

use overstap_api_types::{ErrorCode, FieldError};

use super::texts::{StatusText, Texts};
use crate::api::ApiError;

impl Texts {
    /// The general message for a failed request; field problems are shown at the fields.
    pub fn api_error(&self, error: &ApiError) -> String {
        let (code, request_id) = match error {
            ApiError::SessionExpired => return self.error_session_expired.to_owned(),
            ApiError::Network => return self.error_network.to_owned(),
            ApiError::Unreadable { .. } => return self.error_unexpected.to_owned(),
            ApiError::Server { error, .. } => (error.code, error.request_id.as_deref()),
        };
        let message = match code {
            ErrorCode::InvalidInput | ErrorCode::MalformedRequest => self.error_invalid_input,
            ErrorCode::InvalidCredentials => self.error_invalid_credentials,
            ErrorCode::Unauthenticated | ErrorCode::InvalidRefreshToken => {
                self.error_session_expired
            }
            ErrorCode::Forbidden => self.error_forbidden,
            ErrorCode::NotFound => self.error_not_found,
            ErrorCode::Conflict => self.error_conflict,
            ErrorCode::PayloadTooLarge => self.error_too_large,
            ErrorCode::RateLimited => {
                return error.retry_after().map_or_else(
                    || self.error_rate_limited_later.to_owned(),
                    |seconds| (self.error_rate_limited)(seconds),
                );
            }
            ErrorCode::Unavailable => self.error_unavailable,
            ErrorCode::Internal => self.error_unexpected,
        };
        match request_id {
            Some(id) if matches!(code, ErrorCode::Internal | ErrorCode::Unavailable) => {
                format!("{message} {}", (self.error_reference)(id))
            }
            _ => message.to_owned(),
        }
    }

    /// The message for one invalid field, chosen by the server's stable rule code.
    pub fn field_error(&self, field: &FieldError) -> &'static str {
        match field.code.as_str() {
            "required" => self.field_required,
            "length" => self.field_length,
            "too_long" => self.field_too_long,
            "email" => self.field_email,
            _ => self.field_invalid,
        }
    }

    /// The texts for a pupil status as the API spells it: `wit`, `blauw`, `groen`, `AG`, `AV`.
    pub fn status(&self, status: &str) -> StatusText {
        match status {
            "wit" => self.status_wit,
            "blauw" => self.status_blauw,
            "groen" => self.status_groen,
            "AG" => self.status_ag,
            "AV" => self.status_av,
            _ => self.status_unknown,
        }
    }

    /// The name of a procedure phase; an unknown key is shown as it is.
    pub fn phase_name<'a>(&self, phase: &'a str) -> &'a str {
        match phase {
            "login_dispatch" => self.phase_login_dispatch,
            "registration" => self.phase_registration,
            "priority_verification" => self.phase_priority_verification,
            "placement" => self.phase_placement,
            "publication" => self.phase_publication,
            "round2" => self.phase_round2,
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{ErrorCode, ErrorResponse, FieldError};

    use super::super::Lang;
    use crate::api::ApiError;

    fn refusal(code: ErrorCode, retry_after: Option<u64>) -> ApiError {
        ApiError::Server {
            status: 400,
            error: Box::new(ErrorResponse {
                code,
                message: "in English".to_owned(),
                details: None,
                request_id: Some("req-7".to_owned()),
            }),
            retry_after,
        }
    }

    #[test]
    fn a_rate_limit_names_the_wait_from_retry_after() {
        let t = Lang::Nl.texts();
        let message = t.api_error(&refusal(ErrorCode::RateLimited, Some(30)));
        assert!(message.contains("30 seconden"), "{message}");
        let message = Lang::En
            .texts()
            .api_error(&refusal(ErrorCode::RateLimited, Some(300)));
        assert!(message.contains("5 minutes"), "{message}");
    }

    #[test]
    fn only_server_failures_carry_the_request_id() {
        let t = Lang::En.texts();
        assert!(
            t.api_error(&refusal(ErrorCode::Internal, None))
                .contains("req-7")
        );
        assert!(
            !t.api_error(&refusal(ErrorCode::InvalidCredentials, None))
                .contains("req-7")
        );
    }

    #[test]
    fn field_rules_map_to_their_own_message() {
        let t = Lang::Nl.texts();
        let field = |code: &str| FieldError {
            field: "email".to_owned(),
            code: code.to_owned(),
            message: String::new(),
        };
        assert_eq!(t.field_error(&field("email")), t.field_email);
        assert_eq!(t.field_error(&field("something_new")), t.field_invalid);
    }

    #[test]
    fn statuses_with_letters_are_ag_and_av() {
        let t = Lang::Nl.texts();
        assert_eq!(t.status("AG").letters, "AG");
        assert_eq!(t.status("AV").letters, "AV");
        assert_eq!(t.status("wit").letters, "");
        assert_eq!(t.status("paars").label, t.status_unknown.label);
    }
}

//! Turning the API's codes (errors, statuses, phases) into the current language's words.

use overstap_api_types::{
    ErrorCode, FieldError, Phase, RegistrationStatus, Role, StaffAccountState, WireEnum,
};
use serde_json::Value;
use time::OffsetDateTime;

use super::Lang;
use super::texts::Texts;
use crate::api::ApiError;

/// How a pupil status (the dot in ELK) is shown and explained.
#[derive(Debug, Clone, Copy)]
pub struct StatusText {
    /// Letters inside the dot (`AG`, `AV`), empty for a plain dot.
    pub letters: &'static str,
    pub label: &'static str,
    /// One sentence for the legend, written for school staff.
    pub help: &'static str,
}

impl Texts {
    /// The language these texts are in.
    pub fn lang(&self) -> Lang {
        self.catalogue().lang()
    }

    /// The general message for a failed request; field problems are shown at the fields.
    pub fn api_error(&self, error: &ApiError) -> String {
        let (code, request_id, facts) = match error {
            ApiError::SessionExpired => return self.error_session_expired().to_owned(),
            ApiError::Network => return self.error_network().to_owned(),
            ApiError::Unreadable { .. } => return self.error_unexpected().to_owned(),
            ApiError::Server { error, .. } => (
                error.code,
                error.request_id.as_deref(),
                error.details.as_ref().and_then(|d| d.facts.as_ref()),
            ),
        };
        let message = match code {
            ErrorCode::InvalidInput | ErrorCode::MalformedRequest => self.error_invalid_input(),
            ErrorCode::InvalidCredentials => self.error_invalid_credentials(),
            ErrorCode::Unauthenticated | ErrorCode::InvalidRefreshToken => {
                self.error_session_expired()
            }
            ErrorCode::Forbidden => self.error_forbidden(),
            ErrorCode::NotFound => self.error_not_found(),
            // Both say: the data changed meanwhile; look again.
            ErrorCode::Conflict | ErrorCode::AlreadyExists => self.error_conflict(),
            ErrorCode::PayloadTooLarge => self.error_too_large(),
            ErrorCode::RateLimited => {
                return error.retry_after().map_or_else(
                    || self.error_rate_limited_later().to_owned(),
                    |seconds| {
                        if seconds >= 120 {
                            self.error_rate_limited_minutes(seconds.div_ceil(60))
                        } else {
                            self.error_rate_limited_seconds(seconds)
                        }
                    },
                );
            }
            ErrorCode::Unavailable => self.error_unavailable(),
            // Only a program sending the wrong method meets these.
            ErrorCode::Internal
            | ErrorCode::MethodNotAllowed
            | ErrorCode::InsufficientScope
            | ErrorCode::IdempotencyKeyReused
            | ErrorCode::PreconditionFailed => self.error_unexpected(),
            ErrorCode::WindowClosed => return self.window_closed(facts),
            ErrorCode::NotAllowedInStatus => self.error_not_allowed_in_status(),
            ErrorCode::UnsupportedFile => self.error_unsupported_file(),
            ErrorCode::StaleRevision => self.error_stale_revision(),
            ErrorCode::InvalidLink => self.error_invalid_link(),
            ErrorCode::OneTimePasswordRequired => self.two_step.code_required(),
            ErrorCode::InvalidOneTimePassword => self.two_step.code_wrong(),
            ErrorCode::OneTimePasswordSetupRequired => self.two_step.setup_required(),
            ErrorCode::InvitationUsed => self.staff.invitation_used(),
            ErrorCode::InvitationExpired => self.staff.invitation_expired(),
            ErrorCode::InvitationSuperseded => self.staff.invitation_superseded(),
            ErrorCode::EmailTaken => self.staff.email_taken(),
            ErrorCode::BrinTaken => self.staff.error_brin_taken(),
            ErrorCode::InUse => self.staff.error_in_use(),
            ErrorCode::PhaseStarted => return self.phase_started(facts),
            ErrorCode::SchoolYearTaken => self.staff.error_school_year_taken(),
            ErrorCode::ProcedureRunning => return self.procedure_running(facts),
            ErrorCode::EarlierProcedure => self.staff.error_earlier_procedure(),
            ErrorCode::PaperRoute => self.paper_route.error_skipped(),
        };
        match request_id {
            Some(id) if matches!(code, ErrorCode::Internal | ErrorCode::Unavailable) => {
                format!("{message} {}", self.error_reference(id))
            }
            _ => message.to_owned(),
        }
    }

    /// "Only from … until …" with the window's dates written in this language.
    fn window_closed(&self, facts: Option<&Value>) -> String {
        match (
            self.moment_fact(facts, "opens_at", false),
            self.moment_fact(facts, "closes_at", true),
        ) {
            (Some(opens), Some(closes)) => self.error_window_closed(&opens, &closes),
            _ => self.error_window_closed_now().to_owned(),
        }
    }

    /// "This can no longer change: the phase … began on …", with the phase's name and start in
    /// this language when the server named them.
    fn phase_started(&self, facts: Option<&Value>) -> String {
        let phase = facts
            .and_then(|facts| facts.get("phase")?.as_str())
            .and_then(Phase::from_name);
        match (phase, self.moment_fact(facts, "started_at", false)) {
            (Some(phase), Some(moment)) => self
                .staff
                .error_phase_started(self.phase_name(phase), &moment),
            _ => self.staff.error_phase_started_now().to_owned(),
        }
    }

    /// "The current procedure runs until …", with the end of its school year in this language
    /// when the server named it.
    fn procedure_running(&self, facts: Option<&Value>) -> String {
        self.moment_fact(facts, "until", false).map_or_else(
            || self.staff.error_procedure_running_now().to_owned(),
            |moment| self.staff.error_procedure_running(&moment),
        )
    }

    /// A moment of a refusal's facts (Unix seconds under `name`) written in this language, in
    /// Amsterdam time; `last` names the last minute before an exclusive end. A refusal without
    /// the number falls back to the server's own spelling (English, else Dutch).
    pub fn moment_fact(&self, facts: Option<&Value>, name: &str, last: bool) -> Option<String> {
        let facts = facts?;
        let instant = facts
            .get(name)
            .and_then(Value::as_i64)
            .and_then(|seconds| OffsetDateTime::from_unix_timestamp(seconds).ok());
        if let Some(instant) = instant {
            return Some(if last {
                self.last_moment(instant)
            } else {
                self.moment(instant)
            });
        }
        ["_en", ""]
            .into_iter()
            .find_map(|suffix| facts.get(format!("{name}_display{suffix}"))?.as_str())
            .map(str::to_owned)
    }

    /// The message for one invalid field, chosen by the server's stable rule code.
    pub fn field_error(&self, field: &FieldError) -> &'static str {
        match field.code.as_str() {
            "required" => self.field_required(),
            "length" => self.field_length(),
            "too_long" => self.field_too_long(),
            "email" => self.field_email(),
            "invalid_one_time_password" => self.two_step.code_wrong(),
            "paper_route_pro" => self.staff.field_paper_route_pro(),
            _ => self.field_invalid(),
        }
    }

    /// The message for a refused password, by the server's rule code.
    pub fn password_error(&self, field: &FieldError) -> &'static str {
        match field.code.as_str() {
            "too_short" | "length" => self.parent.password_too_short(),
            "too_long" => self.parent.password_too_long(),
            "too_common" => self.parent.password_too_common(),
            _ => self.field_error(field),
        }
    }

    /// The message for a refused staff password (12 to 64 characters, very hard to guess).
    pub fn staff_password_error(&self, field: &FieldError) -> &'static str {
        match field.code.as_str() {
            "too_short" | "length" => self.staff.password_too_short(),
            "too_long" => self.staff.password_too_long(),
            "too_weak" | "too_common" | "too_guessable" => self.staff.password_too_weak(),
            _ => self.field_error(field),
        }
    }

    /// The message for a field of the invite or change form, by the server's rule code: where
    /// a role works (`school_id`, `board_id`, `role`) or a general rule.
    pub fn staff_field_error(&self, field: &FieldError) -> &'static str {
        let s = &self.staff;
        match field.code.as_str() {
            "primary_school_required" => s.school_primary_required(),
            "secondary_school_required" => s.school_secondary_required(),
            "board_required" => s.board_required(),
            "region_wide_role" => s.role_region_wide(),
            "not_a_staff_role" => s.role_not_staff(),
            _ => self.field_error(field),
        }
    }

    /// The message for a field of the school form, by the server's rule code: the BRIN number,
    /// telephone, website, board, priority rule and kind, or a general rule.
    pub fn school_field_error(&self, field: &FieldError) -> &'static str {
        let s = &self.school_directory;
        match field.code.as_str() {
            "brin" => s.field_brin(),
            "brin_taken" => s.field_brin_taken(),
            "phone" => s.field_phone(),
            "url" => s.field_url(),
            "unknown_board" => s.field_unknown_board(),
            "inactive" => s.field_board_inactive(),
            "vo_only" => s.field_vo_only(),
            "not_offered" => s.field_not_offered(),
            "fixed" => s.field_kind_fixed(),
            _ => self.field_error(field),
        }
    }

    /// The message for a field of the board form (its name).
    pub fn board_field_error(&self, field: &FieldError) -> &'static str {
        match field.code.as_str() {
            "taken" => self.school_directory.board_taken(),
            _ => self.field_error(field),
        }
    }

    /// The message for a field of the programme form: name, admitted advice, seats, page.
    pub fn programme_field_error(&self, field: &FieldError) -> &'static str {
        let s = &self.school_directory;
        match (field.field.as_str(), field.code.as_str()) {
            (_, "taken") => s.programme_taken(),
            ("capacity", _) => s.field_capacity(),
            ("admitted_advice", _) => s.field_advice_required(),
            (_, "url") => s.field_url(),
            _ => self.field_error(field),
        }
    }

    /// What is wrong in one row of an imported school file, by the server's code; `None` for a
    /// code this version does not know (the server's message is shown instead).
    pub fn school_row_error(&self, code: &str) -> Option<&'static str> {
        let s = &self.school_directory;
        Some(match code {
            "kind" => s.row_error_kind(),
            "priority_rule" => s.row_error_priority_rule(),
            "duplicate" => s.row_error_duplicate(),
            "brin_taken" => s.row_error_brin_taken(),
            "too_many_rows" => s.row_error_too_many_rows(),
            "brin" => s.field_brin(),
            "phone" => s.field_phone(),
            "url" => s.field_url(),
            "inactive" => s.field_board_inactive(),
            "vo_only" => s.field_vo_only(),
            "not_offered" => s.field_not_offered(),
            "fixed" => s.field_kind_fixed(),
            // The file's shape and the general rules read as in the pupil import.
            "unknown_column" | "missing_column" | "duplicate_column" | "wrong_field_count"
            | "required" | "too_long" | "length" | "email" => {
                return self.import_row_error(code);
            }
            _ => return None,
        })
    }

    /// A role's name, as staff see it in lists and forms.
    pub fn role_name(&self, role: Role) -> &'static str {
        let s = &self.staff;
        match role {
            Role::PoStaff => s.role_po_staff(),
            Role::VoStaff => s.role_vo_staff(),
            Role::BoardAdmin => s.role_board_admin(),
            Role::Coordinator => s.role_coordinator(),
            Role::Parent => s.role_parent(),
        }
    }

    /// Where a staff account stands, in a word.
    pub fn account_state(&self, state: StaffAccountState) -> &'static str {
        let s = &self.staff;
        match state {
            StaffAccountState::Invited => s.state_invited(),
            StaffAccountState::Active => s.state_active(),
            StaffAccountState::Deactivated => s.state_deactivated(),
        }
    }

    /// The message for a rule a preference list breaks, by the server's code; `min_schools` is
    /// the least number of distinct schools for this advice.
    pub fn list_rule(&self, code: &str, min_schools: u32) -> String {
        let p = &self.parent;
        let text = match code {
            "too_short" => return p.list_too_short(min_schools),
            "too_long" => p.list_too_long(),
            "not_eligible" => p.not_eligible(),
            "duplicate" => p.duplicate(),
            "unknown_programme" => p.unknown_programme(),
            "priority_not_at_first_choice" => p.priority_not_at_first_choice(),
            "priority_rule_not_offered" | "unknown_priority_rule" => p.priority_rule_not_offered(),
            "priority_rule_not_in_region" => p.priority_rule_not_in_region(),
            "sibling_name_missing" => p.sibling_name_missing(),
            "sibling_class_missing" => p.sibling_class_missing(),
            "twin_list_differs" => p.twin_list_differs(),
            "paper_route" => p.paper_route(),
            "length" | "required" => p.list_empty_refused(),
            _ => self.field_invalid(),
        };
        text.to_owned()
    }

    /// The texts for a pupil status.
    pub fn status(&self, status: RegistrationStatus) -> StatusText {
        match status {
            RegistrationStatus::Wit => StatusText {
                letters: "",
                label: self.status_wit_label(),
                help: self.status_wit_help(),
            },
            RegistrationStatus::Blauw => StatusText {
                letters: "",
                label: self.status_blauw_label(),
                help: self.status_blauw_help(),
            },
            RegistrationStatus::Groen => StatusText {
                letters: "",
                label: self.status_groen_label(),
                help: self.status_groen_help(),
            },
            RegistrationStatus::Ag => StatusText {
                letters: self.status_ag_letters(),
                label: self.status_ag_label(),
                help: self.status_ag_help(),
            },
            RegistrationStatus::Av => StatusText {
                letters: self.status_av_letters(),
                label: self.status_av_label(),
                help: self.status_av_help(),
            },
        }
    }

    /// A share (0.0–1.0) as a percentage with one decimal, with this language's decimal sign.
    pub fn percent(&self, share: f64) -> String {
        let number = format!("{:.1}", share * 100.0);
        let number = match self.lang() {
            Lang::Nl => number.replace('.', ","),
            _ => number,
        };
        self.coordinator.percent(&number)
    }

    /// What is wrong in one row of an imported file, by the server's code; `None` for a code
    /// this version does not know (the server's message is shown instead).
    pub fn import_row_error(&self, code: &str) -> Option<&'static str> {
        let po = &self.po;
        Some(match code {
            "unknown_column" => po.row_error_unknown_column(),
            "missing_column" => po.row_error_missing_column(),
            "duplicate_column" => po.row_error_duplicate_column(),
            "wrong_field_count" => po.row_error_wrong_field_count(),
            "required" => po.row_error_required(),
            "too_long" | "length" => po.row_error_too_long(),
            "date" => po.row_error_date(),
            "implausible_date" => po.row_error_implausible_date(),
            "advice" => po.row_error_advice(),
            "lwoo" => po.row_error_lwoo(),
            "email" => po.row_error_email(),
            "duplicate" => po.row_error_duplicate(),
            "twin_self" => po.row_error_twin_self(),
            "twin_not_found" => po.row_error_twin_not_found(),
            "too_many_rows" => po.row_error_too_many_rows(),
            _ => return None,
        })
    }

    /// What a column of the import file holds; empty for a column this version does not know.
    pub fn import_column_help(&self, column: &str) -> &'static str {
        let po = &self.po;
        match column {
            "external_id" => po.column_external_id(),
            "first_name" => po.column_first_name(),
            "last_name" => po.column_last_name(),
            "class_name" => po.column_class_name(),
            "birth_date" => po.column_birth_date(),
            "advice" => po.column_advice(),
            "lwoo" => po.column_lwoo(),
            "home_town" => po.column_home_town(),
            "parent_email" => po.column_parent_email(),
            "twin_external_id" => po.column_twin_external_id(),
            _ => "",
        }
    }

    /// The name of a procedure phase; an unknown key is shown as it is.
    pub fn phase_name(&self, phase: Phase) -> &str {
        match phase {
            Phase::LoginDispatch => self.staff.phase_login_dispatch(),
            Phase::Registration => self.staff.phase_registration(),
            Phase::PriorityVerification => self.staff.phase_priority_verification(),
            Phase::Placement => self.staff.phase_placement(),
            Phase::Publication => self.staff.phase_publication(),
            Phase::Round2 => self.staff.phase_round2(),
        }
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{
        ErrorCode, ErrorDetails, ErrorResponse, FieldError, RegistrationStatus,
    };

    use super::super::Lang;
    use crate::api::ApiError;

    fn refusal(code: ErrorCode, retry_after: Option<u64>) -> ApiError {
        ApiError::Server {
            status: 400,
            error: Box::new(ErrorResponse {
                problem: Default::default(),
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
    fn a_closed_window_names_its_dates_in_the_current_language() {
        // The server's facts: both ends as Unix seconds (17 March 2026 00:00 and 1 April 2026
        // 00:00 in Amsterdam) and spelled out in Dutch and English for other programs.
        let error = ApiError::Server {
            status: 409,
            error: Box::new(ErrorResponse {
                problem: Default::default(),
                code: ErrorCode::WindowClosed,
                message: "in English".to_owned(),
                details: Some(ErrorDetails {
                    facts: Some(serde_json::json!({
                        "opens_at": 1_773_702_000,
                        "closes_at": 1_774_994_400,
                        "opens_at_display": "dinsdag 17 maart 2026 om 00:00",
                        "closes_at_display": "dinsdag 31 maart 2026 om 23:59",
                        "opens_at_display_en": "Tuesday 17 March 2026 at 00:00",
                        "closes_at_display_en": "Tuesday 31 March 2026 at 23:59",
                    })),
                    ..ErrorDetails::default()
                }),
                request_id: None,
            }),
            retry_after: None,
        };
        let nl = Lang::Nl.texts().api_error(&error);
        assert!(
            nl.contains("dinsdag 17 maart 2026 om 00:00") && nl.contains("31 maart 2026 om 23:59"),
            "{nl}"
        );
        let en = Lang::En.texts().api_error(&error);
        assert!(
            en.contains("17 March") && en.contains("Tuesday 31 March"),
            "{en}"
        );
        // Turkish and Arabic parents read the dates in their own language, not in English.
        let tr = Lang::Tr.texts().api_error(&error);
        assert!(
            tr.contains("17 Mart 2026") && tr.contains("31 Mart 2026") && !tr.contains("March"),
            "{tr}"
        );
        let ar = Lang::Ar.texts().api_error(&error);
        assert!(ar.contains("مارس") && !ar.contains("March"), "{ar}");
        // A refusal from a server that sends only the spelled-out moments still names them.
        let mut spelled_only = error.clone();
        if let ApiError::Server { error, .. } = &mut spelled_only
            && let Some(facts) = error.details.as_mut().and_then(|d| d.facts.as_mut())
            && let Some(facts) = facts.as_object_mut()
        {
            facts.remove("opens_at");
            facts.remove("closes_at");
        }
        let en = Lang::En.texts().api_error(&spelled_only);
        assert!(en.contains("Tuesday 17 March 2026 at 00:00"), "{en}");
        let bare = refusal(ErrorCode::WindowClosed, None);
        assert_eq!(
            Lang::Nl.texts().api_error(&bare),
            Lang::Nl.texts().error_window_closed_now()
        );
    }

    #[test]
    fn a_started_phase_names_the_phase_and_its_start_in_the_current_language() {
        let error = ApiError::Server {
            status: 409,
            error: Box::new(ErrorResponse {
                problem: Default::default(),
                code: ErrorCode::PhaseStarted,
                message: "in English".to_owned(),
                details: Some(ErrorDetails {
                    facts: Some(serde_json::json!({
                        "phase": "registration",
                        "started_at": 1_774_393_200,
                        "started_at_display": "woensdag 25 maart 2026 om 00:00",
                        "started_at_display_en": "Wednesday 25 March 2026 at 00:00",
                    })),
                    ..ErrorDetails::default()
                }),
                request_id: None,
            }),
            retry_after: None,
        };
        let nl = Lang::Nl.texts().api_error(&error);
        assert!(
            nl.contains("Aanmeldingsweek") && nl.contains("25 maart 2026"),
            "{nl}"
        );
        let en = Lang::En.texts().api_error(&error);
        assert!(en.contains("Wednesday 25 March"), "{en}");
        let bare = refusal(ErrorCode::PhaseStarted, None);
        assert_eq!(
            Lang::Nl.texts().api_error(&bare),
            Lang::Nl.texts().staff.error_phase_started_now()
        );
    }

    #[test]
    fn a_running_procedure_names_when_its_school_year_ends_in_the_current_language() {
        let error = ApiError::Server {
            status: 409,
            error: Box::new(ErrorResponse {
                problem: Default::default(),
                code: ErrorCode::ProcedureRunning,
                message: "in English".to_owned(),
                details: Some(ErrorDetails {
                    facts: Some(serde_json::json!({
                        "until": 1_817_071_200,
                        "until_display": "zondag 1 augustus 2027 om 00:00",
                        "until_display_en": "Sunday 1 August 2027 at 00:00",
                    })),
                    ..ErrorDetails::default()
                }),
                request_id: None,
            }),
            retry_after: None,
        };
        let nl = Lang::Nl.texts().api_error(&error);
        assert!(nl.contains("1 augustus 2027"), "{nl}");
        let en = Lang::En.texts().api_error(&error);
        assert!(en.contains("Sunday 1 August 2027"), "{en}");
        let tr = Lang::Tr.texts().api_error(&error);
        assert!(
            tr.contains("1 Ağustos 2027") && !tr.contains("August"),
            "{tr}"
        );
        let t = Lang::Nl.texts();
        assert_eq!(
            t.api_error(&refusal(ErrorCode::ProcedureRunning, None)),
            t.staff.error_procedure_running_now()
        );
        assert_eq!(
            t.api_error(&refusal(ErrorCode::SchoolYearTaken, None)),
            t.staff.error_school_year_taken()
        );
        assert_eq!(
            t.api_error(&refusal(ErrorCode::EarlierProcedure, None)),
            t.staff.error_earlier_procedure()
        );
    }

    #[test]
    fn a_school_file_names_its_own_problems_and_shares_the_general_ones() {
        let t = Lang::Nl.texts();
        assert_eq!(
            t.school_row_error("duplicate"),
            Some(t.school_directory.row_error_duplicate())
        );
        assert_ne!(
            t.school_row_error("duplicate"),
            t.import_row_error("duplicate")
        );
        assert_eq!(
            t.school_row_error("phone"),
            Some(t.school_directory.field_phone())
        );
        assert_eq!(
            t.school_row_error("required"),
            t.import_row_error("required")
        );
        assert_eq!(t.school_row_error("twin_self"), None);
    }

    #[test]
    fn field_rules_map_to_their_own_message() {
        let t = Lang::Nl.texts();
        let field = |code: &str| FieldError {
            field: "email".to_owned(),
            code: code.to_owned(),
            message: String::new(),
        };
        assert_eq!(t.field_error(&field("email")), t.field_email());
        assert_eq!(t.field_error(&field("something_new")), t.field_invalid());
    }

    #[test]
    fn statuses_with_letters_are_ag_and_av() {
        let t = Lang::Nl.texts();
        assert_eq!(t.status(RegistrationStatus::Ag).letters, "AG");
        assert_eq!(t.status(RegistrationStatus::Av).letters, "AV");
        assert_eq!(t.status(RegistrationStatus::Wit).letters, "");
    }
}

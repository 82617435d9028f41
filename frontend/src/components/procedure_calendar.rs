//! The moments of a procedure year's calendar, the inputs of its form, and which input shows
//! a problem the server found, in which words.

use overstap_api_types::FieldError;

use crate::api::ApiError;
use crate::i18n::Texts;

/// One moment of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    LoginDispatchOpens,
    LoginDispatchCloses,
    RegistrationOpens,
    RegistrationCloses,
    PriorityVerificationDeadline,
    Placement,
    Publication,
    Round2Opens,
    Round2Closes,
}

impl Moment {
    /// In calendar order.
    pub const ALL: [Moment; 9] = [
        Moment::LoginDispatchOpens,
        Moment::LoginDispatchCloses,
        Moment::RegistrationOpens,
        Moment::RegistrationCloses,
        Moment::PriorityVerificationDeadline,
        Moment::Placement,
        Moment::Publication,
        Moment::Round2Opens,
        Moment::Round2Closes,
    ];

    /// The optional second round: both moments or neither.
    pub const ROUND2: [Moment; 2] = [Moment::Round2Opens, Moment::Round2Closes];

    /// Its field in `LocalCalendarBody`, as the server names it in `editable` and in errors.
    pub const fn name(self) -> &'static str {
        match self {
            Moment::LoginDispatchOpens => "login_dispatch_opens_at",
            Moment::LoginDispatchCloses => "login_dispatch_closes_at",
            Moment::RegistrationOpens => "registration_opens_at",
            Moment::RegistrationCloses => "registration_closes_at",
            Moment::PriorityVerificationDeadline => "priority_verification_deadline",
            Moment::Placement => "placement_at",
            Moment::Publication => "publication_at",
            Moment::Round2Opens => "round2_opens_at",
            Moment::Round2Closes => "round2_closes_at",
        }
    }

    /// An exclusive end: the first moment at which the phase is over.
    pub const fn is_end(self) -> bool {
        matches!(
            self,
            Moment::LoginDispatchCloses
                | Moment::RegistrationCloses
                | Moment::PriorityVerificationDeadline
                | Moment::Round2Closes
        )
    }

    pub const fn is_round2(self) -> bool {
        matches!(self, Moment::Round2Opens | Moment::Round2Closes)
    }

    pub fn label(self, t: &Texts) -> &'static str {
        let p = &t.procedures;
        match self {
            Moment::LoginDispatchOpens => p.login_dispatch_opens_at(),
            Moment::LoginDispatchCloses => p.login_dispatch_closes_at(),
            Moment::RegistrationOpens => p.registration_opens_at(),
            Moment::RegistrationCloses => p.registration_closes_at(),
            Moment::PriorityVerificationDeadline => p.priority_verification_deadline(),
            Moment::Placement => p.placement_at(),
            Moment::Publication => p.publication_at(),
            Moment::Round2Opens => p.round2_opens_at(),
            Moment::Round2Closes => p.round2_closes_at(),
        }
    }

    /// Its place in [`Moment::ALL`].
    pub fn index(self) -> usize {
        Moment::ALL
            .iter()
            .position(|moment| *moment == self)
            .unwrap_or_default()
    }
}

/// An input of the form, where the server's problems with a field are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    SchoolYear,
    Moment(Moment),
}

/// The input for the server's field name: `school_year`, or `calendar.<moment>`.
pub fn input_of(field: &str) -> Option<Input> {
    if field == "school_year" {
        return Some(Input::SchoolYear);
    }
    let name = field.strip_prefix("calendar.")?;
    Moment::ALL
        .into_iter()
        .find(|moment| moment.name() == name)
        .map(Input::Moment)
}

/// The server's first problem with `input`.
pub fn problem_at(error: &ApiError, input: Input) -> Option<&FieldError> {
    error
        .field_errors()
        .iter()
        .find(|problem| input_of(&problem.field) == Some(input))
}

/// The message for a problem the server found with a field, by its code.
pub fn field_problem(t: &Texts, problem: &FieldError) -> &'static str {
    let p = &t.procedures;
    match problem.code.as_str() {
        "school_year" => p.field_school_year(),
        "before_latest" => p.field_before_latest(),
        "out_of_order" => p.field_out_of_order(),
        "dst_gap" => p.field_dst_gap(),
        "dst_repeated" => p.field_dst_repeated(),
        "outside_school_year" => p.field_outside_school_year(),
        "in_the_past" => p.field_in_the_past(),
        "round2_incomplete" => p.field_round2_incomplete(),
        "local_time_format" => p.field_local_time_format(),
        _ => t.field_error(problem),
    }
}

/// Next to the save button: "check the marked fields" when an input shows what is wrong, the
/// problem itself when it names no input the form has, else why the save was refused.
pub fn general_error(t: &Texts, error: &ApiError, shown: impl Fn(Input) -> bool) -> String {
    let problems = error.field_errors();
    let at_input = problems
        .iter()
        .any(|problem| input_of(&problem.field).is_some_and(&shown));
    match problems.first() {
        Some(_) if at_input => t.error_invalid_input().to_owned(),
        Some(problem) => field_problem(t, problem).to_owned(),
        None => t.api_error(error),
    }
}

/// A whole calendar (2026-2027 with a round 2), for the tests of the procedure form.
#[cfg(test)]
pub(crate) fn sample_calendar() -> overstap_api_types::LocalCalendarBody {
    overstap_api_types::LocalCalendarBody {
        login_dispatch_opens_at: "2027-03-16T00:00".to_owned(),
        login_dispatch_closes_at: "2027-03-24T00:00".to_owned(),
        registration_opens_at: "2027-03-24T00:00".to_owned(),
        registration_closes_at: "2027-03-31T00:00".to_owned(),
        priority_verification_deadline: "2027-04-07T00:00".to_owned(),
        placement_at: "2027-04-07T00:00".to_owned(),
        publication_at: "2027-04-14T16:00".to_owned(),
        round2_opens_at: Some("2027-04-15T09:00".to_owned()),
        round2_closes_at: Some("2027-04-22T00:00".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{ErrorCode, ErrorDetails, ErrorResponse};

    use super::*;
    use crate::i18n::Lang;

    use super::sample_calendar as calendar;

    fn refused(fields: &[(&str, &str)]) -> ApiError {
        ApiError::Server {
            status: 422,
            error: Box::new(ErrorResponse {
                problem: Default::default(),
                code: ErrorCode::InvalidInput,
                message: "in English".to_owned(),
                details: Some(ErrorDetails {
                    fields: fields
                        .iter()
                        .map(|(field, code)| FieldError {
                            field: (*field).to_owned(),
                            code: (*code).to_owned(),
                            message: String::new(),
                        })
                        .collect(),
                    ..ErrorDetails::default()
                }),
                request_id: None,
            }),
            retry_after: None,
        }
    }

    #[test]
    fn a_calendar_field_belongs_to_the_input_of_its_moment() {
        assert_eq!(
            input_of("calendar.registration_opens_at"),
            Some(Input::Moment(Moment::RegistrationOpens))
        );
        assert_eq!(
            input_of("calendar.round2_closes_at"),
            Some(Input::Moment(Moment::Round2Closes))
        );
        assert_eq!(input_of("school_year"), Some(Input::SchoolYear));
        assert_eq!(input_of("registration_opens_at"), None);
        assert_eq!(input_of("calendar"), None);
        assert_eq!(input_of("calendar.lunch_at"), None);
    }

    #[test]
    fn every_moment_is_named_as_in_the_calendar_body() {
        let body = serde_json::to_value(calendar()).unwrap();
        for moment in Moment::ALL {
            assert!(body.get(moment.name()).is_some(), "{}", moment.name());
        }
    }

    #[test]
    fn a_problem_is_shown_at_its_input_and_named_by_its_code() {
        let t = Lang::Nl.texts();
        let error = refused(&[("calendar.registration_opens_at", "dst_gap")]);
        let problem = problem_at(&error, Input::Moment(Moment::RegistrationOpens));
        assert_eq!(
            problem.map(|problem| field_problem(t, problem)),
            Some(t.procedures.field_dst_gap())
        );
        assert!(problem_at(&error, Input::Moment(Moment::Publication)).is_none());
        assert!(problem_at(&error, Input::SchoolYear).is_none());
        let unknown = FieldError {
            field: "school_year".to_owned(),
            code: "required".to_owned(),
            message: String::new(),
        };
        assert_eq!(field_problem(t, &unknown), t.field_required());
    }

    #[test]
    fn the_general_message_points_at_the_inputs_or_says_what_no_input_shows() {
        let t = Lang::Nl.texts();
        let everything = |_: Input| true;
        let at_input = refused(&[("calendar.publication_at", "out_of_order")]);
        assert_eq!(
            general_error(t, &at_input, everything),
            t.error_invalid_input()
        );
        let hidden_round2 = refused(&[("calendar.round2_opens_at", "round2_incomplete")]);
        assert_eq!(
            general_error(t, &hidden_round2, |input| {
                input != Input::Moment(Moment::Round2Opens)
            }),
            t.procedures.field_round2_incomplete()
        );
        let whole = refused(&[("calendar", "round2_incomplete")]);
        assert_eq!(
            general_error(t, &whole, everything),
            t.procedures.field_round2_incomplete()
        );
        let conflict = ApiError::Server {
            status: 409,
            error: Box::new(ErrorResponse {
                problem: Default::default(),
                code: ErrorCode::SchoolYearTaken,
                message: "in English".to_owned(),
                details: None,
                request_id: None,
            }),
            retry_after: None,
        };
        assert_eq!(
            general_error(t, &conflict, everything),
            t.staff.error_school_year_taken()
        );
    }
}

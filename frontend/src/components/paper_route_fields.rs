//! The paper route form's values and what becomes of them: the request they make, and the
//! server's refusals in the paper route's own words.

use leptos::prelude::*;
use overstap_api_types::{
    ErrorCode, FieldError, PaperReason, PaperRouteBody, PaperRouteRequest, WireEnum,
};
use time::Date;
use time::macros::format_description;

use crate::api::ApiError;
use crate::i18n::Texts;

/// The fields as the server names them in its field errors.
pub const REASON_FIELD: &str = "paper_route.reason";
pub const DATE_FIELD: &str = "paper_route.handed_in_on";
pub const SCHOOL_FIELD: &str = "paper_route.handed_in_to";

/// The form's values as the inputs hold them: the reason's wire name (`vso`), empty for no
/// paper route; the date as the date input writes it (`2026-03-20`) or empty; the school's name.
#[derive(Debug, Clone, Copy)]
pub struct PaperRouteFields {
    pub reason: RwSignal<String>,
    pub handed_in_on: RwSignal<String>,
    pub handed_in_to: RwSignal<String>,
}

/// What keeps the values from becoming a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperRouteInputError {
    /// A reason the contract does not know.
    Reason,
    /// The date input holds something that is not a date.
    Date,
}

impl PaperRouteFields {
    pub fn new(route: Option<&PaperRouteBody>) -> Self {
        let fields = PaperRouteFields {
            reason: RwSignal::new(String::new()),
            handed_in_on: RwSignal::new(String::new()),
            handed_in_to: RwSignal::new(String::new()),
        };
        fields.fill(route);
        fields
    }

    pub fn fill(&self, route: Option<&PaperRouteBody>) {
        self.reason
            .set(route.map_or("", |r| r.reason.as_str()).to_owned());
        self.handed_in_on
            .set(
                route
                    .and_then(|r| r.handed_in_on)
                    .map_or_else(String::new, |date| {
                        format!(
                            "{:04}-{:02}-{:02}",
                            date.year(),
                            u8::from(date.month()),
                            date.day()
                        )
                    }),
            );
        self.handed_in_to.set(
            route
                .and_then(|r| r.handed_in_to.clone())
                .unwrap_or_default(),
        );
    }

    pub fn to_request(self) -> Result<PaperRouteRequest, PaperRouteInputError> {
        paper_route_request(
            &self.reason.get_untracked(),
            &self.handed_in_on.get_untracked(),
            &self.handed_in_to.get_untracked(),
        )
    }
}

/// The request for the form's values: no reason ends the paper route (the hand-in is then not
/// sent); an empty date or school is left out, and the server decides whether it may be.
pub fn paper_route_request(
    reason: &str,
    handed_in_on: &str,
    handed_in_to: &str,
) -> Result<PaperRouteRequest, PaperRouteInputError> {
    if reason.is_empty() {
        return Ok(PaperRouteRequest { paper_route: None });
    }
    let reason = PaperReason::from_name(reason).ok_or(PaperRouteInputError::Reason)?;
    let handed_in_on = match handed_in_on.trim() {
        "" => None,
        text => Some(
            Date::parse(text, format_description!("[year]-[month]-[day]"))
                .map_err(|_| PaperRouteInputError::Date)?,
        ),
    };
    let handed_in_to = Some(handed_in_to.trim())
        .filter(|name| !name.is_empty())
        .map(str::to_owned);
    Ok(PaperRouteRequest {
        paper_route: Some(PaperRouteBody {
            reason,
            handed_in_on,
            handed_in_to,
        }),
    })
}

/// The message for a field of the paper route, by the server's rule code.
pub fn paper_route_field_error(t: &Texts, field: &FieldError) -> &'static str {
    let p = &t.paper_route;
    match (field.field.as_str(), field.code.as_str()) {
        (_, "pro_needs_pro_advice") => p.field_pro_needs_pro_advice(),
        (_, "in_the_future") => p.field_in_the_future(),
        (SCHOOL_FIELD, "required") => p.field_school_required(),
        (SCHOOL_FIELD, "length" | "too_long") => p.field_school_length(),
        _ => t.field_error(field),
    }
}

/// The general message for a refused save, in the paper route's own words where it has them.
pub fn paper_route_error(t: &Texts, error: &ApiError) -> String {
    let p = &t.paper_route;
    let ApiError::Server { error: body, .. } = error else {
        return t.api_error(error);
    };
    let reason = body
        .details
        .as_ref()
        .and_then(|details| details.facts.as_ref())
        .and_then(|facts| facts.get("reason")?.as_str());
    match (body.code, reason) {
        (ErrorCode::Conflict, Some("handed_in")) => p.error_handed_in().to_owned(),
        (ErrorCode::NotAllowedInStatus, _) => p.error_confirmed().to_owned(),
        _ => t.api_error(error),
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{
        ErrorCode, ErrorDetails, ErrorResponse, FieldError, PaperReason, PaperRouteBody,
        PaperRouteRequest,
    };
    use time::macros::date;

    use super::{
        PaperRouteFields, PaperRouteInputError, paper_route_error, paper_route_field_error,
        paper_route_request,
    };
    use crate::api::ApiError;
    use crate::i18n::Lang;

    #[test]
    fn no_reason_ends_the_route_whatever_the_hand_in_fields_hold() {
        assert_eq!(
            paper_route_request("", "2026-03-20", "De Bascule"),
            Ok(PaperRouteRequest { paper_route: None })
        );
    }

    #[test]
    fn a_reason_without_a_hand_in_sends_neither_date_nor_school() {
        let request = paper_route_request("vso", " ", "  ");
        let expected = PaperRouteBody {
            reason: PaperReason::Vso,
            handed_in_on: None,
            handed_in_to: None,
        };
        assert_eq!(
            request,
            Ok(PaperRouteRequest {
                paper_route: Some(expected)
            })
        );
    }

    #[test]
    fn a_hand_in_sends_the_date_and_the_trimmed_school() {
        let request = paper_route_request("pro", "2026-03-20", " De Bascule ");
        let body = request.ok().and_then(|r| r.paper_route);
        assert_eq!(
            body,
            Some(PaperRouteBody {
                reason: PaperReason::Pro,
                handed_in_on: Some(date!(2026 - 03 - 20)),
                handed_in_to: Some("De Bascule".to_owned()),
            })
        );
    }

    #[test]
    fn a_date_that_is_no_date_or_an_unknown_reason_is_not_sent() {
        assert_eq!(
            paper_route_request("parent", "2026-02-30", ""),
            Err(PaperRouteInputError::Date)
        );
        assert_eq!(
            paper_route_request("papier", "", ""),
            Err(PaperRouteInputError::Reason)
        );
    }

    #[test]
    fn the_fields_show_a_stored_route_as_the_inputs_write_it() {
        let fields = PaperRouteFields::new(Some(&PaperRouteBody {
            reason: PaperReason::Parent,
            handed_in_on: Some(date!(2026 - 03 - 05)),
            handed_in_to: Some("Het Amstelveen College".to_owned()),
        }));
        let request = fields.to_request().ok().and_then(|r| r.paper_route);
        assert_eq!(
            request.map(|r| (r.reason, r.handed_in_on)),
            Some((PaperReason::Parent, Some(date!(2026 - 03 - 05))))
        );
        fields.fill(None);
        assert_eq!(
            fields.to_request(),
            Ok(PaperRouteRequest { paper_route: None })
        );
    }

    fn field(name: &str, code: &str) -> FieldError {
        FieldError {
            field: name.to_owned(),
            code: code.to_owned(),
            message: String::new(),
        }
    }

    #[test]
    fn each_field_rule_has_its_own_message() {
        let t = Lang::Nl.texts();
        let p = &t.paper_route;
        let message = |name: &str, code: &str| paper_route_field_error(t, &field(name, code));
        assert_eq!(
            message("paper_route.reason", "pro_needs_pro_advice"),
            p.field_pro_needs_pro_advice()
        );
        assert_eq!(
            message("paper_route.handed_in_on", "in_the_future"),
            p.field_in_the_future()
        );
        assert_eq!(
            message("paper_route.handed_in_to", "required"),
            p.field_school_required()
        );
        assert_eq!(
            message("paper_route.handed_in_to", "length"),
            p.field_school_length()
        );
        assert_eq!(
            message("paper_route.reason", "required"),
            t.field_required()
        );
    }

    fn refusal(code: ErrorCode, facts: Option<serde_json::Value>) -> ApiError {
        ApiError::Server {
            status: 409,
            error: Box::new(ErrorResponse {
                problem: Default::default(),
                code,
                message: String::new(),
                details: facts.map(|facts| ErrorDetails {
                    facts: Some(facts),
                    ..ErrorDetails::default()
                }),
                request_id: None,
            }),
            retry_after: None,
        }
    }

    #[test]
    fn ending_a_handed_in_route_and_a_confirmed_list_are_explained() {
        let t = Lang::Nl.texts();
        let handed_in = refusal(
            ErrorCode::Conflict,
            Some(serde_json::json!({ "reason": "handed_in" })),
        );
        assert_eq!(
            paper_route_error(t, &handed_in),
            t.paper_route.error_handed_in()
        );
        assert_eq!(
            paper_route_error(t, &refusal(ErrorCode::NotAllowedInStatus, None)),
            t.paper_route.error_confirmed()
        );
        let other = refusal(ErrorCode::Conflict, None);
        assert_eq!(paper_route_error(t, &other), t.api_error(&other));
        let earlier = refusal(ErrorCode::EarlierProcedure, None);
        assert_eq!(
            paper_route_error(t, &earlier),
            t.staff.error_earlier_procedure()
        );
    }
}

//! The calendar as the API carries it: Europe/Amsterdam wall-clock times written
//! `YYYY-MM-DDTHH:MM`, read into the domain's `LocalCalendar` with every bad field named, the
//! domain's refusals as field errors with stable codes, and the phases as people read them.

use overstap_api_types::{FieldError, LocalCalendarBody, PhaseResponse};
use overstap_domain::i18n::format_date_time;
use overstap_domain::tz::LocalTimeError;
use overstap_domain::{
    Calendar, CalendarError, Language, LocalCalendar, Phase, PlanError, SchoolYear,
};
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};

use crate::error::ApiError;

const LOCAL_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]");

fn show(at: PrimitiveDateTime) -> String {
    at.format(LOCAL_FORMAT).unwrap_or_else(|_| at.to_string())
}

pub fn body(local: &LocalCalendar) -> LocalCalendarBody {
    LocalCalendarBody {
        login_dispatch_opens_at: show(local.login_dispatch_opens_at),
        login_dispatch_closes_at: show(local.login_dispatch_closes_at),
        registration_opens_at: show(local.registration_opens_at),
        registration_closes_at: show(local.registration_closes_at),
        priority_verification_deadline: show(local.priority_verification_deadline),
        placement_at: show(local.placement_at),
        publication_at: show(local.publication_at),
        round2_opens_at: local.round2_opens_at.map(show),
        round2_closes_at: local.round2_closes_at.map(show),
    }
}

/// The wall-clock times of a request; every field that does not read is named.
pub(super) fn local_calendar(body: &LocalCalendarBody) -> Result<LocalCalendar, ApiError> {
    let mut errors = Vec::new();
    let mut read = |field: &str, text: &str| {
        PrimitiveDateTime::parse(text.trim(), LOCAL_FORMAT)
            .map_err(|_| {
                errors.push(FieldError::new(
                    &format!("calendar.{field}"),
                    "local_time_format",
                    "Write a Europe/Amsterdam time as YYYY-MM-DDTHH:MM, e.g. 2027-03-24T00:00.",
                ));
            })
            .ok()
    };
    let read_optional = |read: &mut dyn FnMut(&str, &str) -> Option<PrimitiveDateTime>,
                         field: &str,
                         text: &Option<String>| {
        text.as_deref()
            .filter(|t| !t.trim().is_empty())
            .map(|t| read(field, t))
    };
    let fields = (
        read("login_dispatch_opens_at", &body.login_dispatch_opens_at),
        read("login_dispatch_closes_at", &body.login_dispatch_closes_at),
        read("registration_opens_at", &body.registration_opens_at),
        read("registration_closes_at", &body.registration_closes_at),
        read(
            "priority_verification_deadline",
            &body.priority_verification_deadline,
        ),
        read("placement_at", &body.placement_at),
        read("publication_at", &body.publication_at),
        read_optional(&mut read, "round2_opens_at", &body.round2_opens_at),
        read_optional(&mut read, "round2_closes_at", &body.round2_closes_at),
    );
    match fields {
        (
            Some(login_dispatch_opens_at),
            Some(login_dispatch_closes_at),
            Some(registration_opens_at),
            Some(registration_closes_at),
            Some(priority_verification_deadline),
            Some(placement_at),
            Some(publication_at),
            round2_opens_at,
            round2_closes_at,
        ) if errors.is_empty() => Ok(LocalCalendar {
            login_dispatch_opens_at,
            login_dispatch_closes_at,
            registration_opens_at,
            registration_closes_at,
            priority_verification_deadline,
            placement_at,
            publication_at,
            round2_opens_at: round2_opens_at.flatten(),
            round2_closes_at: round2_closes_at.flatten(),
        }),
        _ => Err(ApiError::Invalid(errors)),
    }
}

/// A refused plan as the field it concerns and a stable code.
pub(super) fn plan_error(err: PlanError) -> ApiError {
    let field = |name: &str| format!("calendar.{name}");
    match err {
        PlanError::Calendar(CalendarError::OutOfOrder {
            earlier,
            later,
            strict,
            ..
        }) => ApiError::field(
            &field(later),
            "out_of_order",
            format!(
                "{later} must be {} {earlier}.",
                if strict { "after" } else { "at or after" }
            ),
        ),
        PlanError::Calendar(CalendarError::Round2Incomplete) => ApiError::field(
            &field("round2_closes_at"),
            "round2_incomplete",
            "A round 2 needs both an opening and a closing moment, or neither.",
        ),
        PlanError::Calendar(CalendarError::LocalTime {
            field: name,
            source,
        }) => {
            let code = match source {
                LocalTimeError::Nonexistent { .. } => "dst_gap",
                LocalTimeError::Ambiguous { .. } => "dst_repeated",
            };
            ApiError::field(&field(name), code, source.to_string())
        }
        PlanError::OutsideSchoolYear {
            field: name, year, ..
        } => ApiError::field(
            &field(name),
            "outside_school_year",
            format!("Every moment must lie in the school year {year} (1 August to 1 August)."),
        ),
        PlanError::InThePast { field: name } => ApiError::field(
            &field(name),
            "in_the_past",
            "A moment that is planned or moved must lie in the future.",
        ),
        PlanError::PhaseStarted {
            field: name,
            phase,
            started_at,
        } => ApiError::phase_started(&field(name), phase.as_str(), started_at),
    }
}

pub(super) fn school_year(label: &str) -> Result<SchoolYear, ApiError> {
    SchoolYear::parse(label).map_err(|_| {
        ApiError::field(
            "school_year",
            "school_year",
            "Write a school year as two consecutive years, e.g. 2026-2027.",
        )
    })
}

pub fn phases(calendar: &Calendar, now: OffsetDateTime) -> Vec<PhaseResponse> {
    Phase::ALL
        .into_iter()
        .filter_map(|phase| calendar.window(phase).map(|w| (phase, w)))
        .map(|(phase, window)| PhaseResponse {
            phase: crate::dto::phase(phase),
            opens_at: window.opens_at,
            closes_at: window.closes_at,
            opens_at_display: format_date_time(window.opens_at, Language::Nl),
            is_open: calendar.is_open(phase, now),
        })
        .collect()
}

//! The values of the procedure-year form (the school year and the calendar's moments as
//! `datetime-local` text), what the form is for, and the request a save sends.

use leptos::prelude::*;
use overstap_api_types::{CreateProcedureRequest, LocalCalendarBody, UpdateProcedureRequest};
use uuid::Uuid;

use super::procedure_calendar::{Input, Moment};

/// What the form is for.
#[derive(Debug, Clone, PartialEq)]
pub enum Plan {
    /// A new procedure year, from the server's proposal copied from `copied_from` (a school
    /// year, or `template`).
    New { copied_from: String },
    /// The calendar of a procedure year; only its `editable` moments can change.
    Change {
        id: Uuid,
        school_year: String,
        editable: Vec<String>,
    },
}

impl Plan {
    /// Whether `moment` is shown but cannot change (its phase has begun).
    pub fn locked(&self, moment: Moment) -> bool {
        match self {
            Plan::New { .. } => false,
            Plan::Change { editable, .. } => !editable.iter().any(|name| name == moment.name()),
        }
    }

    /// Whether the second round can no longer be added or dropped: one of its moments cannot
    /// change.
    pub fn round2_locked(&self) -> bool {
        Moment::ROUND2.iter().any(|moment| self.locked(*moment))
    }

    /// Whether the form has `input` (the school year is chosen once; round 2's moments are
    /// there while it is planned).
    pub fn shows(&self, input: Input, round2: bool) -> bool {
        match input {
            Input::SchoolYear => matches!(self, Plan::New { .. }),
            Input::Moment(moment) => round2 || !moment.is_round2(),
        }
    }
}

/// What a save sends.
#[derive(Debug, Clone, PartialEq)]
pub enum Submission {
    Create(CreateProcedureRequest),
    Update(Uuid, UpdateProcedureRequest),
}

/// The form's values, owned by the page so that a proposal or a procedure year can fill them.
#[derive(Debug, Clone, Copy)]
pub struct ProcedureValues {
    pub school_year: RwSignal<String>,
    moments: [RwSignal<String>; 9],
    /// A second round is planned.
    pub round2: RwSignal<bool>,
}

impl ProcedureValues {
    pub fn new() -> Self {
        ProcedureValues {
            school_year: RwSignal::new(String::new()),
            moments: Moment::ALL.map(|_| RwSignal::new(String::new())),
            round2: RwSignal::new(false),
        }
    }

    pub fn value(&self, moment: Moment) -> RwSignal<String> {
        self.moments[moment.index()]
    }

    pub fn fill(&self, school_year: &str, calendar: &LocalCalendarBody) {
        self.school_year.set(school_year.to_owned());
        let c = calendar;
        let given = [
            Some(&c.login_dispatch_opens_at),
            Some(&c.login_dispatch_closes_at),
            Some(&c.registration_opens_at),
            Some(&c.registration_closes_at),
            Some(&c.priority_verification_deadline),
            Some(&c.placement_at),
            Some(&c.publication_at),
            c.round2_opens_at.as_ref(),
            c.round2_closes_at.as_ref(),
        ];
        for (signal, value) in self.moments.iter().zip(given) {
            signal.set(value.cloned().unwrap_or_default());
        }
        self.round2
            .set(c.round2_opens_at.is_some() || c.round2_closes_at.is_some());
    }

    /// The calendar as typed; without a second round its moments stay home (they are kept in
    /// the form, should the box be ticked again).
    pub fn calendar(&self) -> LocalCalendarBody {
        let text = |moment: Moment| self.value(moment).get_untracked().trim().to_owned();
        let round2 = self.round2.get_untracked();
        let optional = |moment: Moment| round2.then(|| text(moment));
        LocalCalendarBody {
            login_dispatch_opens_at: text(Moment::LoginDispatchOpens),
            login_dispatch_closes_at: text(Moment::LoginDispatchCloses),
            registration_opens_at: text(Moment::RegistrationOpens),
            registration_closes_at: text(Moment::RegistrationCloses),
            priority_verification_deadline: text(Moment::PriorityVerificationDeadline),
            placement_at: text(Moment::Placement),
            publication_at: text(Moment::Publication),
            round2_opens_at: optional(Moment::Round2Opens),
            round2_closes_at: optional(Moment::Round2Closes),
        }
    }

    pub fn submission(&self, plan: &Plan) -> Submission {
        let calendar = self.calendar();
        match plan {
            Plan::New { .. } => Submission::Create(CreateProcedureRequest {
                school_year: self.school_year.get_untracked().trim().to_owned(),
                calendar,
            }),
            Plan::Change { id, .. } => Submission::Update(*id, UpdateProcedureRequest { calendar }),
        }
    }
}

impl Default for ProcedureValues {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::components::procedure_calendar::sample_calendar as calendar;

    #[test]
    fn a_filled_form_sends_the_calendar_back_as_it_came() {
        Owner::new().with(|| {
            let values = ProcedureValues::new();
            values.fill("2026-2027", &calendar());
            assert!(values.round2.get_untracked());
            let plan = Plan::New {
                copied_from: "2025-2026".to_owned(),
            };
            assert_eq!(
                values.submission(&plan),
                Submission::Create(CreateProcedureRequest {
                    school_year: "2026-2027".to_owned(),
                    calendar: calendar(),
                })
            );
        });
    }

    #[test]
    fn without_a_second_round_its_moments_are_left_out_but_kept() {
        Owner::new().with(|| {
            let values = ProcedureValues::new();
            values.fill("2026-2027", &calendar());
            values.round2.set(false);
            let id = Uuid::nil();
            let plan = Plan::Change {
                id,
                school_year: "2026-2027".to_owned(),
                editable: Vec::new(),
            };
            let Submission::Update(sent_id, request) = values.submission(&plan) else {
                panic!("a change is an update");
            };
            assert_eq!(sent_id, id);
            assert_eq!(request.calendar.round2_opens_at, None);
            assert_eq!(request.calendar.round2_closes_at, None);
            assert_eq!(
                values.value(Moment::Round2Opens).get_untracked(),
                "2027-04-15T09:00"
            );
        });
    }

    #[test]
    fn only_the_editable_moments_of_a_change_are_open() {
        let change = Plan::Change {
            id: Uuid::nil(),
            school_year: "2026-2027".to_owned(),
            editable: vec!["publication_at".to_owned(), "round2_opens_at".to_owned()],
        };
        assert!(!change.locked(Moment::Publication));
        assert!(change.locked(Moment::RegistrationOpens));
        assert!(change.round2_locked(), "round 2 closes in a begun phase");
        let new = Plan::New {
            copied_from: "template".to_owned(),
        };
        assert!(Moment::ALL.iter().all(|moment| !new.locked(*moment)));
        assert!(!new.round2_locked());
        assert!(new.shows(Input::SchoolYear, false));
        assert!(!change.shows(Input::SchoolYear, true));
        assert!(!change.shows(Input::Moment(Moment::Round2Opens), false));
        assert!(change.shows(Input::Moment(Moment::Round2Opens), true));
    }
}

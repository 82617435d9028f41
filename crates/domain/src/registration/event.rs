//! The events of the registration status machine and the calendar window of each.

use crate::calendar::Calendar;
use serde::{Deserialize, Serialize};
use std::fmt;
use time::OffsetDateTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationEvent {
    /// PO staff send the parent login e-mail (wit → blauw).
    SendLogin,
    /// PO staff send it again; the earlier link stops working (blauw → blauw).
    ResendLogin,
    /// The parent opens the link and creates the account (blauw → groen).
    ActivateAccount,
    /// The parent saves a list that is not yet definitive (groen/AG → AG).
    SaveDraft,
    /// The parent makes the list definitive (AG → AV).
    Confirm,
    /// The parent withdraws; the list stays as an editable draft (AV → AG).
    Withdraw,
    /// The PO school corrects pupil data: a new form version, status unchanged.
    CorrectPupilData,
    /// The registration week has closed: only AV takes part in placement.
    CloseWeek,
}

impl RegistrationEvent {
    pub const ALL: [RegistrationEvent; 8] = [
        RegistrationEvent::SendLogin,
        RegistrationEvent::ResendLogin,
        RegistrationEvent::ActivateAccount,
        RegistrationEvent::SaveDraft,
        RegistrationEvent::Confirm,
        RegistrationEvent::Withdraw,
        RegistrationEvent::CorrectPupilData,
        RegistrationEvent::CloseWeek,
    ];

    pub const fn as_str(&self) -> &'static str {
        match self {
            RegistrationEvent::SendLogin => "send_login",
            RegistrationEvent::ResendLogin => "resend_login",
            RegistrationEvent::ActivateAccount => "activate_account",
            RegistrationEvent::SaveDraft => "save_draft",
            RegistrationEvent::Confirm => "confirm",
            RegistrationEvent::Withdraw => "withdraw",
            RegistrationEvent::CorrectPupilData => "correct_pupil_data",
            RegistrationEvent::CloseWeek => "close_week",
        }
    }

    /// The half-open window `[opens_at, closes_at)` in which the event is allowed, or `None`
    /// when the calendar does not limit it.
    ///
    /// Logins may be sent and activated from the start of login dispatch until the
    /// registration week closes: a late or lost e-mail must still let the parent register
    /// that week, and after it a login is of no use. Lists change only during the week.
    /// Corrections have no window: an address or e-mail must be fixable at any time, also to
    /// reach the parent with the result. Closing the week is the opposite of a window: it
    /// is allowed from the close on (see [`crate::RegistrationError::WeekStillOpen`]).
    pub fn window(&self, calendar: &Calendar) -> Option<(OffsetDateTime, OffsetDateTime)> {
        let instants = calendar.instants();
        match self {
            RegistrationEvent::SendLogin
            | RegistrationEvent::ResendLogin
            | RegistrationEvent::ActivateAccount => Some((
                instants.login_dispatch_opens_at,
                instants.registration_closes_at,
            )),
            RegistrationEvent::SaveDraft
            | RegistrationEvent::Confirm
            | RegistrationEvent::Withdraw => Some((
                instants.registration_opens_at,
                instants.registration_closes_at,
            )),
            RegistrationEvent::CorrectPupilData | RegistrationEvent::CloseWeek => None,
        }
    }
}

impl fmt::Display for RegistrationEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

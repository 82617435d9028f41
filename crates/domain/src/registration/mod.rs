//! The registration (aanmelding) of one pupil: the status machine wit → blauw → groen → AG ⇄ AV.

mod error;
mod event;

pub use error::{RegistrationError, RestoreError};
pub use event::RegistrationEvent;

use crate::calendar::Calendar;
use crate::ids::{PupilId, RegistrationId};
use crate::preference::{ListContext, ListDraft, PreferenceList};
use crate::pupil::PupilField;
use crate::status::RegistrationStatus;
use time::OffsetDateTime;

use RegistrationStatus::{Ag, Av, Blauw, Groen, Wit};

/// One pupil's registration in one procedure. Each event is a method that leaves `self`
/// untouched and returns the next registration or the reason for refusal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    id: RegistrationId,
    pupil: PupilId,
    status: RegistrationStatus,
    form_version: u32,
    login_version: u32,
    draft: Option<ListDraft>,
    week_closed: bool,
}

/// The stored fields of a registration, for persistence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationParts {
    pub id: RegistrationId,
    pub pupil: PupilId,
    pub status: RegistrationStatus,
    /// Starts at 1; every data correction adds one.
    pub form_version: u32,
    /// How many login e-mails were sent; only the newest link activates the account.
    pub login_version: u32,
    /// The list of an AG or AV registration (for AV, the definitive one).
    pub draft: Option<ListDraft>,
    pub week_closed: bool,
}

/// A correction: the new registration, what changed, and whether to e-mail the parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub registration: Registration,
    pub changes: Vec<PupilField>,
    /// The parent has an account and saw the old data; for AV this is DOMAIN.md's
    /// "the parent is told by e-mail what changed".
    pub notify_parent: bool,
}

impl Registration {
    /// A new registration: white, form version 1, no login sent.
    pub fn new(id: RegistrationId, pupil: PupilId) -> Registration {
        Registration {
            id,
            pupil,
            status: Wit,
            form_version: 1,
            login_version: 0,
            draft: None,
            week_closed: false,
        }
    }

    pub fn restore(parts: RegistrationParts) -> Result<Registration, RestoreError> {
        if parts.form_version == 0 {
            return Err(RestoreError::FormVersionZero);
        }
        if (parts.status == Wit) != (parts.login_version == 0) {
            return Err(RestoreError::LoginVersion {
                status: parts.status,
                login_version: parts.login_version,
            });
        }
        let has_draft = parts.draft.is_some();
        if matches!(parts.status, Ag | Av) != has_draft {
            return Err(RestoreError::Draft {
                status: parts.status,
                has_draft,
            });
        }
        Ok(Registration {
            id: parts.id,
            pupil: parts.pupil,
            status: parts.status,
            form_version: parts.form_version,
            login_version: parts.login_version,
            draft: parts.draft,
            week_closed: parts.week_closed,
        })
    }

    pub fn to_parts(&self) -> RegistrationParts {
        RegistrationParts {
            id: self.id,
            pupil: self.pupil,
            status: self.status,
            form_version: self.form_version,
            login_version: self.login_version,
            draft: self.draft.clone(),
            week_closed: self.week_closed,
        }
    }

    pub fn id(&self) -> RegistrationId {
        self.id
    }

    pub fn pupil(&self) -> PupilId {
        self.pupil
    }

    pub fn status(&self) -> RegistrationStatus {
        self.status
    }

    pub fn form_version(&self) -> u32 {
        self.form_version
    }

    pub fn login_version(&self) -> u32 {
        self.login_version
    }

    pub fn draft(&self) -> Option<&ListDraft> {
        self.draft.as_ref()
    }

    pub fn week_closed(&self) -> bool {
        self.week_closed
    }

    /// Only a registration that was AV when the week closed takes part in placement.
    pub fn takes_part_in_placement(&self) -> bool {
        self.week_closed && self.status == Av
    }

    /// Wit → blauw: the first login e-mail.
    pub fn send_login(
        &self,
        calendar: &Calendar,
        now: OffsetDateTime,
    ) -> Result<Registration, RegistrationError> {
        self.allow(RegistrationEvent::SendLogin, &[Wit], calendar, now)?;
        Ok(self.with(Blauw, |next| next.login_version = 1))
    }

    /// Blauw → blauw with a new link; the earlier link stops working.
    pub fn resend_login(
        &self,
        calendar: &Calendar,
        now: OffsetDateTime,
    ) -> Result<Registration, RegistrationError> {
        self.allow(RegistrationEvent::ResendLogin, &[Blauw], calendar, now)?;
        Ok(self.with(Blauw, |next| next.login_version += 1))
    }

    /// Blauw → groen, with the link of login e-mail number `login_version`.
    pub fn activate_account(
        &self,
        login_version: u32,
        calendar: &Calendar,
        now: OffsetDateTime,
    ) -> Result<Registration, RegistrationError> {
        self.allow(RegistrationEvent::ActivateAccount, &[Blauw], calendar, now)?;
        if login_version != self.login_version {
            return Err(RegistrationError::StaleLoginLink {
                given: login_version,
                current: self.login_version,
            });
        }
        Ok(self.with(Groen, |_| {}))
    }

    /// Groen or AG → AG, keeping `draft` as the list in progress. The rules are checked at
    /// [`Registration::confirm`]: a draft may be incomplete.
    pub fn save_draft(
        &self,
        draft: ListDraft,
        calendar: &Calendar,
        now: OffsetDateTime,
    ) -> Result<Registration, RegistrationError> {
        self.allow(RegistrationEvent::SaveDraft, &[Groen, Ag], calendar, now)?;
        if draft.entries.is_empty() {
            return Err(RegistrationError::EmptyDraft);
        }
        Ok(self.with(Ag, |next| next.draft = Some(draft)))
    }

    /// AG → AV when the draft keeps every rule; returns the list as parsed, which the caller
    /// stores and names in the confirmation e-mail.
    pub fn confirm(
        &self,
        context: &ListContext<'_>,
        calendar: &Calendar,
        now: OffsetDateTime,
    ) -> Result<(Registration, PreferenceList), RegistrationError> {
        self.allow(RegistrationEvent::Confirm, &[Ag], calendar, now)?;
        let draft = self.draft.clone().unwrap_or_default();
        let list = PreferenceList::parse(&draft, context)?;
        Ok((self.with(Av, |_| {}), list))
    }

    /// The definitive list, checked again against `context`; `None` unless AV.
    pub fn definitive_list(
        &self,
        context: &ListContext<'_>,
    ) -> Option<Result<PreferenceList, RegistrationError>> {
        let draft = self.draft.as_ref().filter(|_| self.status == Av)?;
        Some(PreferenceList::parse(draft, context).map_err(RegistrationError::from))
    }

    /// AV → AG; the list stays as an editable draft.
    pub fn withdraw(
        &self,
        calendar: &Calendar,
        now: OffsetDateTime,
    ) -> Result<Registration, RegistrationError> {
        self.allow(RegistrationEvent::Withdraw, &[Av], calendar, now)?;
        Ok(self.with(Ag, |_| {}))
    }

    /// A new form version after the PO school corrected `changes`, in any status and at
    /// any time; the login stays valid and a definitive registration stays definitive.
    pub fn correct_pupil_data(
        &self,
        changes: &[PupilField],
    ) -> Result<Correction, RegistrationError> {
        if changes.is_empty() {
            return Err(RegistrationError::NothingChanged);
        }
        let mut changes = changes.to_vec();
        changes.sort();
        changes.dedup();
        Ok(Correction {
            registration: self.with(self.status, |next| next.form_version += 1),
            changes,
            notify_parent: self.status.has_account(),
        })
    }

    /// Marks the week closed; allowed from the close on, in any status, and repeatable.
    pub fn close_week(
        &self,
        calendar: &Calendar,
        now: OffsetDateTime,
    ) -> Result<Registration, RegistrationError> {
        let closes_at = calendar.instants().registration_closes_at;
        if now < closes_at {
            return Err(RegistrationError::WeekStillOpen { closes_at });
        }
        Ok(self.with(self.status, |next| next.week_closed = true))
    }

    /// Refuses `event` outside `allowed` statuses, then outside its calendar window.
    fn allow(
        &self,
        event: RegistrationEvent,
        allowed: &[RegistrationStatus],
        calendar: &Calendar,
        now: OffsetDateTime,
    ) -> Result<(), RegistrationError> {
        if !allowed.contains(&self.status) {
            return Err(RegistrationError::NotAllowedInStatus {
                status: self.status,
                event,
            });
        }
        match event.window(calendar) {
            Some((opens_at, closes_at)) if now < opens_at || now >= closes_at => {
                Err(RegistrationError::WindowClosed {
                    event,
                    opens_at,
                    closes_at,
                })
            }
            _ => Ok(()),
        }
    }

    fn with(
        &self,
        status: RegistrationStatus,
        change: impl FnOnce(&mut Registration),
    ) -> Registration {
        let mut next = self.clone();
        next.status = status;
        change(&mut next);
        next
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod window_tests;

//! Sending parent logins ("verstuur ouder inlog"), for one pupil or many, in set-based writes:
//! a new single-use activation link per pupil (its token minted when the e-mail is delivered),
//! the e-mail in the outbox, wit → blauw.

use overstap_domain::registration::{Registration, RegistrationError};
use overstap_domain::{Calendar, Language, PupilId, RegionId, RegistrationStatus};
use overstap_persistence::parent_logins::{self, LoginDispatch, NewLogin};
use overstap_persistence::pupils::Pupil;
use overstap_persistence::registrations::{self, Stored};
use overstap_persistence::status_counts::Deltas;
use sea_orm::ConnectionTrait;
use time::OffsetDateTime;

use crate::error::ApiError;
use crate::mail::deferred::{self, LoginMail};

/// What the sending needs to know besides the pupils.
pub struct Dispatch<'a> {
    pub calendar: &'a Calendar,
    pub school_name: &'a str,
    /// The school's region: the e-mails go out in its name.
    pub region: RegionId,
    pub now: OffsetDateTime,
}

/// Per pupil: sent, or the domain's reason for refusing.
pub struct Outcome {
    pub sent: Vec<PupilId>,
    pub refused: Vec<(PupilId, RegistrationError)>,
}

/// Sends (or re-sends) the login of each pupil whose registration allows it now. The caller
/// owns the transaction; nothing is written for refused pupils.
pub async fn send<C: ConnectionTrait>(
    txn: &C,
    dispatch: &Dispatch<'_>,
    pupils: &[Pupil],
) -> Result<Outcome, ApiError> {
    let ids: Vec<PupilId> = pupils.iter().map(|p| p.id).collect();
    let stored = registrations::find_for_pupils(txn, &ids).await?;
    let mut outcome = Outcome {
        sent: Vec::new(),
        refused: Vec::new(),
    };
    let mut changes: Vec<(&Pupil, &Stored, Registration)> = Vec::new();
    for pupil in pupils {
        let Some(current) = stored.get(&pupil.id) else {
            return Err(ApiError::internal(format!(
                "pupil {} has no registration",
                pupil.id
            )));
        };
        let registration = &current.registration;
        let next = match registration.status() {
            RegistrationStatus::Wit => registration.send_login(dispatch.calendar, dispatch.now),
            _ => registration.resend_login(dispatch.calendar, dispatch.now),
        };
        match next {
            Ok(next) => changes.push((pupil, current, next)),
            Err(err) => outcome.refused.push((pupil.id, err)),
        }
    }
    let expires_at = dispatch.calendar.instants().registration_closes_at;
    let registration_opens_at = dispatch.calendar.instants().registration_opens_at;
    let mut logins = Vec::with_capacity(changes.len());
    let mut deltas = Deltas::default();
    let mut next_id = parent_logins::time_ordered_ids();
    for (pupil, current, next) in &changes {
        // The link's token is minted when the e-mail is delivered: until then no token exists.
        let login_id = next_id();
        let mail = deferred::parent_login(
            &pupil.parent_email,
            &LoginMail {
                login: login_id,
                language: Language::Nl,
                child_first_name: &pupil.first_name,
                elk_number: &pupil.elk_number,
                valid_until: expires_at,
                registration_opens_at,
                school_name: dispatch.school_name,
            },
        )
        .in_region(dispatch.region);
        let before = current.registration.status();
        deltas.moved(
            (pupil.procedure_id, pupil.school_id),
            (&pupil.class_name, before),
            (&pupil.class_name, next.status()),
        );
        // The guard (old status and login version) makes a concurrent change visible as a
        // smaller count instead of being overwritten.
        logins.push(LoginDispatch {
            registration: current.registration.id(),
            pupil: pupil.id,
            from_status: before.as_str(),
            from_login_version: current.registration.login_version(),
            login: NewLogin {
                id: login_id,
                pupil: pupil.id,
                version: next.login_version(),
                token_hash: parent_logins::unminted(login_id),
                sent_to: pupil.parent_email.clone(),
                expires_at,
            },
            mail,
        });
        outcome.sent.push(pupil.id);
    }
    let expected = logins.len() as u64;
    let advanced = parent_logins::dispatch(txn, logins, &deltas, dispatch.now).await?;
    if advanced != expected {
        return Err(ApiError::Conflict {
            message: "Another change to these registrations came first; try again.".to_owned(),
            facts: None,
        });
    }
    Ok(outcome)
}

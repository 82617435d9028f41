//! Sending parent logins ("verstuur ouder inlog"), for one pupil or many, in set-based writes:
//! a new single-use activation link per pupil, the e-mail in the outbox, wit → blauw.

use std::collections::BTreeMap;

use overstap_domain::registration::{Registration, RegistrationError};
use overstap_domain::{Calendar, Language, PupilId, RegistrationStatus};
use overstap_persistence::outbox;
use overstap_persistence::parent_logins::{self, NewLogin};
use overstap_persistence::pupils::Pupil;
use overstap_persistence::registrations::{self, Stored};
use overstap_persistence::status_counts::{self, Deltas};
use sea_orm::ConnectionTrait;
use time::OffsetDateTime;

use crate::auth::tokens::new_opaque_token;
use crate::error::ApiError;
use crate::mail::deferred;
use crate::mail::templates::ParentLogin;

/// What the sending needs to know besides the pupils.
pub struct Dispatch<'a> {
    pub calendar: &'a Calendar,
    pub school_name: &'a str,
    /// The portal's base URL; the link is `{public_url}/activeren?token=…`.
    pub public_url: &'a str,
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
    let mut mails = Vec::with_capacity(changes.len());
    let mut logins = Vec::with_capacity(changes.len());
    let mut deltas = Deltas::default();
    // One UPDATE per (old status, old login version): the guard makes a concurrent change
    // visible as a smaller row count instead of being overwritten.
    let mut groups: BTreeMap<(&'static str, u32), Vec<PupilId>> = BTreeMap::new();
    for (pupil, current, next) in &changes {
        let (token, token_hash) = new_opaque_token();
        logins.push(NewLogin {
            pupil: pupil.id,
            version: next.login_version(),
            token_hash,
            sent_to: pupil.parent_email.clone(),
            expires_at,
        });
        let link = format!("{}/activeren?token={token}", dispatch.public_url);
        mails.push(deferred::parent_login(
            &pupil.parent_email,
            &ParentLogin {
                language: Language::Nl,
                child_first_name: &pupil.first_name,
                elk_number: &pupil.elk_number,
                activation_link: &link,
                valid_until: expires_at,
                registration_opens_at: dispatch.calendar.instants().registration_opens_at,
                school_name: dispatch.school_name,
            },
        ));
        let before = current.registration.status();
        deltas.moved(
            pupil.school_id,
            (&pupil.class_name, before),
            (&pupil.class_name, next.status()),
        );
        groups
            .entry((before.as_str(), current.registration.login_version()))
            .or_default()
            .push(pupil.id);
        outcome.sent.push(pupil.id);
    }
    for ((status, login_version), pupils) in &groups {
        let updated =
            registrations::advance_login(txn, pupils, status, *login_version, dispatch.now).await?;
        if updated != pupils.len() as u64 {
            return Err(ApiError::Conflict {
                message: "Another change to these registrations came first; try again.".to_owned(),
                facts: None,
            });
        }
    }
    parent_logins::issue_many(txn, logins, dispatch.now).await?;
    status_counts::apply(txn, &deltas).await?;
    outbox::enqueue_many(txn, mails, dispatch.now).await?;
    Ok(outcome)
}

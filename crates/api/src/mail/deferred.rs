//! Messages stored in the outbox as their template and parameters, rendered when delivered or
//! shown: a bulk login dispatch then writes a few hundred bytes per message, not 3 KB.
//!
//! A message that carries a secret link (activation, password reset) stores only a reference:
//! the token is minted when the message is delivered ([`prepare`]), its hash replaces the
//! link's, and the link exists only in the e-mail that goes out. Once delivered, the stored
//! parameters are cleared. A link that stopped working before delivery (a newer login, a changed
//! address) cancels its message instead of sending a dead link: the message is removed.

use overstap_domain::{ElkNumber, Language};
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::entities::mail_outbox;
use overstap_persistence::outbox::NewMail;
use overstap_persistence::{
    DatabaseConnection, DbErr, parent_logins, parents, password_resets, pupils, schools,
};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::auth::tokens::new_opaque_token;
use crate::mail::messages::{
    self, ConfirmedProgramme, ParentLogin, PasswordReset, PlacementResult,
};
use crate::staff;

/// How long a password-reset link works after its e-mail is delivered.
pub const RESET_LINK_VALIDITY: time::Duration = time::Duration::hours(1);

/// The template kinds whose link is minted at delivery.
pub const MINTED_AT_DELIVERY: [&str; 4] = [
    "parent_login",
    "password_reset",
    "staff_link",
    "staff_password_reset",
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Deferred {
    /// The login e-mail of the parent login link `login` (a `parent_logins` row).
    ParentLogin {
        login: Uuid,
        language: Language,
        child_first_name: String,
        elk_number: String,
        #[serde(with = "time::serde::rfc3339")]
        valid_until: OffsetDateTime,
        #[serde(with = "time::serde::rfc3339")]
        registration_opens_at: OffsetDateTime,
        school_name: String,
    },
    /// A reset asked for `elk_number`: whether an account exists is looked up at delivery, so
    /// the request itself does the same work for every number.
    PasswordReset { elk_number: String },
    /// The e-mail of a staff link (an invitation or a reset a manager sent): a `staff_links`
    /// row, minted at delivery.
    StaffLink { link: Uuid },
    /// A staff member asked for a new password for `email`: looked up at delivery, like
    /// `PasswordReset`.
    StaffPasswordReset { email: String },
    PlacementResult {
        language: Language,
        child_first_name: String,
        placed: Option<PlacedAt>,
        #[serde(default, with = "time::serde::rfc3339::option")]
        round2_opens_at: Option<OffsetDateTime>,
        portal_link: String,
    },
}

/// The programme of a stored placement result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct PlacedAt {
    rank: u32,
    programme_name: String,
    school_name: String,
    town: String,
}

fn stored(recipient: &str, deferred: &Deferred) -> NewMail {
    NewMail {
        recipient: recipient.to_owned(),
        subject: String::new(),
        body_text: String::new(),
        body_html: String::new(),
        template: serde_json::to_value(deferred).ok(),
        region: None,
    }
}

/// The result e-mail of `messages::placement_result`, stored as parameters: an official run
/// queues one per pupil. Reserve positions are not stored (they are listed only where the
/// region publishes them; this form has none).
pub fn placement_result(recipient: &str, mail: &PlacementResult<'_>) -> NewMail {
    stored(
        recipient,
        &Deferred::PlacementResult {
            language: mail.language,
            child_first_name: mail.child_first_name.to_owned(),
            placed: mail.placed.as_ref().map(|p| PlacedAt {
                rank: p.rank,
                programme_name: p.programme_name.to_owned(),
                school_name: p.school_name.to_owned(),
                town: p.town.to_owned(),
            }),
            round2_opens_at: mail.round2_opens_at,
            portal_link: mail.portal_link.to_owned(),
        },
    )
}

/// What the login e-mail says besides its link, which is minted at delivery.
pub struct LoginMail<'a> {
    /// The `parent_logins` row the link belongs to.
    pub login: Uuid,
    pub language: Language,
    pub child_first_name: &'a str,
    pub elk_number: &'a str,
    pub valid_until: OffsetDateTime,
    pub registration_opens_at: OffsetDateTime,
    pub school_name: &'a str,
}

/// The login e-mail of `messages::parent_login`, stored as parameters and a reference to its
/// link.
pub fn parent_login(recipient: &str, mail: &LoginMail<'_>) -> NewMail {
    stored(
        recipient,
        &Deferred::ParentLogin {
            login: mail.login,
            language: mail.language,
            child_first_name: mail.child_first_name.to_owned(),
            elk_number: mail.elk_number.to_owned(),
            valid_until: mail.valid_until,
            registration_opens_at: mail.registration_opens_at,
            school_name: mail.school_name.to_owned(),
        },
    )
}

/// A password reset asked for `elk`: no recipient yet (the account's address is looked up at
/// delivery), and the same row whether or not the number has an account.
pub fn password_reset_request(elk: &ElkNumber) -> NewMail {
    stored(
        "",
        &Deferred::PasswordReset {
            elk_number: elk.to_string(),
        },
    )
}

/// The e-mail of the staff link `link` (an invitation), stored as a reference: its recipient
/// and text are filled in at delivery.
pub fn staff_link(link: Uuid) -> NewMail {
    stored("", &Deferred::StaffLink { link })
}

/// A staff password reset asked for `email`: the same row whether or not it has an account.
pub fn staff_password_reset_request(email: &str) -> NewMail {
    stored(
        "",
        &Deferred::StaffPasswordReset {
            email: email.trim().to_lowercase(),
        },
    )
}

/// Why a stored message cannot be prepared.
#[derive(Debug)]
pub enum PrepareError {
    /// The template cannot be read: the message fails for good.
    Unreadable(String),
    /// The database did not answer: the message is tried again when its lease ends.
    Database(DbErr),
}

impl From<DbErr> for PrepareError {
    fn from(err: DbErr) -> PrepareError {
        PrepareError::Database(err)
    }
}

impl std::fmt::Display for PrepareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PrepareError::Unreadable(reason) => f.write_str(reason),
            PrepareError::Database(err) => write!(f, "database: {err}"),
        }
    }
}

/// What became of a message at delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prepared {
    /// Rendered (subject, bodies, recipient filled): send it.
    Ready,
    /// Must not go out; the reason names no person.
    Cancelled(&'static str),
}

/// Makes a claimed row ready to send: mints the token of a link it refers to and renders it.
/// Rows stored rendered pass unchanged. `public_url` is the portal's base URL.
pub async fn prepare(
    db: &DatabaseConnection,
    row: &mut mail_outbox::Model,
    public_url: &str,
    now: OffsetDateTime,
) -> Result<Prepared, PrepareError> {
    let Some(template) = &row.template else {
        return Ok(Prepared::Ready);
    };
    let deferred: Deferred = serde_json::from_value(template.clone())
        .map_err(|e| PrepareError::Unreadable(format!("unreadable mail template: {e}")))?;
    let link = match &deferred {
        Deferred::ParentLogin { login, .. } => {
            let (token, token_hash) = new_opaque_token();
            if parent_logins::mint(db, *login, &token_hash, now)
                .await?
                .is_none()
            {
                return Ok(Prepared::Cancelled(
                    "the login link stopped working before delivery",
                ));
            }
            Some(format!("{public_url}/activeren?token={token}"))
        }
        Deferred::PasswordReset { elk_number } => {
            return reset_at_delivery(db, row, elk_number, public_url, now).await;
        }
        Deferred::StaffLink { link } => {
            return fill_from(
                row,
                staff::links::deliver(db, *link, public_url, now).await?,
            );
        }
        Deferred::StaffPasswordReset { email } => {
            let ready = staff::links::deliver_reset(db, email, public_url, now).await?;
            return fill_from(row, ready);
        }
        Deferred::PlacementResult { .. } => None,
    };
    fill(row, &deferred, link.as_deref());
    Ok(Prepared::Ready)
}

/// Copies a message rendered at delivery into its row, or reports why it must not go out.
fn fill_from(
    row: &mut mail_outbox::Model,
    rendered: Result<NewMail, &'static str>,
) -> Result<Prepared, PrepareError> {
    match rendered {
        Ok(mail) => {
            if let Some(region) = mail.region {
                row.region_id = Some(region.as_uuid());
            }
            row.recipient = mail.recipient;
            row.subject = mail.subject;
            row.body_text = mail.body_text;
            row.body_html = mail.body_html;
            row.template = None;
            Ok(Prepared::Ready)
        }
        Err(reason) => Ok(Prepared::Cancelled(reason)),
    }
}

/// Looks the account up, issues the reset link and renders its e-mail, in one transaction.
async fn reset_at_delivery(
    db: &DatabaseConnection,
    row: &mut mail_outbox::Model,
    elk_number: &str,
    public_url: &str,
    now: OffsetDateTime,
) -> Result<Prepared, PrepareError> {
    const NO_ACCOUNT: Prepared = Prepared::Cancelled("no activated account for this ELK number");
    let Some(account) = parents::find_by_elk_number(db, elk_number)
        .await?
        .filter(|a| a.password_hash.is_some())
    else {
        return Ok(NO_ACCOUNT);
    };
    let Some(pupil) = pupils::find(db, account.pupil_id).await? else {
        return Ok(NO_ACCOUNT);
    };
    // Asked for by ELK number alone: the region (the From's name) is known only now. Read
    // before the reset is issued, so nothing can fail between issuing it and sending it.
    let region = schools::find(db, pupil.school_id)
        .await?
        .map(|school| school.region_id.as_uuid());
    let (token, token_hash) = new_opaque_token();
    let valid_until = now + RESET_LINK_VALIDITY;
    let txn = overstap_persistence::begin_write(db).await?;
    password_resets::issue(
        &txn,
        account.id,
        &token_hash,
        &pupil.parent_email,
        valid_until,
        now,
    )
    .await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::ParentPasswordResetRequested,
            AuditActor::ANONYMOUS,
            AuditSubject::ParentAccount(account.id),
            now,
        ),
    )
    .await?;
    txn.commit().await?;
    let link = format!("{public_url}/wachtwoord-herstellen?token={token}");
    let language = account.language;
    let mail = messages::password_reset(
        &pupil.parent_email,
        &PasswordReset {
            language,
            child_first_name: &pupil.first_name,
            elk_number: &pupil.elk_number,
            reset_link: &link,
            valid_until,
        },
    );
    row.region_id = region;
    row.recipient = pupil.parent_email;
    row.subject = mail.subject;
    row.body_text = mail.body_text;
    row.body_html = mail.body_html;
    row.template = None;
    Ok(Prepared::Ready)
}

/// Fills subject and bodies of a row stored as parameters that carries no secret link and clears
/// its template; rendered rows pass unchanged. A row that cannot be rendered here (unreadable,
/// or its link is minted at delivery) is an error and keeps its template.
pub fn render(row: &mut mail_outbox::Model) -> Result<(), String> {
    let Some(template) = &row.template else {
        return Ok(());
    };
    let deferred: Deferred = serde_json::from_value(template.clone())
        .map_err(|e| format!("unreadable mail template: {e}"))?;
    if !matches!(deferred, Deferred::PlacementResult { .. }) {
        return Err("this message's link is minted when it is delivered".to_owned());
    }
    fill(row, &deferred, None);
    Ok(())
}

fn fill(row: &mut mail_outbox::Model, deferred: &Deferred, link: Option<&str>) {
    let mail = match deferred {
        Deferred::ParentLogin {
            language,
            child_first_name,
            elk_number,
            valid_until,
            registration_opens_at,
            school_name,
            ..
        } => messages::parent_login(
            &row.recipient,
            &ParentLogin {
                language: *language,
                child_first_name,
                elk_number,
                activation_link: link.unwrap_or_default(),
                valid_until: *valid_until,
                registration_opens_at: *registration_opens_at,
                school_name,
            },
        ),
        // Rendered at delivery (`reset_at_delivery`, `staff::links`).
        Deferred::PasswordReset { .. }
        | Deferred::StaffLink { .. }
        | Deferred::StaffPasswordReset { .. } => return,
        Deferred::PlacementResult {
            language,
            child_first_name,
            placed,
            round2_opens_at,
            portal_link,
        } => messages::placement_result(
            &row.recipient,
            &PlacementResult {
                language: *language,
                child_first_name,
                placed: placed.as_ref().map(|p| ConfirmedProgramme {
                    rank: p.rank,
                    programme_name: &p.programme_name,
                    school_name: &p.school_name,
                    town: &p.town,
                }),
                reserve: &[],
                round2_opens_at: *round2_opens_at,
                portal_link,
            },
        ),
    };
    row.subject = mail.subject;
    row.body_text = mail.body_text;
    row.body_html = mail.body_html;
    row.template = None;
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;
    use uuid::Uuid;

    fn outbox_row(stored: NewMail) -> mail_outbox::Model {
        mail_outbox::Model {
            id: Uuid::nil(),
            recipient: stored.recipient,
            subject: stored.subject,
            body_text: stored.body_text,
            body_html: stored.body_html,
            status: overstap_persistence::outbox::MailStatus::Pending.into(),
            attempts: 0,
            next_attempt_at: datetime!(2026-03-20 10:00 UTC),
            last_error: None,
            created_at: datetime!(2026-03-20 10:00 UTC),
            sent_at: None,
            template: stored.template,
            region_id: None,
        }
    }

    #[test]
    fn a_stored_login_holds_no_link_and_renders_like_the_rendered_one_once_minted() {
        let link = "http://localhost:8080/activeren?token=abc";
        let stored = parent_login(
            "ouder@example.org",
            &LoginMail {
                login: Uuid::from_u128(7),
                language: Language::En,
                child_first_name: "Noor",
                elk_number: "5720000008",
                valid_until: datetime!(2026-03-31 22:00 UTC),
                registration_opens_at: datetime!(2026-03-24 23:00 UTC),
                school_name: "De Regenboog",
            },
        );
        assert!(stored.body_html.is_empty());
        let template = stored.template.clone().unwrap().to_string();
        assert!(!template.contains("token"), "{template}");
        let mut row = outbox_row(stored);
        // Without its minted link the message cannot be rendered.
        assert!(render(&mut row.clone()).is_err());
        let deferred: Deferred = serde_json::from_value(row.template.clone().unwrap()).unwrap();
        fill(&mut row, &deferred, Some(link));
        let direct = messages::parent_login(
            "ouder@example.org",
            &ParentLogin {
                language: Language::En,
                child_first_name: "Noor",
                elk_number: "5720000008",
                activation_link: link,
                valid_until: datetime!(2026-03-31 22:00 UTC),
                registration_opens_at: datetime!(2026-03-24 23:00 UTC),
                school_name: "De Regenboog",
            },
        );
        assert_eq!(
            (row.subject, row.body_text, row.body_html, row.template),
            (direct.subject, direct.body_text, direct.body_html, None)
        );
    }

    #[test]
    fn a_reset_request_is_the_same_row_whatever_the_number() {
        let a = password_reset_request(&ElkNumber::parse("5720000008").unwrap());
        assert_eq!(a.recipient, "");
        assert_eq!(
            a.template,
            Some(serde_json::json!({ "kind": "password_reset", "elk_number": "5720000008" }))
        );
    }

    #[test]
    fn a_stored_result_renders_exactly_like_the_rendered_one() {
        for placed in [
            None,
            Some(ConfirmedProgramme {
                rank: 2,
                programme_name: "havo/vwo",
                school_name: "Het <Amstel> College",
                town: "Amstelveen",
            }),
        ] {
            let result = PlacementResult {
                language: Language::Ar,
                child_first_name: "Noor",
                placed,
                reserve: &[],
                round2_opens_at: Some(datetime!(2026-04-22 08:00 UTC)),
                portal_link: "http://localhost:8080/ouder/uitslag",
            };
            let stored = placement_result("ouder@example.org", &result);
            assert!(stored.body_html.is_empty());
            let mut row = mail_outbox::Model {
                id: Uuid::nil(),
                recipient: stored.recipient,
                subject: stored.subject,
                body_text: stored.body_text,
                body_html: stored.body_html,
                status: overstap_persistence::outbox::MailStatus::Pending.into(),
                attempts: 0,
                next_attempt_at: datetime!(2026-04-15 14:00 UTC),
                last_error: None,
                created_at: datetime!(2026-04-08 10:00 UTC),
                sent_at: None,
                template: stored.template,
                region_id: None,
            };
            render(&mut row).unwrap();
            let direct = messages::placement_result("ouder@example.org", &result);
            assert_eq!(
                (row.subject, row.body_text, row.body_html),
                (direct.subject, direct.body_text, direct.body_html)
            );
        }
    }

    #[test]
    fn an_unreadable_template_is_an_error_not_an_empty_mail() {
        let mut row = mail_outbox::Model {
            id: Uuid::nil(),
            recipient: "x@example.org".to_owned(),
            subject: String::new(),
            body_text: String::new(),
            body_html: String::new(),
            status: overstap_persistence::outbox::MailStatus::Pending.into(),
            attempts: 0,
            next_attempt_at: datetime!(2026-03-20 10:00 UTC),
            last_error: None,
            created_at: datetime!(2026-03-20 10:00 UTC),
            sent_at: None,
            template: Some(serde_json::json!({ "kind": "unknown" })),
            region_id: None,
        };
        assert!(render(&mut row).is_err());
    }
}

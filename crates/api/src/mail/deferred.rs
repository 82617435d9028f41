//! Messages stored in the outbox as their template and parameters, rendered when delivered or
//! shown: a bulk login dispatch then writes a few hundred bytes per message, not 3 KB.

use overstap_domain::Language;
use overstap_persistence::entities::mail_outbox;
use overstap_persistence::outbox::NewMail;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::mail::portal::{self, ConfirmedProgramme, PlacementResult};
use crate::mail::templates::{self, ParentLogin};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Deferred {
    ParentLogin {
        language: Language,
        child_first_name: String,
        elk_number: String,
        activation_link: String,
        #[serde(with = "time::serde::rfc3339")]
        valid_until: OffsetDateTime,
        #[serde(with = "time::serde::rfc3339")]
        registration_opens_at: OffsetDateTime,
        school_name: String,
    },
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

/// The result e-mail of `portal::placement_result`, stored as parameters: an official run
/// queues one per pupil. Reserve positions are not stored (they are listed only where the
/// region publishes them; this form has none).
pub fn placement_result(recipient: &str, mail: &PlacementResult<'_>) -> NewMail {
    let deferred = Deferred::PlacementResult {
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
    };
    NewMail {
        recipient: recipient.to_owned(),
        subject: String::new(),
        body_text: String::new(),
        body_html: String::new(),
        template: serde_json::to_value(deferred).ok(),
    }
}

/// The login e-mail of `templates::parent_login`, stored as parameters.
pub fn parent_login(recipient: &str, mail: &ParentLogin<'_>) -> NewMail {
    let deferred = Deferred::ParentLogin {
        language: mail.language,
        child_first_name: mail.child_first_name.to_owned(),
        elk_number: mail.elk_number.to_owned(),
        activation_link: mail.activation_link.to_owned(),
        valid_until: mail.valid_until,
        registration_opens_at: mail.registration_opens_at,
        school_name: mail.school_name.to_owned(),
    };
    NewMail {
        recipient: recipient.to_owned(),
        subject: String::new(),
        body_text: String::new(),
        body_html: String::new(),
        template: serde_json::to_value(deferred).ok(),
    }
}

/// Fills subject and bodies of a row stored as parameters and clears its template; rendered
/// rows pass unchanged. A row that cannot be rendered keeps its template.
pub fn render(row: &mut mail_outbox::Model) -> Result<(), String> {
    let Some(template) = &row.template else {
        return Ok(());
    };
    let deferred: Deferred = serde_json::from_value(template.clone())
        .map_err(|e| format!("unreadable mail template: {e}"))?;
    let mail = match &deferred {
        Deferred::ParentLogin {
            language,
            child_first_name,
            elk_number,
            activation_link,
            valid_until,
            registration_opens_at,
            school_name,
        } => templates::parent_login(
            &row.recipient,
            &ParentLogin {
                language: *language,
                child_first_name,
                elk_number,
                activation_link,
                valid_until: *valid_until,
                registration_opens_at: *registration_opens_at,
                school_name,
            },
        ),
        Deferred::PlacementResult {
            language,
            child_first_name,
            placed,
            round2_opens_at,
            portal_link,
        } => portal::placement_result(
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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;
    use uuid::Uuid;

    #[test]
    fn a_stored_login_renders_exactly_like_the_rendered_one() {
        let login = ParentLogin {
            language: Language::En,
            child_first_name: "Noor",
            elk_number: "5720000008",
            activation_link: "http://localhost:8080/activeren?token=abc",
            valid_until: datetime!(2026-03-31 22:00 UTC),
            registration_opens_at: datetime!(2026-03-24 23:00 UTC),
            school_name: "De Regenboog",
        };
        let stored = parent_login("ouder@example.org", &login);
        assert!(stored.body_html.is_empty());
        let mut row = mail_outbox::Model {
            id: Uuid::nil(),
            recipient: stored.recipient,
            subject: stored.subject,
            body_text: stored.body_text,
            body_html: stored.body_html,
            status: "pending".to_owned(),
            attempts: 0,
            next_attempt_at: datetime!(2026-03-20 10:00 UTC),
            last_error: None,
            created_at: datetime!(2026-03-20 10:00 UTC),
            sent_at: None,
            template: stored.template,
        };
        render(&mut row).unwrap();
        let direct = templates::parent_login("ouder@example.org", &login);
        assert_eq!(
            (row.subject, row.body_text, row.body_html),
            (direct.subject, direct.body_text, direct.body_html)
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
                status: "pending".to_owned(),
                attempts: 0,
                next_attempt_at: datetime!(2026-04-15 14:00 UTC),
                last_error: None,
                created_at: datetime!(2026-04-08 10:00 UTC),
                sent_at: None,
                template: stored.template,
            };
            render(&mut row).unwrap();
            let direct = portal::placement_result("ouder@example.org", &result);
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
            status: "pending".to_owned(),
            attempts: 0,
            next_attempt_at: datetime!(2026-03-20 10:00 UTC),
            last_error: None,
            created_at: datetime!(2026-03-20 10:00 UTC),
            sent_at: None,
            template: Some(serde_json::json!({ "kind": "unknown" })),
        };
        assert!(render(&mut row).is_err());
    }
}

//! The ontvangstbevestiging: the registration is definitive (AG -> AV), with the list as it
//! was confirmed and the moments that matter next.

use minijinja::Value;
use overstap_domain::i18n::{format_date_time, format_last_moment};
use overstap_domain::{Language, PriorityClaim};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use crate::mail::render::Mail;

/// One programme of the confirmed list, in rank order.
pub struct ConfirmedProgramme<'a> {
    pub rank: u32,
    pub programme_name: &'a str,
    pub school_name: &'a str,
    pub town: &'a str,
}

/// The ontvangstbevestiging: the registration is definitive (AV).
pub struct Confirmation<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub elk_number: &'a str,
    pub programmes: &'a [ConfirmedProgramme<'a>],
    /// The claim at the 1st choice, if any (e.g. Sibling { name, class }).
    pub priority_claim: Option<&'a PriorityClaim>,
    /// The linked twin's first name, when the lists are linked.
    pub twin_first_name: Option<&'a str>,
    pub confirmed_at: OffsetDateTime,
    /// Exclusive end of the registration week: until then the parent can withdraw and change.
    pub closes_at: OffsetDateTime,
    /// When the results are published.
    pub publication_at: OffsetDateTime,
    pub portal_link: &'a str,
}

pub fn confirmation(recipient: &str, mail: &Confirmation<'_>) -> NewMail {
    let language = mail.language;
    let mut letter = Mail::new("confirmation", language)
        .arg("child", mail.child_first_name)
        .arg("elk", mail.elk_number)
        .arg("link", mail.portal_link)
        .arg("confirmed", format_date_time(mail.confirmed_at, language))
        .arg("until", format_last_moment(mail.closes_at, language))
        .arg("published", format_date_time(mail.publication_at, language))
        .value("programmes", programme_list(mail.programmes));
    if let Some(claim) = mail.priority_claim {
        letter = letter.value("claim", rule_message(claim));
        if let PriorityClaim::Sibling { name, class } = claim {
            letter = letter
                .arg("sibling", name.as_str())
                .arg("class", class.as_str());
        }
    }
    if let Some(twin) = mail.twin_first_name {
        letter = letter.arg("twin", twin);
    }
    letter.into_mail(recipient)
}

/// The programmes in rank order, for `mail-programme-line`.
pub(super) fn programme_list(programmes: &[ConfirmedProgramme<'_>]) -> Value {
    let mut programmes: Vec<&ConfirmedProgramme<'_>> = programmes.iter().collect();
    programmes.sort_by_key(|programme| programme.rank);
    programmes
        .into_iter()
        .map(|p| {
            Value::from_pairs([
                ("rank", Value::from(p.rank)),
                ("programme", Value::from(p.programme_name)),
                ("school", Value::from(p.school_name)),
                ("town", Value::from(p.town)),
            ])
        })
        .collect()
}

/// The message with the priority rule by the name a parent knows.
fn rule_message(claim: &PriorityClaim) -> &'static str {
    match claim {
        PriorityClaim::Sibling { .. } => "priority-rule-sibling",
        PriorityClaim::StaffChild => "priority-rule-staff-child",
        PriorityClaim::Hardship => "priority-rule-hardship",
        PriorityClaim::Kopklas => "priority-rule-kopklas",
    }
}

//! The uitslag: at the publication moment every parent hears where the child is placed, or
//! that it is not placed yet and what happens next (round 2, or the primary school or the
//! coordinator gets in touch), with any reserve positions the region publishes.

use minijinja::Value;
use overstap_domain::Language;
use overstap_domain::i18n::format_date_time;
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use super::ConfirmedProgramme;
use crate::mail::render::Mail;

/// The placement result (uitslag), sent at the publication moment.
pub struct PlacementResult<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    /// The programme, school and town the child is placed at; None when not placed.
    /// `rank` is the choice rank on the list.
    pub placed: Option<ConfirmedProgramme<'a>>,
    /// Reserve positions for programmes ranked higher, when the region publishes them:
    /// (programme name, school name, position).
    pub reserve: &'a [(&'a str, &'a str, u32)],
    /// When round 2 opens for unplaced pupils, if the calendar has one. Not shown to the
    /// parents of a placed child.
    pub round2_opens_at: Option<OffsetDateTime>,
    pub portal_link: &'a str,
}

pub fn placement_result(recipient: &str, mail: &PlacementResult<'_>) -> NewMail {
    let language = mail.language;
    let reserve: Vec<Value> = mail
        .reserve
        .iter()
        .map(|&(programme, school, position)| {
            Value::from_pairs([
                ("programme", Value::from(programme)),
                ("school", Value::from(school)),
                ("position", Value::from(position)),
            ])
        })
        .collect();
    let mut letter = Mail::new("placement-result", language)
        .arg("child", mail.child_first_name)
        .arg("link", mail.portal_link)
        .value("placed", mail.placed.is_some())
        .value("reserve", reserve);
    match &mail.placed {
        Some(placed) => {
            letter = letter
                .arg("rank", placed.rank)
                .arg("programme", placed.programme_name)
                .arg("school", placed.school_name)
                .arg("town", placed.town);
        }
        None => {
            if let Some(opens_at) = mail.round2_opens_at {
                letter = letter.arg("round2", format_date_time(opens_at, language));
            }
        }
    }
    letter.into_mail(recipient)
}

//! Dates and moments as people in the region read them: Europe/Amsterdam time, written with the
//! words of the reader's language (`date`, `weekday` and `date-time` in `locales/<lang>/app.ftl`).

use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, Month, OffsetDateTime, PrimitiveDateTime, UtcOffset, Weekday};

use super::Texts;

/// The last Sunday of `month`, at 01:00 UTC: when the Netherlands changes clocks (EU rule).
fn change_over(year: i32, month: Month) -> Option<OffsetDateTime> {
    let last_day = Date::from_calendar_date(year, month, month.length(year)).ok()?;
    let back = i64::from(last_day.weekday().number_days_from_sunday());
    let sunday = last_day - Duration::days(back);
    Some(PrimitiveDateTime::new(sunday, time::Time::from_hms(1, 0, 0).ok()?).assume_utc())
}

/// Amsterdam's offset at `instant`: +02:00 in summer time, +01:00 otherwise.
pub fn amsterdam_offset(instant: OffsetDateTime) -> UtcOffset {
    let year = instant.to_offset(UtcOffset::UTC).year();
    let summer = match (
        change_over(year, Month::March),
        change_over(year, Month::October),
    ) {
        (Some(starts), Some(ends)) => instant >= starts && instant < ends,
        _ => false,
    };
    UtcOffset::from_hms(if summer { 2 } else { 1 }, 0, 0).unwrap_or(UtcOffset::UTC)
}

pub fn in_amsterdam(instant: OffsetDateTime) -> OffsetDateTime {
    instant.to_offset(amsterdam_offset(instant))
}

impl Texts {
    /// "25 maart 2026".
    pub fn calendar_date(&self, date: Date) -> String {
        self.date(date.day(), u8::from(date.month()), date.year())
    }

    /// "woensdag 25 maart 2026 om 09:00" in Amsterdam time, in this language.
    pub fn moment(&self, instant: OffsetDateTime) -> String {
        let local = in_amsterdam(instant);
        let weekday = match local.weekday() {
            Weekday::Monday => 1u8,
            Weekday::Tuesday => 2,
            Weekday::Wednesday => 3,
            Weekday::Thursday => 4,
            Weekday::Friday => 5,
            Weekday::Saturday => 6,
            Weekday::Sunday => 7,
        };
        let time = format!("{:02}:{:02}", local.hour(), local.minute());
        self.date_time(
            &self.weekday(weekday),
            &self.calendar_date(local.date()),
            &time,
        )
    }

    /// `moment` of an RFC 3339 instant as the API sends it in a string field; the text as it
    /// came should it not parse.
    pub fn moment_of(&self, rfc3339: &str) -> String {
        OffsetDateTime::parse(rfc3339, &Rfc3339)
            .map_or_else(|_| rfc3339.to_owned(), |instant| self.moment(instant))
    }

    /// The last moment before an exclusive end: a week closing at 1 April 00:00 reads
    /// "dinsdag 31 maart 2026 om 23:59".
    pub fn last_moment(&self, closes_at: OffsetDateTime) -> String {
        self.moment(closes_at - Duration::SECOND)
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_registration_week_reads_in_every_language() {
        let opens_at = datetime!(2026-03-24 23:00 UTC);
        let closes_at = datetime!(2026-03-31 22:00 UTC);
        assert_eq!(
            Lang::Nl.texts().moment(opens_at),
            "woensdag 25 maart 2026 om 00:00"
        );
        assert_eq!(
            Lang::Nl.texts().last_moment(closes_at),
            "dinsdag 31 maart 2026 om 23:59"
        );
        assert_eq!(
            Lang::En.texts().moment(opens_at),
            "Wednesday 25 March 2026 at 00:00"
        );
        assert_eq!(
            Lang::Tr.texts().moment(opens_at),
            "25 Mart 2026 Çarşamba saat 00:00"
        );
    }

    #[test]
    fn an_instant_from_the_api_reads_in_amsterdam_time() {
        assert_eq!(
            Lang::Nl.texts().moment_of("2026-04-02T08:30:00Z"),
            "donderdag 2 april 2026 om 10:30"
        );
        assert_eq!(
            Lang::En.texts().moment_of("2026-03-26T10:00:00+01:00"),
            "Thursday 26 March 2026 at 10:00"
        );
        assert_eq!(Lang::Nl.texts().moment_of("soon"), "soon");
    }

    #[test]
    fn arabic_isolates_the_date_parts() {
        let text = Lang::Ar.texts().moment(datetime!(2026-03-25 08:00 UTC));
        assert!(text.contains("\u{2068}09:00\u{2069}"), "{text}");
        assert!(text.contains("الأربعاء"), "{text}");
    }

    /// The EU rule agrees with the time-zone database for every hour of five years.
    #[test]
    fn the_offset_matches_the_time_zone_database() {
        let mut instant = datetime!(2026-01-01 00:00 UTC);
        while instant < datetime!(2031-01-01 00:00 UTC) {
            assert_eq!(
                amsterdam_offset(instant),
                overstap_domain::tz::offset_at(instant),
                "{instant}"
            );
            instant += Duration::minutes(30);
        }
    }
}

//! Dates and times for people, in Europe/Amsterdam time, with computed weekday and month names.
//!
//! Adding a language is a new `Language` variant, its `WORDS` table and, if its word order
//! differs, its own arm in `Language::date`.

use crate::tz;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use time::{Date, Duration, OffsetDateTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Nl,
    En,
    Tr,
    /// Written right to left; see [`Language::is_rtl`].
    Ar,
}

/// The words a language needs for dates: weekdays from Monday, months from January.
struct DateWords {
    weekdays: [&'static str; 7],
    months: [&'static str; 12],
    /// Joins a date and a time: "woensdag 25 maart 2026 om 00:00".
    at: &'static str,
}

const NL: DateWords = DateWords {
    weekdays: [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ],
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    at: "om",
};

const EN: DateWords = DateWords {
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    at: "at",
};

const TR: DateWords = DateWords {
    weekdays: [
        "Pazartesi",
        "Salı",
        "Çarşamba",
        "Perşembe",
        "Cuma",
        "Cumartesi",
        "Pazar",
    ],
    months: [
        "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
        "Kasım", "Aralık",
    ],
    at: "saat",
};

/// Modern Standard Arabic with the month names used in Egypt and the Gulf (مارس, أبريل), which
/// readers from the Levant and the Maghreb know as well; digits stay Western, as on Dutch papers.
const AR: DateWords = DateWords {
    weekdays: [
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
    ],
    months: [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    at: "الساعة",
};

impl Language {
    pub const ALL: [Language; 4] = [Language::Nl, Language::En, Language::Tr, Language::Ar];

    pub const fn as_str(&self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
            Language::Tr => "tr",
            Language::Ar => "ar",
        }
    }

    /// Whether text in this language runs right to left (HTML `dir="rtl"`).
    pub const fn is_rtl(&self) -> bool {
        matches!(self, Language::Ar)
    }

    fn words(&self) -> &'static DateWords {
        match self {
            Language::Nl => &NL,
            Language::En => &EN,
            Language::Tr => &TR,
            Language::Ar => &AR,
        }
    }

    /// "woensdag 25 maart 2026" / "Wednesday 25 March 2026" / "25 Mart 2026 Çarşamba" /
    /// "الأربعاء 25 مارس 2026".
    pub fn date(&self, date: Date) -> String {
        let words = self.words();
        let weekday = words.weekdays[usize::from(date.weekday().number_days_from_monday())];
        let month = words.months[usize::from(u8::from(date.month()) - 1)];
        match self {
            Language::Nl | Language::En | Language::Ar => {
                format!("{weekday} {} {month} {}", date.day(), date.year())
            }
            Language::Tr => format!("{} {month} {} {weekday}", date.day(), date.year()),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::ALL
            .into_iter()
            .find(|language| language.as_str() == s)
            .ok_or_else(|| UnknownLanguage(s.to_owned()))
    }
}

/// The Amsterdam date of `instant`: "woensdag 25 maart 2026".
pub fn format_date(instant: OffsetDateTime, language: Language) -> String {
    language.date(tz::to_local(instant).date())
}

/// The Amsterdam date and time of `instant`, to the minute:
/// "woensdag 25 maart 2026 om 00:00" / "Wednesday 25 March 2026 at 00:00" /
/// "25 Mart 2026 Çarşamba saat 00:00" / "الأربعاء 25 مارس 2026 الساعة 00:00".
pub fn format_date_time(instant: OffsetDateTime, language: Language) -> String {
    let local = tz::to_local(instant);
    format!(
        "{} {} {:02}:{:02}",
        language.date(local.date()),
        language.words().at,
        local.hour(),
        local.minute()
    )
}

/// The last moment before an exclusive end, for "open until …" texts: a window closing at
/// 1 April 00:00 reads "dinsdag 31 maart 2026 om 23:59".
pub fn format_last_moment(closes_at: OffsetDateTime, language: Language) -> String {
    format_date_time(closes_at - Duration::SECOND, language)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn the_registration_week_opens_on_wednesday_25_march_2026() {
        let opens_at = datetime!(2026-03-24 23:00 UTC);
        assert_eq!(
            format_date(opens_at, Language::Nl),
            "woensdag 25 maart 2026"
        );
        assert_eq!(
            format_date(opens_at, Language::En),
            "Wednesday 25 March 2026"
        );
        assert_eq!(
            format_date_time(opens_at, Language::Nl),
            "woensdag 25 maart 2026 om 00:00"
        );
        assert_eq!(
            format_date_time(opens_at, Language::En),
            "Wednesday 25 March 2026 at 00:00"
        );
        assert_eq!(format_date(opens_at, Language::Tr), "25 Mart 2026 Çarşamba");
        assert_eq!(format_date(opens_at, Language::Ar), "الأربعاء 25 مارس 2026");
        assert_eq!(
            format_date_time(opens_at, Language::Tr),
            "25 Mart 2026 Çarşamba saat 00:00"
        );
        assert_eq!(
            format_date_time(opens_at, Language::Ar),
            "الأربعاء 25 مارس 2026 الساعة 00:00"
        );
    }

    #[test]
    fn a_morning_in_winter_time_reads_naturally_in_turkish_and_arabic() {
        let morning = datetime!(2026-03-25 08:00 UTC);
        assert_eq!(
            format_date_time(morning, Language::Tr),
            "25 Mart 2026 Çarşamba saat 09:00"
        );
        assert_eq!(
            format_date_time(morning, Language::Ar),
            "الأربعاء 25 مارس 2026 الساعة 09:00"
        );
    }

    #[test]
    fn the_registration_week_closes_after_tuesday_31_march_in_summer_time() {
        let closes_at = datetime!(2026-03-31 22:00 UTC);
        assert_eq!(
            format_last_moment(closes_at, Language::Nl),
            "dinsdag 31 maart 2026 om 23:59"
        );
        assert_eq!(
            format_last_moment(closes_at, Language::En),
            "Tuesday 31 March 2026 at 23:59"
        );
        assert_eq!(
            format_last_moment(closes_at, Language::Tr),
            "31 Mart 2026 Salı saat 23:59"
        );
        assert_eq!(
            format_last_moment(closes_at, Language::Ar),
            "الثلاثاء 31 مارس 2026 الساعة 23:59"
        );
    }

    #[test]
    fn results_are_shown_from_wednesday_15_april_at_four() {
        let published_at = datetime!(2026-04-15 14:00 UTC);
        assert_eq!(
            format_date_time(published_at, Language::Nl),
            "woensdag 15 april 2026 om 16:00"
        );
        assert_eq!(
            format_date_time(published_at, Language::Tr),
            "15 Nisan 2026 Çarşamba saat 16:00"
        );
        assert_eq!(
            format_date_time(published_at, Language::Ar),
            "الأربعاء 15 أبريل 2026 الساعة 16:00"
        );
    }

    #[test]
    fn weekdays_follow_the_calendar_through_a_whole_week() {
        let names: Vec<String> = (0..7)
            .map(|offset| Language::En.date(date!(2026 - 03 - 30) + Duration::days(offset)))
            .collect();
        assert_eq!(
            names,
            [
                "Monday 30 March 2026",
                "Tuesday 31 March 2026",
                "Wednesday 1 April 2026",
                "Thursday 2 April 2026",
                "Friday 3 April 2026",
                "Saturday 4 April 2026",
                "Sunday 5 April 2026",
            ]
        );
        assert_eq!(
            Language::Nl.date(date!(2028 - 02 - 29)),
            "dinsdag 29 februari 2028"
        );
        assert_eq!(
            Language::Nl.date(date!(2026 - 12 - 31)),
            "donderdag 31 december 2026"
        );
    }

    #[test]
    fn turkish_and_arabic_weekdays_follow_the_calendar_through_a_whole_week() {
        let week = |language: Language| -> Vec<String> {
            (0..7)
                .map(|offset| language.date(date!(2026 - 03 - 30) + Duration::days(offset)))
                .collect()
        };
        assert_eq!(
            week(Language::Tr),
            [
                "30 Mart 2026 Pazartesi",
                "31 Mart 2026 Salı",
                "1 Nisan 2026 Çarşamba",
                "2 Nisan 2026 Perşembe",
                "3 Nisan 2026 Cuma",
                "4 Nisan 2026 Cumartesi",
                "5 Nisan 2026 Pazar",
            ]
        );
        assert_eq!(
            week(Language::Ar),
            [
                "الاثنين 30 مارس 2026",
                "الثلاثاء 31 مارس 2026",
                "الأربعاء 1 أبريل 2026",
                "الخميس 2 أبريل 2026",
                "الجمعة 3 أبريل 2026",
                "السبت 4 أبريل 2026",
                "الأحد 5 أبريل 2026",
            ]
        );
    }

    #[test]
    fn every_month_has_its_own_name_in_every_language() {
        for language in Language::ALL {
            let months: std::collections::HashSet<String> = (1..=12u8)
                .map(|month| {
                    let month = time::Month::try_from(month).unwrap();
                    language.date(Date::from_calendar_date(2027, month, 1).unwrap())
                })
                .collect();
            assert_eq!(months.len(), 12, "{language}");
        }
        assert_eq!(
            Language::Tr.date(date!(2026 - 08 - 17)),
            "17 Ağustos 2026 Pazartesi"
        );
        assert_eq!(
            Language::Ar.date(date!(2026 - 12 - 31)),
            "الخميس 31 ديسمبر 2026"
        );
    }

    #[test]
    fn only_arabic_is_written_right_to_left() {
        let rtl: Vec<Language> = Language::ALL.into_iter().filter(Language::is_rtl).collect();
        assert_eq!(rtl, [Language::Ar]);
    }

    #[test]
    fn every_language_round_trips_through_its_code() {
        for language in Language::ALL {
            assert_eq!(language.as_str().parse::<Language>(), Ok(language));
            assert_eq!(
                serde_json::to_string(&language).unwrap(),
                format!("\"{language}\"")
            );
        }
        assert!("de".parse::<Language>().is_err());
    }
}

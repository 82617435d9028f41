//! Retention of children's data: when a procedure's personal data is due for removal, and the
//! keyed pseudonym that replaces a removed person's id in the audit log.

use sha2::{Digest, Sha256};
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time};
use uuid::Uuid;

use crate::school_year::SchoolYear;
use crate::tz;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RetentionError {
    #[error("day {day} of month {month} is not a date every year has")]
    NotADay { month: u8, day: u8 },
}

/// The region's rule: personal data of a procedure is removed on this day of the school year
/// that follows the procedure's school year (default 1 October), at 00:00 Europe/Amsterdam.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionRule {
    month: Month,
    day: u8,
}

impl Default for RetentionRule {
    fn default() -> Self {
        RetentionRule {
            month: Month::October,
            day: 1,
        }
    }
}

impl RetentionRule {
    /// A day that exists in every year (so not 29 February).
    pub fn new(month: u8, day: u8) -> Result<RetentionRule, RetentionError> {
        let refused = RetentionError::NotADay { month, day };
        let month_value = Month::try_from(month).map_err(|_| refused.clone())?;
        if day == 0 || day > time::util::days_in_month(month_value, 2026) {
            return Err(refused);
        }
        Ok(RetentionRule {
            month: month_value,
            day,
        })
    }

    pub fn month(self) -> u8 {
        u8::from(self.month)
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The instant the data of a procedure of `school_year` becomes due. The following school
    /// year runs from August of `start + 1` to July of `start + 2`.
    pub fn due_at(self, school_year: SchoolYear) -> Result<OffsetDateTime, RetentionError> {
        let following_start = school_year.start_year() + 1;
        let year = if u8::from(self.month) >= 8 {
            following_start
        } else {
            following_start + 1
        };
        let date = Date::from_calendar_date(year, self.month, self.day).map_err(|_| {
            RetentionError::NotADay {
                month: self.month(),
                day: self.day,
            }
        })?;
        // Midnight never falls in Amsterdam's switch hours (02:00–03:00), so this is unique.
        tz::to_utc(PrimitiveDateTime::new(date, Time::MIDNIGHT)).map_err(|_| {
            RetentionError::NotADay {
                month: self.month(),
                day: self.day,
            }
        })
    }

    pub fn is_due(
        self,
        school_year: SchoolYear,
        now: OffsetDateTime,
    ) -> Result<bool, RetentionError> {
        Ok(now >= self.due_at(school_year)?)
    }
}

/// The id that stands in for a removed person in the audit log: the same person always gets
/// the same pseudonym under one key, and without the key it cannot be traced back.
pub fn pseudonym(key: &[u8], id: Uuid) -> Uuid {
    let mut hasher = Sha256::new();
    hasher.update(b"overstap-audit-pseudonym\0");
    hasher.update((key.len() as u64).to_be_bytes());
    hasher.update(key);
    hasher.update(id.as_bytes());
    let digest = hasher.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn the_default_rule_is_due_on_1_october_of_the_following_school_year_at_amsterdam_midnight() {
        let due = RetentionRule::default()
            .due_at(SchoolYear::parse("2025-2026").unwrap())
            .unwrap();
        assert_eq!(due, datetime!(2026-09-30 22:00 UTC));
    }

    #[test]
    fn a_winter_day_uses_the_winter_offset() {
        let rule = RetentionRule::new(1, 15).unwrap();
        let due = rule
            .due_at(SchoolYear::parse("2025-2026").unwrap())
            .unwrap();
        assert_eq!(due, datetime!(2027-01-14 23:00 UTC));
    }

    #[test]
    fn a_procedure_is_not_due_one_second_before_and_is_due_at_the_instant() {
        let year = SchoolYear::parse("2025-2026").unwrap();
        let rule = RetentionRule::default();
        assert!(
            !rule
                .is_due(year, datetime!(2026-09-30 21:59:59 UTC))
                .unwrap()
        );
        assert!(rule.is_due(year, datetime!(2026-09-30 22:00 UTC)).unwrap());
    }

    #[test]
    fn a_rule_on_a_day_some_years_lack_is_refused() {
        assert!(RetentionRule::new(2, 29).is_err());
        assert!(RetentionRule::new(13, 1).is_err());
        assert!(RetentionRule::new(4, 31).is_err());
        assert!(RetentionRule::new(2, 28).is_ok());
    }

    #[test]
    fn the_pseudonym_is_stable_per_key_and_differs_between_keys_and_people() {
        let id = Uuid::from_u128(7);
        assert_eq!(pseudonym(b"k1", id), pseudonym(b"k1", id));
        assert_ne!(pseudonym(b"k1", id), pseudonym(b"k2", id));
        assert_ne!(pseudonym(b"k1", id), pseudonym(b"k1", Uuid::from_u128(8)));
        assert_ne!(pseudonym(b"k1", id), id);
    }
}

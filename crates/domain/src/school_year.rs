//! The school year a procedure belongs to, and when it ends: the results of a procedure stay
//! in force (places, reserve lists, round 2) until the next school year starts.

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time};

use crate::tz::{self, LocalTimeError};

/// A school year label such as "2025-2026": it starts in August of the first year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SchoolYear {
    start: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SchoolYearError {
    #[error("{label:?} is not a school year like \"2025-2026\"")]
    NotASchoolYear { label: String },
    #[error("the end of the school year is not one instant: {0}")]
    LocalTime(#[from] LocalTimeError),
}

impl SchoolYear {
    pub fn parse(label: &str) -> Result<SchoolYear, SchoolYearError> {
        let refused = || SchoolYearError::NotASchoolYear {
            label: label.to_owned(),
        };
        let (first, second) = label.trim().split_once('-').ok_or_else(refused)?;
        let start: i32 = first.parse().map_err(|_| refused())?;
        let end: i32 = second.parse().map_err(|_| refused())?;
        if end != start + 1 || !(1900..=9998).contains(&start) {
            return Err(refused());
        }
        Ok(SchoolYear { start })
    }

    pub fn start_year(self) -> i32 {
        self.start
    }

    /// The school year after this one.
    pub fn next(self) -> SchoolYear {
        SchoolYear {
            start: self.start + 1,
        }
    }

    /// 1 August 00:00 Europe/Amsterdam of the first calendar year, when the year starts.
    pub fn starts_at(self) -> Result<OffsetDateTime, SchoolYearError> {
        SchoolYear {
            start: self.start - 1,
        }
        .ends_at()
    }

    /// 1 August 00:00 Europe/Amsterdam of the second calendar year (`2025-2026` → 2026), when
    /// the next school year starts.
    pub fn ends_at(self) -> Result<OffsetDateTime, SchoolYearError> {
        let first_of_august =
            Date::from_calendar_date(self.start + 1, Month::August, 1).map_err(|_| {
                SchoolYearError::NotASchoolYear {
                    label: format!("{}-{}", self.start, self.start + 1),
                }
            })?;
        // Midnight never falls in Amsterdam's switch hours (02:00–03:00), so this is unique.
        Ok(tz::to_utc(PrimitiveDateTime::new(
            first_of_august,
            Time::MIDNIGHT,
        ))?)
    }
}

impl std::fmt::Display for SchoolYear {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.start, self.start + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn labels_that_are_not_two_consecutive_years_are_refused() {
        for label in ["2025", "2025-2027", "abcd-efgh", "2026-2025", ""] {
            assert_eq!(
                SchoolYear::parse(label),
                Err(SchoolYearError::NotASchoolYear {
                    label: label.to_owned()
                }),
                "{label}"
            );
        }
    }

    #[test]
    fn a_school_year_ends_on_1_august_of_its_second_year_at_amsterdam_midnight() {
        let year = SchoolYear::parse("2025-2026").unwrap();
        assert_eq!(year.start_year(), 2025);
        assert_eq!(year.ends_at().unwrap(), datetime!(2026-07-31 22:00 UTC));
        assert_eq!(year.starts_at().unwrap(), datetime!(2025-07-31 22:00 UTC));
        assert_eq!(year.next().to_string(), "2026-2027");
    }

    #[test]
    fn the_label_may_carry_spaces_around_it() {
        let year = SchoolYear::parse(" 2030-2031 ").unwrap();
        assert_eq!(year.ends_at().unwrap(), datetime!(2031-07-31 22:00 UTC));
    }
}

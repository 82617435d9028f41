//! Europe/Amsterdam local time and UTC instants, from the embedded IANA tz database.
//!
//! The data comes from `tzdb_data` (tz-rs format, regenerated for every IANA release);
//! bumping that crate is how a rule change reaches us. Instants are stored and compared in
//! UTC; local time exists only for configuring and for showing to people.

use ::tz::TimeZoneRef;
use time::format_description::well_known::Rfc3339;
use time::macros::offset;
use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

pub const ZONE_NAME: &str = "Europe/Amsterdam";
/// The IANA release the embedded data comes from, e.g. "2026b".
pub const TZDATA_VERSION: &str = tzdb_data::VERSION;

const AMSTERDAM: TimeZoneRef<'static> = tzdb_data::time_zone::europe::AMSTERDAM;
const CET: UtcOffset = offset!(+1);

/// How a Europe/Amsterdam wall-clock time maps to instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalTime {
    Unique(OffsetDateTime),
    /// The autumn switch repeats 02:00–02:59:59: first in summer time, then in winter time.
    Ambiguous {
        earlier: OffsetDateTime,
        later: OffsetDateTime,
    },
    /// The spring switch skips 02:00–02:59:59.
    Nonexistent,
}

/// Converting configured local times is strict: a calendar must not depend on a guess about
/// which 02:30 was meant on a switch night, so both cases are refused and say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LocalTimeError {
    #[error(
        "{local} does not exist in {ZONE_NAME}: the clock skips it at the switch to summer time"
    )]
    Nonexistent { local: PrimitiveDateTime },
    #[error(
        "{local} happens twice in {ZONE_NAME} (at {earlier} and at {later}) at the switch to winter time"
    )]
    Ambiguous {
        local: PrimitiveDateTime,
        earlier: OffsetDateTime,
        later: OffsetDateTime,
    },
}

/// An instant as RFC 3339 for error messages and logs; people get [`crate::i18n`] instead.
pub(crate) fn rfc3339(instant: &OffsetDateTime) -> String {
    instant
        .format(&Rfc3339)
        .unwrap_or_else(|_| instant.to_string())
}

/// The UTC offset in Amsterdam at `instant` (+01:00 in winter, +02:00 in summer).
pub fn offset_at(instant: OffsetDateTime) -> UtcOffset {
    offset_at_unix(instant.unix_timestamp())
}

fn offset_at_unix(unix_time: i64) -> UtcOffset {
    // The lookup fails only outside the range tz-rs can compute (far beyond any procedure);
    // winter time is then the least surprising answer.
    AMSTERDAM
        .find_local_time_type(unix_time)
        .ok()
        .and_then(|local_type| UtcOffset::from_whole_seconds(local_type.ut_offset()).ok())
        .unwrap_or(CET)
}

/// The same instant, expressed with the Amsterdam offset in force at that moment.
pub fn to_local(instant: OffsetDateTime) -> OffsetDateTime {
    instant.to_offset(offset_at(instant))
}

/// Every instant at which Amsterdam clocks show `local`.
pub fn resolve(local: PrimitiveDateTime) -> LocalTime {
    let naive = local.assume_utc();
    let naive_unix = naive.unix_timestamp();
    // Offsets in force a day before and after cover both sides of any transition near `local`.
    let mut candidates: Vec<OffsetDateTime> = [-86_400, 0, 86_400]
        .into_iter()
        .map(|shift| offset_at_unix(naive_unix + shift))
        .filter_map(|offset| {
            let instant = naive - time::Duration::seconds(i64::from(offset.whole_seconds()));
            (offset_at(instant) == offset).then_some(instant)
        })
        .collect();
    candidates.sort();
    candidates.dedup();
    match candidates.as_slice() {
        [] => LocalTime::Nonexistent,
        [only] => LocalTime::Unique(*only),
        [earlier, .., later] => LocalTime::Ambiguous {
            earlier: *earlier,
            later: *later,
        },
    }
}

/// The UTC instant of an Amsterdam wall-clock time, refusing skipped and repeated times.
pub fn to_utc(local: PrimitiveDateTime) -> Result<OffsetDateTime, LocalTimeError> {
    match resolve(local) {
        LocalTime::Unique(instant) => Ok(instant),
        LocalTime::Ambiguous { earlier, later } => Err(LocalTimeError::Ambiguous {
            local,
            earlier,
            later,
        }),
        LocalTime::Nonexistent => Err(LocalTimeError::Nonexistent { local }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn the_embedded_data_is_a_named_iana_release() {
        assert!(TZDATA_VERSION.starts_with("20"), "{TZDATA_VERSION}");
    }

    #[test]
    fn the_offset_changes_at_one_utc_on_both_switch_days_of_2026() {
        assert_eq!(offset_at(datetime!(2026-03-29 00:59:59 UTC)), offset!(+1));
        assert_eq!(offset_at(datetime!(2026-03-29 01:00:00 UTC)), offset!(+2));
        assert_eq!(offset_at(datetime!(2026-10-25 00:59:59 UTC)), offset!(+2));
        assert_eq!(offset_at(datetime!(2026-10-25 01:00:00 UTC)), offset!(+1));
    }

    #[test]
    fn local_midnight_converts_with_the_offset_of_its_season() {
        assert_eq!(
            to_utc(datetime!(2026-03-25 00:00)),
            Ok(datetime!(2026-03-24 23:00 UTC))
        );
        assert_eq!(
            to_utc(datetime!(2026-04-01 00:00)),
            Ok(datetime!(2026-03-31 22:00 UTC))
        );
        assert_eq!(
            to_local(datetime!(2026-04-15 14:00 UTC)),
            datetime!(2026-04-15 16:00 +2)
        );
    }

    #[test]
    fn the_spring_gap_is_refused_and_its_edges_are_not() {
        assert_eq!(
            to_utc(datetime!(2026-03-29 01:59:59)),
            Ok(datetime!(2026-03-29 00:59:59 UTC))
        );
        for skipped in [datetime!(2026-03-29 02:00), datetime!(2026-03-29 02:59:59)] {
            assert_eq!(resolve(skipped), LocalTime::Nonexistent);
            assert_eq!(
                to_utc(skipped),
                Err(LocalTimeError::Nonexistent { local: skipped })
            );
        }
        assert_eq!(
            to_utc(datetime!(2026-03-29 03:00)),
            Ok(datetime!(2026-03-29 01:00 UTC))
        );
    }

    #[test]
    fn the_autumn_repeat_is_refused_with_both_instants_and_its_edges_are_not() {
        assert_eq!(
            to_utc(datetime!(2026-10-25 01:59:59)),
            Ok(datetime!(2026-10-24 23:59:59 UTC))
        );
        assert_eq!(
            resolve(datetime!(2026-10-25 02:00)),
            LocalTime::Ambiguous {
                earlier: datetime!(2026-10-25 00:00 UTC),
                later: datetime!(2026-10-25 01:00 UTC),
            }
        );
        assert_eq!(
            to_utc(datetime!(2026-10-25 02:59:59)),
            Err(LocalTimeError::Ambiguous {
                local: datetime!(2026-10-25 02:59:59),
                earlier: datetime!(2026-10-25 00:59:59 UTC),
                later: datetime!(2026-10-25 01:59:59 UTC),
            })
        );
        assert_eq!(
            to_utc(datetime!(2026-10-25 03:00)),
            Ok(datetime!(2026-10-25 02:00 UTC))
        );
    }

    #[test]
    fn the_rules_hold_for_future_years_beyond_the_transition_table() {
        assert_eq!(
            to_utc(datetime!(2090-03-26 03:00)),
            Ok(datetime!(2090-03-26 01:00 UTC))
        );
        assert_eq!(resolve(datetime!(2090-03-26 02:30)), LocalTime::Nonexistent);
    }

    #[test]
    fn every_instant_of_a_year_round_trips_through_local_time() {
        let mut instant = datetime!(2026-01-01 00:00 UTC);
        while instant < datetime!(2027-01-01 00:00 UTC) {
            let local = to_local(instant);
            let wall = PrimitiveDateTime::new(local.date(), local.time());
            match resolve(wall) {
                LocalTime::Unique(back) => assert_eq!(back, instant),
                LocalTime::Ambiguous { earlier, later } => {
                    assert!(earlier == instant || later == instant)
                }
                LocalTime::Nonexistent => panic!("{wall} was shown but does not exist"),
            }
            instant += time::Duration::minutes(17);
        }
    }
}

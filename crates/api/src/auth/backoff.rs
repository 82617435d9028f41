//! Per-account sign-in backoff, kept in the database (shared by replicas): after a few failed
//! attempts on one account name, each next attempt must wait longer, doubling up to a cap, so
//! guessing is slow while the real parent or teacher is never locked out for good. A successful
//! sign-in forgets the failures. Account names are stored only as their SHA-256.

use overstap_persistence::{DatabaseConnection, sign_in_backoff};
use time::{Duration, OffsetDateTime};

use crate::auth::tokens::hash_opaque_token;
use crate::error::ApiError;

/// Failed attempts in a row that cost no wait.
pub const FREE_FAILURES: i32 = 3;
/// The longest wait.
pub const MAX_WAIT: Duration = Duration::minutes(15);

/// The wait after `failures` failed attempts in a row: none for the first [`FREE_FAILURES`],
/// then 2 s, 4 s, 8 s, … up to [`MAX_WAIT`].
pub fn wait_after(failures: i32) -> Duration {
    let doublings = failures.saturating_sub(FREE_FAILURES);
    if doublings <= 0 {
        return Duration::ZERO;
    }
    let seconds = 1_i64
        .checked_shl(doublings.unsigned_abs().min(62))
        .unwrap_or(i64::MAX);
    Duration::seconds(seconds).min(MAX_WAIT)
}

fn key(account: &str) -> String {
    hash_opaque_token(&account.trim().to_lowercase())
}

fn retry_after(until: OffsetDateTime, now: OffsetDateTime) -> ApiError {
    let wait = until - now;
    let seconds = wait.whole_seconds() + i64::from(wait.subsec_nanoseconds() > 0);
    ApiError::RateLimited {
        retry_after_seconds: u64::try_from(seconds.max(1)).unwrap_or(1),
    }
}

/// Whether failures are recorded for an account name, as [`check`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failures(bool);

/// Refuses (429 with Retry-After) while `account` must wait; checked before the password.
pub async fn check(
    db: &DatabaseConnection,
    account: &str,
    now: OffsetDateTime,
) -> Result<Failures, ApiError> {
    match sign_in_backoff::find(db, &key(account)).await? {
        Some(row) if row.blocked_until > now => Err(retry_after(row.blocked_until, now)),
        row => Ok(Failures(row.is_some())),
    }
}

/// Counts a failed attempt on `account`.
pub async fn failed(
    db: &DatabaseConnection,
    account: &str,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    sign_in_backoff::record_failure(db, &key(account), now, wait_after).await?;
    Ok(())
}

/// Forgets the failures of `account` after a successful sign-in (no write when there were
/// none, the usual case).
pub async fn succeeded(
    db: &DatabaseConnection,
    account: &str,
    failures: Failures,
) -> Result<(), ApiError> {
    if failures.0 {
        sign_in_backoff::clear(db, &key(account)).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_starts_after_three_failures_and_doubles_up_to_fifteen_minutes() {
        let waits: Vec<i64> = (0..=14).map(|n| wait_after(n).whole_seconds()).collect();
        assert_eq!(
            waits,
            [0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]
        );
        assert_eq!(wait_after(i32::MAX), MAX_WAIT);
        assert_eq!(wait_after(-5), Duration::ZERO);
    }

    #[test]
    fn names_are_keyed_whatever_their_case_and_never_stored_as_given() {
        assert_eq!(key(" Juf@School.NL "), key("juf@school.nl"));
        assert!(!key("juf@school.nl").contains("juf"));
    }
}

//! Per-account sign-in backoff, kept in the database (shared by replicas): after a few failed
//! attempts on one account name from one client network, each next attempt from there must wait
//! longer, doubling up to a cap, so guessing is slow while the real parent or teacher is never
//! locked out for good. A successful sign-in forgets the failures. Account names are stored
//! only as SHA-256 of name and network.
//!
//! Why per network as well as per account: keyed on the account alone, an attacker who sprays
//! a few passwords over many accounts would make every real parent of those accounts wait up to
//! 15 minutes, from any address. Keyed on both, the attacker's networks pay the wait and the
//! parent at home does not. An attacker with many networks is held back by the per-address
//! budget of [`crate::auth::rate_limit`] on each, and by the password rules.

use std::net::IpAddr;

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

/// Who is backing off: an account name (any case) from one client network ([`crate::auth::
/// rate_limit::client_key`]: an IPv4 address, an IPv6 /64), or from anywhere when the address
/// is unknown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    key: String,
}

impl Attempt {
    pub fn new(account: &str, network: Option<IpAddr>) -> Attempt {
        let account = account.trim().to_lowercase();
        let key = match network {
            Some(network) => hash_opaque_token(&format!("{account}\u{0}{network}")),
            None => hash_opaque_token(&account),
        };
        Attempt { key }
    }
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
    attempt: &Attempt,
    now: OffsetDateTime,
) -> Result<Failures, ApiError> {
    match sign_in_backoff::find(db, &attempt.key).await? {
        Some(row) if row.blocked_until > now => Err(retry_after(row.blocked_until, now)),
        row => Ok(Failures(row.is_some())),
    }
}

/// Counts a failed attempt.
pub async fn failed(
    db: &DatabaseConnection,
    attempt: &Attempt,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    sign_in_backoff::record_failure(db, &attempt.key, now, wait_after).await?;
    Ok(())
}

/// Forgets the failures of this account and network after a successful sign-in (no write when
/// there were none, the usual case).
pub async fn succeeded(
    db: &DatabaseConnection,
    attempt: &Attempt,
    failures: Failures,
) -> Result<(), ApiError> {
    if failures.0 {
        sign_in_backoff::clear(db, &attempt.key).await?;
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
        let home = Some("198.51.100.7".parse().unwrap());
        let attacker = Some("203.0.113.9".parse().unwrap());
        let key = |name: &str, network| Attempt::new(name, network).key;
        assert_eq!(key(" Juf@School.NL ", home), key("juf@school.nl", home));
        assert!(!key("juf@school.nl", home).contains("juf"));
        assert_ne!(key("juf@school.nl", home), key("juf@school.nl", attacker));
        assert_ne!(key("juf@school.nl", home), key("juf@school.nl", None));
    }
}

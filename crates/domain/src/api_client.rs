//! API clients: school administration systems and a region's own tooling, signing in with
//! OAuth 2.0 client credentials (RFC 6749 §4.4) instead of a person's password.
//!
//! A client acts for a fixed set of schools of one region (a board admin's clients for the
//! board's schools only), with a fixed set of scopes. Each access token names one of its
//! schools and a subset of its scopes; what the token may call follows from those two.

use std::collections::BTreeSet;
use std::fmt;

use time::{Duration, OffsetDateTime};

use crate::names::{UnknownName, closed_set};

closed_set! {
    /// What an API client may do. The wire names are RFC 6749 scope tokens.
    pub enum ApiScope ("scope") {
        /// Read the school's pupils (list, one pupil, the export).
        PupilsRead = "pupils:read",
        /// Add and correct pupils, one at a time or by import.
        PupilsWrite = "pupils:write",
        /// Read registrations: a primary school's status board, a secondary school's list.
        RegistrationsRead = "registrations:read",
        /// Read a secondary school's placements and reserve offers.
        PlacementsRead = "placements:read",
    }
}

/// The scopes of a client or a token: a set, written space-separated (RFC 6749 §3.3).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScopeSet(BTreeSet<ApiScope>);

/// A scope string that names something no client can have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown scope {0:?}")]
pub struct UnknownScope(pub String);

impl ScopeSet {
    pub fn new(scopes: impl IntoIterator<Item = ApiScope>) -> ScopeSet {
        ScopeSet(scopes.into_iter().collect())
    }

    /// Parses `pupils:read pupils:write`: tokens separated by spaces, each a known scope.
    pub fn parse(text: &str) -> Result<ScopeSet, UnknownScope> {
        text.split(' ')
            .filter(|token| !token.is_empty())
            .map(|token| {
                token
                    .parse::<ApiScope>()
                    .map_err(|_: UnknownName| UnknownScope(token.to_owned()))
            })
            .collect::<Result<BTreeSet<_>, _>>()
            .map(ScopeSet)
    }

    pub fn contains(&self, scope: ApiScope) -> bool {
        self.0.contains(&scope)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = ApiScope> + '_ {
        self.0.iter().copied()
    }

    pub fn is_subset(&self, other: &ScopeSet) -> bool {
        self.0.is_subset(&other.0)
    }
}

impl fmt::Display for ScopeSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.0.iter().map(|s| s.as_str()).collect();
        f.write_str(&names.join(" "))
    }
}

/// Why a token request is refused (the RFC 6749 §5.2 error it becomes).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GrantError {
    /// The requested scope names an unknown scope or one the client does not have.
    #[error("the client may not ask for scope {0:?}")]
    InvalidScope(String),
    /// The client acts for several schools and the request did not say which.
    #[error("the client acts for several schools: name one in school_id")]
    SchoolRequired,
    /// The named school is not one the client acts for.
    #[error("the client does not act for this school")]
    NotTheClientsSchool,
}

/// What one access token grants: one of the client's schools and a subset of its scopes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant<S> {
    pub school: S,
    pub scopes: ScopeSet,
}

/// Decides a client-credentials token request: `requested` scopes (all of the client's when
/// absent, RFC 6749 §3.3) and the school (the client's only school when it has one).
pub fn grant<S: Copy + PartialEq>(
    client_scopes: &ScopeSet,
    client_schools: &[S],
    requested_scopes: Option<&str>,
    requested_school: Option<S>,
) -> Result<Grant<S>, GrantError> {
    let scopes = match requested_scopes.map(str::trim).filter(|s| !s.is_empty()) {
        None => client_scopes.clone(),
        Some(text) => {
            let asked = ScopeSet::parse(text).map_err(|e| GrantError::InvalidScope(e.0))?;
            if let Some(extra) = asked.iter().find(|s| !client_scopes.contains(*s)) {
                return Err(GrantError::InvalidScope(extra.as_str().to_owned()));
            }
            asked
        }
    };
    let school = match (requested_school, client_schools) {
        (Some(school), schools) if schools.contains(&school) => school,
        (Some(_), _) => return Err(GrantError::NotTheClientsSchool),
        (None, [only]) => *only,
        (None, _) => return Err(GrantError::SchoolRequired),
    };
    Ok(Grant { school, scopes })
}

/// How long a rotated-out secret keeps working, so that a system can switch without a gap.
pub const ROTATION_GRACE: Duration = Duration::hours(24);

/// Whether a stored secret still opens the client at `now`: a current secret has no end; a
/// rotated-out one works until its grace period ends.
pub fn secret_is_valid(expires_at: Option<OffsetDateTime>, now: OffsetDateTime) -> bool {
    expires_at.is_none_or(|end| now < end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn all() -> ScopeSet {
        ScopeSet::new(ApiScope::ALL.iter().copied())
    }

    #[test]
    fn scopes_read_and_write_as_space_separated_tokens() {
        let set = ScopeSet::parse("pupils:write  pupils:read").unwrap();
        assert_eq!(set.to_string(), "pupils:read pupils:write");
        assert_eq!(ScopeSet::parse(&set.to_string()).unwrap(), set);
        assert_eq!(
            ScopeSet::parse("pupils:read admin"),
            Err(UnknownScope("admin".to_owned()))
        );
        assert!(ScopeSet::parse("").unwrap().is_empty());
    }

    #[test]
    fn a_token_gets_the_asked_scopes_within_the_clients_and_one_of_its_schools() {
        let read = ScopeSet::new([ApiScope::PupilsRead]);
        let granted = grant(&read, &[1], None, None).unwrap();
        assert_eq!(
            granted,
            Grant {
                school: 1,
                scopes: read.clone()
            }
        );
        assert_eq!(
            grant(&read, &[1], Some("pupils:write"), None),
            Err(GrantError::InvalidScope("pupils:write".to_owned()))
        );
        assert_eq!(
            grant(&read, &[1], Some("everything"), None),
            Err(GrantError::InvalidScope("everything".to_owned()))
        );
        let narrowed = grant(&all(), &[1, 2], Some("pupils:read"), Some(2)).unwrap();
        assert_eq!(narrowed.school, 2);
        assert_eq!(narrowed.scopes, read);
        assert_eq!(
            grant(&all(), &[1, 2], None, None),
            Err(GrantError::SchoolRequired)
        );
        assert_eq!(
            grant(&all(), &[1, 2], None, Some(3)),
            Err(GrantError::NotTheClientsSchool)
        );
    }

    #[test]
    fn a_rotated_out_secret_works_until_its_grace_period_ends() {
        let now = datetime!(2027-01-10 12:00 UTC);
        assert!(secret_is_valid(None, now));
        assert!(secret_is_valid(Some(now + ROTATION_GRACE), now));
        assert!(!secret_is_valid(Some(now), now));
    }
}

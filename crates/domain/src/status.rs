//! The registration status PO staff see per pupil: the coloured dot and its letters.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RegistrationStatus {
    /// White dot: the parent login e-mail has not been sent.
    #[serde(rename = "wit")]
    Wit,
    /// Blue dot: the login e-mail was sent and not yet used.
    #[serde(rename = "blauw")]
    Blauw,
    /// Green dot: the parent opened the link and created the account.
    #[serde(rename = "groen")]
    Groen,
    /// Green, "AG" (aanmelding gestart): a preference list was started, not definitive.
    #[serde(rename = "AG")]
    Ag,
    /// Green, "AV" (aanmelding voltooid): the list is definitive; the pupil is registered.
    #[serde(rename = "AV")]
    Av,
}

impl RegistrationStatus {
    /// In the order a registration normally passes through them.
    pub const ALL: [RegistrationStatus; 5] = [
        RegistrationStatus::Wit,
        RegistrationStatus::Blauw,
        RegistrationStatus::Groen,
        RegistrationStatus::Ag,
        RegistrationStatus::Av,
    ];

    pub const fn as_str(&self) -> &'static str {
        match self {
            RegistrationStatus::Wit => "wit",
            RegistrationStatus::Blauw => "blauw",
            RegistrationStatus::Groen => "groen",
            RegistrationStatus::Ag => "AG",
            RegistrationStatus::Av => "AV",
        }
    }

    /// Whether the parent has an account (the dot is green, with or without letters).
    pub const fn has_account(&self) -> bool {
        matches!(
            self,
            RegistrationStatus::Groen | RegistrationStatus::Ag | RegistrationStatus::Av
        )
    }
}

impl fmt::Display for RegistrationStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown registration status {0:?}")]
pub struct UnknownStatus(pub String);

impl FromStr for RegistrationStatus {
    type Err = UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RegistrationStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == s)
            .ok_or_else(|| UnknownStatus(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_round_trips_through_its_name_and_serde() {
        for status in RegistrationStatus::ALL {
            assert_eq!(status.as_str().parse::<RegistrationStatus>(), Ok(status));
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, format!("\"{}\"", status.as_str()));
            assert_eq!(
                serde_json::from_str::<RegistrationStatus>(&json).unwrap(),
                status
            );
        }
        assert!("ag".parse::<RegistrationStatus>().is_err());
    }
}

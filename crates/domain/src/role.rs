//! The roles a signed-in person can hold; each one sees its own tenant only.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Parent,
    PoStaff,
    VoStaff,
    BoardAdmin,
    Coordinator,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Parent,
        Role::PoStaff,
        Role::VoStaff,
        Role::BoardAdmin,
        Role::Coordinator,
    ];

    pub const fn as_str(&self) -> &'static str {
        match self {
            Role::Parent => "parent",
            Role::PoStaff => "po_staff",
            Role::VoStaff => "vo_staff",
            Role::BoardAdmin => "board_admin",
            Role::Coordinator => "coordinator",
        }
    }

    /// Staff roles sign in with e-mail and password; the parent with the ELK number.
    pub const fn is_staff(&self) -> bool {
        !matches!(self, Role::Parent)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0:?}")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == s)
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_name() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        assert!("admin".parse::<Role>().is_err());
    }
}

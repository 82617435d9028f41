//! Closed sets with one stable name per member: the name is what is stored and sent, and
//! parsing it back is the only way in (an unknown name is an error, never a default).

/// A name that is not a member of the set it was parsed as.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not a {what}")]
pub struct UnknownName {
    pub what: &'static str,
    pub value: String,
}

/// Declares an enum with `ALL`, `as_str`, `Display` and `FromStr` from `Member = "name"` pairs.
macro_rules! closed_set {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($what:literal) {
            $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub const fn as_str(&self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::names::UnknownName;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|member| member.as_str() == s)
                    .ok_or_else(|| $crate::names::UnknownName {
                        what: $what,
                        value: s.to_owned(),
                    })
            }
        }
    };
}
pub(crate) use closed_set;

#[cfg(test)]
mod tests {
    use crate::{OfferOutcome, PriorityVerdict, RunKind, SchoolKind};

    #[test]
    fn every_member_round_trips_through_its_name_and_an_unknown_name_is_refused() {
        for kind in SchoolKind::ALL {
            assert_eq!(kind.as_str().parse::<SchoolKind>(), Ok(*kind));
        }
        for kind in RunKind::ALL {
            assert_eq!(kind.as_str().parse::<RunKind>(), Ok(*kind));
        }
        for outcome in OfferOutcome::ALL {
            assert_eq!(outcome.as_str().parse::<OfferOutcome>(), Ok(*outcome));
        }
        for verdict in PriorityVerdict::ALL {
            assert_eq!(verdict.as_str().parse::<PriorityVerdict>(), Ok(*verdict));
        }
        let error = "Official".parse::<RunKind>().unwrap_err();
        assert_eq!(error.to_string(), "\"Official\" is not a run kind");
    }
}

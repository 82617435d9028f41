//! School advice (basisschooladvies) levels and the rule for which programmes admit a pupil.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The primary school's advice, from low to high. Five are single levels, four are double
/// advices (dubbeladvies) that span two neighbouring levels.
///
/// The lwoo (learning support) flag is kept beside the advice, not in it: since 2020-21 it is
/// no longer part of the formal advice and a pupil with lwoo may choose programmes with or
/// without support, so it never narrows eligibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Advice {
    #[serde(rename = "pro")]
    Pro,
    #[serde(rename = "vmbo-b")]
    VmboB,
    #[serde(rename = "vmbo-b/k")]
    VmboBK,
    #[serde(rename = "vmbo-k")]
    VmboK,
    #[serde(rename = "vmbo-(g)t")]
    VmboGT,
    #[serde(rename = "vmbo-gt/havo")]
    VmboGTHavo,
    #[serde(rename = "havo")]
    Havo,
    #[serde(rename = "havo/vwo")]
    HavoVwo,
    #[serde(rename = "vwo")]
    Vwo,
}

impl Advice {
    /// Every advice, from low to high.
    pub const ALL: [Advice; 9] = [
        Advice::Pro,
        Advice::VmboB,
        Advice::VmboBK,
        Advice::VmboK,
        Advice::VmboGT,
        Advice::VmboGTHavo,
        Advice::Havo,
        Advice::HavoVwo,
        Advice::Vwo,
    ];

    pub const fn as_str(&self) -> &'static str {
        match self {
            Advice::Pro => "pro",
            Advice::VmboB => "vmbo-b",
            Advice::VmboBK => "vmbo-b/k",
            Advice::VmboK => "vmbo-k",
            Advice::VmboGT => "vmbo-(g)t",
            Advice::VmboGTHavo => "vmbo-gt/havo",
            Advice::Havo => "havo",
            Advice::HavoVwo => "havo/vwo",
            Advice::Vwo => "vwo",
        }
    }

    /// A double advice spans two levels (e.g. `havo/vwo`).
    pub const fn is_double(&self) -> bool {
        matches!(self, Advice::VmboBK | Advice::VmboGTHavo | Advice::HavoVwo)
    }

    /// The level a pupil is admitted to: a double advice admits to the lower of its two
    /// levels, a single advice to itself.
    pub const fn admission_level(&self) -> Advice {
        match self {
            Advice::VmboBK => Advice::VmboB,
            Advice::VmboGTHavo => Advice::VmboGT,
            Advice::HavoVwo => Advice::Havo,
            single => *single,
        }
    }
}

/// Whether a programme that admits the levels `admitted` may be listed by a pupil with
/// `advice`: it must admit the pupil's admission level ([`Advice::admission_level`]).
///
/// So a `vmbo-gt/havo` pupil may list a programme admitting `vmbo-(g)t` but not one that
/// admits only `havo`. A programme lists the single levels it teaches; double advices in
/// `admitted` never match, because no pupil is admitted at a double level.
pub fn admits(admitted: &[Advice], advice: Advice) -> bool {
    admitted.contains(&advice.admission_level())
}

impl fmt::Display for Advice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown advice {0:?}")]
pub struct UnknownAdvice(pub String);

impl FromStr for Advice {
    type Err = UnknownAdvice;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Advice::ALL
            .into_iter()
            .find(|advice| advice.as_str() == s)
            .ok_or_else(|| UnknownAdvice(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_advice_round_trips_through_its_name_and_serde() {
        for advice in Advice::ALL {
            assert_eq!(advice.as_str().parse::<Advice>(), Ok(advice));
            let json = serde_json::to_string(&advice).unwrap();
            assert_eq!(json, format!("\"{}\"", advice.as_str()));
            assert_eq!(serde_json::from_str::<Advice>(&json).unwrap(), advice);
        }
        assert_eq!(
            "vmbo-t".parse::<Advice>(),
            Err(UnknownAdvice("vmbo-t".into()))
        );
    }

    #[test]
    fn all_is_ordered_from_low_to_high() {
        assert!(Advice::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn a_double_advice_admits_to_the_lower_level_only() {
        assert!(admits(&[Advice::VmboGT], Advice::VmboGTHavo));
        assert!(!admits(&[Advice::Havo], Advice::VmboGTHavo));
        assert!(admits(&[Advice::Havo, Advice::Vwo], Advice::HavoVwo));
        assert!(!admits(&[Advice::Vwo], Advice::HavoVwo));
        assert!(admits(&[Advice::VmboB, Advice::VmboK], Advice::VmboBK));
        assert!(!admits(&[Advice::VmboK], Advice::VmboBK));
    }

    #[test]
    fn a_single_advice_is_admitted_only_where_its_level_is_listed() {
        for advice in Advice::ALL.into_iter().filter(|a| !a.is_double()) {
            assert!(admits(&[advice], advice));
            assert_eq!(advice.admission_level(), advice);
        }
        assert!(!admits(&[Advice::Havo], Advice::Vwo));
        assert!(!admits(&[Advice::HavoVwo], Advice::HavoVwo));
    }
}

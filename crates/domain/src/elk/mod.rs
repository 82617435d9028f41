//! The ELK number: a pupil's unique number and the parent's username, with a check digit.

mod damm;
mod generator;

pub use generator::ElkNumberGenerator;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// How many distinct ELK numbers exist: nine body digits without a leading zero.
pub const CAPACITY: u64 = 900_000_000;
const BODY_OFFSET: u64 = 100_000_000;
const DIGITS: usize = 10;

/// Ten digits: a nine-digit body that does not start with 0, then a Damm check digit.
///
/// The check digit catches every mistyped single digit and every swap of two adjacent digits,
/// so a typo gives "this is not an ELK number" instead of someone else's account. No leading
/// zero, so spreadsheets and phone keypads cannot silently drop a digit.
///
/// `Display` and serde give the canonical 10 digits (`4817302956`); [`ElkNumber::grouped`]
/// gives the form shown to people (`4817 3029 56`). [`ElkNumber::parse`] accepts both, and
/// spaces, dashes and dots anywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ElkNumber(u64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ElkNumberError {
    #[error("an ELK number has 10 digits, this has {given}")]
    WrongLength { given: usize },
    #[error("an ELK number holds only digits, not {character:?}")]
    InvalidCharacter { character: char },
    #[error("an ELK number does not start with 0")]
    LeadingZero,
    #[error("the check digit does not match: a digit is probably mistyped")]
    CheckDigitMismatch,
}

impl ElkNumber {
    pub fn parse(input: &str) -> Result<ElkNumber, ElkNumberError> {
        let mut digits = Vec::with_capacity(DIGITS);
        for character in input.chars() {
            match character {
                '0'..='9' => digits.push(character as u8 - b'0'),
                ' ' | '-' | '.' | '\u{a0}' => {}
                _ => return Err(ElkNumberError::InvalidCharacter { character }),
            }
        }
        if digits.len() != DIGITS {
            return Err(ElkNumberError::WrongLength {
                given: digits.len(),
            });
        }
        if digits[0] == 0 {
            return Err(ElkNumberError::LeadingZero);
        }
        if damm::interim(&digits) != 0 {
            return Err(ElkNumberError::CheckDigitMismatch);
        }
        Ok(ElkNumber(
            digits
                .iter()
                .fold(0, |value, &digit| value * 10 + u64::from(digit)),
        ))
    }

    /// Appends the check digit to a body in `BODY_OFFSET..BODY_OFFSET + CAPACITY`.
    fn from_body(body: u64) -> ElkNumber {
        let check = damm::interim(&decimal_digits::<9>(body));
        ElkNumber(body * 10 + u64::from(check))
    }

    /// The number as an integer, e.g. for a compact database column.
    pub const fn as_u64(&self) -> u64 {
        self.0
    }

    /// The 10 digits in groups of 4, 4 and 2 with spaces, for letters and screens.
    pub fn grouped(&self) -> String {
        let digits = self.to_string();
        format!("{} {} {}", &digits[..4], &digits[4..8], &digits[8..])
    }
}

fn decimal_digits<const N: usize>(mut value: u64) -> [u8; N] {
    let mut digits = [0; N];
    for digit in digits.iter_mut().rev() {
        *digit = (value % 10) as u8;
        value /= 10;
    }
    digits
}

impl fmt::Display for ElkNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:010}", self.0)
    }
}

impl std::str::FromStr for ElkNumber {
    type Err = ElkNumberError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ElkNumber::parse(s)
    }
}

impl Serialize for ElkNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ElkNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ElkNumber::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests;

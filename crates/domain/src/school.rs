//! The two kinds of school in the procedure, and the rules for a school's details.

use crate::names::closed_set;
use crate::pupil::record::{ValueProblem, shown};

closed_set! {
    /// PO (primary) schools register their pupils; VO (secondary) schools receive them.
    pub enum SchoolKind ("school kind") {
        Po = "po",
        Vo = "vo",
    }
}

/// A BRIN number as the ministry (DUO) issues it: two digits and two letters (`12AB`),
/// optionally followed by a two-digit location number (`12AB00`). Written in any case and with
/// spaces; stored in capitals without them.
pub fn brin(value: &str) -> Result<String, ValueProblem> {
    let compact: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if compact.is_empty() {
        return Err(ValueProblem {
            code: "required",
            message: "This field is empty.".to_owned(),
        });
    }
    let bytes = compact.as_bytes();
    let shape = |at: usize, digit: bool| {
        bytes.get(at).is_some_and(|b| {
            if digit {
                b.is_ascii_digit()
            } else {
                b.is_ascii_uppercase()
            }
        })
    };
    let valid = (bytes.len() == 4 || bytes.len() == 6)
        && shape(0, true)
        && shape(1, true)
        && shape(2, false)
        && shape(3, false)
        && (bytes.len() == 4 || (shape(4, true) && shape(5, true)));
    if valid {
        Ok(compact)
    } else {
        Err(ValueProblem {
            code: "brin",
            message: format!(
                "\"{}\" is not a BRIN number; write two digits and two letters (12AB), \
                 optionally with the two-digit location number (12AB00).",
                shown(value.trim())
            ),
        })
    }
}

/// A telephone number as people write it: digits with spaces, dashes, brackets and a leading
/// `+`; 8 to 15 digits.
pub fn phone(value: &str) -> Result<String, ValueProblem> {
    let value = value.trim();
    if value.is_empty() {
        return Err(ValueProblem {
            code: "required",
            message: "This field is empty.".to_owned(),
        });
    }
    let allowed = value.chars().enumerate().all(|(at, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')') || (c == '+' && at == 0)
    });
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if allowed && (8..=15).contains(&digits) && value.chars().count() <= 30 {
        Ok(value.to_owned())
    } else {
        Err(ValueProblem {
            code: "phone",
            message: format!(
                "\"{}\" is not a telephone number; write its digits, e.g. 020 123 4567.",
                shown(value)
            ),
        })
    }
}

/// A web address shown to parents: `https://` or `http://`, a host with a dot, no spaces,
/// at most 200 characters.
pub fn website(value: &str) -> Result<String, ValueProblem> {
    let value = value.trim();
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    let authority = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    // No user part (`https://school.nl@elsewhere.example` goes elsewhere); the host ends at a port.
    let host = authority
        .filter(|a| !a.contains('@'))
        .map(|a| a.split(':').next().unwrap_or(""));
    let valid = value.chars().count() <= 200
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        && host.is_some_and(|h| h.contains('.') && !h.starts_with('.') && !h.ends_with('.'));
    if valid {
        Ok(value.to_owned())
    } else {
        Err(ValueProblem {
            code: "url",
            message: format!(
                "\"{}\" is not a web address; write it with https://, e.g. https://www.school.nl.",
                shown(value)
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brin_is_two_digits_two_letters_and_an_optional_location() {
        assert_eq!(brin("12ab").unwrap(), "12AB");
        assert_eq!(brin(" 12 AB 01 ").unwrap(), "12AB01");
        for wrong in [
            "1AB", "12A1", "AB12", "12AB0", "12AB001", "12ÄB", "12ß", "12aı",
        ] {
            assert_eq!(brin(wrong).unwrap_err().code, "brin", "{wrong}");
        }
        assert_eq!(brin("  ").unwrap_err().code, "required");
    }

    #[test]
    fn a_phone_number_has_eight_to_fifteen_digits() {
        assert_eq!(phone(" 020 - 123 45 67 ").unwrap(), "020 - 123 45 67");
        assert!(phone("+31 (0)20 1234567").is_ok());
        for wrong in [
            "12345",
            "020 123 4567 ext 2",
            "020+1234567",
            "1234567890123456",
        ] {
            assert_eq!(phone(wrong).unwrap_err().code, "phone", "{wrong}");
        }
    }

    #[test]
    fn a_website_needs_a_scheme_and_a_host_with_a_dot() {
        assert!(website("https://www.school.nl/open-dagen?jaar=2027").is_ok());
        for wrong in [
            "www.school.nl",
            "https://localhost",
            "https://a b.nl",
            "ftp://x.nl",
            "https://school.nl@evil.example",
            "https://school:8443",
        ] {
            assert_eq!(website(wrong).unwrap_err().code, "url", "{wrong}");
        }
    }
}

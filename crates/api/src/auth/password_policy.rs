//! Password rules. A parent's password: 8 to 64 characters, and not a common password. A staff
//! member's (who sees the data of a whole school or region): 12 to 64 characters, and very hard
//! to guess (zxcvbn's top score 4: about 10^10 guesses or more, where a parent's needs only
//! more than 10^3).
//!
//! "Common" means zxcvbn recognises the whole password as one entry of its list of about
//! 30,000 frequently used passwords (also written l33t, reversed or with capitals), or rates it
//! as guessable within about a thousand guesses.

use overstap_api_types::FieldError;
use overstap_persistence::pupils::Pupil;
use zxcvbn::matching::patterns::MatchPattern;
use zxcvbn::{Score, zxcvbn};

pub const MIN_CHARS: usize = 8;
pub const MAX_CHARS: usize = 64;
/// The field error for `field` when a parent's `password` breaks a rule; the child's ELK
/// number and names make a password guessable.
pub fn check_parent(field: &str, password: &str, pupil: &Pupil) -> Option<FieldError> {
    let words = [
        pupil.elk_number.as_str(),
        pupil.first_name.as_str(),
        pupil.last_name.as_str(),
    ];
    check(field, password, &words)
}

/// A staff password's minimum length.
pub const STAFF_MIN_CHARS: usize = 12;

/// The length rule alone, checked before a link is looked up: a password of the wrong length
/// is refused at its field (422) whatever the link, as the contract's `minLength` and
/// `maxLength` say. The other rules need the account's own words.
pub fn check_length(field: &str, password: &str, min: usize) -> Option<FieldError> {
    let chars = password.chars().count();
    let (code, message) = if chars < min {
        ("too_short", format!("Use at least {min} characters."))
    } else if chars > MAX_CHARS {
        ("too_long", format!("Use at most {MAX_CHARS} characters."))
    } else {
        return None;
    };
    Some(FieldError {
        field: field.to_owned(),
        code: code.to_owned(),
        message,
    })
}

/// The field error for `field` when a staff member's `password` breaks a rule; `context` holds
/// the account's own words (e-mail address, name).
pub fn check_staff(field: &str, password: &str, context: &[&str]) -> Option<FieldError> {
    let chars = password.chars().count();
    let (code, message) = if chars < STAFF_MIN_CHARS {
        (
            "too_short",
            format!("Use at least {STAFF_MIN_CHARS} characters."),
        )
    } else if chars > MAX_CHARS {
        ("too_long", format!("Use at most {MAX_CHARS} characters."))
    } else if is_common(password, context) || zxcvbn(password, context).score() < Score::Four {
        (
            "too_weak",
            "This password is too easy to guess for an account that sees pupils' data; \
             use a few unrelated words."
                .to_owned(),
        )
    } else {
        return None;
    };
    Some(FieldError {
        field: field.to_owned(),
        code: code.to_owned(),
        message,
    })
}

/// The field error for `field` when `password` breaks a rule; `context` holds words of the
/// account (ELK number, child's name) that make a password guessable.
pub fn check(field: &str, password: &str, context: &[&str]) -> Option<FieldError> {
    let chars = password.chars().count();
    let (code, message) = if chars < MIN_CHARS {
        ("too_short", format!("Use at least {MIN_CHARS} characters."))
    } else if chars > MAX_CHARS {
        ("too_long", format!("Use at most {MAX_CHARS} characters."))
    } else if is_common(password, context) {
        (
            "too_common",
            "This password is too common or too easy to guess; choose another.".to_owned(),
        )
    } else {
        return None;
    };
    Some(FieldError {
        field: field.to_owned(),
        code: code.to_owned(),
        message,
    })
}

fn is_common(password: &str, context: &[&str]) -> bool {
    let entropy = zxcvbn(password, context);
    let whole_word = match entropy.sequence() {
        [only] => {
            only.i == 0
                && only.j + 1 >= password.chars().count()
                && matches!(only.pattern, MatchPattern::Dictionary(_))
        }
        _ => false,
    };
    whole_word || entropy.score() == Score::Zero
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(password: &str) -> Option<String> {
        check("password", password, &["1234567897", "Sanne"]).map(|e| e.code)
    }

    #[test]
    fn length_is_counted_in_characters() {
        assert_eq!(code("kort1!").as_deref(), Some("too_short"));
        assert_eq!(code(&"ä".repeat(65)).as_deref(), Some("too_long"));
        assert_eq!(code("fiets-Molen-48-zwaluw"), None);
        assert_eq!(code(&"zwaluwstaart ".repeat(4)[..52]), None);
    }

    #[test]
    fn common_passwords_are_refused() {
        for common in [
            "password",
            "Password1",
            "12345678",
            "qwertyuiop",
            "iloveyou",
            "welkom01",
        ] {
            assert_eq!(code(common).as_deref(), Some("too_common"), "{common}");
        }
    }

    #[test]
    fn the_account_s_own_words_are_refused() {
        assert_eq!(code("1234567897").as_deref(), Some("too_common"));
    }

    fn staff_code(password: &str) -> Option<String> {
        check_staff(
            "new_password",
            password,
            &["juf.jansen@school.example", "Jansen"],
        )
        .map(|e| e.code)
    }

    #[test]
    fn staff_passwords_are_longer_and_harder_to_guess_than_parents() {
        // Good enough for a parent, not for a teacher.
        for parent_ok in [
            "Welkom2026!!",
            "jansen123456",
            "Password1234",
            "Schooljaar2027",
            "Jansen-school",
        ] {
            assert_eq!(code(parent_ok), None, "{parent_ok}");
            assert_eq!(
                staff_code(parent_ok).as_deref(),
                Some("too_weak"),
                "{parent_ok}"
            );
        }
        assert_eq!(code("Zomer2026!"), None);
        assert_eq!(staff_code("Zomer2026!").as_deref(), Some("too_short"));
        assert_eq!(staff_code("a1!").as_deref(), Some("too_short"));
        assert_eq!(staff_code(&"ä".repeat(65)).as_deref(), Some("too_long"));
        assert_eq!(staff_code("paarse olifant danst op het dak"), None);
        assert_eq!(staff_code("zwaluw-kompas-regenjas-71"), None);
        assert_eq!(staff_code("fiets-Molen-48"), None);
    }

    #[test]
    fn a_long_passphrase_is_accepted() {
        assert_eq!(code("paarse olifant danst op het dak"), None);
    }
}

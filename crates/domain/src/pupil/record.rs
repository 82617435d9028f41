//! The rules a pupil record's values follow, whatever the way in (the API's create and
//! correct, the CSV import): one check per kind of value, each problem with a stable code.

use time::Date;

/// A pupil of group 8 in the years this product serves is born in this range (inclusive).
pub const BIRTH_YEARS: (i32, i32) = (2005, 2020);

/// Why a value is refused: a stable machine-readable code and an English sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueProblem {
    pub code: &'static str,
    pub message: String,
}

fn problem(code: &'static str, message: String) -> ValueProblem {
    ValueProblem { code, message }
}

/// A value for messages: at most 40 characters.
pub fn shown(value: &str) -> String {
    if value.chars().count() > 40 {
        format!("{}…", value.chars().take(40).collect::<String>())
    } else {
        value.to_owned()
    }
}

/// Characters that have no place in a name, a class or a town: control characters (NUL, line
/// breaks, tabs), characters that are invisible (zero-width spaces and joiners, the byte order
/// mark) and those that reorder the text around them (bidirectional overrides and isolates),
/// with which two names can look alike on screen and differ in the data.
pub fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// A required text of at most `max` characters, trimmed: not blank, no forbidden character.
pub fn text(value: &str, max: usize) -> Result<String, ValueProblem> {
    let value = value.trim();
    let length = value.chars().count();
    if length == 0 {
        return Err(problem("required", "This field is empty.".to_owned()));
    }
    if let Some(c) = value.chars().find(|c| is_forbidden(*c)) {
        return Err(problem(
            "invalid_character",
            format!(
                "This holds an invisible or control character (U+{:04X}); retype the value.",
                u32::from(c)
            ),
        ));
    }
    if length > max {
        return Err(problem(
            "too_long",
            format!("At most {max} characters; this has {length}."),
        ));
    }
    Ok(value.to_owned())
}

/// A birth date a pupil in group 8 can have.
pub fn birth_date(date: Date) -> Result<Date, ValueProblem> {
    let (earliest, latest) = BIRTH_YEARS;
    if (earliest..=latest).contains(&date.year()) {
        Ok(date)
    } else {
        Err(problem(
            "implausible_date",
            format!(
                "{date} is not a plausible birth date for a pupil in group 8 (born {earliest} to {latest})."
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    #[test]
    fn blank_control_invisible_and_reordering_characters_are_refused() {
        for value in ["", "   ", "\t"] {
            assert_eq!(text(value, 100).unwrap_err().code, "required", "{value:?}");
        }
        for value in [
            "No\u{0}or",
            "Noor\u{200B}",
            "\u{202E}rooN",
            "No\u{2066}or",
            "Jan\nJansen",
            "\u{FEFF}Noor",
            "Noor\u{200D}",
        ] {
            assert_eq!(
                text(value, 100).unwrap_err().code,
                "invalid_character",
                "{value:?}"
            );
        }
        assert_eq!(text(&"a".repeat(101), 100).unwrap_err().code, "too_long");
    }

    #[test]
    fn names_in_any_script_pass_trimmed() {
        for value in [
            "Noor",
            " Zoë ",
            "Şükrü",
            "محمد",
            "Ngọc Ánh",
            "O'Brien-de Vries",
        ] {
            assert_eq!(text(value, 100).unwrap(), value.trim());
        }
    }

    #[test]
    fn birth_dates_outside_the_plausible_years_are_refused() {
        assert!(birth_date(date!(2014 - 05 - 17)).is_ok());
        for implausible in [
            date!(1800 - 01 - 01),
            date!(9999 - 12 - 31),
            date!(2004 - 12 - 31),
        ] {
            assert_eq!(
                birth_date(implausible).unwrap_err().code,
                "implausible_date"
            );
        }
    }

    proptest! {
        #[test]
        fn an_accepted_text_is_trimmed_within_bounds_and_free_of_forbidden_characters(
            value in "\\PC{0,120}|.{0,30}"
        ) {
            if let Ok(accepted) = text(&value, 100) {
                prop_assert!(!accepted.is_empty() && accepted.chars().count() <= 100);
                prop_assert_eq!(accepted.trim(), accepted.as_str());
                prop_assert!(!accepted.chars().any(is_forbidden));
                // Accepting is stable: the stored value passes again unchanged.
                prop_assert_eq!(text(&accepted, 100), Ok(accepted.clone()));
            }
        }
    }
}

//! The texts of round 2 (`/ouder/ronde-2`): why the child takes part, the window, the new list,
//! its confirmation and the round-2 result. Every language defines all of them.

pub mod ar;
pub mod en;
pub mod nl;
pub mod tr;

#[derive(Debug, Clone, Copy)]
pub struct Round2Texts {
    pub nav: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub reason_unplaced: &'static str,
    pub reason_withdrawn: &'static str,
    pub not_taking_part: &'static str,
    pub home_taking_part: &'static str,
    pub go_to_round2: &'static str,

    // The window, with its dates in Europe/Amsterdam as the server wrote them.
    pub window_open: fn(&str, &str) -> String,
    pub window_not_yet: fn(&str, &str) -> String,
    pub window_closed: fn(&str) -> String,
    pub window_not_planned: &'static str,

    // The list
    pub list_heading: &'static str,
    pub no_programmes: &'static str,
    pub save_button: &'static str,
    pub saved: &'static str,
    pub unsaved: &'static str,
    pub read_only: &'static str,

    // Confirmation
    pub confirm_heading: &'static str,
    pub confirm_intro: &'static str,
    pub confirm_button: &'static str,
    pub confirmed_heading: &'static str,
    pub confirmed: &'static str,

    // Refusals of the list, by the server's rule code
    pub list_empty: &'static str,
    pub duplicate_programme: &'static str,
    pub programme_not_offered: &'static str,

    // The result of the round-2 run
    pub result_heading: &'static str,
    pub result_placed: fn(&str, &str, u32) -> String,
    pub result_unplaced: &'static str,
    pub result_placed_heading: &'static str,
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    #[test]
    fn every_formatted_round2_text_keeps_its_values() {
        for lang in Lang::ALL {
            let r = &lang.texts().parent.round2;
            let code = lang.code();
            let keeps = |name: &str, text: String, parts: &[&str]| {
                assert!(!text.trim().is_empty(), "{code}: {name} is empty");
                for part in parts {
                    assert!(
                        text.contains(part),
                        "{code}: {name} lost {part:?} in {text:?}"
                    );
                }
            };
            keeps(
                "window_open",
                (r.window_open)("OPENS", "LAST"),
                &["OPENS", "LAST"],
            );
            keeps(
                "window_not_yet",
                (r.window_not_yet)("OPENS", "LAST"),
                &["OPENS", "LAST"],
            );
            keeps("window_closed", (r.window_closed)("LAST"), &["LAST"]);
            keeps(
                "result_placed",
                (r.result_placed)("PROG", "SCHOOL", 2),
                &["PROG", "SCHOOL", "2"],
            );
        }
    }
}

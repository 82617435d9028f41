//! Every key has a text in every language: the struct literals make a missing key a compile
//! error, these tests catch an empty one and a parent text left untranslated.

use overstap_api_types::PriorityRuleKind;

use super::Lang;
use super::parent::ParentTexts;

/// Keys that are empty on purpose: the letters of the plain status dots, and Dutch as the
/// server's unsuffixed display facts.
const EMPTY_ON_PURPOSE: [&str; 2] = ["letters", "facts_suffix"];

/// `key: ""` lines of a pretty `Debug` dump, except the keys that are empty on purpose.
fn empty_keys(dump: &str) -> Vec<String> {
    dump.lines()
        .map(str::trim)
        .filter(|line| line.ends_with(": \"\",") || line.ends_with(": \"\""))
        .filter_map(|line| line.split(':').next())
        .filter(|key| !EMPTY_ON_PURPOSE.contains(key))
        .map(str::to_owned)
        .collect()
}

#[test]
fn no_language_has_an_empty_text() {
    for lang in Lang::ALL {
        let dump = format!("{:#?}", lang.texts());
        let empty = empty_keys(&dump);
        assert!(
            empty.is_empty(),
            "{}: empty texts for {empty:?}",
            lang.code()
        );
        assert!(dump.contains("parent: ParentTexts"), "{}", lang.code());
    }
}

#[test]
fn the_empty_key_check_finds_an_empty_text() {
    let dump = "Texts {\n    app_name: \"\",\n    letters: \"\",\n    sign_in: \"x\",\n}";
    assert_eq!(empty_keys(dump), vec!["app_name".to_owned()]);
}

/// Keys whose text may be the same word in two languages.
const SAME_IN_SOME_LANGUAGES: [&str; 2] = ["contact_email", "contact_website"];

#[test]
fn every_parent_text_is_translated_from_english() {
    let english = format!("{:#?}", Lang::En.texts().parent);
    for lang in [Lang::Nl, Lang::Tr, Lang::Ar] {
        let dump = format!("{:#?}", lang.texts().parent);
        for (line, english_line) in dump.lines().zip(english.lines()) {
            let key = line.trim().split(':').next().unwrap_or_default();
            if line.contains('"') && !SAME_IN_SOME_LANGUAGES.contains(&key) {
                assert_ne!(
                    line,
                    english_line,
                    "{}: {key} is the English text",
                    lang.code()
                );
            }
        }
    }
}

/// Every formatted parent text says something and keeps the values it is given.
fn check_formatters(lang: Lang, p: &ParentTexts) {
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
        "week_open",
        (p.week_open)("OPENS", "LAST"),
        &["OPENS", "LAST"],
    );
    keeps("week_upcoming", (p.week_upcoming)("OPENS"), &["OPENS"]);
    keeps("schools_count", (p.schools_count)(5, 3), &["5", "3"]);
    keeps("rank", (p.rank)(7), &["7"]);
    keeps("move_up", (p.move_up)("PROG"), &["PROG"]);
    keeps("move_down", (p.move_down)("PROG"), &["PROG"]);
    keeps("remove", (p.remove)("PROG"), &["PROG"]);
    keeps("moved_to", (p.moved_to)("PROG", 4), &["PROG", "4"]);
    keeps("added", (p.added)("PROG"), &["PROG"]);
    keeps("removed", (p.removed)("PROG"), &["PROG"]);
    keeps("catalogue_intro", (p.catalogue_intro)("havo"), &["havo"]);
    keeps("results_count", (p.results_count)(12), &["12"]);
    keeps("priority_offered", (p.priority_offered)("RULE"), &["RULE"]);
    keeps("website_of", (p.website_of)("SCHOOL"), &["SCHOOL"]);
    for rule in PriorityRuleKind::ALL {
        keeps("rule_name", (p.rule_name)(*rule).to_owned(), &[]);
    }
    keeps(
        "priority_claim",
        (p.priority_claim)("SCHOOL", "RULE"),
        &["SCHOOL", "RULE"],
    );
    keeps("twin_link", (p.twin_link)("NAME"), &["NAME"]);
    keeps("twin_linked", (p.twin_linked)("NAME"), &["NAME"]);
    keeps("entry_error", (p.entry_error)(3, "MSG"), &["3", "MSG"]);
    keeps("list_too_short", (p.list_too_short)(5), &["5"]);
    keeps(
        "claim_sibling",
        (p.claim_sibling)("NAME", "CLASS"),
        &["NAME", "CLASS"],
    );
    keeps("twin_not_linked", (p.twin_not_linked)("NAME"), &["NAME"]);
    keeps(
        "confirmed",
        (p.confirmed)("a@example.org"),
        &["a@example.org"],
    );
    keeps(
        "withdraw_explained",
        (p.withdraw_explained)("LAST"),
        &["LAST"],
    );
    keeps("result_not_yet", (p.result_not_yet)("WHEN"), &["WHEN"]);
    keeps(
        "result_placed",
        (p.result_placed)("PROG", "SCHOOL", 2),
        &["PROG", "SCHOOL", "2"],
    );
    keeps(
        "reserve_position",
        (p.reserve_position)("PROG", "SCHOOL", 9),
        &["PROG", "SCHOOL", "9"],
    );
}

#[test]
fn every_formatted_parent_text_keeps_its_values() {
    for lang in Lang::ALL {
        check_formatters(lang, &lang.texts().parent);
        let t = lang.texts();
        assert!((t.date)(2026, 3, 25).contains("2026"), "{}", lang.code());
        assert!((t.error_rate_limited)(30).contains("30"), "{}", lang.code());
    }
}

#[test]
fn arabic_is_the_only_right_to_left_language() {
    for lang in Lang::ALL {
        assert_eq!(lang.dir() == "rtl", lang == Lang::Ar, "{}", lang.code());
    }
}

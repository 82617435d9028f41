//! The repository's translation files, and what a translator's mistake does: every check a
//! Rust struct used to make at compile time now fails `compile`, naming the file and the key.
// The helpers below are test code too: a failed file operation should stop the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};

use overstap_locales::compile;
use overstap_locales::groups::Audience;

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// A copy of `locales/` to break, unique per test.
fn copy(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("overstap-locales-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    for lang in ["nl", "en", "tr", "ar"] {
        fs::create_dir_all(dir.join(lang)).unwrap();
        for entry in fs::read_dir(locales().join(lang)).unwrap() {
            let entry = entry.unwrap();
            fs::copy(entry.path(), dir.join(lang).join(entry.file_name())).unwrap();
        }
    }
    dir
}

fn edit(dir: &Path, file: &str, change: impl Fn(String) -> String) {
    let path = dir.join(file);
    let text = fs::read_to_string(&path).unwrap();
    let changed = change(text.clone());
    assert_ne!(text, changed, "the edit of {file} changed nothing");
    fs::write(path, changed).unwrap();
}

fn problems(dir: &Path) -> Vec<String> {
    let result = compile(dir);
    let _ = fs::remove_dir_all(dir);
    result.err().unwrap_or_default()
}

#[test]
fn the_repository_translations_compile() {
    let compiled = compile(&locales()).unwrap_or_else(|problems| panic!("{problems:#?}"));
    assert_eq!(compiled.catalogues.len(), 4);
    let keys: usize = compiled
        .groups
        .iter()
        .map(|(_, messages)| messages.len())
        .sum();
    assert!(keys > 500, "{keys} keys");
}

#[test]
fn a_key_missing_in_one_language_is_named() {
    let dir = copy("missing");
    edit(&dir, "tr/parent.ftl", |text| {
        text.lines()
            .filter(|line| !line.starts_with("nav-home ="))
            .collect::<Vec<_>>()
            .join("\n")
    });
    let problems = problems(&dir);
    assert_eq!(
        problems,
        vec!["locales/tr/parent.ftl: nav-home is missing".to_owned()]
    );
}

#[test]
fn a_lost_or_invented_argument_is_named() {
    let dir = copy("arguments");
    edit(&dir, "en/parent.ftl", |text| {
        text.replace("move-up = Move { $name } up", "move-up = Move { $naam } up")
    });
    let problems = problems(&dir);
    assert!(
        problems.contains(&"locales/en/parent.ftl: move-up does not use { $name }".to_owned()),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("move-up uses { $naam }, which the Dutch text does not give")),
        "{problems:?}"
    );
}

#[test]
fn a_key_only_one_language_has_and_a_syntax_error_are_refused() {
    let dir = copy("extra");
    edit(&dir, "ar/app.ftl", |text| text + "\nnot-in-dutch = x\n");
    edit(&dir, "en/staff.ftl", |text| text + "\nbroken = { $x\n");
    let problems = problems(&dir);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("ar/app.ftl: not-in-dutch is not a key of the Dutch file")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("en/staff.ftl:")),
        "{problems:?}"
    );
}

#[test]
fn a_translators_change_reaches_the_catalogue() {
    let dir = copy("change");
    edit(&dir, "tr/app.ftl", |text| {
        text.replace("sign-out = ", "sign-out = Güle güle, ")
    });
    let compiled = compile(&dir).unwrap();
    let _ = fs::remove_dir_all(&dir);
    let tr = compiled.catalogues.iter().find(|c| c.lang == "tr").unwrap();
    assert!(
        tr.json.contains("Güle güle, "),
        "the new text is in the Turkish catalogue"
    );
    let original = compile(&locales()).unwrap();
    let before = original.catalogues.iter().find(|c| c.lang == "tr").unwrap();
    assert_ne!(
        tr.file_name(),
        before.file_name(),
        "a new text is a new file name"
    );
}

/// Texts a parent reads exist in every language and are not left in English; staff texts in
/// Turkish and Arabic are the English ones on purpose.
#[test]
fn every_parent_text_is_translated_from_english() {
    // Texts that are rightly the same in English and another language.
    const SAME: [&str; 6] = [
        "app-name",
        "contact-email",
        "contact-website",
        "status-ag-letters",
        "status-av-letters",
        "link",
    ];
    // "Contact" is Dutch and English.
    const SAME_IN_DUTCH: [&str; 1] = ["section-6-heading"];
    let compiled = compile(&locales()).unwrap();
    let messages = |lang: &str| -> Vec<serde_json::Value> {
        let catalogue = compiled.catalogues.iter().find(|c| c.lang == lang).unwrap();
        serde_json::from_str(&catalogue.json).unwrap()
    };
    let english = messages("en");
    let mut untranslated = Vec::new();
    for lang in ["nl", "tr", "ar"] {
        let texts = messages(lang);
        let mut index = 0;
        for (group, keys) in &compiled.groups {
            for message in keys {
                let same_on_purpose = SAME.contains(&message.id.as_str())
                    || (lang == "nl" && SAME_IN_DUTCH.contains(&message.id.as_str()));
                if group.audience == Audience::Parents
                    && !same_on_purpose
                    && texts[index] == english[index]
                {
                    untranslated.push(format!("{lang}/{}.ftl: {}", group.file, message.id));
                }
                index += 1;
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "left in English: {untranslated:#?}"
    );
}

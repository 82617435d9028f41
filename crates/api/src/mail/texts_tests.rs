//! The .ftl files checked against each other: every message in every language, with the same
//! variables. That every message the templates ask for exists, and resolves without error, is
//! checked by rendering every e-mail in every language (`render_tests`, `messages::school_tests`,
//! `messages::portal_tests`), which panics on any problem.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::{Arg, SOURCES, STAFF_SOURCES, Texts, bundle};
use overstap_domain::Language;

/// The variables a translation leaves out on purpose: (language, message, variable, why).
const LEFT_OUT: [(&str, &str, &str, &str); 3] = [
    // A Turkish name would need a suffix that follows its vowels ("Sem'in", "Ali'nin").
    ("tr", "mail-greeting", "child", "no suffix"),
    ("tr", "password-reset-footer", "child", "no suffix"),
    ("ar", "password-reset-footer", "child", "'your child'"),
];

/// Message id → the variables it uses, directly or through the messages it refers to.
type Variables = BTreeMap<String, BTreeSet<String>>;

fn variables(source: &str) -> Result<Variables, String> {
    let resource = parser::parse(source).map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut direct: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let mut found = (BTreeSet::new(), BTreeSet::new());
                if let Some(pattern) = &message.value {
                    walk_pattern(pattern, &mut found);
                }
                for attribute in &message.attributes {
                    walk_pattern(&attribute.value, &mut found);
                }
                if direct.insert(message.id.name.to_owned(), found).is_some() {
                    return Err(format!("{} is defined twice", message.id.name));
                }
            }
            Entry::Term(term) => return Err(format!("term -{} (not used here)", term.id.name)),
            Entry::Junk { content } => return Err(format!("cannot parse {content:?}")),
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
        }
    }
    let mut all = Variables::new();
    for id in direct.keys() {
        let (mut seen, mut todo, mut used) = (BTreeSet::new(), vec![id.clone()], BTreeSet::new());
        while let Some(id) = todo.pop() {
            if !seen.insert(id.clone()) {
                continue;
            }
            let (variables, references) = direct
                .get(&id)
                .ok_or_else(|| format!("a message refers to {id}, which does not exist"))?;
            used.extend(variables.iter().cloned());
            todo.extend(references.iter().cloned());
        }
        all.insert(id.clone(), used);
    }
    Ok(all)
}

/// Collects (variables, referenced messages) of a pattern.
fn walk_pattern(pattern: &Pattern<&str>, found: &mut (BTreeSet<String>, BTreeSet<String>)) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, found);
        }
    }
}

fn walk_expression(
    expression: &Expression<&str>,
    found: &mut (BTreeSet<String>, BTreeSet<String>),
) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, found);
            for variant in variants {
                walk_pattern(&variant.value, found);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, found),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, found: &mut (BTreeSet<String>, BTreeSet<String>)) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.0.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            found.1.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, found);
            }
            for argument in &arguments.named {
                walk_inline(&argument.value, found);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, found),
        InlineExpression::TermReference { .. }
        | InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. } => {}
    }
}

/// Every difference of `translation` from the Dutch source, in words.
fn differences(language: &str, source: &Variables, translation: &Variables) -> Vec<String> {
    let mut out = Vec::new();
    for id in source.keys().filter(|id| !translation.contains_key(*id)) {
        out.push(format!("{language}: {id} is missing"));
    }
    for id in translation.keys().filter(|id| !source.contains_key(*id)) {
        out.push(format!("{language}: {id} is not in nl"));
    }
    for (id, variables) in source {
        let Some(translated) = translation.get(id) else {
            continue;
        };
        let left_out = |v: &&String| {
            LEFT_OUT
                .iter()
                .any(|&(l, m, var, _)| (l, m, var) == (language, id.as_str(), v.as_str()))
        };
        let missing: Vec<&String> = variables
            .difference(translated)
            .filter(|v| !left_out(v))
            .collect();
        let extra: Vec<&String> = translated.difference(variables).collect();
        if !missing.is_empty() || !extra.is_empty() {
            out.push(format!(
                "{language}: {id} lacks {missing:?}, adds {extra:?}"
            ));
        }
    }
    out
}

#[test]
fn every_language_loads_without_a_problem() {
    for (language, source) in SOURCES {
        let (_, problems) = bundle(language, source);
        assert!(problems.is_empty(), "{problems:#?}");
        assert!(
            variables(source).is_ok(),
            "{language}: {:?}",
            variables(source)
        );
    }
    assert_eq!(SOURCES.map(|(l, _)| l), Language::ALL);
}

#[test]
fn every_message_is_in_every_language_with_the_same_variables() {
    let nl = variables(SOURCES[0].1).unwrap();
    assert!(nl.len() > 90, "{}", nl.len());
    let mut problems = Vec::new();
    for (language, source) in &SOURCES[1..] {
        let translation = variables(source).unwrap();
        problems.extend(differences(language.as_str(), &nl, &translation));
    }
    assert!(problems.is_empty(), "{problems:#?}");
    // A variable left out on purpose is still one that nl uses.
    for (language, id, variable, _) in LEFT_OUT {
        assert!(nl[id].contains(variable), "{language} {id} {variable}");
    }
}

#[test]
fn the_staff_messages_are_in_dutch_and_english_with_the_same_variables() {
    let nl = variables(STAFF_SOURCES[0].1).unwrap();
    let en = variables(STAFF_SOURCES[1].1).unwrap();
    assert!(nl.len() >= 10, "{}", nl.len());
    let problems = differences("en", &nl, &en);
    assert!(problems.is_empty(), "{problems:#?}");
    // No staff message shares an id with a parent message (a bundle would refuse the second).
    let parents = variables(SOURCES[0].1).unwrap();
    for id in nl.keys() {
        assert!(!parents.contains_key(id), "{id}");
    }
}

#[test]
fn the_checks_catch_a_missing_message_a_changed_variable_and_a_syntax_error() {
    let nl = variables("a = { $child }\nb = B { a }\nc = { $n ->\n [one] x\n *[other] { $m }\n}\n")
        .unwrap();
    assert_eq!(nl["b"], BTreeSet::from(["child".to_owned()]));
    assert_eq!(nl["c"], BTreeSet::from(["m".to_owned(), "n".to_owned()]));
    let en = variables("a = { $kind }\nc = { $n ->\n *[other] { $m }\n}\nd = D\n").unwrap();
    let found = differences("en", &nl, &en);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found.iter().any(|p| p.contains("b is missing")));
    assert!(found.iter().any(|p| p.contains("d is not in nl")));
    assert!(
        found
            .iter()
            .any(|p| p.contains("a lacks [\"child\"], adds [\"kind\"]"))
    );
    assert!(variables("a = { $child\n").is_err());
    assert!(!bundle(Language::Nl, "a = { $child\n").1.is_empty());
    assert!(!bundle(Language::Nl, "a = A\na = B\n").1.is_empty());
}

#[test]
fn a_missing_message_or_variable_is_a_problem_not_a_silent_gap() {
    let texts = Texts::new(Language::En, vec![("child", Arg::from("Sem"))]);
    assert_eq!(
        texts.get("mail-greeting", &[]),
        "Dear parent or carer of Sem,"
    );
    assert!(texts.problems().is_empty());
    assert_eq!(texts.get("no-such-message", &[]), "no-such-message");
    let without_child = Texts::new(Language::En, Vec::new());
    without_child.get("mail-greeting", &[]);
    let problems = [texts.problems(), without_child.problems()].concat();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].contains("no-such-message"));
    assert!(problems[1].contains("mail-greeting") && problems[1].contains("child"));
}

#[test]
fn only_arabic_isolates_the_values_it_fills_in() {
    let args = || {
        vec![
            ("child", Arg::from("Sem")),
            ("school", Arg::from("De Regenboog")),
        ]
    };
    let arabic = Texts::new(Language::Ar, args()).get("mail-greeting", &[]);
    assert!(arabic.contains("\u{2068}Sem\u{2069}"), "{arabic:?}");
    for language in [Language::Nl, Language::En, Language::Tr] {
        let text = Texts::new(language, args()).get("mail-sent-for-school", &[]);
        assert!(
            text.contains("De Regenboog") && !text.contains('\u{2068}'),
            "{text:?}"
        );
    }
}

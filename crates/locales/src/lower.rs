//! A Fluent pattern, checked against the subset the SPA formats and lowered to its parts.
//!
//! Supported: text, `{ $variable }`, string and number literals (`{"{"}`), and selections on a
//! variable (`{ $count -> [one] … *[other] … }`, keyed by a plural category, an exact number or
//! any name, e.g. a priority rule). Not supported, so refused with a message: terms, message
//! references, functions and attributes. A line break inside a text is a space: the interface
//! sets its own paragraphs.

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};

#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Text(String),
    Var(String),
    Select {
        var: String,
        /// `NUMBER($n, type: "ordinal")`: the keys are ordinal categories (1st, 2nd, 3rd …).
        ordinal: bool,
        variants: Vec<(Key, Vec<Part>)>,
        default: usize,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    Name(String),
    Number(i64),
}

pub fn lower(pattern: &Pattern<&str>) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => push_text(&mut parts, value),
            PatternElement::Placeable { expression } => lower_expression(expression, &mut parts)?,
        }
    }
    Ok(parts)
}

fn push_text(parts: &mut Vec<Part>, text: &str) {
    let text = text.replace('\n', " ");
    match parts.last_mut() {
        Some(Part::Text(previous)) => previous.push_str(&text),
        _ => parts.push(Part::Text(text)),
    }
}

fn lower_expression(expression: &Expression<&str>, parts: &mut Vec<Part>) -> Result<(), String> {
    match expression {
        Expression::Inline(inline) => lower_inline(inline, parts),
        Expression::Select { selector, variants } => {
            let (id, ordinal) = selector_of(selector)?;
            let mut lowered = Vec::new();
            let mut default = 0;
            for (index, variant) in variants.iter().enumerate() {
                let key = match &variant.key {
                    VariantKey::Identifier { name } => Key::Name((*name).to_owned()),
                    VariantKey::NumberLiteral { value } => Key::Number(
                        value
                            .parse()
                            .map_err(|_| format!("[{value}]: only whole numbers can be keys"))?,
                    ),
                };
                if variant.default {
                    default = index;
                }
                lowered.push((key, lower(&variant.value)?));
            }
            parts.push(Part::Select {
                var: id.to_owned(),
                ordinal,
                variants: lowered,
                default,
            });
            Ok(())
        }
    }
}

/// `$n`, or `NUMBER($n, type: "ordinal")` to choose by ordinal category.
fn selector_of<'s>(selector: &InlineExpression<&'s str>) -> Result<(&'s str, bool), String> {
    const WHAT: &str = "a selection chooses on a variable, like { $count -> … }, or on \
                        NUMBER($rank, type: \"ordinal\")";
    match selector {
        InlineExpression::VariableReference { id } => Ok((id.name, false)),
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            let ordinal = arguments.named.iter().any(|named| {
                named.name.name == "type"
                    && matches!(
                        named.value,
                        InlineExpression::StringLiteral { value: "ordinal" }
                    )
            });
            match arguments.positional.as_slice() {
                [InlineExpression::VariableReference { id }] if ordinal => Ok((id.name, true)),
                _ => Err(WHAT.into()),
            }
        }
        _ => Err(WHAT.into()),
    }
}

fn lower_inline(inline: &InlineExpression<&str>, parts: &mut Vec<Part>) -> Result<(), String> {
    match inline {
        InlineExpression::StringLiteral { value } => {
            push_text(parts, &unescape(value)?);
            Ok(())
        }
        InlineExpression::NumberLiteral { value } => {
            push_text(parts, value);
            Ok(())
        }
        InlineExpression::VariableReference { id } => {
            parts.push(Part::Var(id.name.to_owned()));
            Ok(())
        }
        InlineExpression::Placeable { expression } => lower_expression(expression, parts),
        InlineExpression::MessageReference { id, .. } => Err(format!(
            "{{ {} }}: a text cannot include another message; write it out",
            id.name
        )),
        InlineExpression::TermReference { id, .. } => Err(format!(
            "{{ -{} }}: terms are not used here; write the word itself",
            id.name
        )),
        InlineExpression::FunctionReference { id, .. } => Err(format!(
            "{}(…): functions are not used here; the interface formats numbers and dates",
            id.name
        )),
    }
}

/// A Fluent string literal's escapes: `\"`, `\\`, `\uXXXX` and `\UXXXXXX`.
fn unescape(literal: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(c @ ('"' | '\\')) => out.push(c),
            Some(kind @ ('u' | 'U')) => {
                let len = if kind == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(len).collect();
                let c = u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("\\{kind}{hex} is not a character"))?;
                out.push(c);
            }
            other => return Err(format!("unknown escape \\{}", other.unwrap_or(' '))),
        }
    }
    Ok(out)
}

/// The variables a message uses, in the order they first appear (selectors included).
pub fn variables(parts: &[Part]) -> Vec<String> {
    let mut found = Vec::new();
    collect(parts, &mut found);
    found
}

fn note(name: &String, found: &mut Vec<String>) {
    if !found.contains(name) {
        found.push(name.clone());
    }
}

fn collect(parts: &[Part], found: &mut Vec<String>) {
    for part in parts {
        match part {
            Part::Text(_) => {}
            Part::Var(name) => note(name, found),
            Part::Select { var, variants, .. } => {
                note(var, found);
                for (_, parts) in variants {
                    collect(parts, found);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(source: &str) -> Result<Vec<Part>, String> {
        let resource = fluent_syntax::parser::parse(source).map_err(|(_, e)| format!("{e:?}"))?;
        let Some(fluent_syntax::ast::Entry::Message(message)) = resource.body.first() else {
            return Err("no message".into());
        };
        lower(message.value.as_ref().ok_or("no value")?)
    }

    #[test]
    fn text_variables_and_escaped_braces_are_lowered() {
        assert_eq!(
            parts("a = Keuze {\"{\"}{ $n }{\"}\"}, wrapped\n    over two lines\n"),
            Ok(vec![
                Part::Text("Keuze {".into()),
                Part::Var("n".into()),
                Part::Text("}, wrapped over two lines".into()),
            ])
        );
    }

    #[test]
    fn a_selection_keeps_its_keys_and_default() {
        let lowered =
            parts("a = { $n ->\n    [0] geen\n    [one] één\n   *[other] { $n } stuks\n}\n")
                .unwrap();
        let [
            Part::Select {
                var,
                variants,
                default,
                ordinal: false,
            },
        ] = lowered.as_slice()
        else {
            panic!("{lowered:?}");
        };
        assert_eq!(var, "n");
        assert_eq!(*default, 2);
        assert_eq!(variants[0].0, Key::Number(0));
        assert_eq!(variants[1].0, Key::Name("one".into()));
        assert_eq!(variables(&lowered), vec!["n".to_owned()]);
    }

    #[test]
    fn an_ordinal_selection_is_marked() {
        let lowered =
            parts("a = { NUMBER($n, type: \"ordinal\") ->\n    [one] st\n   *[other] th\n}\n")
                .unwrap();
        assert!(
            matches!(lowered.as_slice(), [Part::Select { ordinal: true, .. }]),
            "{lowered:?}"
        );
    }

    #[test]
    fn references_and_functions_are_refused_with_a_reason() {
        assert!(
            parts("a = { other }\n")
                .unwrap_err()
                .contains("another message")
        );
        assert!(parts("a = { -brand }\n").unwrap_err().contains("terms"));
        assert!(
            parts("a = { NUMBER($n) }\n")
                .unwrap_err()
                .contains("functions")
        );
    }
}

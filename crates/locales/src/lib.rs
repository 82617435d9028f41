//! The SPA's texts live in Fluent files a translator edits without Rust:
//! `locales/<lang>/<file>.ftl`, one file per part of the interface (see [`groups::GROUPS`]).
//!
//! [`compile`] reads them all and checks what a Rust struct used to check at compile time: every
//! language has every key of the Dutch source, with the same arguments, in the subset of Fluent
//! the SPA formats ([`lower`]). It returns one compact JSON catalogue per language (the SPA
//! embeds Dutch and fetches the others when a reader chooses them) and the typed accessors the
//! SPA calls ([`generate::rust`]). The frontend's build script and `overstap-locales <dir>`
//! (which writes the catalogues next to the SPA bundle) both call it, so a problem in a
//! translation fails the build.

pub mod generate;
pub mod groups;
pub mod lower;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;
use serde_json::{Value, json};

use groups::{GROUPS, Group, LANGUAGES, SOURCE};
use lower::{Key, Part};

/// One message of the source language: its key and the arguments it takes, in order.
#[derive(Debug, Clone)]
pub struct Message {
    pub id: String,
    pub args: Vec<String>,
    /// The Dutch text, shown as documentation on the accessor.
    pub source_text: String,
}

/// One language's catalogue: every message in the numbering of [`Compiled::groups`].
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub lang: &'static str,
    pub json: String,
}

impl Catalogue {
    /// `nl.1a2b3c4d5e6f7a8b.json`: the name changes with the content, so it is cached for good.
    pub fn file_name(&self) -> String {
        format!("{}.{:016x}.json", self.lang, fnv1a(self.json.as_bytes()))
    }
}

#[derive(Debug)]
pub struct Compiled {
    pub groups: Vec<(Group, Vec<Message>)>,
    pub catalogues: Vec<Catalogue>,
    /// Every file read, for the build script's `rerun-if-changed`.
    pub files: Vec<PathBuf>,
}

type Parsed = BTreeMap<String, Vec<Part>>;

/// Reads and checks every translation file under `root` (the repository's `locales/`).
pub fn compile(root: &Path) -> Result<Compiled, Vec<String>> {
    let mut problems = Vec::new();
    let mut files = Vec::new();
    let mut read =
        |lang: &str, group: &Group, problems: &mut Vec<String>| -> Option<(Parsed, Vec<String>)> {
            let path = root.join(lang).join(format!("{}.ftl", group.file));
            files.push(path.clone());
            match std::fs::read_to_string(&path) {
                Ok(source) => parse_file(&path, &source, problems),
                Err(error) => {
                    problems.push(format!("{}: {error}", path.display()));
                    None
                }
            }
        };

    let mut groups = Vec::new();
    let mut by_lang: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
    for group in GROUPS {
        let Some((source, order)) = read(SOURCE, &group, &mut problems) else {
            continue;
        };
        let messages: Vec<Message> = order
            .iter()
            .map(|id| Message {
                id: id.clone(),
                args: lower::variables(&source[id]),
                source_text: plain(&source[id]),
            })
            .collect();
        for lang in LANGUAGES {
            let from = group.source_for(lang);
            let parsed = if from == SOURCE {
                Some(source.clone())
            } else {
                read(from, &group, &mut problems).map(|(parsed, _)| parsed)
            };
            let Some(parsed) = parsed else { continue };
            if from == lang && lang != SOURCE {
                let file = format!("locales/{lang}/{}.ftl", group.file);
                check_against_source(&file, &messages, &parsed, &mut problems);
            }
            let out = by_lang.entry(lang).or_default();
            for message in &messages {
                let parts = parsed.get(&message.id).map_or(&[][..], Vec::as_slice);
                out.push(encode_message(parts, &message.args));
            }
        }
        groups.push((group, messages));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let catalogues = LANGUAGES
        .into_iter()
        .map(|lang| Catalogue {
            lang,
            json: Value::Array(by_lang.remove(lang).unwrap_or_default()).to_string(),
        })
        .collect();
    Ok(Compiled {
        groups,
        catalogues,
        files,
    })
}

/// The messages of one file by key, and the keys in the order they are written.
fn parse_file(
    path: &Path,
    source: &str,
    problems: &mut Vec<String>,
) -> Option<(Parsed, Vec<String>)> {
    let shown = path.display();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            for error in errors {
                let line = source[..error.pos.start.min(source.len())]
                    .lines()
                    .count()
                    .max(1);
                problems.push(format!("{shown}:{line}: {}", error.kind));
            }
            return None;
        }
    };
    let mut parsed = Parsed::new();
    let mut order = Vec::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name.to_owned();
                if !message.attributes.is_empty() {
                    problems.push(format!("{shown}: {id}: attributes (.name = …) are not used; give each text its own key"));
                }
                let Some(value) = &message.value else {
                    problems.push(format!("{shown}: {id} has no text"));
                    continue;
                };
                match lower::lower(value) {
                    Ok(parts) if parsed.contains_key(&id) => {
                        problems.push(format!("{shown}: {id} is written twice"));
                        drop(parts);
                    }
                    Ok(parts) => {
                        order.push(id.clone());
                        parsed.insert(id, parts);
                    }
                    Err(why) => problems.push(format!("{shown}: {id}: {why}")),
                }
            }
            Entry::Term(term) => problems.push(format!(
                "{shown}: -{}: terms are not used here; write the word in each text",
                term.id.name
            )),
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
            Entry::Junk { content } => problems.push(format!("{shown}: cannot read {content:?}")),
        }
    }
    Some((parsed, order))
}

/// The same keys as the Dutch file, and in each text the same arguments.
fn check_against_source(
    file: &str,
    messages: &[Message],
    parsed: &Parsed,
    problems: &mut Vec<String>,
) {
    for message in messages {
        let Some(parts) = parsed.get(&message.id) else {
            problems.push(format!("{file}: {} is missing", message.id));
            continue;
        };
        let mut used = lower::variables(parts);
        for arg in &message.args {
            if !used.contains(arg) {
                problems.push(format!("{file}: {} does not use {{ ${arg} }}", message.id));
            }
        }
        used.retain(|var| !message.args.contains(var));
        for var in used {
            problems.push(format!(
                "{file}: {} uses {{ ${var} }}, which the Dutch text does not give",
                message.id
            ));
        }
    }
    for id in parsed.keys() {
        if !messages.iter().any(|message| &message.id == id) {
            problems.push(format!("{file}: {id} is not a key of the Dutch file"));
        }
    }
}

/// A message as the SPA reads it: a string when it is plain text, else a list of parts where a
/// number is an argument's position and `{"s", "v", "d"}` a selection.
fn encode_message(parts: &[Part], args: &[String]) -> Value {
    match parts {
        [] => Value::String(String::new()),
        [Part::Text(text)] => Value::String(text.clone()),
        parts => encode_parts(parts, args),
    }
}

fn encode_parts(parts: &[Part], args: &[String]) -> Value {
    let position = |name: &String| args.iter().position(|arg| arg == name).unwrap_or(0);
    Value::Array(
        parts
            .iter()
            .map(|part| match part {
                Part::Text(text) => Value::String(text.clone()),
                Part::Var(name) => json!(position(name)),
                Part::Select {
                    var,
                    ordinal,
                    variants,
                    default,
                } => json!({
                    "s": position(var),
                    "o": ordinal,
                    "d": default,
                    "v": variants.iter().map(|(key, parts)| {
                        let key = match key {
                            Key::Name(name) => json!(name),
                            Key::Number(n) => json!(n),
                        };
                        json!([key, encode_parts(parts, args)])
                    }).collect::<Vec<_>>(),
                }),
            })
            .collect(),
    )
}

/// A one-line rendering of the Dutch text for documentation.
fn plain(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.clone(),
            Part::Var(name) => format!("{{${name}}}"),
            Part::Select { var, .. } => format!("{{${var} -> …}}"),
        })
        .collect()
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

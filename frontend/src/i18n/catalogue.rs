//! One language's texts as compiled from `locales/<lang>/*.ftl` by `overstap-locales`, and the
//! small formatter that fills in their arguments (see that crate for the format).

use serde_json::Value;

use super::Lang;

/// A value for a `{ $name }` in a text: a name, a number, a date already written out.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Arg::Str(value)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(value: &'a String) -> Self {
        Arg::Str(value)
    }
}

/// A priority rule chooses its variant by its name in the API (`sibling`, `staff_child`, …).
impl From<overstap_api_types::PriorityRuleKind> for Arg<'static> {
    fn from(value: overstap_api_types::PriorityRuleKind) -> Self {
        use overstap_api_types::WireEnum;
        Arg::Str(value.name())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(value: $t) -> Self {
                Arg::Num(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(u8, u32, u64, usize, i32, i64);

#[derive(Debug)]
enum Message {
    Text(String),
    Parts(Vec<Part>),
}

#[derive(Debug)]
enum Part {
    Text(String),
    Arg(usize),
    Select {
        arg: usize,
        ordinal: bool,
        variants: Vec<(Key, Vec<Part>)>,
        default: usize,
    },
}

#[derive(Debug)]
enum Key {
    Name(String),
    Number(i64),
}

#[derive(Debug)]
pub struct Catalogue {
    lang: Lang,
    messages: Vec<Message>,
}

impl Catalogue {
    /// Reads a compiled catalogue; `None` when it is not one (a wrong or truncated file).
    pub fn parse(json: &str, lang: Lang, expected: usize) -> Option<Catalogue> {
        let Value::Array(items) = serde_json::from_str(json).ok()? else {
            return None;
        };
        let messages = items
            .iter()
            .map(|item| match item {
                Value::String(text) => Some(Message::Text(text.clone())),
                Value::Array(parts) => parts_of(parts).map(Message::Parts),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()?;
        (messages.len() == expected).then_some(Catalogue { lang, messages })
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A catalogue without texts, should the embedded one ever fail to read.
    pub fn empty(lang: Lang) -> Catalogue {
        Catalogue {
            lang,
            messages: Vec::new(),
        }
    }

    /// A text without arguments.
    pub fn text(&'static self, index: usize) -> &'static str {
        match self.messages.get(index) {
            Some(Message::Text(text)) => text,
            _ => "",
        }
    }

    /// A text with its arguments filled in, in the order the Dutch text names them.
    pub fn format(&self, index: usize, args: &[Arg<'_>]) -> String {
        let mut out = String::new();
        match self.messages.get(index) {
            Some(Message::Text(text)) => out.push_str(text),
            Some(Message::Parts(parts)) => self.write(&mut out, parts, args),
            None => {}
        }
        out
    }

    fn write(&self, out: &mut String, parts: &[Part], args: &[Arg<'_>]) {
        for part in parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Arg(index) => {
                    // In Arabic a name, number or Dutch term keeps its own direction.
                    let isolate = self.lang.dir() == "rtl";
                    if isolate {
                        out.push('\u{2068}');
                    }
                    match args.get(*index) {
                        Some(Arg::Str(text)) => out.push_str(text),
                        Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                        None => {}
                    }
                    if isolate {
                        out.push('\u{2069}');
                    }
                }
                Part::Select {
                    arg,
                    ordinal,
                    variants,
                    default,
                } => {
                    let chosen = args
                        .get(*arg)
                        .and_then(|value| self.choose(*value, *ordinal, variants))
                        .or_else(|| variants.get(*default).map(|(_, parts)| parts));
                    if let Some(parts) = chosen {
                        self.write(out, parts, args);
                    }
                }
            }
        }
    }

    fn choose<'v>(
        &self,
        value: Arg<'_>,
        ordinal: bool,
        variants: &'v [(Key, Vec<Part>)],
    ) -> Option<&'v Vec<Part>> {
        let find = |wanted: &str| {
            variants.iter().find_map(|(key, parts)| match key {
                Key::Name(name) if name == wanted => Some(parts),
                _ => None,
            })
        };
        match value {
            Arg::Str(text) => find(text),
            Arg::Num(n) => variants
                .iter()
                .find_map(|(key, parts)| match key {
                    Key::Number(exact) if *exact == n => Some(parts),
                    _ => None,
                })
                .or_else(|| {
                    find(if ordinal {
                        ordinal_category(self.lang, n)
                    } else {
                        plural_category(self.lang, n)
                    })
                }),
        }
    }
}

/// The CLDR cardinal plural category of a whole number.
fn plural_category(lang: Lang, n: i64) -> &'static str {
    match lang {
        Lang::Ar => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        Lang::Nl | Lang::En | Lang::Tr => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
    }
}

/// The CLDR ordinal category: only English has more than one (1st, 2nd, 3rd, 4th).
fn ordinal_category(lang: Lang, n: i64) -> &'static str {
    match (lang, n % 10, n % 100) {
        (Lang::En, 1, r) if r != 11 => "one",
        (Lang::En, 2, r) if r != 12 => "two",
        (Lang::En, 3, r) if r != 13 => "few",
        _ => "other",
    }
}

fn parts_of(items: &[Value]) -> Option<Vec<Part>> {
    items.iter().map(part_of).collect()
}

fn part_of(item: &Value) -> Option<Part> {
    Some(match item {
        Value::String(text) => Part::Text(text.clone()),
        Value::Number(n) => Part::Arg(usize::try_from(n.as_u64()?).ok()?),
        Value::Object(select) => {
            let index = |name: &str| usize::try_from(select.get(name)?.as_u64()?).ok();
            let variants = select
                .get("v")?
                .as_array()?
                .iter()
                .map(|variant| {
                    let [key, parts] = variant.as_array()?.as_slice() else {
                        return None;
                    };
                    let key = match key {
                        Value::String(name) => Key::Name(name.clone()),
                        number => Key::Number(number.as_i64()?),
                    };
                    Some((key, parts_of(parts.as_array()?)?))
                })
                .collect::<Option<Vec<_>>>()?;
            Part::Select {
                arg: index("s")?,
                ordinal: select.get("o").and_then(Value::as_bool).unwrap_or(false),
                variants,
                default: index("d")?,
            }
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue(lang: Lang, json: &str) -> &'static Catalogue {
        Box::leak(Box::new(
            Catalogue::parse(json, lang, 2).unwrap_or_else(|| panic!("{json}")),
        ))
    }

    const PLURAL: &str = r#"["Hallo", [{"s":0,"o":false,"d":2,"v":[[0,["geen"]],["one",["één"]],["other",[0," stuks"]]]}]]"#;

    #[test]
    fn plain_texts_and_plural_choices() {
        let nl = catalogue(Lang::Nl, PLURAL);
        assert_eq!(nl.text(0), "Hallo");
        assert_eq!(nl.format(1, &[Arg::Num(0)]), "geen");
        assert_eq!(nl.format(1, &[Arg::Num(1)]), "één");
        assert_eq!(nl.format(1, &[Arg::Num(7)]), "7 stuks");
    }

    #[test]
    fn arabic_isolates_every_argument() {
        let ar = catalogue(Lang::Ar, r#"["x", ["(", 0, ")"]]"#);
        assert_eq!(ar.format(1, &[Arg::Str("AG")]), "(\u{2068}AG\u{2069})");
    }

    #[test]
    fn english_ordinals() {
        let en = catalogue(
            Lang::En,
            r#"["x", [0, {"s":0,"o":true,"d":3,"v":[["one",["st"]],["two",["nd"]],["few",["rd"]],["other",["th"]]]}]]"#,
        );
        let ordinals: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101]
            .into_iter()
            .map(|n: i64| en.format(1, &[Arg::Num(n)]))
            .collect();
        assert_eq!(
            ordinals,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"
            ]
        );
    }

    #[test]
    fn a_name_chooses_its_variant_or_the_default() {
        let en = catalogue(
            Lang::En,
            r#"["x", [{"s":0,"d":1,"v":[["sibling",["Sibling"]],["other",["Rule"]]]}]]"#,
        );
        assert_eq!(en.format(1, &[Arg::Str("sibling")]), "Sibling");
        assert_eq!(en.format(1, &[Arg::Str("hardship")]), "Rule");
    }

    #[test]
    fn a_catalogue_of_the_wrong_length_is_refused() {
        assert!(Catalogue::parse(r#"["a"]"#, Lang::Nl, 2).is_none());
        assert!(Catalogue::parse("{}", Lang::Nl, 2).is_none());
    }
}

//! Renders an e-mail: its template in `crates/api/templates/mail/` (one per message) over the
//! layout, once as HTML (`<name>.html`, every value escaped by minijinja) and once as plain
//! text (`<name>.txt`, nothing escaped), with the texts of `mail::texts`.
//!
//! A template asks for its texts with `t("message-id")`, optionally adding variables for one
//! line (`t("mail-programme-line", rank=p.rank, …)`); every message also sees the variables
//! of the e-mail. The subject is the template's `subject` block. A text or template that fails
//! is an error: a panic in the unit tests, which render every e-mail in every language, and a
//! logged error (naming no person) in production, where the mail still goes out as well as it
//! renders.

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

use minijinja::value::{Kwargs, Value};
use minijinja::{AutoEscape, Environment, Error, HtmlEscape, UndefinedBehavior, escape_formatter};
use overstap_domain::Language;
use overstap_persistence::outbox::NewMail;

use super::texts::{Arg, Texts};

/// A template of `crates/api/templates/mail/`, compiled in: (name, source).
macro_rules! template {
    ($name:literal, $suffix:literal) => {
        (
            $name,
            include_str!(concat!("../../templates/mail/", $name, $suffix)),
        )
    };
}

/// The message templates, each rendered over `layout.html` and over `layout.txt`.
const MESSAGES: [(&str, &str); 13] = [
    template!("address-changed", ".jinja"),
    template!("confirmation", ".jinja"),
    template!("data-corrected", ".jinja"),
    template!("parent-login", ".jinja"),
    template!("password-reset", ".jinja"),
    template!("placement-changed", ".jinja"),
    template!("placement-result", ".jinja"),
    template!("reminder", ".jinja"),
    template!("round2-confirmation", ".jinja"),
    template!("staff-invitation", ".jinja"),
    template!("staff-password-reset", ".jinja"),
    template!("twin-unlinked", ".jinja"),
    template!("withdrawn", ".jinja"),
];

/// The two formats: template suffix and layout.
const HTML: &str = "html";
const TEXT: &str = "txt";

static ENVIRONMENT: LazyLock<Environment<'static>> = LazyLock::new(|| {
    environment().unwrap_or_else(|error| {
        tracing::error!(error = %error.kind(), template = ?error.name(), line = ?error.line(),
            "the e-mail templates do not compile");
        Environment::new()
    })
});

pub(crate) fn environment() -> Result<Environment<'static>, Error> {
    let mut env = Environment::new();
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()?,
    );
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") {
            AutoEscape::Html
        } else {
            AutoEscape::None
        }
    });
    env.set_formatter(|out, state, value| match value.as_str() {
        Some(text) if *state.auto_escape() == AutoEscape::Html && !value.is_safe() => {
            out.write_str(&escape_html(text)).map_err(Error::from)
        }
        _ => escape_formatter(out, state, value),
    });
    env.add_template("layout.html", template!("layout", ".html").1)?;
    env.add_template("layout.txt", template!("layout", ".txt").1)?;
    for (name, source) in MESSAGES {
        env.add_template_owned(format!("{name}.{HTML}"), source)?;
        env.add_template_owned(format!("{name}.{TEXT}"), source)?;
    }
    Ok(env)
}

/// HTML-escapes text for element content and quoted attributes: minijinja's escaping, less
/// its "/" → "&#x2f;", which HTML does not need and which would disguise every link.
pub(crate) fn escape_html(text: &str) -> String {
    HtmlEscape(text).to_string().replace("&#x2f;", "/")
}

/// Right-to-left mark: plain-text readers take a paragraph's direction from its first letter.
const RLM: char = '\u{200F}';

/// One e-mail to render: its template, its language and what it says.
pub(crate) struct Mail {
    name: &'static str,
    language: Language,
    /// The variables of the texts, also visible to the template.
    args: Vec<(&'static str, Arg)>,
    /// Values only the template uses: lists, switches, message ids.
    values: Vec<(&'static str, Value)>,
}

impl Mail {
    pub fn new(name: &'static str, language: Language) -> Mail {
        Mail {
            name,
            language,
            args: Vec::new(),
            values: Vec::new(),
        }
    }

    /// A variable of the texts (`{ $name }` in the .ftl files) and of the template.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Mail {
        self.args.push((name, value.into()));
        self
    }

    /// A value for the template only.
    pub fn value(mut self, name: &'static str, value: impl Into<Value>) -> Mail {
        self.values.push((name, value.into()));
        self
    }

    pub fn into_mail(self, recipient: &str) -> NewMail {
        let texts = Arc::new(Texts::new(self.language, self.args.clone()));
        let mut problems = Vec::new();
        let (subject, text) = self.render(TEXT, &texts, true).unwrap_or_else(|error| {
            problems.push(describe(&error));
            Default::default()
        });
        let (_, html) = self.render(HTML, &texts, false).unwrap_or_else(|error| {
            problems.push(describe(&error));
            Default::default()
        });
        problems.extend(texts.problems());
        if !problems.is_empty() {
            report(self.name, self.language, &problems);
        }
        NewMail {
            recipient: recipient.to_owned(),
            subject: one_line(&subject),
            body_text: self.finish_text(&text),
            body_html: html,
            template: None,
            region: None,
        }
    }

    /// The rendered template, and its subject block if asked for.
    fn render(
        &self,
        format: &str,
        texts: &Arc<Texts>,
        with_subject: bool,
    ) -> Result<(String, String), Error> {
        let template = ENVIRONMENT.get_template(&format!("{}.{format}", self.name))?;
        let mut captured = template.render_captured(self.context(format, texts))?;
        let subject = if with_subject {
            captured.with_state_mut(|state| state.render_block("subject"))?
        } else {
            String::new()
        };
        Ok((subject, captured.into_output()))
    }

    fn context(&self, format: &str, texts: &Arc<Texts>) -> Value {
        let rtl = self.language.is_rtl();
        let texts = Arc::clone(texts);
        let t = Value::from_function(move |id: &str, kwargs: Kwargs| -> Result<String, Error> {
            let mut extra = Vec::new();
            for name in kwargs.args() {
                extra.push((name.to_owned(), arg_of(&kwargs.get(name)?)));
            }
            Ok(texts.get(id, &extra))
        });
        let mut context: BTreeMap<&str, Value> = BTreeMap::new();
        for (name, arg) in &self.args {
            let value = match arg {
                Arg::Text(text) => Value::from(text.as_str()),
                Arg::Number(number) => Value::from(*number),
            };
            context.insert(name, value);
        }
        for (name, value) in &self.values {
            context.insert(name, value.clone());
        }
        context.insert("layout", Value::from(format!("layout.{format}")));
        context.insert("lang", Value::from(self.language.as_str()));
        context.insert("dir", Value::from(if rtl { "rtl" } else { "ltr" }));
        // The side a line starts on, spelled out as left/right because Outlook and some
        // webmail clients ignore logical properties such as `border-inline-start`.
        context.insert("start", Value::from(if rtl { "right" } else { "left" }));
        context.insert("t", t);
        Value::from_pairs(context)
    }

    /// Ends the text with one newline; in a right-to-left language every line starts with a
    /// right-to-left mark, so that a line opening with a name, a number or a list dash still
    /// reads from the right. The link stays bare (a mark would become part of the link when
    /// copied) and so does the `--` signature line.
    fn finish_text(&self, text: &str) -> String {
        let text = text.trim_end();
        let link = self.args.iter().find_map(|(name, arg)| match (name, arg) {
            (&"link", Arg::Text(link)) => Some(link.as_str()),
            _ => None,
        });
        let mut out = String::with_capacity(text.len() + 64);
        for line in text.lines() {
            if self.language.is_rtl() && !line.is_empty() && line != "--" && Some(line) != link {
                out.push(RLM);
            }
            out.push_str(line);
            out.push('\n');
        }
        out
    }
}

/// A template value as a variable of the texts: a number stays a number (a rank, a position
/// that a message selects on), anything else becomes text.
fn arg_of(value: &Value) -> Arg {
    match (
        value.as_i64().and_then(|n| u32::try_from(n).ok()),
        value.as_str(),
    ) {
        (Some(number), _) => Arg::Number(number),
        (None, Some(text)) => Arg::Text(text.to_owned()),
        (None, None) => Arg::Text(value.to_string()),
    }
}

/// A template error without the values it was rendering: its kind and where.
fn describe(error: &Error) -> String {
    format!(
        "{} in {}:{}",
        error.kind(),
        error.name().unwrap_or("?"),
        error.line().unwrap_or(0)
    )
}

/// Every e-mail is rendered in every language by the tests, so a problem there is a bug in a
/// template or a translation: the tests fail on it, production logs it.
pub(crate) fn report(name: &str, language: Language, problems: &[String]) {
    if cfg!(test) {
        panic!("e-mail {name} in {language}: {problems:#?}");
    }
    tracing::error!(mail = name, %language, ?problems, "e-mail rendered with errors");
}

/// A header value never spans lines, whatever a name contains.
fn one_line(text: &str) -> String {
    text.split(char::is_control)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
#[path = "every_mail.rs"]
mod every_mail;
#[cfg(test)]
#[path = "render_tests.rs"]
mod tests;

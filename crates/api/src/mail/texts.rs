//! The texts of the e-mails: Fluent messages in `locales/<lang>/mail.ftl` at the repository
//! root, one file per language, compiled into the binary and parsed once.
//!
//! The Arabic bundle wraps every filled-in value (a name, a number, a date, a Dutch programme
//! name) in Unicode isolation marks (FSI … PDI), so that a left-to-right value cannot reorder
//! the right-to-left sentence around it. The left-to-right languages go without: in a
//! plain-text mail the marks would only be noise.

use std::sync::{LazyLock, Mutex, PoisonError};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use overstap_domain::Language;
use unic_langid::LanguageIdentifier;

/// The file of one language, compiled in.
macro_rules! locale {
    ($language:ident, $code:literal) => {
        (
            Language::$language,
            include_str!(concat!("../../../../locales/", $code, "/mail.ftl")),
        )
    };
}

/// The sources, by language, in the order of `Language::ALL`.
pub(crate) const SOURCES: [(Language, &str); 4] = [
    locale!(Nl, "nl"),
    locale!(En, "en"),
    locale!(Tr, "tr"),
    locale!(Ar, "ar"),
];

/// The e-mails to staff (invitations, password resets): Dutch and English only, like the staff
/// interface; the bundles of Turkish and Arabic carry the English ones.
pub(crate) const STAFF_SOURCES: [(Language, &str); 2] = [
    (
        Language::Nl,
        include_str!("../../../../locales/nl/staff-mail.ftl"),
    ),
    (
        Language::En,
        include_str!("../../../../locales/en/staff-mail.ftl"),
    ),
];

/// The staff e-mail texts a language's bundle carries.
pub(crate) fn staff_source(language: Language) -> &'static str {
    let wanted = if language == Language::Nl {
        Language::Nl
    } else {
        Language::En
    };
    STAFF_SOURCES
        .iter()
        .find(|(l, _)| *l == wanted)
        .map_or("", |(_, source)| source)
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<(Language, Bundle)>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|&(language, source)| {
            let (bundle, problems) = bundle(language, source);
            if !problems.is_empty() {
                tracing::error!(%language, ?problems, "the e-mail texts do not load cleanly");
            }
            (language, bundle)
        })
        .collect()
});

/// The bundle of one language, and what went wrong loading it (a syntax error, a message
/// defined twice). A broken message is left out; the rest still works.
pub(crate) fn bundle(language: Language, source: &str) -> (Bundle, Vec<String>) {
    let mut problems = Vec::new();
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, errors)| {
            problems.extend(
                errors
                    .iter()
                    .map(|error| format!("{language}/mail.ftl: {error}")),
            );
            resource
        });
    let locale: LanguageIdentifier = language.as_str().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![locale]);
    bundle.set_use_isolating(language.is_rtl());
    if let Err(error) = bundle.add_builtins() {
        problems.push(format!("{language}: {error}"));
    }
    if let Err(errors) = bundle.add_resource(resource) {
        problems.extend(
            errors
                .iter()
                .map(|error| format!("{language}/mail.ftl: {error}")),
        );
    }
    let staff = FluentResource::try_new(staff_source(language).to_owned()).unwrap_or_else(
        |(resource, errors)| {
            problems.extend(
                errors
                    .iter()
                    .map(|error| format!("{language}/staff-mail.ftl: {error}")),
            );
            resource
        },
    );
    if let Err(errors) = bundle.add_resource(staff) {
        problems.extend(
            errors
                .iter()
                .map(|error| format!("{language}/staff-mail.ftl: {error}")),
        );
    }
    (bundle, problems)
}

/// A value filled into a text: a name, a formatted date, or a number (a rank, a position)
/// that a message can select on.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Arg {
    Text(String),
    Number(u32),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<u32> for Arg {
    fn from(number: u32) -> Arg {
        Arg::Number(number)
    }
}

impl Arg {
    fn fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Number(number) => FluentValue::from(*number),
        }
    }
}

/// The texts of one e-mail in one language: every message sees the e-mail's variables, and
/// a call can add its own (a line of a list). What fails to resolve is collected, not shown.
pub(crate) struct Texts {
    language: Language,
    args: Vec<(&'static str, Arg)>,
    problems: Mutex<Vec<String>>,
}

impl Texts {
    pub fn new(language: Language, args: Vec<(&'static str, Arg)>) -> Texts {
        Texts {
            language,
            args,
            problems: Mutex::new(Vec::new()),
        }
    }

    /// The message `id`; on a problem the best Fluent can make of it (the id if it is
    /// missing), and the problem is kept for [`Texts::problems`].
    pub fn get(&self, id: &str, extra: &[(String, Arg)]) -> String {
        let mut args = FluentArgs::with_capacity(self.args.len() + extra.len());
        for (name, value) in &self.args {
            args.set(*name, value.fluent());
        }
        for (name, value) in extra {
            args.set(name.as_str(), value.fluent());
        }
        let Some((_, bundle)) = BUNDLES.iter().find(|(l, _)| *l == self.language) else {
            self.problem(format!("{}: no texts", self.language));
            return id.to_owned();
        };
        let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
            self.problem(format!("{}: no message {id}", self.language));
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        for error in errors {
            self.problem(format!("{} {id}: {error}", self.language));
        }
        text.into_owned()
    }

    fn problem(&self, problem: String) {
        self.problems
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(problem);
    }

    /// What went wrong so far. The messages name ids and variables, never their values.
    pub fn problems(&self) -> Vec<String> {
        self.problems
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

#[cfg(test)]
#[path = "texts_tests.rs"]
mod tests;

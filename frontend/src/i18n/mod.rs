//! All user-facing text: one `Texts` value per language, chosen through a context signal.

mod en;
mod messages;
mod nl;
mod po;
mod texts;

use leptos::prelude::{
    Effect, Get, RwSignal, Set, Signal, document, expect_context, provide_context,
};

use crate::storage;

pub use texts::Texts;

const STORAGE_KEY: &str = "overstap.lang";

/// The interface languages; Dutch is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 tag, used for `<html lang>` and in storage.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    pub const fn texts(self) -> &'static Texts {
        match self {
            Lang::Nl => &nl::NL,
            Lang::En => &en::EN,
        }
    }
}

/// The chosen language, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// Restores the remembered language, keeps storage and `<html lang>` in step with it, and
    /// provides it to the whole app.
    pub fn provide() -> Self {
        let remembered = storage::get(STORAGE_KEY).and_then(|code| Lang::from_code(&code));
        let i18n = I18n {
            lang: RwSignal::new(remembered.unwrap_or(Lang::Nl)),
        };
        Effect::new(move || {
            let code = i18n.lang.get().code();
            storage::set(STORAGE_KEY, code);
            if let Some(root) = document().document_element() {
                // Without `lang` screen readers would read Dutch with an English voice.
                let _ = root.set_attribute("lang", code);
            }
        });
        provide_context(i18n);
        i18n
    }

    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The texts of the current language; reading it inside a view re-renders on a switch.
pub fn use_texts() -> Signal<&'static Texts> {
    let i18n = use_i18n();
    Signal::derive(move || i18n.lang().texts())
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn every_language_round_trips_through_its_code() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }
}

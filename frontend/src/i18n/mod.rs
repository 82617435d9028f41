//! All user-facing text: one `Texts` value per language, chosen through a context signal.
//!
//! The texts are written in `locales/<lang>/*.ftl` (see docs/translations.md). Dutch is in the
//! bundle; another language is fetched once, when a reader first chooses it.

mod catalogue;
pub mod dates;
mod loading;
mod messages;
mod texts;

use leptos::prelude::{
    Effect, Get, RwSignal, Set, Signal, document, expect_context, provide_context,
};

use overstap_api_types::PortalLanguage;

use crate::storage;

pub use texts::Texts;

const STORAGE_KEY: &str = "overstap.lang";

/// The interface languages; Dutch is the default. Staff pages are Dutch or English: in Turkish
/// and Arabic their texts are the English ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Nl,
    En,
    Tr,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Nl, Lang::En, Lang::Tr, Lang::Ar];

    /// The BCP 47 tag, used for `<html lang>` and in storage.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Tr => "tr",
            Lang::Ar => "ar",
        }
    }

    /// The language's own name, the same whatever language the page is in.
    pub const fn endonym(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Tr => "Türkçe",
            Lang::Ar => "العربية",
        }
    }

    /// The writing direction, for `<html dir>`.
    pub const fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The same language as the API names it (the parent's portal and e-mail language).
    pub const fn portal(self) -> PortalLanguage {
        match self {
            Lang::Nl => PortalLanguage::Nl,
            Lang::En => PortalLanguage::En,
            Lang::Tr => PortalLanguage::Tr,
            Lang::Ar => PortalLanguage::Ar,
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The texts of this language; Dutch until they have been loaded ([`Lang::load`]).
    pub fn texts(self) -> &'static Texts {
        loading::texts(self)
    }

    /// Fetches this language's texts unless they are here; `false` when they could not be
    /// loaded (the page then stays in the language it is in).
    pub async fn load(self) -> bool {
        loading::load(self).await
    }
}

/// The remembered language, loaded: called before the app is mounted, so its first page is
/// already in the reader's language.
pub async fn prepare() {
    if let Some(lang) = storage::get(STORAGE_KEY).and_then(|code| Lang::from_code(&code)) {
        lang.load().await;
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
        let remembered = storage::get(STORAGE_KEY)
            .and_then(|code| Lang::from_code(&code))
            .filter(|lang| loading::is_loaded(*lang));
        let i18n = I18n {
            lang: RwSignal::new(remembered.unwrap_or(Lang::Nl)),
        };
        Effect::new(move || {
            let lang = i18n.lang.get();
            storage::set(STORAGE_KEY, lang.code());
            if let Some(root) = document().document_element() {
                // Without `lang` screen readers would read Dutch with an English voice.
                let _ = root.set_attribute("lang", lang.code());
                // The stylesheet uses logical properties, so `dir` mirrors the whole layout.
                let _ = root.set_attribute("dir", lang.dir());
            }
        });
        provide_context(i18n);
        i18n
    }

    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// Switches once the language's texts are here.
    pub fn set_lang(&self, lang: Lang) {
        let signal = self.lang;
        leptos::task::spawn_local(async move {
            if lang.load().await {
                signal.set(lang);
            }
        });
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The text `key` picks, in the current language. Every text is this one signal type: a
/// `move || t.get().key` closure per text would be a generic instance of its own in the bundle.
pub fn tx(key: fn(&'static Texts) -> &'static str) -> Signal<&'static str> {
    let i18n = use_i18n();
    Signal::derive(move || key(i18n.lang().texts()))
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

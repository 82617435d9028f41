//! Which languages' texts are here, and fetching the others from `/locales/` on first use.

use std::cell::RefCell;

use super::Lang;
use super::catalogue::Catalogue;
use super::texts::{MESSAGE_COUNT, SOURCE_CATALOGUE, Texts};

thread_local! {
    static LOADED: RefCell<[Option<&'static Texts>; 4]> = const { RefCell::new([None; 4]) };
}

fn slot(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

fn loaded(lang: Lang) -> Option<&'static Texts> {
    LOADED.with(|loaded| loaded.borrow()[slot(lang)])
}

pub fn is_loaded(lang: Lang) -> bool {
    lang == Lang::Nl || loaded(lang).is_some()
}

/// Keeps a language's texts for the rest of the page's life (at most four, never freed).
fn install(lang: Lang, json: &str) -> Option<&'static Texts> {
    let catalogue: &'static Catalogue =
        Box::leak(Box::new(Catalogue::parse(json, lang, MESSAGE_COUNT)?));
    let texts: &'static Texts = Box::leak(Box::new(Texts::new(catalogue)));
    LOADED.with(|loaded| loaded.borrow_mut()[slot(lang)] = Some(texts));
    Some(texts)
}

fn dutch() -> &'static Texts {
    loaded(Lang::Nl)
        .or_else(|| install(Lang::Nl, SOURCE_CATALOGUE))
        // The build script wrote this catalogue; a test reads it. Never reached in practice.
        .unwrap_or_else(|| {
            let empty: &'static Catalogue = Box::leak(Box::new(Catalogue::empty(Lang::Nl)));
            Box::leak(Box::new(Texts::new(empty)))
        })
}

pub fn texts(lang: Lang) -> &'static Texts {
    if let Some(texts) = loaded(lang) {
        return texts;
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(texts) = embedded(lang) {
        return texts;
    }
    dutch()
}

/// Outside the browser (the tests) every catalogue is in the binary.
#[cfg(not(target_arch = "wasm32"))]
fn embedded(lang: Lang) -> Option<&'static Texts> {
    let (_, json) = super::texts::EMBEDDED_CATALOGUES
        .iter()
        .find(|(code, _)| *code == lang.code())?;
    install(lang, json)
}

pub async fn load(lang: Lang) -> bool {
    if is_loaded(lang) {
        return true;
    }
    #[cfg(not(target_arch = "wasm32"))]
    return embedded(lang).is_some();
    #[cfg(target_arch = "wasm32")]
    {
        let Some((_, file)) = super::texts::CATALOGUE_FILES
            .iter()
            .find(|(code, _)| *code == lang.code())
        else {
            return false;
        };
        let Ok(response) = gloo_net::http::Request::get(&format!("/locales/{file}"))
            .send()
            .await
        else {
            return false;
        };
        if !response.ok() {
            return false;
        }
        match response.text().await {
            Ok(json) => install(lang, &json).is_some(),
            Err(_) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_reads_with_every_message() {
        for lang in Lang::ALL {
            assert!(texts(lang).catalogue().lang() == lang, "{}", lang.code());
        }
        assert!(Catalogue::parse(SOURCE_CATALOGUE, Lang::Nl, MESSAGE_COUNT).is_some());
        assert_eq!(super::super::texts::CATALOGUE_FILES.len(), Lang::ALL.len());
    }
}

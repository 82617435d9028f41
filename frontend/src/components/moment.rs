//! A moment from the API as people in the region read it: Europe/Amsterdam time, in the
//! page's language, inside a `<time>` element.

use leptos::prelude::*;
use web_sys::js_sys::{Date, Object, Reflect};
use web_sys::wasm_bindgen::JsValue;

use crate::i18n::{Lang, use_i18n};

/// The browser's locale for a language; staff pages in Turkish and Arabic are in English.
const fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nl-NL",
        _ => "en-GB",
    }
}

fn date(unix_seconds: i64) -> Date {
    // Seconds since 1970 fit an f64 exactly for any date a procedure has.
    #[allow(clippy::cast_precision_loss)]
    let millis = unix_seconds as f64 * 1000.0;
    Date::new(&JsValue::from_f64(millis))
}

/// "15 april 2026 om 16:00" (or the English form) for `unix_seconds`.
pub fn format_moment(unix_seconds: i64, lang: Lang) -> String {
    let options = Object::new();
    for (key, value) in [
        ("timeZone", "Europe/Amsterdam"),
        ("dateStyle", "long"),
        ("timeStyle", "short"),
    ] {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    }
    date(unix_seconds)
        .to_locale_string(locale(lang), &options)
        .into()
}

/// `unix_seconds` (from `OffsetDateTime::unix_timestamp`) as a `<time>` element.
#[component]
pub fn Moment(unix_seconds: i64) -> impl IntoView {
    let i18n = use_i18n();
    let machine: String = date(unix_seconds).to_iso_string().into();
    view! { <time datetime=machine>{move || format_moment(unix_seconds, i18n.lang())}</time> }
}

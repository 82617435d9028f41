//! The language choice (Nederlands / English), remembered by `I18n`.

use leptos::prelude::*;

use crate::i18n::{Lang, use_i18n, use_texts};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let t = use_texts();
    let name = move |lang: Lang| match lang {
        Lang::Nl => t.get().language_nl,
        Lang::En => t.get().language_en,
    };
    view! {
        <div class="language-switch">
            <label for="language-switch" class="visually-hidden">
                {move || t.get().language_label}
            </label>
            <select
                id="language-switch"
                data-testid="language-switch"
                on:change:target=move |event| {
                    if let Some(lang) = Lang::from_code(&event.target().value()) {
                        i18n.set_lang(lang);
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option
                                value=lang.code()
                                lang=lang.code()
                                selected=move || i18n.lang() == lang
                            >
                                {move || name(lang)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

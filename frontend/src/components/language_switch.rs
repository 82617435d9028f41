//! The language choice, each language in its own name; remembered by `I18n`.

use leptos::prelude::*;

use crate::i18n::{Lang, tx, use_i18n};

/// `on_change` hears of a choice after it took effect (a parent's is also kept by the server).
#[component]
pub fn LanguageSwitch(on_change: Callback<Lang>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="language-switch">
            <label for="language-switch" class="visually-hidden">
                {tx(|t| t.language_label())}
            </label>
            <select
                id="language-switch"
                data-testid="language-switch"
                on:change:target=move |event| {
                    if let Some(lang) = Lang::from_code(&event.target().value()) {
                        i18n.set_lang(lang);
                        on_change.run(lang);
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
                                dir=lang.dir()
                                prop:selected=move || i18n.lang() == lang
                            >
                                {lang.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

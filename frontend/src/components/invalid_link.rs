//! The page for an activation or reset link that no longer works: what to do instead.

use leptos::prelude::*;

use crate::i18n::use_texts;

/// `body` says what to do; `action` is an optional `(href, label)` link, e.g. to ask again.
#[component]
pub fn InvalidLink(
    #[prop(into)] body: Signal<&'static str>,
    #[prop(optional, into)] action: Option<Signal<(&'static str, &'static str)>>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="card narrow" data-testid="invalid-link">
            <h1>{move || t.get().parent.invalid_link_title}</h1>
            <p>{move || body.get()}</p>
            {action
                .map(|action| {
                    view! {
                        <p>
                            <a class="button button-primary" href=move || action.get().0>
                                {move || action.get().1}
                            </a>
                        </p>
                    }
                })}
            <p class="aside">
                <a href="/inloggen/ouder">{move || t.get().parent.back_to_sign_in}</a>
            </p>
        </section>
    }
}

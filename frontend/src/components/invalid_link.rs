//! The page for an activation or reset link that no longer works: what to do instead.

use leptos::prelude::*;

use crate::i18n::tx;

/// `body` says what to do; `action` is an optional `(href, label)` link, e.g. to ask again.
#[component]
pub fn InvalidLink(
    #[prop(into)] body: Signal<&'static str>,
    #[prop(optional, into)] action: Option<Signal<(&'static str, &'static str)>>,
) -> impl IntoView {
    view! {
        <section class="card narrow" data-testid="invalid-link">
            <h1>{tx(|t| t.parent.invalid_link_title())}</h1>
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
                <a href="/inloggen/ouder">{tx(|t| t.parent.back_to_sign_in())}</a>
            </p>
        </section>
    }
}

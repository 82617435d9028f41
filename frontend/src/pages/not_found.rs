//! Any path no route matches.

use leptos::prelude::*;

use super::use_page_title;
use crate::i18n::tx;

#[component]
pub fn NotFound() -> impl IntoView {
    use_page_title(|t| t.not_found_title());
    view! {
        <section class="card narrow">
            <h1>{tx(|t| t.not_found_title())}</h1>
            <p>{tx(|t| t.not_found_body())}</p>
            <p>
                <a href="/">{tx(|t| t.back_to_start())}</a>
            </p>
        </section>
    }
}

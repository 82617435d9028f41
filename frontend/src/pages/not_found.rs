//! Any path no route matches.

use leptos::prelude::*;

use super::use_page_title;
use crate::i18n::use_texts;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.not_found_title);
    view! {
        <section class="card narrow">
            <h1>{move || t.get().not_found_title}</h1>
            <p>{move || t.get().not_found_body}</p>
            <p>
                <a href="/">{move || t.get().back_to_start}</a>
            </p>
        </section>
    }
}

//! The twin button: link this child's list to the twin's, or show that they are linked.

use leptos::prelude::*;
use overstap_api_types::TwinResponse;

use crate::i18n::{tx, use_texts};

#[component]
pub fn TwinLink(
    #[prop(into)] twin: Signal<TwinResponse>,
    #[prop(into)] editable: Signal<bool>,
    on_link: Callback<()>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="card twin" aria-labelledby="twin-heading" data-testid="twin">
            <h2 id="twin-heading">{tx(|t| t.parent.twin_heading())}</h2>
            <p>{tx(|t| t.parent.twin_explained())}</p>
            <Show
                when=move || twin.with(|twin| twin.linked)
                fallback=move || {
                    view! {
                        <p data-testid="twin-status" data-linked="false">
                            {move || twin.with(|twin| t.get().parent.twin_not_linked(&twin.first_name))}
                        </p>
                        <Show when=move || editable.get()>
                            <button
                                type="button"
                                class="button button-secondary"
                                data-testid="twin-link"
                                on:click=move |_| on_link.run(())
                            >
                                {move || twin.with(|twin| t.get().parent.twin_link(&twin.first_name))}
                            </button>
                        </Show>
                    }
                }
            >
                <p data-testid="twin-status" data-linked="true">
                    "✓ " {move || twin.with(|twin| t.get().parent.twin_linked(&twin.first_name))}
                </p>
            </Show>
        </section>
    }
}

//! Every refusal of the list in one announced box next to it, each with its choice number.

use leptos::prelude::*;
use overstap_api_types::FieldError;

use super::list_problems::{Place, place};
use crate::i18n::{tx, use_texts};

#[component]
pub fn ListErrors(
    #[prop(into)] problems: Signal<Vec<FieldError>>,
    #[prop(into)] min_schools: Signal<u32>,
) -> impl IntoView {
    let t = use_texts();
    let messages = move || {
        let texts = t.get();
        problems.with(|all| {
            all.iter()
                .map(|problem| {
                    let message = texts.list_rule(&problem.code, min_schools.get());
                    match place(&problem.field) {
                        Place::Entry(index) => texts.parent.entry_error(index + 1, &message),
                        _ => message,
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || problems.with(|all| !all.is_empty())>
            <div class="alert alert-error" role="alert" data-testid="list-errors">
                <p class="alert-title">{tx(|t| t.parent.errors_heading())}</p>
                <ul>
                    {move || {
                        messages()
                            .into_iter()
                            .map(|message| view! { <li data-testid="list-error">{message}</li> })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

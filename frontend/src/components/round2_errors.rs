//! The server's refusals of a round-2 list (`list_empty`, `duplicate_programme`,
//! `programme_not_offered`), in one announced box next to the list, each with its choice number.

use leptos::prelude::*;
use overstap_api_types::FieldError;

use crate::i18n::{Texts, tx, use_texts};

/// The 0-based list position a refusal names (`programmes[2]`), or `None` for the whole list.
pub fn entry_index(field: &str) -> Option<usize> {
    field
        .strip_prefix("programmes[")?
        .strip_suffix(']')?
        .parse()
        .ok()
}

/// The message for a rule the round-2 list breaks, by the server's code.
pub fn rule_message(t: &Texts, code: &str) -> &'static str {
    let r = &t.round2;
    match code {
        "list_empty" => r.list_empty(),
        "duplicate_programme" => r.duplicate_programme(),
        "programme_not_offered" => r.programme_not_offered(),
        _ => t.field_invalid(),
    }
}

#[component]
pub fn Round2Errors(#[prop(into)] problems: Signal<Vec<FieldError>>) -> impl IntoView {
    let t = use_texts();
    let messages = move || {
        let texts = t.get();
        problems.with(|all| {
            all.iter()
                .map(|problem| {
                    let message = rule_message(texts, &problem.code);
                    match entry_index(&problem.field) {
                        Some(index) => texts.parent.entry_error(index + 1, message),
                        None => message.to_owned(),
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || problems.with(|all| !all.is_empty())>
            <div class="alert alert-error" role="alert" data-testid="round2-errors">
                <p class="alert-title">{tx(|t| t.parent.errors_heading())}</p>
                <ul>
                    {move || {
                        messages()
                            .into_iter()
                            .map(|message| view! { <li data-testid="round2-error">{message}</li> })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::{entry_index, rule_message};
    use crate::i18n::Lang;

    #[test]
    fn a_refusal_names_its_position_or_the_whole_list() {
        assert_eq!(entry_index("programmes[0]"), Some(0));
        assert_eq!(entry_index("programmes[12]"), Some(12));
        assert_eq!(entry_index("programmes"), None);
        assert_eq!(entry_index("programmes[x]"), None);
    }

    #[test]
    fn every_round2_rule_has_its_own_message_in_every_language() {
        for lang in Lang::ALL {
            let t = lang.texts();
            let codes = ["list_empty", "duplicate_programme", "programme_not_offered"];
            for code in codes {
                assert_ne!(
                    rule_message(t, code),
                    t.field_invalid(),
                    "{}: {code}",
                    lang.code()
                );
            }
            assert_eq!(rule_message(t, "something_new"), t.field_invalid());
        }
    }
}

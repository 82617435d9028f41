//! The page for an activation, invitation or reset link that no longer works: what to do instead.

use leptos::prelude::*;

use crate::i18n::use_texts;

/// `body` says what to do; `action` is an optional `(href, label)` link, e.g. to ask again.
#[component]
pub fn InvalidLink(
    #[prop(into)] body: Signal<&'static str>,
    #[prop(optional, into)] action: Option<Signal<(&'static str, &'static str)>>,
    /// A staff member's link: staff texts, and the way back leads to the school sign-in.
    #[prop(optional)]
    staff: bool,
    /// Why the link does not work (the server's error code), as `data-reason`.
    #[prop(optional)]
    reason: &'static str,
) -> impl IntoView {
    let t = use_texts();
    let back = if staff {
        "/inloggen/school"
    } else {
        "/inloggen/ouder"
    };
    let title = move || {
        if staff {
            t.get().staff.invalid_link_title()
        } else {
            t.get().parent.invalid_link_title()
        }
    };
    let back_text = move || {
        if staff {
            t.get().staff.back_to_sign_in()
        } else {
            t.get().parent.back_to_sign_in()
        }
    };
    // An action that already leads to the sign-in page makes the way back redundant.
    let show_back = move || action.is_none_or(|action| action.get().0 != back);
    view! {
        <section class="card narrow" data-testid="invalid-link"
            data-reason=(!reason.is_empty()).then_some(reason)
        >
            <h1>{title}</h1>
            <p data-testid="invalid-link-body">{move || body.get()}</p>
            {action
                .map(|action| {
                    view! {
                        <p>
                            <a
                                class="button button-primary"
                                href=move || action.get().0
                                data-testid="invalid-link-action"
                            >
                                {move || action.get().1}
                            </a>
                        </p>
                    }
                })}
            <Show when=show_back>
                <p class="aside">
                    <a href=back>{back_text}</a>
                </p>
            </Show>
        </section>
    }
}

//! Messages to the person: errors (announced at once), notices, and the loading line.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::{tx, use_texts};

/// An error message in a `role="alert"` box; renders nothing while `message` is `None`.
#[component]
pub fn ErrorAlert(
    #[prop(into)] message: Signal<Option<String>>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    move || {
        message.get().map(|text| {
            view! {
                <div class="alert alert-error" role="alert" data-testid=testid>
                    {text}
                </div>
            }
        })
    }
}

/// A polite status line, e.g. "you have signed out".
#[component]
pub fn Notice(
    #[prop(into)] message: Signal<Option<&'static str>>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    move || {
        message.get().map(|text| {
            view! {
                <div class="alert alert-info" role="status" data-testid=testid>
                    {text}
                </div>
            }
        })
    }
}

/// The failure of a page's data load, in the current language.
#[component]
pub fn LoadFailed(error: ApiError) -> impl IntoView {
    let t = use_texts();
    view! {
        <div class="alert alert-error" role="alert" data-testid="load-error">
            {move || t.get().api_error(&error)}
        </div>
    }
}

#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <p class="loading" role="status">
            {tx(|t| t.loading())}
        </p>
    }
}

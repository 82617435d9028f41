//! The page header: app name, language switch, and who is signed in with a sign-out button
//! (staff also a link to their two-step sign-in, and the school switch when they have one).

use leptos::prelude::*;

use super::language_switch::LanguageSwitch;
use crate::i18n::{Lang, tx};

#[component]
pub fn SiteHeader(
    /// Where the app name links to: the person's home, or the landing page.
    #[prop(into)]
    home: Signal<&'static str>,
    /// The signed-in person's name, once `/me` has answered.
    #[prop(into)]
    display_name: Signal<Option<String>>,
    #[prop(into)] signed_in: Signal<bool>,
    /// Staff get a link to their two-step sign-in settings.
    #[prop(into)]
    staff: Signal<bool>,
    on_sign_out: Callback<()>,
    on_language: Callback<Lang>,
    /// Tools of the signed-in person shown first (the school switch, which shows itself only
    /// to staff at several schools).
    children: Children,
) -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href=move || home.get()>
                    <span class="brand-name">{tx(|t| t.app_name())}</span>
                    <span class="brand-tagline">{tx(|t| t.app_tagline())}</span>
                </a>
                <div class="site-header-tools">
                    {children()}
                    <LanguageSwitch on_change=on_language />
                    <Show when=move || staff.get()>
                        <a href="/inloggen/school/tweestaps" data-testid="two-step-link">
                            {tx(|t| t.two_step.link())}
                        </a>
                    </Show>
                    <Show when=move || signed_in.get()>
                        <span class="who" data-testid="signed-in-name">
                            <span class="visually-hidden">{tx(|t| t.signed_in_as())} " "</span>
                            {move || display_name.get()}
                        </span>
                        <button
                            type="button"
                            class="button button-quiet"
                            data-testid="sign-out"
                            on:click=move |_| on_sign_out.run(())
                        >
                            {tx(|t| t.sign_out())}
                        </button>
                    </Show>
                </div>
            </div>
        </header>
    }
}

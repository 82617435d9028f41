//! `/`: the first choice, parent or school staff, each leading to its own sign-in.

use leptos::prelude::*;

use super::use_page_title;
use crate::components::alert::Notice;
use crate::i18n::{tx, use_texts};
use crate::session::{GuestOnly, SessionEnd, use_session};

#[component]
pub fn Landing() -> impl IntoView {
    view! {
        <GuestOnly>
            <Choice />
        </GuestOnly>
    }
}

#[component]
fn Choice() -> impl IntoView {
    let t = use_texts();
    let session = use_session();
    use_page_title(|t| t.landing_title());
    let signed_out = move || {
        (session.ended() == Some(SessionEnd::SignedOut)).then(|| t.get().signed_out_notice())
    };
    view! {
        <section class="landing">
            <Notice message=signed_out testid="signed-out-notice" />
            <h1>{tx(|t| t.landing_title())}</h1>
            <p class="lead">{tx(|t| t.landing_intro())}</p>
            <ul class="choices">
                <li>
                    <a class="choice" href="/inloggen/ouder" data-testid="landing-parent">
                        <span class="choice-title">{tx(|t| t.landing_parent())}</span>
                        <span class="choice-hint">{tx(|t| t.landing_parent_hint())}</span>
                    </a>
                </li>
                <li>
                    <a class="choice" href="/inloggen/school" data-testid="landing-staff">
                        <span class="choice-title">{tx(|t| t.landing_staff())}</span>
                        <span class="choice-hint">{tx(|t| t.landing_staff_hint())}</span>
                    </a>
                </li>
            </ul>
        </section>
    }
}

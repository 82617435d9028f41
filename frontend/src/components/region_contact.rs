//! "Questions about the procedure itself?", with the region's contact details: only the ones
//! the region set, and nothing at all when it set none.

use leptos::prelude::*;
use overstap_api_types::RegionContact;

use crate::i18n::{tx, use_texts};

#[component]
pub fn RegionContactCard(region: RegionContact) -> impl IntoView {
    let t = use_texts();
    let RegionContact {
        name,
        email,
        phone,
        website,
    } = region;
    if email.is_none() && phone.is_none() && website.is_none() {
        return None;
    }
    let email = email.map(|email| {
        let mailto = format!("mailto:{email}");
        view! {
            <div>
                <dt>{tx(|t| t.parent.contact_email())}</dt>
                <dd class="break">
                    <a href=mailto data-testid="region-contact-email">{email}</a>
                </dd>
            </div>
        }
    });
    let phone = phone.map(|phone| {
        let tel = format!("tel:{}", phone.replace(' ', ""));
        view! {
            <div>
                <dt>{tx(|t| t.parent.contact_phone())}</dt>
                <dd>
                    <a href=tel dir="ltr" data-testid="region-contact-phone">{phone}</a>
                </dd>
            </div>
        }
    });
    let website = website.map(|website| {
        view! {
            <div>
                <dt>{tx(|t| t.parent.contact_website())}</dt>
                <dd class="break">
                    <a href=website.clone() rel="noopener" data-testid="region-contact-website">
                        {website.clone()}
                    </a>
                </dd>
            </div>
        }
    });
    Some(view! {
        <section class="card" aria-labelledby="region-contact-heading" data-testid="region-contact">
            <h2 id="region-contact-heading">{tx(|t| t.parent.region_contact_title())}</h2>
            <p>{move || t.get().parent.region_contact_body(&name)}</p>
            <dl class="facts">{email}{phone}{website}</dl>
        </section>
    })
}

//! "Something wrong? Contact your primary school", with the school's contact details.

use leptos::prelude::*;
use overstap_api_types::SchoolContact;

use crate::i18n::tx;

#[component]
pub fn SchoolContactCard(school: SchoolContact) -> impl IntoView {
    let mailto = format!("mailto:{}", school.email);
    let tel = format!("tel:{}", school.phone.replace(' ', ""));
    view! {
        <section class="card" aria-labelledby="contact-heading" data-testid="school-contact">
            <h2 id="contact-heading">{tx(|t| t.parent.data_wrong_title())}</h2>
            <p>{tx(|t| t.parent.data_wrong_body())}</p>
            <p class="contact-name">
                <strong>{school.name}</strong>
                ", "
                {school.town}
            </p>
            <dl class="facts">
                <div>
                    <dt>{tx(|t| t.parent.contact_email())}</dt>
                    <dd class="break">
                        <a href=mailto data-testid="contact-email">{school.email}</a>
                    </dd>
                </div>
                <div>
                    <dt>{tx(|t| t.parent.contact_phone())}</dt>
                    <dd>
                        <a href=tel dir="ltr" data-testid="contact-phone">{school.phone}</a>
                    </dd>
                </div>
                {school
                    .website
                    .map(|website| {
                        view! {
                            <div>
                                <dt>{tx(|t| t.parent.contact_website())}</dt>
                                <dd class="break">
                                    <a href=website.clone() rel="noopener">{website.clone()}</a>
                                </dd>
                            </div>
                        }
                    })}
            </dl>
        </section>
    }
}

//! The region's name and the contact details parents see, and its time zone (read only).

use leptos::prelude::*;

use super::field::TextField;
use super::region_settings_form::{RegionSettingsState, field_problem};
use crate::api::ApiError;
use crate::i18n::{tx, use_texts};

#[component]
pub fn RegionContactFields(
    state: RegionSettingsState,
    #[prop(into)] time_zone: Signal<String>,
    #[prop(into)] error: Signal<Option<ApiError>>,
) -> impl IntoView {
    let t = use_texts();
    let field_error = move |field: &'static str| {
        Signal::derive(move || {
            error.with(|error| {
                error
                    .as_ref()?
                    .field_error(field)
                    .map(|problem| field_problem(t.get(), problem))
            })
        })
    };
    view! {
        <section class="section" aria-labelledby="region-contact-title">
            <h2 id="region-contact-title">{tx(|t| t.region_settings.contact_title())}</h2>
            <div class="form">
                <p>{tx(|t| t.region_settings.contact_intro())}</p>
                <div class="form-grid">
                    <TextField
                        id="region-name"
                        label=tx(|t| t.region_settings.name_label())
                        value=state.name
                        error=field_error("name")
                        autocomplete="off"
                        testid="region-name"
                    />
                    <TextField
                        id="region-email"
                        label=tx(|t| t.region_settings.email_label())
                        value=state.email
                        error=field_error("contact_email")
                        input_type="email"
                        autocomplete="off"
                        testid="region-email"
                        optional=true
                    />
                    <TextField
                        id="region-phone"
                        label=tx(|t| t.region_settings.phone_label())
                        value=state.phone
                        error=field_error("contact_phone")
                        input_type="tel"
                        autocomplete="off"
                        testid="region-phone"
                        optional=true
                    />
                    <TextField
                        id="region-website"
                        label=tx(|t| t.region_settings.website_label())
                        value=state.website
                        error=field_error("website")
                        input_type="url"
                        autocomplete="off"
                        testid="region-website"
                        hint=tx(|t| t.region_settings.website_hint())
                        optional=true
                    />
                    <TextField
                        id="region-mail-sender"
                        label=tx(|t| t.region_settings.mail_sender_label())
                        value=state.sender
                        error=field_error("mail_sender_name")
                        autocomplete="off"
                        testid="region-mail-sender"
                        hint=tx(|t| t.region_settings.mail_sender_hint())
                        optional=true
                    />
                </div>
                <dl class="facts">
                    <div>
                        <dt>{tx(|t| t.region_settings.time_zone_label())}</dt>
                        <dd data-testid="region-time-zone">{move || time_zone.get()}</dd>
                    </div>
                </dl>
                <p class="field-hint">{tx(|t| t.region_settings.time_zone_hint())}</p>
            </div>
        </section>
    }
}

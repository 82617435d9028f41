//! The privacy statement at /privacy, linked from every page's footer.

use leptos::prelude::*;

use overstap_api_types::Role;

use crate::api::{self, ApiError};
use crate::download;
use crate::i18n::use_i18n;
use crate::session::use_session;

#[component]
pub fn Privacy() -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move || {
        document().set_title(&format!(
            "{} · Overstap",
            i18n.lang().texts().privacy.title()
        ));
    });
    move || {
        let t = i18n.lang().texts().privacy;
        let sections = [
            (t.section_1_heading(), t.section_1_body()),
            (t.section_2_heading(), t.section_2_body()),
            (t.section_3_heading(), t.section_3_body()),
            (t.section_4_heading(), t.section_4_body()),
            (t.section_5_heading(), t.section_5_body()),
            (t.section_6_heading(), t.section_6_body()),
        ];
        view! {
            <section class="card narrow" data-testid="privacy-statement">
                <h1>{t.title()}</h1>
                {sections
                    .into_iter()
                    .map(|(heading, body)| {
                        view! {
                            <h2>{heading}</h2>
                            <p>{body}</p>
                        }
                    })
                    .collect_view()}
                <DataExport />
            </section>
        }
    }
}

/// A signed-in parent downloads everything held about their child.
#[component]
fn DataExport() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let export = Action::new_local(|_: &()| async {
        let bytes = api::export_my_data().await?;
        Ok::<bool, ApiError>(download::save(
            &bytes,
            "overstap-gegevens.json",
            "application/json",
        ))
    });
    let failed = move || {
        matches!(export.value().get(), Some(Err(_) | Ok(false)))
            .then(|| i18n.lang().texts().privacy.export_failed())
    };
    move || {
        (session.role() == Some(Role::Parent)).then(|| {
            view! {
                <p>
                    <button
                        type="button"
                        class="button"
                        data-testid="data-export"
                        on:click=move |_| {
                            export.dispatch(());
                        }
                    >
                        {move || i18n.lang().texts().privacy.export_button()}
                    </button>
                </p>
                <p role="alert" data-testid="data-export-error">{failed}</p>
            }
        })
    }
}

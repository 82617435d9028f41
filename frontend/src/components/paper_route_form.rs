//! The paper route section of a pupil's page: the reason, the link to the printable form and,
//! once a route is chosen, when and where the form was handed in; each field with its error.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use overstap_api_types::{PaperReason, PaperRouteRequest};

use super::alert::ErrorAlert;
use super::field::{SelectField, TextField};
use super::paper_route::reason_label;
use super::paper_route_fields::{
    DATE_FIELD, PaperRouteFields, PaperRouteInputError, REASON_FIELD, SCHOOL_FIELD,
    paper_route_error, paper_route_field_error,
};
use crate::api::ApiError;
use crate::i18n::{tx, use_texts};

#[component]
pub fn PaperRouteForm(
    fields: PaperRouteFields,
    /// The printable paper form of this pupil.
    print_href: String,
    #[prop(into)] error: Signal<Option<ApiError>>,
    #[prop(into)] pending: Signal<bool>,
    /// What the last save did, in words.
    #[prop(into)]
    saved: Signal<Option<&'static str>>,
    on_save: Callback<PaperRouteRequest>,
) -> impl IntoView {
    let t = use_texts();
    let problem = RwSignal::new(None::<PaperRouteInputError>);
    let server_error = move |field: &'static str| {
        Signal::derive(move || {
            error.with(|error| {
                let problem = error.as_ref()?.field_error(field)?;
                Some(paper_route_field_error(t.get(), problem))
            })
        })
    };
    let reason_error = {
        let server = server_error(REASON_FIELD);
        Signal::derive(move || match problem.get() {
            Some(PaperRouteInputError::Reason) => Some(t.get().field_invalid()),
            _ => server.get(),
        })
    };
    let date_error = {
        let server = server_error(DATE_FIELD);
        Signal::derive(move || match problem.get() {
            Some(PaperRouteInputError::Date) => Some(t.get().paper_route.field_date()),
            _ => server.get(),
        })
    };
    let general_error = Signal::derive(move || {
        if problem.get().is_some() {
            return Some(t.get().error_invalid_input().to_owned());
        }
        error.with(|error| error.as_ref().map(|e| paper_route_error(t.get(), e)))
    });
    let reason_options = Signal::derive(move || {
        let t = t.get();
        let mut options = vec![(String::new(), t.paper_route.reason_none().to_owned())];
        options.extend(PaperReason::ALL.iter().map(|&reason| {
            (
                reason.as_str().to_owned(),
                reason_label(t, reason).to_owned(),
            )
        }));
        options
    });
    let has_route = move || !fields.reason.with(String::is_empty);
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        match fields.to_request() {
            Ok(request) => {
                problem.set(None);
                on_save.run(request);
            }
            Err(input) => problem.set(Some(input)),
        }
    };

    view! {
        <section
            class="paper-route card"
            data-testid="paper-route-section"
            aria-labelledby="paper-route-title"
        >
            <h2 id="paper-route-title">{tx(|t| t.paper_route.title())}</h2>
            <p>{tx(|t| t.paper_route.intro())}</p>
            <form class="form" on:submit=on_submit novalidate>
                <ErrorAlert message=general_error testid="paper-route-error" />
                <SelectField
                    id="paper-route-reason"
                    label=tx(|t| t.paper_route.reason_label())
                    value=fields.reason
                    options=reason_options
                    error=reason_error
                    testid="paper-route-reason"
                />
                <p class="no-print">
                    <a href=print_href data-testid="paper-route-print">
                        {tx(|t| t.paper_route.print_form())}
                    </a>
                </p>
                <Show when=has_route>
                    <fieldset class="paper-handed-in">
                        <legend>{tx(|t| t.paper_route.handed_in_legend())}</legend>
                        <p class="field-hint">{tx(|t| t.paper_route.handed_in_hint())}</p>
                        <div class="form-grid">
                            <TextField
                                id="paper-handed-in-on"
                                label=tx(|t| t.paper_route.handed_in_on())
                                value=fields.handed_in_on
                                error=date_error
                                input_type="date"
                                autocomplete="off"
                                optional=true
                                testid="paper-handed-in-on"
                            />
                            <TextField
                                id="paper-handed-in-to"
                                label=tx(|t| t.paper_route.handed_in_to())
                                value=fields.handed_in_to
                                error=server_error(SCHOOL_FIELD)
                                autocomplete="off"
                                optional=true
                                testid="paper-handed-in-to"
                            />
                        </div>
                    </fieldset>
                </Show>
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="save-paper-route"
                    disabled=move || pending.get()
                >
                    {move || {
                        if pending.get() { t.get().po.saving() } else { t.get().paper_route.save() }
                    }}
                </button>
            </form>
            <p class="result" role="status" data-testid="paper-route-saved">
                {move || saved.get()}
            </p>
        </section>
    }
}

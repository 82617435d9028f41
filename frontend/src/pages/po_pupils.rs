//! `/po`: a primary school's pupils, filtered through the URL, with the parent-login actions.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use overstap_api_types::{
    BulkResponse, BulkSendLoginRequest, PupilListQuery, PupilResponse, Role, SendLoginRequest,
};
use uuid::Uuid;
use web_sys::HtmlElement;
use web_sys::wasm_bindgen::JsCast;

use super::{loaded, use_page_title, use_procedure_years};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::paper_route::bulk_send_text;
use crate::components::po_nav::PoNav;
use crate::components::procedure_year_select::ProcedureYearSelect;
use crate::components::pupil_filters::{PupilFilter, PupilFilters};
use crate::components::pupil_table::PupilTable;
use crate::components::send_login_dialog::SendLoginDialog;
use crate::components::status::StatusLegend;
use crate::download;
use crate::i18n::{tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn PoPupils() -> impl IntoView {
    view! {
        <RequireRole role=Role::PoStaff>
            <Pupils />
        </RequireRole>
    }
}

/// The sorted class names among `pupils`.
fn class_names(pupils: &[PupilResponse]) -> Vec<String> {
    let mut classes: Vec<String> = pupils.iter().map(|p| p.class_name.clone()).collect();
    classes.sort();
    classes.dedup();
    classes
}

fn focus_element(id: &str) {
    if let Some(element) = document().get_element_by_id(id)
        && let Ok(element) = element.dyn_into::<HtmlElement>()
    {
        let _ = element.focus();
    }
}

#[component]
fn Pupils() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.po.pupils_title());
    let navigate = use_navigate();
    let query = use_query_map();
    let filter = Memo::new(move |_| PupilFilter::from_query(&query.get()));
    let years = use_procedure_years();
    let earlier = years.earlier;
    let pupils = LocalResource::new(move || {
        let query = filter.get().to_api();
        async move { api::school_pupils(&query).await }
    });
    let classes = LocalResource::new(move || {
        let query = PupilListQuery {
            procedure_id: years.chosen.get(),
            ..PupilListQuery::default()
        };
        async move {
            api::school_pupils(&query)
                .await
                .map(|list| class_names(&list.pupils))
                .unwrap_or_default()
        }
    });
    let classes = Signal::derive(move || classes.get().unwrap_or_default());
    let on_filter = Callback::new(move |next: PupilFilter| {
        let options = NavigateOptions {
            scroll: false,
            ..NavigateOptions::default()
        };
        navigate(&format!("/po{}", next.to_query_string()), options);
    });
    // Another year shows other pupils and classes: the filters stay.
    let on_year = Callback::new(move |year: Option<Uuid>| {
        on_filter.run(PupilFilter {
            year,
            ..filter.get_untracked()
        });
    });

    let selected = RwSignal::new(HashSet::<Uuid>::new());
    let updated = RwSignal::new(HashMap::<Uuid, PupilResponse>::new());
    // A new filter shows other pupils: start again with nothing selected.
    Effect::new(move || {
        filter.track();
        selected.set(HashSet::new());
    });

    // One pupil: the dialog, then the updated row.
    let dialog_pupil = RwSignal::new(None::<PupilResponse>);
    let last_menu = RwSignal::new(None::<Uuid>);
    let send_login = Action::new_local(|(id, request): &(Uuid, SendLoginRequest)| {
        let (id, request) = (*id, request.clone());
        async move { api::send_login(id, &request).await }
    });
    let sent_to = RwSignal::new(None::<(String, String)>);
    Effect::new(move || {
        if let Some(Ok(pupil)) = send_login.value().get() {
            let name = format!("{} {}", pupil.first_name, pupil.last_name);
            sent_to.set(Some((name, pupil.parent_email.clone())));
            updated.update(|rows| {
                rows.insert(pupil.id, pupil);
            });
            dialog_pupil.set(None);
        }
    });
    let open_dialog = Callback::new(move |pupil: PupilResponse| {
        send_login.value().set(None);
        last_menu.set(Some(pupil.id));
        dialog_pupil.set(Some(pupil));
    });
    let confirm = Callback::new(move |email: String| {
        let Some(pupil) = dialog_pupil.get_untracked() else {
            return;
        };
        let parent_email = (email != pupil.parent_email).then_some(email);
        send_login.dispatch_local((pupil.id, SendLoginRequest { parent_email }));
    });
    let on_closed = Callback::new(move |()| {
        dialog_pupil.set(None);
        if let Some(id) = last_menu.get_untracked() {
            focus_element(&format!("row-menu-{id}"));
        }
    });
    let send_error = Signal::derive(move || send_login.value().get().and_then(Result::err));

    // Many pupils at once.
    let bulk = Action::new_local(|request: &BulkSendLoginRequest| {
        let request = request.clone();
        async move { api::send_logins(&request).await }
    });
    Effect::new(move || {
        if let Some(Ok(_)) = bulk.value().get() {
            selected.set(HashSet::new());
            updated.set(HashMap::new());
            pupils.refetch();
        }
    });
    let send_selection = move |_| {
        let pupil_ids: Vec<Uuid> = selected.get_untracked().into_iter().collect();
        bulk.dispatch_local(BulkSendLoginRequest {
            pupil_ids,
            all_not_sent: false,
        });
    };
    let send_all_wit = move |_| {
        // Hundreds of e-mails at one click: ask first.
        let sure = window()
            .confirm_with_message(t.get_untracked().po.bulk_send_all_wit_confirm())
            .unwrap_or(false);
        if !sure {
            return;
        }
        bulk.dispatch_local(BulkSendLoginRequest {
            pupil_ids: Vec::new(),
            all_not_sent: true,
        });
    };
    let bulk_outcome = move || -> Option<BulkResponse> { bulk.value().get().and_then(Result::ok) };
    let bulk_error = move || {
        bulk.value()
            .get()
            .and_then(Result::err)
            .map(|error| t.get().api_error(&error))
    };

    // The CSV export, saved by the browser.
    let export = Action::new_local(|_: &()| async {
        let bytes = api::export_pupils().await?;
        Ok::<bool, ApiError>(download::save(&bytes, "leerlingen.csv", "text/csv"))
    });
    let export_error = move || match export.value().get() {
        Some(Err(error)) => Some(t.get().api_error(&error)),
        Some(Ok(false)) => Some(t.get().po.export_failed().to_owned()),
        _ => None,
    };

    view! {
        <h1 data-testid="home-title">{tx(|t| t.po.pupils_title())}</h1>
        <PoNav read_only=earlier />
        <p class="lead">{tx(|t| t.po.pupils_intro())}</p>
        <ProcedureYearSelect
            years=years.years
            chosen=years.chosen
            earlier=earlier
            on_change=on_year
        />
        // The export and the logins are the current year's.
        <Show when=move || !earlier.get()>
            <div class="toolbar no-print">
                <button
                    type="button"
                    class="button button-quiet"
                    data-testid="export-pupils"
                    disabled=move || export.pending().get()
                    on:click=move |_| {
                        export.dispatch_local(());
                    }
                >
                    {tx(|t| t.po.export())}
                </button>
            </div>
        </Show>
        <ErrorAlert message=Signal::derive(export_error) testid="export-error" />
        <PupilFilters filter=filter classes=classes on_change=on_filter />
        <Show when=move || !earlier.get()>
            <section class="bulk no-print" aria-labelledby="bulk-title">
                <h2 id="bulk-title" class="visually-hidden">{tx(|t| t.po.bulk_title())}</h2>
                <div class="toolbar">
                    <button
                        type="button"
                        class="button button-primary"
                        data-testid="bulk-send-login"
                        disabled=move || selected.with(HashSet::is_empty) || bulk.pending().get()
                        on:click=send_selection
                    >
                        {move || t.get().po.bulk_send_selection(selected.with(HashSet::len))}
                    </button>
                    <button
                        type="button"
                        class="button button-quiet"
                        data-testid="bulk-send-login-all"
                        disabled=move || bulk.pending().get()
                        on:click=send_all_wit
                    >
                        {tx(|t| t.po.bulk_send_all_wit())}
                    </button>
                </div>
                <ErrorAlert message=Signal::derive(bulk_error) testid="bulk-error" />
                <p class="result" role="status" data-testid="bulk-result">
                    {move || bulk_outcome().map(|outcome| bulk_send_text(t.get(), &outcome))}
                </p>
            </section>
        </Show>
        <p class="result" role="status" data-testid="send-login-result">
            {move || sent_to.get().map(|(name, email)| t.get().po.login_sent(&name, &email))}
        </p>
        {loaded(
            pupils,
            move |list| {
                let total = list.total;
                view! {
                    <p class="count" data-testid="pupil-count">
                        {move || t.get().staff.pupil_count(total)}
                    </p>
                    {move || {
                        view! {
                            <PupilTable
                                pupils=list.pupils.clone()
                                updated=updated
                                selected=selected
                                on_send_login=open_dialog
                                read_only=earlier.get()
                            />
                        }
                    }}
                }
            },
        )}
        <StatusLegend />
        <SendLoginDialog
            pupil=dialog_pupil
            pending=send_login.pending()
            error=send_error
            on_confirm=confirm
            on_closed=on_closed
        />
    }
}

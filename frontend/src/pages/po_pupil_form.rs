//! `/po/leerling/nieuw` and `/po/leerling/:id`: add a pupil, or correct one's data (which makes
//! a new version of the registration form) and record the pupil's paper route.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use overstap_api_types::{
    PaperRouteRequest, PupilDataRequest, PupilListQuery, PupilResponse, Role,
};
use uuid::Uuid;

use super::not_found::NotFound;
use super::{loaded, use_page_title};
use crate::api;
use crate::components::alert::Notice;
use crate::components::paper_route_fields::PaperRouteFields;
use crate::components::paper_route_form::PaperRouteForm;
use crate::components::po_nav::PoNav;
use crate::components::pupil_form::{PupilFields, PupilForm};
use crate::components::status::StatusDot;
use crate::i18n::{Texts, tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn PoPupilNew() -> impl IntoView {
    view! {
        <RequireRole role=Role::PoStaff>
            <Editor id=None />
        </RequireRole>
    }
}

#[component]
pub fn PoPupilEdit() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .get()
            .get_str("id")
            .and_then(|id| Uuid::parse_str(id).ok())
    };
    view! {
        <RequireRole role=Role::PoStaff>
            {move || match id() {
                Some(id) => view! { <Editor id=Some(id) /> }.into_any(),
                None => view! { <NotFound /> }.into_any(),
            }}
        </RequireRole>
    }
}

/// What the last save did to the registration form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Saved {
    NewVersion(u32),
    Unchanged,
}

#[component]
fn Editor(id: Option<Uuid>) -> impl IntoView {
    let t = use_texts();
    let title: fn(&Texts) -> &'static str = if id.is_some() {
        |t| t.po.edit_title()
    } else {
        |t| t.po.new_title()
    };
    use_page_title(title);
    let navigate = use_navigate();
    let query = use_query_map();
    let just_created =
        move || (query.get().get_str("nieuw") == Some("1")).then(|| t.get().po.pupil_created());

    let fields = PupilFields::empty();
    let existing = LocalResource::new(move || async move {
        match id {
            Some(id) => api::school_pupil(id).await.map(Some),
            None => Ok(None),
        }
    });
    let version = RwSignal::new(None::<u32>);
    Effect::new(move || {
        if let Some(Ok(Some(pupil))) = existing.get() {
            fields.fill(&pupil);
            version.set(Some(pupil.form_version));
        }
    });
    let others =
        LocalResource::new(|| async { api::school_pupils(&PupilListQuery::default()).await });
    let twins = Signal::derive(move || {
        let Some(Ok(list)) = others.get() else {
            return Vec::new();
        };
        let mut pupils: Vec<PupilResponse> = list
            .pupils
            .into_iter()
            .filter(|p| Some(p.id) != id)
            .collect();
        pupils.sort_by(|a, b| {
            (&a.class_name, &a.last_name, &a.first_name).cmp(&(
                &b.class_name,
                &b.last_name,
                &b.first_name,
            ))
        });
        pupils
            .into_iter()
            .map(|p| {
                let label = format!("{} {} ({})", p.first_name, p.last_name, p.class_name);
                (p.id.to_string(), label)
            })
            .collect()
    });

    let save = Action::new_local(move |request: &PupilDataRequest| {
        let request = request.clone();
        async move {
            match id {
                Some(id) => api::correct_pupil(id, &request).await,
                None => api::create_pupil(&request).await,
            }
        }
    });
    let saved = RwSignal::new(None::<Saved>);
    Effect::new(move || {
        let Some(Ok(pupil)) = save.value().get() else {
            return;
        };
        if id.is_none() {
            let options = NavigateOptions {
                replace: true,
                ..NavigateOptions::default()
            };
            navigate(&format!("/po/leerling/{}?nieuw=1", pupil.id), options);
            return;
        }
        let before = version.get_untracked();
        saved.set(Some(if before.is_some_and(|v| pupil.form_version > v) {
            Saved::NewVersion(pupil.form_version)
        } else {
            Saved::Unchanged
        }));
        version.set(Some(pupil.form_version));
        fields.fill(&pupil);
    });
    let on_save = Callback::new(move |request: PupilDataRequest| {
        saved.set(None);
        save.dispatch_local(request);
    });
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved_text = move || {
        saved.get().map(|saved| match saved {
            Saved::NewVersion(n) => t.get().po.new_form_version(n),
            Saved::Unchanged => t.get().po.saved_unchanged().to_owned(),
        })
    };

    view! {
        <h1 data-testid="home-title">{move || title(t.get())}</h1>
        <PoNav />
        <Notice message=Signal::derive(just_created) />
        {loaded(
            existing,
            move |pupil: Option<PupilResponse>| {
                let paper = pupil.clone().map(|pupil| view! { <PaperRoute pupil /> });
                view! {
                    {pupil.map(|pupil| view! { <PupilSummary pupil version /> })}
                    <PupilForm
                        fields
                        twins
                        error
                        pending=save.pending()
                        on_save
                    />
                    <p class="result" role="status" data-testid="pupil-form-result">
                        {saved_text}
                    </p>
                    {paper}
                }
            },
        )}
    }
}

/// The pupil's paper route, saved on its own (it makes no new version of the form).
#[component]
fn PaperRoute(pupil: PupilResponse) -> impl IntoView {
    let t = use_texts();
    let id = pupil.id;
    let fields = PaperRouteFields::new(pupil.paper_route.as_ref());
    let save = Action::new_local(move |request: &PaperRouteRequest| {
        let request = request.clone();
        async move { api::set_paper_route(id, &request).await }
    });
    Effect::new(move || {
        if let Some(Ok(pupil)) = save.value().get() {
            fields.fill(pupil.paper_route.as_ref());
        }
    });
    let saved = Signal::derive(move || match save.value().get() {
        Some(Ok(pupil)) if pupil.paper_route.is_some() => Some(t.get().paper_route.saved()),
        Some(Ok(_)) => Some(t.get().paper_route.saved_none()),
        _ => None,
    });
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let on_save = Callback::new(move |request: PaperRouteRequest| {
        save.value().set(None);
        save.dispatch_local(request);
    });
    view! {
        <PaperRouteForm
            fields
            print_href=format!("/po/leerling/{id}/formulier")
            error
            pending=save.pending()
            saved
            on_save
        />
    }
}

/// What the school cannot change here: the ELK-nummer, the status, the form version.
#[component]
fn PupilSummary(pupil: PupilResponse, version: RwSignal<Option<u32>>) -> impl IntoView {
    let id = pupil.id;
    view! {
        <dl class="facts card">
            <div>
                <dt>{tx(|t| t.elk_number_label())}</dt>
                <dd data-testid="pupil-elk-number">{pupil.elk_number}</dd>
            </div>
            <div>
                <dt>{tx(|t| t.staff.col_status())}</dt>
                <dd>
                    <StatusDot status=pupil.status />
                </dd>
            </div>
            <div>
                <dt>{tx(|t| t.po.form_version_label())}</dt>
                <dd data-testid="pupil-form-version">{move || version.get()}</dd>
            </div>
        </dl>
        <p class="toolbar no-print">
            <a href=format!("/po/leerling/{id}/formulier") data-testid="paper-form-link">
                {tx(|t| t.po.action_paper_form())}
            </a>
            <a href="/po">{tx(|t| t.po.back_to_pupils())}</a>
        </p>
    }
}

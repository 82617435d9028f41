//! `/coordinator`: the region coordinator's home, the procedure calendar and the region's schools.

use leptos::prelude::*;
use overstap_api_types::{ErrorCode, Role};
use uuid::Uuid;

use super::{loaded, use_page_title};
use crate::api;
use crate::components::coordinator_nav::CoordinatorNav;
use crate::components::phase_table::PhaseTable;
use crate::components::school_table::SchoolTable;
use crate::i18n::{tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn CoordinatorHome() -> impl IntoView {
    view! {
        <RequireRole role=Role::Coordinator>
            <Region />
        </RequireRole>
    }
}

#[component]
fn Region() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.staff.coordinator_home_title());
    // A new region has no procedure yet (`GET /procedure` would be 404): say so, and where to
    // make one, instead of asking for it.
    let procedure = LocalResource::new(|| async {
        if api::procedures().await?.procedures.is_empty() {
            Ok(None)
        } else {
            api::procedure().await.map(Some)
        }
    });
    let schools = LocalResource::new(api::region_schools);
    view! {
        <h1 data-testid="home-title">{tx(|t| t.staff.coordinator_home_title())}</h1>
        <CoordinatorNav />
        <section class="section">
            {loaded(
                procedure,
                move |procedure| {
                    let Some(procedure) = procedure else {
                        return view! {
                            <p data-testid="no-procedure">
                                {tx(|t| t.staff.no_procedure_yet())} " "
                                <a href="/coordinator/procedures" data-testid="no-procedure-link">
                                    {tx(|t| t.staff.no_procedure_link())}
                                </a>
                            </p>
                        }
                            .into_any();
                    };
                    let heading = (procedure.region_name.clone(), procedure.school_year.clone());
                    view! {
                        <h2>
                            {move || t.get().staff.procedure_heading(&heading.0, &heading.1)}
                        </h2>
                        <PhaseTable procedure />
                    }
                        .into_any()
                },
            )}
        </section>
        <section class="section">
            <h2>{tx(|t| t.staff.region_schools_title())}</h2>
            {loaded(schools, |list| view! { <SchoolTable schools=list.schools /> })}
        </section>
        <EraseRequest />
    }
}

/// A parent's request to erase their child's data: look the pupil up, check, erase.
#[component]
fn EraseRequest() -> impl IntoView {
    let t = use_texts();
    let elk = RwSignal::new(String::new());
    let find = Action::new_local(|elk: &String| {
        let elk = elk.clone();
        async move { api::find_region_pupil(&elk).await }
    });
    let erase = Action::new_local(|pupil: &Uuid| api::erase_region_pupil(*pupil));
    let found = move || find.value().get().and_then(Result::ok);
    let not_found = move || find.value().get().is_some_and(|r| r.is_err());
    let on_find = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        erase.value().set(None);
        find.dispatch_local(elk.get_untracked());
    };
    let on_erase = move |pupil: Uuid| {
        let sure = window()
            .confirm_with_message(t.get_untracked().coordinator.erase_confirm())
            .unwrap_or(false);
        if sure {
            erase.dispatch_local(pupil);
        }
    };
    let outcome = move || {
        erase.value().get().map(|result| match result {
            Ok(()) => view! {
                <p class="notice" role="status" data-testid="erase-done">
                    {t.get().coordinator.erase_done()}
                </p>
            }
            .into_any(),
            Err(error) => {
                let text = if error.code() == Some(ErrorCode::Conflict) {
                    t.get().coordinator.erase_refused().to_owned()
                } else {
                    t.get().api_error(&error)
                };
                view! { <p class="error" role="alert" data-testid="erase-error">{text}</p> }
                    .into_any()
            }
        })
    };
    view! {
        <section class="section" data-testid="erase-section">
            <h2>{move || t.get().coordinator.erase_title()}</h2>
            <p>{move || t.get().coordinator.erase_intro()}</p>
            <form on:submit=on_find>
                <label for="erase-elk">{move || t.get().coordinator.erase_elk_label()}</label>
                <input
                    id="erase-elk"
                    data-testid="erase-elk"
                    inputmode="numeric"
                    autocomplete="off"
                    prop:value=move || elk.get()
                    on:input=move |ev| elk.set(event_target_value(&ev))
                />
                <button type="submit" data-testid="erase-find">
                    {move || t.get().coordinator.erase_find()}
                </button>
            </form>
            <Show when=not_found>
                <p class="error" role="alert" data-testid="erase-not-found">
                    {move || t.get().coordinator.erase_not_found()}
                </p>
            </Show>
            {move || {
                found()
                    .filter(|_| erase.value().get().is_none_or(|r| r.is_err()))
                    .map(|pupil| {
                        let name = format!("{} {}", pupil.first_name, pupil.last_name);
                        let line = t.get().coordinator.erase_found(
                            &name,
                            &pupil.elk_number,
                            &pupil.primary_school_name,
                        );
                        let id = pupil.id;
                        view! {
                            <p data-testid="erase-found">{line}</p>
                            <button
                                class="danger"
                                data-testid="erase-button"
                                on:click=move |_| on_erase(id)
                            >
                                {t.get().coordinator.erase_button()}
                            </button>
                        }
                    })
            }}
            {outcome}
        </section>
    }
}

//! `/vo`: a secondary school's registrations: the definitive lists with one of its programmes
//! as 1st choice (with the priority claims to verify), and how many lists name each programme
//! at each rank.

use std::collections::HashMap;

use leptos::prelude::*;
use overstap_api_types::Role;
use overstap_api_types::vo::{PriorityDecisionRequest, PriorityDecisionResponse};
use uuid::Uuid;

use super::{loaded, use_page_title};
use crate::api;
use crate::components::alert::ErrorAlert;
use crate::components::moment::Moment;
use crate::components::vo_list_counts::VoListCounts;
use crate::components::vo_nav::VoNav;
use crate::components::vo_registration_table::VoRegistrationTable;
use crate::i18n::{tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn VoHome() -> impl IntoView {
    view! {
        <RequireRole role=Role::VoStaff>
            <Registrations />
        </RequireRole>
    }
}

#[component]
fn Registrations() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.vo.registrations_title());
    let overview = LocalResource::new(|| async {
        // The server's clock decides whether the deadline passed (it may be fixed in a demo).
        let (overview, procedure) =
            futures::future::join(api::school_registrations(), api::procedure()).await;
        overview.map(|overview| (overview, procedure.ok().map(|p| p.now)))
    });
    let decided = RwSignal::new(HashMap::<Uuid, PriorityDecisionResponse>::new());
    let decide = Action::new_local(|(id, request): &(Uuid, PriorityDecisionRequest)| {
        let (id, request) = (*id, request.clone());
        async move { api::decide_priority(id, &request).await }
    });
    // Made here, not in the list's render: what a render makes is disposed when it re-renders,
    // while the old view may still read it.
    let deciding: Signal<bool> = decide.pending().into();
    Effect::new(move || {
        if let Some(Ok(decision)) = decide.value().get() {
            decided.update(|d| {
                d.insert(decision.registration_id, decision);
            });
        }
    });
    let on_decide = Callback::new(move |request: (Uuid, PriorityDecisionRequest)| {
        decide.dispatch_local(request);
    });
    let decide_error = Signal::derive(move || {
        decide
            .value()
            .get()
            .and_then(Result::err)
            .map(|error| t.get().api_error(&error))
    });

    view! {
        <h1 data-testid="home-title">{tx(|t| t.vo.registrations_title())}</h1>
        <VoNav />
        <p class="lead">{tx(|t| t.vo.registrations_intro())}</p>
        {loaded(
            overview,
            move |(overview, now)| {
                let closes = overview.verification_closes_at;
                let can_decide = now.is_none_or(|now| now < closes);
                view! {
                    <section class="section" aria-labelledby="claims-title">
                        <h2 id="claims-title">{tx(|t| t.vo.first_choices_title())}</h2>
                        <p data-testid="verification-deadline">
                            {move || {
                                if can_decide {
                                    t.get().vo.verification_until()
                                } else {
                                    t.get().vo.verification_closed()
                                }
                            }}
                            " "
                            <Moment unix_seconds=closes.unix_timestamp() />
                        </p>
                        <ErrorAlert message=decide_error testid="decision-error" />
                        <VoRegistrationTable
                            registrations=overview.registrations
                            decided
                            can_decide
                            pending=deciding
                            on_decide
                        />
                    </section>
                    <section class="section" aria-labelledby="counts-title">
                        <h2 id="counts-title">{tx(|t| t.vo.list_counts_title())}</h2>
                        <p>{tx(|t| t.vo.list_counts_intro())}</p>
                        <VoListCounts
                            counts=overview.counts
                            lists_naming_school=overview.lists_naming_school
                        />
                    </section>
                }
            },
        )}
    }
}

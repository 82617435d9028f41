//! `/ouder`: the parent's home: the child, where the registration stands and the next step.

use leptos::prelude::*;
use overstap_api_types::{ChildResponse, RegistrationResponse, RegistrationStatus, Role};

use super::{loaded, use_page_title};
use crate::api;
use crate::components::parent_nav::{ParentNav, show_round2_link};
use crate::components::round2_link::{Round2Link, takes_part};
use crate::components::status::StatusDot;
use crate::components::week_note::WeekNote;
use crate::i18n::{Texts, tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn ParentHome() -> impl IntoView {
    view! {
        <RequireRole role=Role::Parent>
            <ParentNav />
            <Home />
        </RequireRole>
    }
}

#[component]
fn Home() -> impl IntoView {
    use_page_title(|t| t.parent_home_title());
    let child = LocalResource::new(api::parent_child);
    let registration = LocalResource::new(api::parent_registration);
    // Round 2 is an extra: when it cannot be read the home page is still whole.
    let round2 = LocalResource::new(|| async {
        let round2 = api::parent_round2().await.ok();
        show_round2_link(round2.as_ref().is_some_and(takes_part));
        round2
    });
    view! {
        <h1 data-testid="home-title">{tx(|t| t.parent_home_title())}</h1>
        {loaded(child, |child| view! { <ChildSummary child /> })}
        <Suspense>
            {move || Suspend::new(async move {
                round2.await.map(|round2| view! { <Round2Link round2 testid="home-round2" /> })
            })}
        </Suspense>
        {loaded(registration, |registration| view! { <NextStep registration /> })}
    }
}

/// A sentence for the parent about where the registration stands, if there is one to say.
fn status_sentence(t: &Texts, status: RegistrationStatus) -> Option<&'static str> {
    match status {
        RegistrationStatus::Wit | RegistrationStatus::Blauw => None,
        RegistrationStatus::Groen => Some(t.parent_status_groen()),
        RegistrationStatus::Ag => Some(t.parent_status_ag()),
        RegistrationStatus::Av => Some(t.parent_status_av()),
    }
}

#[component]
fn ChildSummary(child: ChildResponse) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="child-name">
            <h2 id="child-name" data-testid="child-name">
                {child.first_name} " " {child.last_name}
            </h2>
            <dl class="facts">
                <div>
                    <dt>{tx(|t| t.elk_number_label())}</dt>
                    <dd data-testid="child-elk-number">{child.elk_number}</dd>
                </div>
                <div>
                    <dt>{tx(|t| t.child_primary_school())}</dt>
                    <dd data-testid="child-school">{child.primary_school_name}</dd>
                </div>
            </dl>
            <p>
                <a href="/ouder/gegevens" data-testid="go-to-data">
                    {tx(|t| t.parent.go_to_data())}
                </a>
            </p>
        </section>
    }
}

#[component]
fn NextStep(registration: RegistrationResponse) -> impl IntoView {
    let t = use_texts();
    let status = registration.status;
    let closed = registration.week_closed || !registration.editable;
    let step = Signal::derive(move || {
        use RegistrationStatus::{Ag, Av, Blauw, Groen, Wit};
        let p = &t.get().parent;
        match (closed, status) {
            (true, Av) => (p.next_av(), "/ouder/uitslag", p.go_to_result()),
            (true, Wit | Blauw | Groen | Ag) => {
                (p.next_closed(), "/ouder/uitslag", p.go_to_result())
            }
            (false, Av) => (p.next_av(), "/ouder/bevestigen", p.go_to_confirm()),
            (false, Ag) => (p.next_ag(), "/ouder/bevestigen", p.go_to_confirm()),
            (false, Wit | Blauw | Groen) => {
                (p.next_groen(), "/ouder/voorkeurslijst", p.go_to_list())
            }
        }
    });
    let sentence = move || status_sentence(t.get(), status);
    view! {
        <section class="card" aria-labelledby="status-heading" data-testid="registration-status">
            <h2 id="status-heading">{tx(|t| t.child_status())}</h2>
            <p data-testid="child-status">
                <StatusDot status />
            </p>
            {move || sentence().map(|text| view! { <p class="status-sentence">{text}</p> })}
            <WeekNote week=registration.week closed=registration.week_closed />
        </section>
        <section class="card next-step" aria-labelledby="next-step-heading">
            <h2 id="next-step-heading">{tx(|t| t.parent.next_step_heading())}</h2>
            <p>{move || step.get().0}</p>
            <p>
                <a
                    class="button button-primary"
                    href=move || step.get().1
                    data-testid="next-step-link"
                >
                    {move || step.get().2}
                </a>
            </p>
        </section>
    }
}

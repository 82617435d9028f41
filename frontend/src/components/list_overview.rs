//! The registration at a glance: the ranked list, the priority claim and the twin link.

use leptos::prelude::*;
use overstap_api_types::RegistrationResponse;

use crate::i18n::{tx, use_texts};

#[component]
pub fn ListOverview(registration: RegistrationResponse) -> impl IntoView {
    let t = use_texts();
    let claim = registration.entries.first().and_then(|first| {
        let claim = first.priority_claim.clone()?;
        Some((
            claim.kind.known()?,
            claim,
            first.programme.school_name.clone(),
        ))
    });
    let entries = registration.entries.clone();
    let twin = registration.twin.clone();
    view! {
        <section class="card" aria-labelledby="summary-list-heading" data-testid="summary">
            <h2 id="summary-list-heading">{tx(|t| t.parent.summary_list())}</h2>
            <ol class="pref-list pref-list-static" data-testid="summary-list">
                {entries
                    .into_iter()
                    .map(|entry| {
                        let rank = entry.rank;
                        view! {
                            <li
                                class="pref-entry"
                                data-testid="summary-entry"
                                data-programme-id=entry.programme.id.to_string()
                            >
                                <span class="pref-rank">
                                    <span class="visually-hidden">
                                        {move || t.get().parent.rank(rank as usize)}
                                    </span>
                                    <span aria-hidden="true">{rank}</span>
                                </span>
                                <span class="pref-body">
                                    <span class="pref-name">{entry.programme.name.clone()}</span>
                                    <span class="pref-school">
                                        {entry.programme.school_name.clone()} ", "
                                        {entry.programme.town.clone()}
                                    </span>
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <h3>{tx(|t| t.parent.summary_claim())}</h3>
            <p data-testid="summary-claim">
                {move || match &claim {
                    Some((rule, claim, school)) => {
                        let p = &t.get().parent;
                        let mut text = p.priority_claim(school, &p.rule_name(*rule));
                        if let (Some(name), Some(class)) = (&claim.sibling_name, &claim.sibling_class) {
                            text.push_str(". ");
                            text.push_str(&p.claim_sibling(name, class));
                        }
                        text
                    }
                    None => t.get().parent.summary_no_claim().to_owned(),
                }}
            </p>
            {twin
                .map(|twin| {
                    view! {
                        <h3>{tx(|t| t.parent.summary_twin())}</h3>
                        <p data-testid="summary-twin" data-linked=twin.linked.to_string()>
                            {move || {
                                if twin.linked {
                                    t.get().parent.twin_linked(&twin.first_name)
                                } else {
                                    t.get().parent.twin_not_linked(&twin.first_name)
                                }
                            }}
                        </p>
                    }
                })}
        </section>
    }
}

//! The definitive registrations with one of the school's programmes as 1st choice, each with
//! its priority claim and the school's decision; approve or reject (with a reason) in the row.

use std::collections::HashMap;

use leptos::prelude::*;
use overstap_api_types::PriorityRuleKind;
use overstap_api_types::vo::{
    ClaimResponse, PriorityDecisionRequest, PriorityDecisionResponse, PriorityVerdict,
    VoRegistration,
};
use uuid::Uuid;

use crate::i18n::{Texts, tx, use_texts};

/// The claim in words: the rule, and for a sibling the name and class the parent gave.
pub fn claim_text(t: &Texts, claim: &ClaimResponse) -> String {
    match (claim.kind, &claim.sibling_name, &claim.sibling_class) {
        (PriorityRuleKind::Sibling, Some(name), Some(class)) => t.vo.claim_sibling(name, class),
        (kind, ..) => t.vo.claim_kind(kind),
    }
}

/// A decision request, or `None` when a rejection has no reason yet (the server would refuse).
pub fn decision_request(verdict: PriorityVerdict, reason: &str) -> Option<PriorityDecisionRequest> {
    let reason = reason.trim();
    match verdict {
        PriorityVerdict::Approved => Some(PriorityDecisionRequest {
            decision: verdict,
            reason: None,
        }),
        PriorityVerdict::Rejected if reason.is_empty() => None,
        PriorityVerdict::Rejected => Some(PriorityDecisionRequest {
            decision: verdict,
            reason: Some(reason.to_owned()),
        }),
    }
}

/// What the action cell of one row works with.
#[derive(Clone, Copy)]
struct Row {
    id: Uuid,
    rejecting: RwSignal<Option<Uuid>>,
    reason: RwSignal<String>,
    reason_missing: RwSignal<bool>,
    pending: Signal<bool>,
    on_decide: Callback<(Uuid, PriorityDecisionRequest)>,
}

fn decision_buttons(row: Row, name: &str) -> impl IntoView + use<> {
    let t = use_texts();
    let (approve_name, reject_name) = (name.to_owned(), name.to_owned());
    view! {
        <div class="button-row">
            <button
                type="button"
                class="button button-secondary"
                data-testid="claim-approve"
                aria-label=move || t.get().vo.approve_for(&approve_name)
                disabled=move || row.pending.get()
                on:click=move |_| {
                    if let Some(request) = decision_request(PriorityVerdict::Approved, "") {
                        row.on_decide.run((row.id, request));
                    }
                }
            >
                {tx(|t| t.vo.approve())}
            </button>
            <button
                type="button"
                class="button button-quiet"
                data-testid="claim-reject"
                aria-label=move || t.get().vo.reject_for(&reject_name)
                disabled=move || row.pending.get()
                on:click=move |_| {
                    row.reason.set(String::new());
                    row.reason_missing.set(false);
                    row.rejecting.set(Some(row.id));
                }
            >
                {tx(|t| t.vo.reject())}
            </button>
        </div>
    }
}

fn reject_form(row: Row) -> impl IntoView {
    let reason_id = format!("reason-{}", row.id);
    let error_id = format!("reason-{}-error", row.id);
    let described = error_id.clone();
    let missing = row.reason_missing;
    view! {
        <form
            class="reject-form"
            on:submit=move |event| {
                event.prevent_default();
                match decision_request(PriorityVerdict::Rejected, &row.reason.get_untracked()) {
                    Some(request) => {
                        missing.set(false);
                        row.on_decide.run((row.id, request));
                    }
                    None => missing.set(true),
                }
            }
        >
            <div class="field" class:field-invalid=move || missing.get()>
                <label for=reason_id.clone()>{tx(|t| t.vo.reject_reason())}</label>
                <input
                    id=reason_id
                    type="text"
                    maxlength="1000"
                    data-testid="claim-reason"
                    aria-invalid=move || missing.get().then_some("true")
                    aria-describedby=move || missing.get().then(|| described.clone())
                    bind:value=row.reason
                />
                {move || {
                    missing
                        .get()
                        .then(|| {
                            view! {
                                <p class="field-error" id=error_id.clone()>
                                    {tx(|t| t.vo.reject_reason_required())}
                                </p>
                            }
                        })
                }}
            </div>
            <div class="button-row">
                <button
                    type="submit"
                    class="button button-primary"
                    data-testid="claim-reject-confirm"
                    disabled=move || row.pending.get()
                >
                    {tx(|t| t.vo.reject_confirm())}
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| row.rejecting.set(None)>
                    {tx(|t| t.po.cancel())}
                </button>
            </div>
        </form>
    }
}

#[component]
pub fn VoRegistrationTable(
    registrations: Vec<VoRegistration>,
    /// Decisions made on this page since the list was loaded, by registration id.
    decided: RwSignal<HashMap<Uuid, PriorityDecisionResponse>>,
    /// Whether the decision buttons are offered (the verification deadline has not passed).
    can_decide: bool,
    #[prop(into)] pending: Signal<bool>,
    on_decide: Callback<(Uuid, PriorityDecisionRequest)>,
) -> impl IntoView {
    let t = use_texts();
    if registrations.is_empty() {
        return view! { <p class="empty" data-testid="vo-registrations-empty">{tx(|t| t.vo.registrations_empty())}</p> }
            .into_any();
    }
    // The row whose rejection reason is being typed, and the reason.
    let rejecting = RwSignal::new(None::<Uuid>);
    let reason = RwSignal::new(String::new());
    let reason_missing = RwSignal::new(false);
    let count = registrations.len();
    let rows = registrations
        .into_iter()
        .map(|registration| {
            let id = registration.registration_id;
            let loaded = registration.decision.clone();
            let decision = move || decided.with(|d| d.get(&id).cloned()).or_else(|| loaded.clone());
            let claim = registration.claim.clone();
            let has_claim = claim.is_some();
            let name = format!("{} {}", registration.first_name, registration.last_name);
            let claim_cell = move || {
                claim
                    .as_ref()
                    .map_or_else(|| t.get().vo.no_claim().to_owned(), |claim| claim_text(t.get(), claim))
            };
            let decision_cell = move || {
                decision().map(|decision| {
                    let (class, label) = match decision.decision {
                        PriorityVerdict::Approved => ("badge badge-open", t.get().vo.claim_approved()),
                        PriorityVerdict::Rejected => ("badge badge-closed", t.get().vo.claim_rejected()),
                    };
                    let verdict = match decision.decision {
                        PriorityVerdict::Approved => "approved",
                        PriorityVerdict::Rejected => "rejected",
                    };
                    view! {
                        <span class=class data-testid="claim-decision" data-decision=verdict>
                            {label}
                        </span>
                        {decision.reason.map(|reason| view! { <span class="claim-reason">{reason}</span> })}
                    }
                })
            };
            let actions = move || {
                if !(has_claim && can_decide) {
                    return None;
                }
                let row = Row {
                    id,
                    rejecting,
                    reason,
                    reason_missing,
                    pending,
                    on_decide,
                };
                Some(if rejecting.get() == Some(id) {
                    reject_form(row).into_any()
                } else {
                    decision_buttons(row, &name).into_any()
                })
            };
            // A decision closes the reason form of its row.
            Effect::new(move || {
                if decided.with(|d| d.contains_key(&id)) && rejecting.get_untracked() == Some(id) {
                    rejecting.set(None);
                }
            });
            view! {
                <tr data-testid="vo-registration-row" data-registration-id=id.to_string()>
                    <th scope="row" data-label=tx(|t| t.staff.col_name())>
                        {format!("{} {}", registration.first_name, registration.last_name)}
                    </th>
                    <td data-label=tx(|t| t.staff.col_elk_number()) class="nowrap">{registration.elk_number}</td>
                    <td data-label=tx(|t| t.staff.col_advice())>{registration.advice.as_str()}</td>
                    <td data-label=tx(|t| t.child_primary_school())>{registration.primary_school_name}</td>
                    <td data-label=tx(|t| t.staff.col_programme())>{registration.programme_name}</td>
                    <td data-label=tx(|t| t.vo.col_claim()) data-testid="claim">{claim_cell}</td>
                    <td data-label=tx(|t| t.vo.col_decision())>{decision_cell}{actions}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table" data-testid="vo-registrations-table">
            <caption>{move || t.get().vo.registrations_caption(count)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.staff.col_name())}</th>
                    <th scope="col">{tx(|t| t.staff.col_elk_number())}</th>
                    <th scope="col">{tx(|t| t.staff.col_advice())}</th>
                    <th scope="col">{tx(|t| t.child_primary_school())}</th>
                    <th scope="col">{tx(|t| t.staff.col_programme())}</th>
                    <th scope="col">{tx(|t| t.vo.col_claim())}</th>
                    <th scope="col">{tx(|t| t.vo.col_decision())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use overstap_api_types::PriorityRuleKind;
    use overstap_api_types::vo::{ClaimResponse, PriorityVerdict};

    use super::{claim_text, decision_request};
    use crate::i18n::Lang;

    #[test]
    fn a_rejection_needs_a_reason_and_an_approval_sends_none() {
        assert!(decision_request(PriorityVerdict::Rejected, "  ").is_none());
        let rejected = decision_request(PriorityVerdict::Rejected, " no sibling there ").unwrap();
        assert_eq!(rejected.reason.as_deref(), Some("no sibling there"));
        let approved = decision_request(PriorityVerdict::Approved, "ignored").unwrap();
        assert_eq!(approved.reason, None);
    }

    #[test]
    fn a_sibling_claim_names_the_sibling_and_class() {
        let claim = ClaimResponse {
            kind: PriorityRuleKind::Sibling,
            sibling_name: Some("Daan".to_owned()),
            sibling_class: Some("2B".to_owned()),
        };
        for lang in Lang::ALL {
            let text = claim_text(lang.texts(), &claim);
            assert!(text.contains("Daan") && text.contains("2B"), "{text}");
        }
        let other = ClaimResponse {
            kind: PriorityRuleKind::Hardship,
            sibling_name: None,
            sibling_class: None,
        };
        assert!(!claim_text(Lang::Nl.texts(), &other).is_empty());
    }
}

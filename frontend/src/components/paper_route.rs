//! The paper route as lists and boards show it: a "Papier" badge with its reason, and what a
//! bulk action that passed paper-route pupils by says about them.

use leptos::prelude::*;
use overstap_api_types::{BulkResponse, ErrorCode, PaperReason, PaperRouteBody};

use crate::i18n::{Texts, use_texts};

/// The reason as the school chooses it.
pub fn reason_label(t: &Texts, reason: PaperReason) -> &'static str {
    let p = &t.paper_route;
    match reason {
        PaperReason::Pro => p.reason_pro(),
        PaperReason::Vso => p.reason_vso(),
        PaperReason::Parent => p.reason_parent(),
    }
}

/// How many pupils `outcome` left out because they take the paper route.
pub fn paper_route_skips(outcome: &BulkResponse) -> usize {
    outcome
        .skipped
        .iter()
        .filter(|skipped| skipped.code == ErrorCode::PaperRoute)
        .count()
}

/// "3 sent, 1 skipped.", and how many of the skipped take the paper route when any do.
pub fn bulk_send_text(t: &Texts, outcome: &BulkResponse) -> String {
    let mut text = t.po.bulk_result(outcome.done.len(), outcome.skipped.len());
    let paper = paper_route_skips(outcome);
    if paper > 0 {
        text.push(' ');
        text.push_str(&t.paper_route.bulk_skipped(paper));
    }
    text
}

/// "Papier"; screen readers hear the reason too.
#[component]
pub fn PaperBadge(route: PaperRouteBody, testid: &'static str) -> impl IntoView {
    let t = use_texts();
    let reason = route.reason;
    let described = move || {
        let t = t.get();
        t.paper_route.badge_reason(reason_label(t, reason))
    };
    view! {
        <span
            class="badge badge-paper"
            data-testid=testid
            data-reason=reason.as_str()
            title=described
        >
            <span aria-hidden="true">{move || t.get().paper_route.badge()}</span>
            <span class="visually-hidden">{described}</span>
        </span>
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{BulkResponse, ErrorCode, SkippedPupil};
    use uuid::Uuid;

    use super::{bulk_send_text, paper_route_skips};
    use crate::i18n::Lang;

    fn outcome(done: usize, skipped: &[ErrorCode]) -> BulkResponse {
        BulkResponse {
            done: (0..done).map(|n| Uuid::from_u128(n as u128)).collect(),
            skipped: skipped
                .iter()
                .enumerate()
                .map(|(n, &code)| SkippedPupil {
                    pupil_id: Uuid::from_u128(100 + n as u128),
                    code,
                })
                .collect(),
        }
    }

    #[test]
    fn only_paper_route_skips_are_counted_as_such() {
        let result = outcome(
            2,
            &[
                ErrorCode::PaperRoute,
                ErrorCode::NotAllowedInStatus,
                ErrorCode::PaperRoute,
            ],
        );
        assert_eq!(paper_route_skips(&result), 2);
    }

    #[test]
    fn the_bulk_result_names_paper_route_pupils_only_when_there_are_any() {
        let t = Lang::Nl.texts();
        let plain = bulk_send_text(t, &outcome(3, &[ErrorCode::NotFound]));
        assert_eq!(plain, t.po.bulk_result(3, 1));
        let paper = bulk_send_text(t, &outcome(3, &[ErrorCode::PaperRoute]));
        assert!(paper.starts_with(&t.po.bulk_result(3, 1)), "{paper}");
        assert!(paper.contains("papieren route"), "{paper}");
    }

    #[test]
    fn a_paper_route_skip_has_its_own_message() {
        let t = Lang::En.texts();
        let error = crate::api::ApiError::Server {
            status: 409,
            error: Box::new(overstap_api_types::ErrorResponse {
                problem: Default::default(),
                code: ErrorCode::PaperRoute,
                message: String::new(),
                details: None,
                request_id: None,
            }),
            retry_after: None,
        };
        assert_eq!(t.api_error(&error), t.paper_route.error_skipped());
    }
}

//! The parent's view of the registration, and the list as the parent sends it.

use overstap_api_types::{
    FieldError, ListEntryBody, ListEntryResponse, PortalLanguage, PriorityClaimBody,
    RegistrationResponse, TwinResponse, WeekResponse,
};
use overstap_domain::i18n::{format_date_time, format_last_moment};
use overstap_domain::preference::{ListDraft, ListEntry, PreferenceError};
use overstap_domain::region::ListRoute;
use overstap_domain::{Language, PriorityClaim, ProgrammeId, PupilId};
use time::OffsetDateTime;

use crate::error::ApiError;
use crate::parent::context::ParentContext;

pub fn portal_language(language: Language) -> PortalLanguage {
    match language {
        Language::Nl => PortalLanguage::Nl,
        Language::En => PortalLanguage::En,
        Language::Tr => PortalLanguage::Tr,
        Language::Ar => PortalLanguage::Ar,
    }
}

pub fn domain_language(language: PortalLanguage) -> Language {
    match language {
        PortalLanguage::Nl => Language::Nl,
        PortalLanguage::En => Language::En,
        PortalLanguage::Tr => Language::Tr,
        PortalLanguage::Ar => Language::Ar,
    }
}

fn claim_body(claim: &PriorityClaim) -> PriorityClaimBody {
    match claim {
        PriorityClaim::Sibling { name, class } => PriorityClaimBody {
            kind: crate::dto::rule_kind(claim.kind()).into(),
            sibling_name: Some(name.clone()),
            sibling_class: Some(class.clone()),
        },
        other => PriorityClaimBody {
            kind: crate::dto::rule_kind(other.kind()).into(),
            sibling_name: None,
            sibling_class: None,
        },
    }
}

/// The body's entries as a domain draft; an unknown claim kind is refused here, every other
/// rule by the domain.
pub fn draft_from_body(
    entries: &[ListEntryBody],
    twin: Option<PupilId>,
) -> Result<ListDraft, ApiError> {
    let mut fields = Vec::new();
    let mut draft = ListDraft {
        entries: Vec::with_capacity(entries.len()),
        twin,
    };
    for (index, entry) in entries.iter().enumerate() {
        let claim = match &entry.priority_claim {
            None => None,
            Some(body) => match body.kind.known().map(crate::dto::rule_kind_in) {
                None => {
                    fields.push(FieldError {
                        field: format!("entries[{index}].priority_claim.kind"),
                        code: "unknown_priority_rule".to_owned(),
                        message:
                            "Not a known priority rule (sibling, staff_child, hardship, kopklas)."
                                .to_owned(),
                    });
                    None
                }
                Some(kind) => Some(claim_of(kind, body)),
            },
        };
        draft.entries.push(ListEntry {
            programme: ProgrammeId::from_uuid(entry.programme_id),
            priority_claim: claim,
        });
    }
    if fields.is_empty() {
        Ok(draft)
    } else {
        Err(ApiError::Invalid(fields))
    }
}

fn claim_of(kind: overstap_domain::PriorityRuleKind, body: &PriorityClaimBody) -> PriorityClaim {
    use overstap_domain::PriorityRuleKind as K;
    let text = |value: &Option<String>| value.as_deref().unwrap_or("").trim().to_owned();
    match kind {
        K::Sibling => PriorityClaim::Sibling {
            name: text(&body.sibling_name),
            class: text(&body.sibling_class),
        },
        K::StaffChild => PriorityClaim::StaffChild,
        K::Hardship => PriorityClaim::Hardship,
        K::Kopklas => PriorityClaim::Kopklas,
    }
}

/// The rules a draft must keep already: a draft may be short or lack the sibling's details
/// while the parent is still typing, but never name something it cannot confirm.
pub fn blocks_a_draft(error: &PreferenceError) -> bool {
    !matches!(
        error,
        PreferenceError::TooShort { .. }
            | PreferenceError::SiblingNameMissing
            | PreferenceError::SiblingClassMissing
            | PreferenceError::TwinListDiffers { .. }
    )
}

pub fn week(context: &ParentContext, now: OffsetDateTime) -> WeekResponse {
    let instants = context.calendar.instants();
    let language = context.language();
    WeekResponse {
        opens_at: instants.registration_opens_at,
        closes_at: instants.registration_closes_at,
        opens_text: format_date_time(instants.registration_opens_at, language),
        last_moment_text: format_last_moment(instants.registration_closes_at, language),
        open: now >= instants.registration_opens_at && now < instants.registration_closes_at,
    }
}

/// The registration as the parent sees it; `twin_first_name` when the pupil record has one.
pub fn registration(
    context: &ParentContext,
    twin_first_name: Option<String>,
    now: OffsetDateTime,
) -> RegistrationResponse {
    let registration = &context.stored.registration;
    let draft = registration.draft();
    let entries: Vec<ListEntryResponse> = draft
        .map(|draft| {
            draft
                .entries
                .iter()
                .enumerate()
                .filter_map(|(index, entry)| {
                    Some(ListEntryResponse {
                        rank: u32::try_from(index + 1).ok()?,
                        programme: context.offer.programme(entry.programme)?.clone(),
                        priority_claim: entry.priority_claim.as_ref().map(claim_body),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let distinct = entries
        .iter()
        .map(|e| e.programme.school_id)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let min = match context.offer.profile.list_route(context.advice) {
        ListRoute::Paper => 0,
        ListRoute::List {
            min_distinct_schools,
        } => min_distinct_schools,
    };
    let week = week(context, now);
    let editable = week.open && !registration.week_closed() && registration.status().has_account();
    RegistrationResponse {
        status: crate::dto::status(registration.status()),
        revision: context.stored.revision,
        entries,
        min_distinct_schools: u32::try_from(min).unwrap_or(u32::MAX),
        max_distinct_schools: context
            .offer
            .profile
            .max_distinct_schools()
            .and_then(|max| u32::try_from(max).ok()),
        distinct_schools: u32::try_from(distinct).unwrap_or(u32::MAX),
        twin: twin_first_name.map(|first_name| TwinResponse {
            first_name,
            linked: draft.is_some_and(|d| d.twin.is_some()),
        }),
        week,
        editable,
        week_closed: registration.week_closed()
            || now >= context.calendar.instants().registration_closes_at,
    }
}

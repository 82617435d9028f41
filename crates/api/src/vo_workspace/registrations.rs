//! The registrations with the school as 1st choice, and the lists naming its programmes.

use std::collections::BTreeMap;

use overstap_api_types::vo::{
    ClaimResponse, ListRankCount, PriorityDecisionResponse, ProgrammeListCounts, VoRegistration,
    VoRegistrationsResponse,
};
use overstap_domain::ProgrammeId;
use overstap_persistence::priority::Decision;
use overstap_persistence::{schools, vo_workspace};
use sea_orm::ConnectionTrait;

use super::VoContext;
use crate::dto;
use crate::error::ApiError;

pub fn decision(decision: Decision) -> PriorityDecisionResponse {
    PriorityDecisionResponse {
        registration_id: decision.registration_id.as_uuid(),
        decision: dto::verdict(decision.verdict),
        reason: decision.reason,
        decided_by: decision.decided_by.as_uuid(),
        decided_at: decision.decided_at,
    }
}

fn registration(choice: vo_workspace::FirstChoice) -> VoRegistration {
    VoRegistration {
        registration_id: choice.registration_id.as_uuid(),
        pupil_id: choice.pupil.pupil_id.as_uuid(),
        first_name: choice.pupil.first_name,
        last_name: choice.pupil.last_name,
        elk_number: choice.pupil.elk_number,
        advice: dto::advice(choice.pupil.advice),
        primary_school_name: choice.pupil.primary_school_name,
        programme_id: choice.programme_id.as_uuid(),
        programme_name: choice.programme_name,
        claim: choice.claim.map(|c| ClaimResponse {
            kind: dto::rule_kind(c.kind),
            sibling_name: c.sibling_name,
            sibling_class: c.sibling_class,
        }),
        decision: choice.decision.map(decision),
    }
}

pub async fn overview<C: ConnectionTrait>(
    db: &C,
    context: &VoContext,
) -> Result<VoRegistrationsResponse, ApiError> {
    let (school, procedure) = (context.school.id, context.procedure.id);
    let registrations = vo_workspace::first_choices(db, school, procedure)
        .await?
        .into_iter()
        .map(registration)
        .collect();
    let mut ranks: BTreeMap<ProgrammeId, Vec<ListRankCount>> = BTreeMap::new();
    for count in vo_workspace::rank_counts(db, school, procedure).await? {
        ranks
            .entry(count.programme_id)
            .or_default()
            .push(ListRankCount {
                rank: count.rank,
                count: count.count,
            });
    }
    let counts = schools::list_programmes(db, school)
        .await?
        .into_iter()
        .map(|programme| {
            let mut by_rank = ranks.remove(&programme.id).unwrap_or_default();
            by_rank.sort_by_key(|r| r.rank);
            ProgrammeListCounts {
                programme_id: programme.id.as_uuid(),
                programme_name: programme.name,
                capacity: programme.capacity,
                total: by_rank.iter().map(|r| r.count).sum(),
                by_rank,
            }
        })
        .collect();
    let instants = &context.procedure.instants;
    Ok(VoRegistrationsResponse {
        registrations,
        counts,
        lists_naming_school: vo_workspace::lists_naming(db, school, procedure).await?,
        verification_closes_at: instants.priority_verification_deadline,
        capacity_closes_at: instants.placement_at,
    })
}

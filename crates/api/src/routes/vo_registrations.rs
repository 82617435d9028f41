//! The VO school's registrations: the AV registrations with one of its programmes as 1st
//! choice, and the lists naming its programmes. Priority decisions are in `priority`.

use std::collections::BTreeMap;

use actix_web::{get, web};
use overstap_api_types::ErrorResponse;
use overstap_api_types::vo::{
    ClaimResponse, ListRankCount, ProgrammeListCounts, VoRegistration, VoRegistrationsResponse,
};
use overstap_domain::ProgrammeId;
use overstap_persistence::{schools, vo_registrations};

use crate::auth::Session;
use crate::dto;
use crate::error::ApiError;
use crate::state::AppState;
use crate::vo_context::VoContext;

/// List the registrations with the school as 1st choice
///
/// VO staff, own school, current procedure. The AV registrations with one of the school's
/// programmes as 1st choice, with the voorrang claim and its decision; per programme how many AV
/// lists name it at each rank; and the deadlines for decisions and capacities.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, description = "The 1st-choice registrations and the list counts per programme", body = VoRegistrationsResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not VO staff (`forbidden`)", body = ErrorResponse)))]
#[get("/school/registrations")]
async fn list_school_registrations(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<VoRegistrationsResponse>, ApiError> {
    let db = &state.db;
    let context = VoContext::load(db, &session).await?;
    let (school, procedure) = (context.school.id, context.procedure.id);
    let registrations = vo_registrations::first_choices(db, school, procedure)
        .await?
        .into_iter()
        .map(registration)
        .collect();
    let mut ranks: BTreeMap<ProgrammeId, Vec<ListRankCount>> = BTreeMap::new();
    for count in vo_registrations::rank_counts(db, school, procedure).await? {
        ranks
            .entry(count.programme_id)
            .or_default()
            .push(ListRankCount {
                rank: count.rank,
                count: count.count,
            });
    }
    let counts = schools::list_programmes(db, school, procedure)
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
    Ok(web::Json(VoRegistrationsResponse {
        registrations,
        counts,
        lists_naming_school: vo_registrations::lists_naming(db, school, procedure).await?,
        verification_closes_at: instants.priority_verification_deadline,
        capacity_closes_at: instants.placement_at,
    }))
}

fn registration(choice: vo_registrations::FirstChoice) -> VoRegistration {
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
        decision: choice.decision.map(dto::priority_decision),
    }
}

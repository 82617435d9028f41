//! The frozen input of a run, read from the database: every AV registration of the procedure
//! with its definitive list, the programmes with their capacities, and approved priority claims.
//!
//! Priority tiers: an approved claim at the 1st choice is `class::APPROVED_CLAIM`. Every pupil in
//! this system attends a primary school of the region, so the category "primary school or home
//! town in the region" holds for all and changes no order; it is not written into the snapshot.

use std::collections::HashMap;

use overstap_domain::placement::{
    PlacementSnapshot, Seed, SnapshotPriority, SnapshotProgramme, SnapshotUnit, class,
};
use overstap_domain::preference::ListDraft;
use overstap_domain::{ProgrammeId, PupilId, RegionId, RegionProfile, RegistrationStatus};
use overstap_persistence::entities::{priority_decision, registration};
use overstap_persistence::procedures::Procedure;
use overstap_persistence::schools::{self, SchoolKind};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::error::ApiError;

pub async fn build<C: ConnectionTrait>(
    db: &C,
    procedure: &Procedure,
    region: RegionId,
    profile: &RegionProfile,
    seed: Seed,
) -> Result<PlacementSnapshot, ApiError> {
    let mut programmes = Vec::new();
    for school in schools::list_for_region(db, region)
        .await?
        .into_iter()
        .filter(|s| s.kind == SchoolKind::Vo)
    {
        for programme in schools::list_programmes(db, school.id).await? {
            programmes.push(SnapshotProgramme {
                id: programme.id,
                capacity: programme.capacity,
            });
        }
    }
    let rows = registration::Entity::find()
        .filter(registration::Column::ProcedureId.eq(procedure.id.as_uuid()))
        .filter(registration::Column::Status.eq(RegistrationStatus::Av.as_str()))
        .all(db)
        .await?;
    let mut lists: HashMap<PupilId, (Uuid, ListDraft)> = HashMap::with_capacity(rows.len());
    for row in rows {
        let draft: ListDraft = row
            .draft
            .map(serde_json::from_value)
            .transpose()
            .map_err(ApiError::internal)?
            .unwrap_or_default();
        lists.insert(PupilId::from_uuid(row.pupil_id), (row.id, draft));
    }
    let approved: HashMap<Uuid, Uuid> = priority_decision::Entity::find()
        .filter(priority_decision::Column::Decision.eq("approved"))
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.registration_id, d.programme_id))
        .collect();

    let mut units = Vec::with_capacity(lists.len());
    let mut priorities = Vec::new();
    for (&pupil, (registration_id, draft)) in &lists {
        let choices: Vec<ProgrammeId> = draft.entries.iter().map(|e| e.programme).collect();
        // Linked twins apply as one unit when both confirmed the same list.
        let twin = draft.twin.filter(|twin| {
            lists.get(twin).is_some_and(|(_, other)| {
                other
                    .entries
                    .iter()
                    .map(|e| e.programme)
                    .eq(choices.iter().copied())
            })
        });
        if let Some(twin) = twin
            && twin < pupil
        {
            // The pair is written once, under the smaller id.
        } else {
            units.push(SnapshotUnit {
                pupil,
                twin,
                choices: choices.clone(),
            });
        }
        if let Some(programme) = approved.get(registration_id)
            && choices.first().map(|p| p.as_uuid()) == Some(*programme)
        {
            priorities.push(SnapshotPriority {
                pupil,
                programme: ProgrammeId::from_uuid(*programme),
                class: class::APPROVED_CLAIM,
            });
        }
    }
    units.sort_by_key(|u| u.pupil);
    priorities.sort_by_key(|p| (p.pupil, p.programme));
    programmes.sort_by_key(|p| p.id);
    Ok(PlacementSnapshot {
        mechanism: profile.placement(),
        tie_breaking: profile.tie_breaking(),
        seed,
        programmes,
        units,
        priorities,
    })
}

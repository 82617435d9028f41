//! The frozen input of a run, read from the database: every AV registration of the procedure
//! with its definitive list, the programmes with their capacities, and approved priority claims.
//!
//! Priority tiers: an approved claim at the 1st choice is `class::APPROVED_CLAIM`. Every pupil in
//! this system attends a primary school of the region, so the category "primary school or home
//! town in the region" holds for all and changes no order; it is not written into the snapshot.

use std::collections::HashMap;

use overstap_domain::SchoolKind;
use overstap_domain::placement::{
    PlacementSnapshot, Seed, SnapshotPriority, SnapshotProgramme, SnapshotUnit, class,
};
use overstap_domain::preference::ListDraft;
use overstap_domain::{ProgrammeId, PupilId, RegionId, RegionProfile, RegistrationStatus};
use overstap_persistence::entities::{priority_decision, pupil};
use overstap_persistence::procedures::Procedure;
use overstap_persistence::schools;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult, QueryFilter, Statement,
};
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
        for programme in schools::list_programmes(db, school.id, procedure.id).await? {
            programmes.push(SnapshotProgramme {
                id: programme.id,
                capacity: programme.capacity,
            });
        }
    }
    let lists = definitive_lists(db, procedure).await?;
    // The twins the primary schools recorded: a link in a list counts only when it still
    // matches this record (a school may have unlinked or changed the twin since).
    let recorded: HashMap<PupilId, PupilId> = pupil::Entity::find()
        .filter(pupil::Column::ProcedureId.eq(procedure.id.as_uuid()))
        .filter(pupil::Column::TwinPupilId.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|p| {
            Some((
                PupilId::from_uuid(p.id),
                PupilId::from_uuid(p.twin_pupil_id?),
            ))
        })
        .collect();
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
        // Linked twins apply as one unit when both confirmed the same list, each list links
        // the other, and the primary school still records them as twins.
        let twin = draft.twin.filter(|twin| {
            recorded.get(&pupil) == Some(twin)
                && recorded.get(twin) == Some(&pupil)
                && lists.get(twin).is_some_and(|(_, other)| {
                    other.twin == Some(pupil)
                        && other
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

/// An AV registration's list as stored: the JSON text, parsed here straight into the list
/// (a JSON tree per registration first took 2 GB for 200,000 pupils).
#[derive(FromQueryResult)]
struct StoredList {
    id: Uuid,
    pupil_id: Uuid,
    draft: Option<String>,
}

/// Every AV registration of the procedure: pupil → (registration, list).
async fn definitive_lists<C: ConnectionTrait>(
    db: &C,
    procedure: &Procedure,
) -> Result<HashMap<PupilId, (Uuid, ListDraft)>, ApiError> {
    let backend = db.get_database_backend();
    let (procedure_param, status_param) = match backend {
        DbBackend::Postgres => ("$1", "$2"),
        _ => ("?1", "?2"),
    };
    let rows = StoredList::find_by_statement(Statement::from_sql_and_values(
        backend,
        format!(
            "SELECT id, pupil_id, CAST(draft AS TEXT) AS draft FROM registrations \
             WHERE procedure_id = {procedure_param} AND status = {status_param}"
        ),
        [
            procedure.id.as_uuid().into(),
            RegistrationStatus::Av.as_str().into(),
        ],
    ))
    .all(db)
    .await?;
    let mut lists = HashMap::with_capacity(rows.len());
    for row in rows {
        let draft: ListDraft = match row.draft.as_deref() {
            Some(text) => serde_json::from_str(text).map_err(ApiError::internal)?,
            None => ListDraft::default(),
        };
        lists.insert(PupilId::from_uuid(row.pupil_id), (row.id, draft));
    }
    Ok(lists)
}

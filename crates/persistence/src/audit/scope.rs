//! Where an entry belongs: the region, school and pupil it concerns, found from its subject
//! (a pupil's school, a programme's school, a run's procedure …) and, where the subject does
//! not tell, from its actor (a staff member's region and school, a parent's child). Written
//! with the entry, so the log can be read per region, per school and per pupil.

use overstap_domain::{PupilId, RegionId, SchoolId};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, QuerySelect};
use uuid::Uuid;

use super::{AuditActor, AuditSubject};
use crate::entities::{
    board, parent_account, placement_run, procedure, programme, pupil, registration, reserve_offer,
    school, seed_commitment, staff_user,
};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scope {
    pub region: Option<RegionId>,
    pub school: Option<SchoolId>,
    pub pupil: Option<PupilId>,
}

impl Scope {
    fn or(self, other: Scope) -> Scope {
        Scope {
            region: self.region.or(other.region),
            school: self.school.or(other.school),
            pupil: self.pupil.or(other.pupil),
        }
    }
}

async fn of_school<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<Scope, DbErr> {
    Ok(school::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|s| Scope {
            region: Some(RegionId::from_uuid(s.region_id)),
            school: Some(SchoolId::from_uuid(s.id)),
            pupil: None,
        })
        .unwrap_or_default())
}

async fn of_pupil<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<Scope, DbErr> {
    let Some(row) = pupil::Entity::find_by_id(id).one(db).await? else {
        return Ok(Scope::default());
    };
    Ok(Scope {
        pupil: Some(PupilId::from_uuid(id)),
        ..of_school(db, row.school_id).await?
    })
}

async fn of_procedure<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<Scope, DbErr> {
    Ok(Scope {
        region: procedure::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|p| RegionId::from_uuid(p.region_id)),
        ..Scope::default()
    })
}

async fn of_subject<C: ConnectionTrait>(db: &C, subject: AuditSubject) -> Result<Scope, DbErr> {
    match subject {
        AuditSubject::Pupil(id) => of_pupil(db, id.as_uuid()).await,
        AuditSubject::ErasedPupil(_) | AuditSubject::Procedure(None) => Ok(Scope::default()),
        AuditSubject::Registration(id) => {
            match registration::Entity::find_by_id(id.as_uuid())
                .one(db)
                .await?
            {
                Some(row) => of_pupil(db, row.pupil_id).await,
                None => Ok(Scope::default()),
            }
        }
        AuditSubject::ParentAccount(id) => {
            match parent_account::Entity::find_by_id(id.as_uuid())
                .one(db)
                .await?
            {
                Some(row) => of_pupil(db, row.pupil_id).await,
                None => Ok(Scope::default()),
            }
        }
        AuditSubject::StaffUser(id) => of_staff(db, id.as_uuid()).await,
        AuditSubject::Region(id) => Ok(Scope {
            region: Some(id),
            ..Scope::default()
        }),
        AuditSubject::Board(id) => Ok(Scope {
            region: board::Entity::find_by_id(id.as_uuid())
                .one(db)
                .await?
                .map(|b| RegionId::from_uuid(b.region_id)),
            ..Scope::default()
        }),
        AuditSubject::School(id) => of_school(db, id.as_uuid()).await,
        // The region's; for a board admin's client also one of its schools (all the board's),
        // so that the board admin reads the entries about it. A coordinator's client, which
        // may act for schools of several boards, stays region-wide.
        AuditSubject::ApiClient(id) => {
            let client = crate::api_clients::find(db, id, time::OffsetDateTime::UNIX_EPOCH).await?;
            let region = client.as_ref().map(|c| c.region_id);
            let school = client
                .filter(|c| c.board_id.is_some())
                .and_then(|c| c.schools.first().copied());
            Ok(Scope {
                region,
                school,
                pupil: None,
            })
        }
        AuditSubject::Programme(id) => {
            match programme::Entity::find_by_id(id.as_uuid()).one(db).await? {
                Some(row) => of_school(db, row.school_id).await,
                None => Ok(Scope::default()),
            }
        }
        AuditSubject::PlacementRun(id) => {
            // Only the procedure: the row's snapshot can be a hundred megabytes.
            let procedure: Option<Uuid> = placement_run::Entity::find_by_id(id.as_uuid())
                .select_only()
                .column(placement_run::Column::ProcedureId)
                .into_tuple()
                .one(db)
                .await?;
            match procedure {
                Some(procedure) => of_procedure(db, procedure).await,
                None => Ok(Scope::default()),
            }
        }
        AuditSubject::SeedCommitment(id) => {
            match seed_commitment::Entity::find_by_id(id.as_uuid())
                .one(db)
                .await?
            {
                Some(row) => of_procedure(db, row.procedure_id).await,
                None => Ok(Scope::default()),
            }
        }
        AuditSubject::ReserveOffer(id) => {
            match reserve_offer::Entity::find_by_id(id.as_uuid())
                .one(db)
                .await?
            {
                Some(row) => {
                    let programme = programme::Entity::find_by_id(row.programme_id)
                        .one(db)
                        .await?;
                    let school = match programme {
                        Some(p) => of_school(db, p.school_id).await?,
                        None => Scope::default(),
                    };
                    Ok(Scope {
                        pupil: Some(PupilId::from_uuid(row.pupil_id)),
                        ..school
                    })
                }
                None => Ok(Scope::default()),
            }
        }
        AuditSubject::Procedure(Some(id)) => of_procedure(db, id.as_uuid()).await,
    }
}

async fn of_staff<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<Scope, DbErr> {
    Ok(staff_user::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|s| Scope {
            region: Some(RegionId::from_uuid(s.region_id)),
            school: s.school_id.map(SchoolId::from_uuid),
            pupil: None,
        })
        .unwrap_or_default())
}

/// The scope of an entry: its subject's, completed by its actor's region.
pub async fn of<C: ConnectionTrait>(
    db: &C,
    actor: AuditActor,
    subject: AuditSubject,
) -> Result<Scope, DbErr> {
    let scope = of_subject(db, subject).await?;
    if scope.region.is_some() {
        return Ok(scope);
    }
    let Some(id) = actor.id else {
        return Ok(scope);
    };
    let by_actor = if actor.role == overstap_domain::Role::Parent.as_str() {
        match parent_account::Entity::find_by_id(id).one(db).await? {
            Some(row) => of_pupil(db, row.pupil_id).await?,
            None => Scope::default(),
        }
    } else {
        let staff = of_staff(db, id).await?;
        // The actor's school is where they work, not what the entry is about.
        Scope {
            school: None,
            ..staff
        }
    };
    Ok(scope.or(by_actor))
}

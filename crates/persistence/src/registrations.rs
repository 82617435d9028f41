//! Registrations (aanmeldingen): the domain aggregate stored with a revision for optimistic
//! concurrency, its form versions, and the status counters that follow every status change.

use std::collections::HashMap;

use overstap_domain::preference::ListDraft;
use overstap_domain::registration::{Registration, RegistrationParts};
use overstap_domain::{ProcedureId, PupilId, RegistrationId, SchoolId};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::{registration, registration_form_version};
use crate::status_counts::{self, Deltas};

/// A registration as loaded, with the revision a save must still find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub registration: Registration,
    pub procedure_id: ProcedureId,
    pub revision: i32,
}

pub(crate) fn from_row(row: registration::Model) -> Result<Stored, DbErr> {
    let bad = |what: &str, e: &dyn std::fmt::Display| {
        DbErr::Type(format!("registration {}: {what}: {e}", row.id))
    };
    let draft: Option<ListDraft> = row
        .draft
        .clone()
        .map(serde_json::from_value)
        .transpose()
        .map_err(|e| bad("draft", &e))?;
    let registration = Registration::restore(RegistrationParts {
        id: RegistrationId::from_uuid(row.id),
        pupil: PupilId::from_uuid(row.pupil_id),
        status: row.status.0,
        form_version: u32::try_from(row.form_version).map_err(|e| bad("form_version", &e))?,
        login_version: u32::try_from(row.login_version).map_err(|e| bad("login_version", &e))?,
        draft,
        week_closed: row.week_closed,
    })
    .map_err(|e| bad("restore", &e))?;
    Ok(Stored {
        registration,
        procedure_id: ProcedureId::from_uuid(row.procedure_id),
        revision: row.revision,
    })
}

pub async fn find_for_pupil<C: ConnectionTrait>(
    db: &C,
    pupil: PupilId,
) -> Result<Option<Stored>, DbErr> {
    registration::Entity::find()
        .filter(registration::Column::PupilId.eq(pupil.as_uuid()))
        .one(db)
        .await?
        .map(from_row)
        .transpose()
}

pub async fn find_for_pupils<C: ConnectionTrait>(
    db: &C,
    pupils: &[PupilId],
) -> Result<HashMap<PupilId, Stored>, DbErr> {
    let mut found = HashMap::with_capacity(pupils.len());
    for chunk in pupils.chunks(500) {
        for row in registration::Entity::find()
            .filter(registration::Column::PupilId.is_in(chunk.iter().map(|p| p.as_uuid())))
            .all(db)
            .await?
        {
            let stored = from_row(row)?;
            found.insert(stored.registration.pupil(), stored);
        }
    }
    Ok(found)
}

/// Where the pupil is counted on the status board.
#[derive(Debug, Clone, Copy)]
pub struct BoardCell<'a> {
    pub school: SchoolId,
    pub class_name: &'a str,
}

/// Writes `next` over `stored` if nobody changed it since it was loaded (false otherwise),
/// and moves the pupil's count on the status board when the status changed.
pub async fn save<C: ConnectionTrait>(
    db: &C,
    stored: &Stored,
    next: &Registration,
    cell: BoardCell<'_>,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let draft = next
        .draft()
        .map(serde_json::to_value)
        .transpose()
        .map_err(|e| DbErr::Custom(format!("draft: {e}")))?;
    let result = registration::Entity::update_many()
        .col_expr(
            registration::Column::Status,
            Expr::value(next.status().as_str()),
        )
        .col_expr(
            registration::Column::FormVersion,
            Expr::value(i32::try_from(next.form_version()).unwrap_or(i32::MAX)),
        )
        .col_expr(
            registration::Column::LoginVersion,
            Expr::value(i32::try_from(next.login_version()).unwrap_or(i32::MAX)),
        )
        .col_expr(registration::Column::Draft, Expr::value(draft))
        .col_expr(
            registration::Column::WeekClosed,
            Expr::value(next.week_closed()),
        )
        .col_expr(
            registration::Column::Revision,
            Expr::value(stored.revision + 1),
        )
        .col_expr(registration::Column::UpdatedAt, Expr::value(now))
        .filter(registration::Column::Id.eq(next.id().as_uuid()))
        .filter(registration::Column::Revision.eq(stored.revision))
        .exec(db)
        .await?;
    if result.rows_affected != 1 {
        return Ok(false);
    }
    let before = stored.registration.status();
    if before != next.status() {
        let mut deltas = Deltas::default();
        deltas.moved(
            (stored.procedure_id, cell.school),
            (cell.class_name, before),
            (cell.class_name, next.status()),
        );
        status_counts::apply(db, &deltas).await?;
    }
    Ok(true)
}

/// Freezes the pupil data of a form version (1 at creation, +1 per correction).
pub async fn add_form_version<C: ConnectionTrait>(
    db: &C,
    registration: RegistrationId,
    version: u32,
    data: serde_json::Value,
    reason: &str,
    created_by: &str,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    registration_form_version::Entity::insert(registration_form_version::ActiveModel {
        id: Set(Uuid::new_v4()),
        registration_id: Set(registration.as_uuid()),
        version: Set(i32::try_from(version).unwrap_or(i32::MAX)),
        data: Set(data),
        reason: Set(reason.to_owned()),
        created_by: Set(created_by.to_owned()),
        created_at: Set(now),
    })
    .exec(db)
    .await?;
    Ok(())
}

/// Wit/blauw → blauw with the next login version, for many registrations at once; only rows
/// still in `status` with `login_version` change. Returns how many did.
pub async fn advance_login<C: ConnectionTrait>(
    db: &C,
    pupils: &[PupilId],
    status: &str,
    login_version: u32,
    now: OffsetDateTime,
) -> Result<u64, DbErr> {
    let mut updated = 0;
    for chunk in pupils.chunks(500) {
        updated += registration::Entity::update_many()
            .col_expr(
                registration::Column::Status,
                Expr::value(overstap_domain::RegistrationStatus::Blauw.as_str()),
            )
            .col_expr(
                registration::Column::LoginVersion,
                Expr::value(i32::try_from(login_version + 1).unwrap_or(i32::MAX)),
            )
            .col_expr(
                registration::Column::Revision,
                Expr::col(registration::Column::Revision).add(1),
            )
            .col_expr(registration::Column::UpdatedAt, Expr::value(now))
            .filter(registration::Column::PupilId.is_in(chunk.iter().map(|p| p.as_uuid())))
            .filter(registration::Column::Status.eq(status))
            .filter(
                registration::Column::LoginVersion
                    .eq(i32::try_from(login_version).unwrap_or(i32::MAX)),
            )
            .exec(db)
            .await?
            .rows_affected;
    }
    Ok(updated)
}

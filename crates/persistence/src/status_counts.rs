//! Maintained counters of pupils per procedure, school, class and status, for the status
//! board: each procedure year counts its own pupils.

use std::collections::BTreeMap;

use overstap_domain::{ProcedureId, RegistrationStatus, SchoolId};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::entities::status_count;

/// Changes to apply, keyed by (procedure, school, class, status). Applied in key order, so concurrent
/// transactions lock counter rows in the same order and never deadlock each other.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Deltas(BTreeMap<(ProcedureId, SchoolId, String, RegistrationStatus), i32>);

impl Deltas {
    pub fn add(
        &mut self,
        (procedure, school): (ProcedureId, SchoolId),
        class: &str,
        status: RegistrationStatus,
        delta: i32,
    ) {
        *self
            .0
            .entry((procedure, school, class.to_owned(), status))
            .or_default() += delta;
    }

    /// One pupil moving from one status (or class) to another.
    pub fn moved(
        &mut self,
        school: (ProcedureId, SchoolId),
        (from_class, from): (&str, RegistrationStatus),
        (to_class, to): (&str, RegistrationStatus),
    ) {
        self.add(school, from_class, from, -1);
        self.add(school, to_class, to, 1);
    }

    /// ((procedure, school), class, status, change), in key order.
    pub fn iter(&self) -> impl Iterator<Item = ((ProcedureId, SchoolId), &str, &'static str, i32)> {
        self.0
            .iter()
            .map(|((procedure, school, class, status), delta)| {
                (
                    (*procedure, *school),
                    class.as_str(),
                    status.as_str(),
                    *delta,
                )
            })
    }
}

pub async fn apply<C: ConnectionTrait>(db: &C, deltas: &Deltas) -> Result<(), DbErr> {
    for ((procedure, school, class, status), delta) in &deltas.0 {
        if *delta == 0 {
            continue;
        }
        status_count::Entity::insert(status_count::ActiveModel {
            id: Set(Uuid::new_v4()),
            procedure_id: Set(procedure.as_uuid()),
            school_id: Set(school.as_uuid()),
            class_name: Set(class.clone()),
            status: Set((*status).into()),
            count: Set(*delta),
        })
        .on_conflict(
            OnConflict::columns([
                status_count::Column::ProcedureId,
                status_count::Column::SchoolId,
                status_count::Column::ClassName,
                status_count::Column::Status,
            ])
            .value(
                status_count::Column::Count,
                Expr::col((status_count::Entity, status_count::Column::Count)).add(Expr::col((
                    Alias::new("excluded"),
                    status_count::Column::Count,
                ))),
            )
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub class_name: String,
    pub status: RegistrationStatus,
    pub count: u32,
}

/// The counters of `school` in `procedure`.
pub async fn for_school<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
    school: SchoolId,
) -> Result<Vec<Count>, DbErr> {
    status_count::Entity::find()
        .filter(status_count::Column::ProcedureId.eq(procedure.as_uuid()))
        .filter(status_count::Column::SchoolId.eq(school.as_uuid()))
        .order_by_asc(status_count::Column::ClassName)
        .all(db)
        .await?
        .into_iter()
        .map(|row| {
            Ok(Count {
                status: row.status.0,
                class_name: row.class_name,
                count: u32::try_from(row.count).unwrap_or(0),
            })
        })
        .collect()
}

/// Removes the counters of `procedure`, whose pupils the retention purge erased.
pub async fn delete_for_procedure<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
) -> Result<(), DbErr> {
    status_count::Entity::delete_many()
        .filter(status_count::Column::ProcedureId.eq(procedure.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

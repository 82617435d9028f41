//! A pupil as a VO school sees them, and the AV list entries at the school's programmes: the
//! query pieces that the VO school's registrations, placements and priority reads share.

use overstap_domain::{Advice, ProcedureId, PupilId, SchoolId};
use sea_orm::sea_query::{Expr, ExprTrait, IntoColumnRef, Query, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, Statement};
use uuid::Uuid;

use crate::entities::{preference_entry, programme, pupil, registration, school};
use crate::stored::Stored;

/// A pupil as the VO school sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PupilLine {
    pub pupil_id: PupilId,
    pub first_name: String,
    pub last_name: String,
    pub elk_number: String,
    pub advice: Advice,
    pub primary_school_name: String,
}

pub(crate) fn col<E: EntityTrait, C: ColumnTrait>(entity: E, column: C) -> Expr {
    Expr::col((entity, column))
}

/// The definitive (AV) list entries of `procedure` at `school`'s programmes.
pub(crate) fn av_entries_at(school: SchoolId, procedure: ProcedureId) -> SelectStatement {
    Query::select()
        .from(preference_entry::Entity)
        .inner_join(
            programme::Entity,
            col(programme::Entity, programme::Column::Id).equals((
                preference_entry::Entity,
                preference_entry::Column::ProgrammeId,
            )),
        )
        .inner_join(
            registration::Entity,
            col(registration::Entity, registration::Column::Id).equals((
                preference_entry::Entity,
                preference_entry::Column::RegistrationId,
            )),
        )
        .and_where(col(programme::Entity, programme::Column::SchoolId).eq(school.as_uuid()))
        .and_where(
            col(registration::Entity, registration::Column::ProcedureId).eq(procedure.as_uuid()),
        )
        .and_where(col(registration::Entity, registration::Column::Status).eq("AV"))
        .to_owned()
}

/// Joins the pupil named by `pupil_id` and their primary school, and selects a `PupilRow`.
pub(crate) fn with_pupil(select: &mut SelectStatement, pupil_id: impl IntoColumnRef) {
    select
        .inner_join(
            pupil::Entity,
            col(pupil::Entity, pupil::Column::Id).equals(pupil_id),
        )
        .inner_join(
            school::Entity,
            col(school::Entity, school::Column::Id)
                .equals((pupil::Entity, pupil::Column::SchoolId)),
        )
        .expr_as(col(pupil::Entity, pupil::Column::Id), "pupil_id")
        .column((pupil::Entity, pupil::Column::FirstName))
        .column((pupil::Entity, pupil::Column::LastName))
        .column((pupil::Entity, pupil::Column::ElkNumber))
        .column((pupil::Entity, pupil::Column::Advice))
        .expr_as(
            col(school::Entity, school::Column::Name),
            "primary_school_name",
        );
}

#[derive(FromQueryResult)]
pub(crate) struct PupilRow {
    pupil_id: Uuid,
    first_name: String,
    last_name: String,
    elk_number: String,
    advice: Stored<Advice>,
    primary_school_name: String,
}

impl From<PupilRow> for PupilLine {
    fn from(row: PupilRow) -> PupilLine {
        PupilLine {
            pupil_id: PupilId::from_uuid(row.pupil_id),
            first_name: row.first_name,
            last_name: row.last_name,
            elk_number: row.elk_number,
            advice: row.advice.0,
            primary_school_name: row.primary_school_name,
        }
    }
}

pub(crate) fn build<C: ConnectionTrait>(db: &C, select: &SelectStatement) -> Statement {
    db.get_database_backend().build(select)
}

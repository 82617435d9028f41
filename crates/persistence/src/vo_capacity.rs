//! The VO school's capacity: the seats of each of its programmes.

use overstap_domain::{ProcedureId, ProgrammeId, SchoolId};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use crate::entities::programme;
use crate::schools::Programme;

/// The programme `id` if `school` offers it in `procedure`.
pub async fn programme_of<C: ConnectionTrait>(
    db: &C,
    school: SchoolId,
    procedure: ProcedureId,
    id: ProgrammeId,
) -> Result<Option<Programme>, DbErr> {
    programme::Entity::find_by_id(id.as_uuid())
        .filter(programme::Column::SchoolId.eq(school.as_uuid()))
        .filter(programme::Column::ProcedureId.eq(procedure.as_uuid()))
        .one(db)
        .await?
        .map(crate::schools::programme_from_row)
        .transpose()
}

/// Sets the seats of programme `id`.
pub async fn set_capacity<C: ConnectionTrait>(
    db: &C,
    id: ProgrammeId,
    capacity: u32,
) -> Result<(), DbErr> {
    programme::Entity::update_many()
        .col_expr(
            programme::Column::Capacity,
            Expr::value(i32::try_from(capacity).unwrap_or(i32::MAX)),
        )
        .filter(programme::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

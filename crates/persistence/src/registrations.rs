//! Registrations (aanmeldingen): one per pupil per procedure, with a status and a revision.

use overstap_domain::{PupilId, RegistrationStatus};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use time::OffsetDateTime;

use crate::entities::registration;

/// Sets the status of a pupil's registration and bumps its revision.
pub async fn set_status<C: ConnectionTrait>(
    db: &C,
    pupil_id: PupilId,
    status: RegistrationStatus,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let result = registration::Entity::update_many()
        .col_expr(registration::Column::Status, Expr::value(status.as_str()))
        .col_expr(
            registration::Column::Revision,
            Expr::col(registration::Column::Revision).add(1),
        )
        .col_expr(registration::Column::UpdatedAt, Expr::value(now))
        .filter(registration::Column::PupilId.eq(pupil_id.as_uuid()))
        .exec(db)
        .await?;
    Ok(result.rows_affected > 0)
}

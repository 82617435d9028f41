//! The `reserve_offers` table: a freed seat offered to a pupil on a reserve list.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "reserve_offers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub run_id: Uuid,
    pub programme_id: Uuid,
    pub pupil_id: Uuid,
    /// The pupil's position on the reserve list.
    pub position: i32,
    pub offered_by: Uuid,
    pub offered_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

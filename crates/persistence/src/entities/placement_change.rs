//! The `placement_changes` table: manual changes after a run, each with its reason.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "placement_changes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub run_id: Uuid,
    pub pupil_id: Uuid,
    pub from_programme_id: Option<Uuid>,
    pub to_programme_id: Option<Uuid>,
    pub reason: String,
    pub made_by: Uuid,
    pub made_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The `reserve_entries` table: per run and programme, the reserve list in order.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "reserve_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub run_id: Uuid,
    pub programme_id: Uuid,
    /// 1-based position on the list.
    pub position: i32,
    pub pupil_id: Uuid,
    pub choice_rank: i32,
    pub lot_number: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The `placements` table: per run, each participating pupil's programme (or none).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "placements")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub run_id: Uuid,
    pub pupil_id: Uuid,
    pub programme_id: Option<Uuid>,
    /// 1-based rank of the programme on the pupil's list.
    pub choice_rank: Option<i32>,
    pub lot_number: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The `priority_decisions` table: a VO school's verdict on a priority claim at its programme.

use sea_orm::entity::prelude::*;

use crate::stored::Stored;
use overstap_domain::PriorityVerdict;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "priority_decisions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub registration_id: Uuid,
    pub programme_id: Uuid,
    /// `approved` or `rejected`.
    pub decision: Stored<PriorityVerdict>,
    pub reason: Option<String>,
    pub decided_by: Uuid,
    pub decided_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

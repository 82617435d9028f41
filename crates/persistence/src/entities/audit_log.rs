//! The `audit_log` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub occurred_at: TimeDateTimeWithTimeZone,
    pub actor_role: String,
    pub actor_id: Option<Uuid>,
    pub action: String,
    pub subject_kind: String,
    pub subject_id: Option<Uuid>,
    pub details: Json,
    /// The region, school and pupil the entry concerns (found from its subject and actor).
    pub region_id: Option<Uuid>,
    pub school_id: Option<Uuid>,
    pub pupil_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The `procedures` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "procedures")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub region_id: Uuid,
    pub school_year: String,
    pub login_dispatch_opens_at: TimeDateTimeWithTimeZone,
    pub login_dispatch_closes_at: TimeDateTimeWithTimeZone,
    pub registration_opens_at: TimeDateTimeWithTimeZone,
    pub registration_closes_at: TimeDateTimeWithTimeZone,
    pub priority_verification_deadline: TimeDateTimeWithTimeZone,
    pub placement_at: TimeDateTimeWithTimeZone,
    pub publication_at: TimeDateTimeWithTimeZone,
    pub round2_opens_at: Option<TimeDateTimeWithTimeZone>,
    pub round2_closes_at: Option<TimeDateTimeWithTimeZone>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

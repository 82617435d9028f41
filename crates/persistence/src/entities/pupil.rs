//! The `pupils` table.

use sea_orm::entity::prelude::*;

use crate::stored::Stored;
use overstap_domain::Advice;
use overstap_domain::pupil::paper_route::PaperReason;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "pupils")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub procedure_id: Uuid,
    pub school_id: Uuid,
    /// The primary school's own pupil id (from its administration software).
    pub external_id: String,
    pub elk_number: String,
    pub first_name: String,
    pub last_name: String,
    pub class_name: String,
    pub birth_date: TimeDate,
    pub advice: Stored<Advice>,
    pub lwoo: bool,
    pub home_town: String,
    pub parent_email: String,
    pub twin_pupil_id: Option<Uuid>,
    /// Set when the pupil takes the paper route.
    pub paper_route: Option<Stored<PaperReason>>,
    pub paper_handed_in_on: Option<TimeDate>,
    pub paper_handed_in_to: Option<String>,
    pub created_at: TimeDateTimeWithTimeZone,
    pub updated_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::registration::Entity")]
    Registration,
}

impl Related<super::registration::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Registration.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

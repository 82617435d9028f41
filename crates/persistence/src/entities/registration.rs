//! The `registrations` table.

use sea_orm::entity::prelude::*;

use crate::stored::Stored;
use overstap_domain::RegistrationStatus;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "registrations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub pupil_id: Uuid,
    pub procedure_id: Uuid,
    /// `wit`, `blauw`, `groen`, `AG` or `AV`.
    pub status: Stored<RegistrationStatus>,
    pub form_version: i32,
    /// Bumped on every write, for optimistic concurrency.
    pub revision: i32,
    pub confirmed_at: Option<TimeDateTimeWithTimeZone>,
    /// How many login e-mails were sent; only the newest link activates.
    pub login_version: i32,
    /// The preference list of an AG or AV registration.
    pub draft: Option<Json>,
    pub week_closed: bool,
    pub updated_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::pupil::Entity",
        from = "Column::PupilId",
        to = "super::pupil::Column::Id"
    )]
    Pupil,
}

impl Related<super::pupil::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Pupil.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

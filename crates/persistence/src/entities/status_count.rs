//! The `status_counts` table: pupils per procedure, school, class and registration status.

use sea_orm::entity::prelude::*;

use crate::stored::Stored;
use overstap_domain::RegistrationStatus;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "status_counts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub procedure_id: Uuid,
    pub school_id: Uuid,
    pub class_name: String,
    pub status: Stored<RegistrationStatus>,
    pub count: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The `staff_users` table.

use sea_orm::entity::prelude::*;

use crate::stored::Stored;
use overstap_domain::{Language, Role};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub email: String,
    pub password_hash: String,
    pub display_name: String,
    pub role: Stored<Role>,
    pub region_id: Uuid,
    pub school_id: Option<Uuid>,
    pub board_id: Option<Uuid>,
    pub active: bool,
    pub created_at: TimeDateTimeWithTimeZone,
    /// Dutch or English: the language of the account's e-mails.
    pub language: Stored<Language>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

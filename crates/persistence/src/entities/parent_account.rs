//! The `parent_accounts` table.

use sea_orm::entity::prelude::*;

use crate::stored::Stored;
use overstap_domain::Language;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "parent_accounts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub pupil_id: Uuid,
    /// Absent until the parent activates the account.
    pub password_hash: Option<String>,
    pub activated_at: Option<TimeDateTimeWithTimeZone>,
    pub language: Stored<Language>,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

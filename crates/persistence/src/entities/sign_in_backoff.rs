//! The `sign_in_backoff` table: failed sign-ins per account name (hashed), shared by replicas.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "sign_in_backoff")]
pub struct Model {
    /// SHA-256 (hex) of the normalised account name.
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_key: String,
    pub failures: i32,
    pub last_failure_at: TimeDateTimeWithTimeZone,
    pub blocked_until: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The `staff_totp` table: a staff member's one-time-password secret (RFC 6238).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_totp")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub staff_user_id: Uuid,
    /// Base32.
    pub secret: String,
    /// Null until the first code from the app is confirmed.
    pub confirmed_at: Option<TimeDateTimeWithTimeZone>,
    /// The last accepted time step; a code is accepted once.
    pub last_step: Option<i64>,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The `api_clients` table: systems that sign in with client credentials.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "api_clients")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub region_id: Uuid,
    /// Set when a board admin made the client: it acts for the board's schools only.
    pub board_id: Option<Uuid>,
    pub name: String,
    /// Space-separated scope tokens (`pupils:read pupils:write`).
    pub scopes: String,
    pub requests_per_minute: i32,
    /// The staff member who made it.
    pub created_by: Option<Uuid>,
    pub created_at: TimeDateTimeWithTimeZone,
    pub revoked_at: Option<TimeDateTimeWithTimeZone>,
    pub last_used_at: Option<TimeDateTimeWithTimeZone>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The `api_client_secrets` table: an API client's secrets, as SHA-256 hashes.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "api_client_secrets")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub api_client_id: Uuid,
    /// SHA-256 of the secret (256 random bits); the secret itself is shown once, never stored.
    pub secret_hash: String,
    pub created_at: TimeDateTimeWithTimeZone,
    /// Set when the secret was rotated out: it works until then.
    pub expires_at: Option<TimeDateTimeWithTimeZone>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

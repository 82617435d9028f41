//! The `refresh_tokens` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "refresh_tokens")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// SHA-256 of the token; the token itself is never stored.
    pub token_hash: String,
    /// All tokens rotated from one sign-in share a family; reuse of a used one revokes it.
    pub family_id: Uuid,
    pub role: String,
    /// The staff user or parent account the token belongs to.
    pub subject_id: Uuid,
    pub created_at: TimeDateTimeWithTimeZone,
    pub expires_at: TimeDateTimeWithTimeZone,
    pub used_at: Option<TimeDateTimeWithTimeZone>,
    pub revoked_at: Option<TimeDateTimeWithTimeZone>,
    /// When the session (family) began; null on rows written before it was kept.
    pub session_started_at: Option<TimeDateTimeWithTimeZone>,
    /// The school a staff session works on; null for the account's own school.
    pub school_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

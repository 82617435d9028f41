//! The `idempotent_requests` table: signed-in `POST`s sent with an `Idempotency-Key`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "idempotent_requests")]
pub struct Model {
    /// Who sent it: the actor's role and id and the school it worked on.
    #[sea_orm(primary_key, auto_increment = false)]
    pub caller: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    /// SHA-256 of method, path, query and body.
    pub request_hash: String,
    /// Which request runs (or ran) under the key: only it may finish or release it.
    pub claim_id: String,
    /// The answer's status; null while the first request runs.
    pub status: Option<i32>,
    pub content_type: Option<String>,
    pub location: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub body: Option<String>,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

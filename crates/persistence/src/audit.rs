//! The append-only audit log. There is deliberately no update or delete here.

use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::audit_log;

pub struct AuditEntry<'a> {
    pub occurred_at: OffsetDateTime,
    /// The actor's role, or `system` for jobs.
    pub actor_role: &'a str,
    pub actor_id: Option<Uuid>,
    /// A stable verb such as `auth.sign_in` or `demo.seeded`.
    pub action: &'a str,
    pub subject_kind: &'a str,
    pub subject_id: Option<Uuid>,
    pub details: serde_json::Value,
}

pub async fn append<C: ConnectionTrait>(db: &C, entry: AuditEntry<'_>) -> Result<(), DbErr> {
    audit_log::Entity::insert(audit_log::ActiveModel {
        id: Set(Uuid::new_v4()),
        occurred_at: Set(entry.occurred_at),
        actor_role: Set(entry.actor_role.to_owned()),
        actor_id: Set(entry.actor_id),
        action: Set(entry.action.to_owned()),
        subject_kind: Set(entry.subject_kind.to_owned()),
        subject_id: Set(entry.subject_id),
        details: Set(entry.details),
    })
    .exec(db)
    .await?;
    Ok(())
}

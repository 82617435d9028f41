//! Idempotency keys of parent actions: a retried request with the same key finds the key
//! taken and answers with the current state instead of acting twice.

use overstap_domain::{ParentAccountId, RegistrationId};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait, TryInsertResult};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::idempotency_key;

/// Takes `key` for `action` on `registration`; false when this account already used it.
/// Run it in the transaction of the action, so a failed action frees the key again.
pub async fn claim<C: ConnectionTrait>(
    db: &C,
    account: ParentAccountId,
    key: &str,
    action: &str,
    registration: RegistrationId,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let result = idempotency_key::Entity::insert(idempotency_key::ActiveModel {
        id: Set(Uuid::new_v4()),
        parent_account_id: Set(account.as_uuid()),
        key: Set(key.to_owned()),
        action: Set(action.to_owned()),
        registration_id: Set(registration.as_uuid()),
        created_at: Set(now),
    })
    .on_conflict_do_nothing_on([
        idempotency_key::Column::ParentAccountId,
        idempotency_key::Column::Key,
    ])
    .exec(db)
    .await?;
    Ok(matches!(result, TryInsertResult::Inserted(_)))
}

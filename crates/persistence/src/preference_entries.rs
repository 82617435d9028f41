//! The definitive lists of AV registrations, one row per ranked programme, for the VO schools'
//! counts and for placement. Written at confirmation, removed at withdrawal.

use overstap_domain::preference::PreferenceList;
use overstap_domain::{PriorityClaim, RegistrationId};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::entities::preference_entry;

/// Replaces the stored definitive list of `registration` with `list`.
pub async fn replace<C: ConnectionTrait>(
    db: &C,
    registration: RegistrationId,
    list: &PreferenceList,
) -> Result<(), DbErr> {
    clear(db, registration).await?;
    let claim = list.priority_claim();
    let rows = list.choices().iter().enumerate().map(|(index, choice)| {
        let claim = claim.filter(|_| index == 0);
        let (sibling_name, sibling_class) = match claim {
            Some(PriorityClaim::Sibling { name, class }) => {
                (Some(name.clone()), Some(class.clone()))
            }
            _ => (None, None),
        };
        preference_entry::ActiveModel {
            id: Set(Uuid::new_v4()),
            registration_id: Set(registration.as_uuid()),
            rank: Set(i32::try_from(index + 1).unwrap_or(i32::MAX)),
            programme_id: Set(choice.programme.as_uuid()),
            priority_claim: Set(claim.map(|c| c.kind().as_str().to_owned())),
            sibling_name: Set(sibling_name),
            sibling_class: Set(sibling_class),
        }
    });
    preference_entry::Entity::insert_many(rows).exec(db).await?;
    Ok(())
}

/// Removes the definitive list (the registration went back to a draft).
pub async fn clear<C: ConnectionTrait>(db: &C, registration: RegistrationId) -> Result<(), DbErr> {
    preference_entry::Entity::delete_many()
        .filter(preference_entry::Column::RegistrationId.eq(registration.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

/// The stored programmes of `registration` in rank order.
pub async fn programmes<C: ConnectionTrait>(
    db: &C,
    registration: RegistrationId,
) -> Result<Vec<Uuid>, DbErr> {
    use sea_orm::QueryOrder;
    Ok(preference_entry::Entity::find()
        .filter(preference_entry::Column::RegistrationId.eq(registration.as_uuid()))
        .order_by_asc(preference_entry::Column::Rank)
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.programme_id)
        .collect())
}

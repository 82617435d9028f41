//! Everything held about one pupil and its parent, as JSON, for the parent's data export
//! (AVG art. 15). Password and token hashes are left out; e-mails are their subjects and dates.

use sea_orm::sea_query::{ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::entities::{
    audit_log, mail_outbox, parent_account, parent_login, placement, placement_change,
    preference_entry, priority_decision, pupil, registration, registration_form_version,
    reserve_entry, reserve_offer, round2_list,
};

const SECRETS: [&str; 2] = ["password_hash", "token_hash"];

fn without_secrets(rows: Vec<Value>) -> Value {
    Value::Array(
        rows.into_iter()
            .map(|mut row| {
                if let Some(object) = row.as_object_mut() {
                    for secret in SECRETS {
                        object.remove(secret);
                    }
                }
                row
            })
            .collect(),
    )
}

/// The export of `pupil_id`, or `None` when there is no such pupil.
pub async fn export<C: ConnectionTrait>(db: &C, pupil_id: Uuid) -> Result<Option<Value>, DbErr> {
    let Some(pupil_row) = pupil::Entity::find_by_id(pupil_id)
        .into_json()
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let parents = parent_account::Entity::find()
        .filter(parent_account::Column::PupilId.eq(pupil_id))
        .into_json()
        .all(db)
        .await?;
    let parent_ids: Vec<Uuid> = parents
        .iter()
        .filter_map(|p| p.get("id").and_then(Value::as_str))
        .filter_map(|id| Uuid::parse_str(id).ok())
        .collect();
    let registrations = Query::select()
        .column(registration::Column::Id)
        .from(registration::Entity)
        .and_where(registration::Column::PupilId.eq(pupil_id))
        .to_owned();
    let logins = parent_login::Entity::find()
        .filter(parent_login::Column::PupilId.eq(pupil_id))
        .order_by_asc(parent_login::Column::CreatedAt)
        .into_json()
        .all(db)
        .await?;
    let mut addresses: Vec<String> = logins
        .iter()
        .filter_map(|l| l.get("sent_to").and_then(Value::as_str).map(str::to_owned))
        .collect();
    if let Some(email) = pupil_row.get("parent_email").and_then(Value::as_str) {
        addresses.push(email.to_owned());
    }
    addresses.sort();
    addresses.dedup();
    let emails: Vec<Value> = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::Recipient.is_in(addresses))
        .order_by_asc(mail_outbox::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|m| {
            json!({
                "to": m.recipient, "subject": m.subject, "status": m.status.0.as_str(),
                "created_at": m.created_at, "sent_at": m.sent_at,
            })
        })
        .collect();
    let mut people = parent_ids.clone();
    people.push(pupil_id);
    let audit = audit_log::Entity::find()
        .filter(
            audit_log::Column::SubjectId
                .is_in(people.clone())
                .or(audit_log::Column::ActorId.is_in(people)),
        )
        .order_by_asc(audit_log::Column::OccurredAt)
        .into_json()
        .all(db)
        .await?;
    let by_pupil = |rows: Vec<Value>| without_secrets(rows);
    Ok(Some(json!({
        "pupil": pupil_row,
        "parent_accounts": without_secrets(parents),
        "registrations": by_pupil(registration::Entity::find()
            .filter(registration::Column::PupilId.eq(pupil_id)).into_json().all(db).await?),
        "registration_form_versions": by_pupil(registration_form_version::Entity::find()
            .filter(registration_form_version::Column::RegistrationId.in_subquery(registrations.clone()))
            .into_json().all(db).await?),
        "preference_entries": by_pupil(preference_entry::Entity::find()
            .filter(preference_entry::Column::RegistrationId.in_subquery(registrations.clone()))
            .order_by_asc(preference_entry::Column::Rank)
            .into_json().all(db).await?),
        "priority_decisions": by_pupil(priority_decision::Entity::find()
            .filter(priority_decision::Column::RegistrationId.in_subquery(registrations))
            .into_json().all(db).await?),
        "placements": by_pupil(placement::Entity::find()
            .filter(placement::Column::PupilId.eq(pupil_id)).into_json().all(db).await?),
        "placement_changes": by_pupil(placement_change::Entity::find()
            .filter(placement_change::Column::PupilId.eq(pupil_id)).into_json().all(db).await?),
        "reserve_entries": by_pupil(reserve_entry::Entity::find()
            .filter(reserve_entry::Column::PupilId.eq(pupil_id)).into_json().all(db).await?),
        "reserve_offers": by_pupil(reserve_offer::Entity::find()
            .filter(reserve_offer::Column::PupilId.eq(pupil_id)).into_json().all(db).await?),
        "round2_lists": by_pupil(round2_list::Entity::find()
            .filter(round2_list::Column::PupilId.eq(pupil_id)).into_json().all(db).await?),
        "login_links": without_secrets(logins),
        "emails": emails,
        "audit_entries": audit,
    })))
}

//! The school changes the parent's e-mail address (a correction, the CSV import, or the
//! send-login dialog): the links sent to the old address stop working, the old address is told,
//! and the audit log keeps both values (pseudonymised with the pupil when the data is purged).

use overstap_domain::Language;
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::pupils::Pupil;
use overstap_persistence::schools::School;
use overstap_persistence::{outbox, parent_logins, parents, password_resets};
use sea_orm::ConnectionTrait;
use time::OffsetDateTime;

use crate::error::ApiError;
use crate::mail::messages::{self, AddressChanged};

/// Who changed the address: a staff member or an API client.
#[derive(Debug, Clone, Copy)]
pub struct ChangedBy(pub AuditActor);

/// Records that `pupil`'s parent address (as stored before) becomes `new_address`; the caller
/// writes the address itself, in the same transaction. Nothing happens when it is unchanged.
pub async fn changed<C: ConnectionTrait>(
    db: &C,
    school: &School,
    pupil: &Pupil,
    new_address: &str,
    by: ChangedBy,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let old_address = pupil.parent_email.as_str();
    if old_address == new_address {
        return Ok(());
    }
    let logins = parent_logins::invalidate_open(db, pupil.id, now).await?;
    let account = parents::find_for_pupil(db, pupil.id).await?;
    let resets = match &account {
        Some(account) => password_resets::invalidate_for_account(db, account.id, now).await?,
        None => 0,
    };
    if !old_address.is_empty() {
        let language = account.as_ref().map_or(Language::Nl, |a| a.language);
        let notice = messages::address_changed(
            old_address,
            &AddressChanged {
                language,
                child_first_name: &pupil.first_name,
                school_name: &school.name,
            },
        );
        outbox::enqueue(db, notice.in_region(school.region_id), now).await?;
    }
    audit::append(
        db,
        AuditEntry::new(
            AuditAction::ParentEmailChanged,
            by.0,
            AuditSubject::Pupil(pupil.id),
            now,
        )
        .details(serde_json::json!({
            "old": old_address,
            "new": new_address,
            "login_links_invalidated": logins,
            "reset_links_invalidated": resets,
        })),
    )
    .await?;
    Ok(())
}

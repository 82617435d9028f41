//! `overstap admin create-region`: the operator makes a region and its first coordinator, who
//! gets an invitation. Everything after that happens in the product.

use overstap_domain::{Language, RegionId, RegionProfile, Role, StaffUserId};
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::staff::NewStaffUser;
use overstap_persistence::staff_links::{self, LinkPurpose};
use overstap_persistence::{DatabaseConnection, outbox, regions, staff};
use serde_json::json;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::mail::deferred;

/// What the operator asked for.
pub struct NewRegion<'a> {
    pub name: &'a str,
    /// A built-in profile to start from (`amstelland`, `amsterdam`).
    pub profile: &'a str,
    pub coordinator_email: &'a str,
    pub coordinator_name: &'a str,
    pub language: Language,
}

#[derive(Debug)]
pub struct CreatedRegion {
    pub region: RegionId,
    pub coordinator: StaffUserId,
    /// The coordinator's invitation (a `staff_links` row, its token not yet minted).
    pub invitation: Uuid,
    /// The outbox row of the invitation e-mail, when one was queued.
    pub mail: Option<Uuid>,
}

/// A short code for the region: its name in lower case, letters and digits joined by dashes.
pub fn region_code(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// Checks the operator's input; the message says what to change.
fn check(new: &NewRegion<'_>) -> Result<(), String> {
    if new.name.trim().is_empty() || new.name.chars().count() > 120 {
        return Err("--name must be 1 to 120 characters".to_owned());
    }
    if region_code(new.name).is_empty() {
        return Err("--name needs at least one letter or digit".to_owned());
    }
    if RegionProfile::named(new.profile).is_none() {
        return Err(format!(
            "--profile {:?} is not a built-in profile (amstelland, amsterdam)",
            new.profile
        ));
    }
    let email = new.coordinator_email.trim();
    let valid = email.len() <= 254
        && email
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
    if !valid {
        return Err(format!(
            "--coordinator-email {email:?} is not an e-mail address"
        ));
    }
    if new.coordinator_name.trim().is_empty() {
        return Err("--coordinator-name must not be empty".to_owned());
    }
    Ok(())
}

/// Makes the region, its coordinator (without a password) and the invitation, and queues the
/// invitation e-mail (when `queue_mail`), in one transaction.
pub async fn create_region(
    db: &DatabaseConnection,
    new: &NewRegion<'_>,
    queue_mail: bool,
    now: OffsetDateTime,
) -> Result<CreatedRegion, String> {
    check(new)?;
    let database = |e: overstap_persistence::DbErr| format!("database: {e}");
    if staff::find_by_email(db, new.coordinator_email)
        .await
        .map_err(database)?
        .is_some()
    {
        return Err(format!(
            "a staff account with {:?} exists already",
            new.coordinator_email.trim()
        ));
    }
    let code = region_code(new.name);
    let txn = overstap_persistence::begin_write(db)
        .await
        .map_err(database)?;
    let region = regions::insert(&txn, &code, new.name.trim(), new.profile)
        .await
        .map_err(|e| match e.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
                format!("a region with the code {code:?} exists already")
            }
            _ => database(e),
        })?;
    let coordinator = staff::insert(
        &txn,
        NewStaffUser {
            email: new.coordinator_email,
            password_hash: None,
            display_name: new.coordinator_name.trim(),
            role: Role::Coordinator,
            region_id: region,
            school_id: None,
            board_id: None,
            language: new.language,
        },
        now,
    )
    .await
    .map_err(database)?;
    let invitation = staff_links::create(&txn, coordinator, LinkPurpose::Invitation, None, now)
        .await
        .map_err(database)?;
    let mail = if queue_mail {
        Some(
            outbox::enqueue(
                &txn,
                deferred::staff_link(invitation).in_region(region),
                now,
            )
            .await
            .map_err(database)?,
        )
    } else {
        None
    };
    for (action, subject) in [
        (
            AuditAction::RegionCreated,
            AuditSubject::StaffUser(coordinator),
        ),
        (
            AuditAction::StaffInvited,
            AuditSubject::StaffUser(coordinator),
        ),
    ] {
        audit::append(
            &txn,
            AuditEntry::new(action, AuditActor::OPERATOR, subject, now).details(json!({
                "region": region.as_uuid(),
                "role": Role::Coordinator.as_str(),
            })),
        )
        .await
        .map_err(database)?;
    }
    txn.commit().await.map_err(database)?;
    Ok(CreatedRegion {
        region,
        coordinator,
        invitation,
        mail,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_the_name_in_lower_case_with_dashes() {
        assert_eq!(region_code("ELK Amstelland"), "elk-amstelland");
        assert_eq!(
            region_code("  Zuid-Holland  (Noord) "),
            "zuid-holland-noord"
        );
        assert_eq!(region_code("!!"), "");
    }

    #[test]
    fn bad_input_is_named() {
        let good = NewRegion {
            name: "ELK Amstelland",
            profile: "amstelland",
            coordinator_email: "coordinator@elk.example",
            coordinator_name: "Coördinator",
            language: Language::Nl,
        };
        assert_eq!(check(&good), Ok(()));
        let unknown = NewRegion {
            profile: "utrecht",
            ..good
        };
        assert!(check(&unknown).unwrap_err().contains("--profile"));
        let email = NewRegion {
            coordinator_email: "not-an-address",
            profile: "amstelland",
            ..unknown
        };
        assert!(check(&email).unwrap_err().contains("--coordinator-email"));
    }
}

//! The retention purge: removes the personal data of every procedure that is due under its
//! region's rule, prunes spent links, tokens, keys and sent mail; at most once a day across
//! all replicas. Run by the server's daily job and by `overstap purge`.

use std::time::Duration;

use overstap_domain::SchoolYear;
use overstap_domain::retention::{RetentionRule, pseudonym};
use overstap_domain::tz;
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::retention::{self, Erased, Pruned, Pupils};
use overstap_persistence::{DatabaseConnection, DbErr, begin_write};
use time::OffsetDateTime;
use tokio::task::JoinHandle;

use crate::clock::Clock;

/// Sent mail and idempotency keys are kept this long, for support questions and retries.
pub const KEEP_DAYS: i64 = 7;

/// What one purge did; `ran` is false when another run already did today's work.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PurgeReport {
    pub ran: bool,
    pub procedures_purged: usize,
    pub erased: Erased,
    pub pruned: Pruned,
}

/// Runs today's purge unless some replica already did (the claim and the work are one
/// transaction, so a failed run leaves today's claim free for the next attempt).
pub async fn run_daily(
    db: &DatabaseConnection,
    now: OffsetDateTime,
    key: &[u8],
) -> Result<PurgeReport, DbErr> {
    let txn = begin_write(db).await?;
    let day = tz::to_local(now).date().to_string();
    if !retention::claim_daily(&txn, "purge", &day, now).await? {
        txn.rollback().await?;
        return Ok(PurgeReport::default());
    }
    let mut report = PurgeReport {
        ran: true,
        ..PurgeReport::default()
    };
    for procedure in retention::procedures(&txn).await? {
        if !is_due(&procedure, now) {
            continue;
        }
        let erased = retention::erase(&txn, Pupils::OfProcedure(procedure.procedure_id), |id| {
            pseudonym(key, id)
        })
        .await?;
        retention::erase_runs(&txn, procedure.procedure_id).await?;
        overstap_persistence::status_counts::delete_for_procedure(
            &txn,
            overstap_domain::ProcedureId::from_uuid(procedure.procedure_id),
        )
        .await?;
        report.procedures_purged += 1;
        report.erased.pupils += erased.pupils;
        report.erased.parent_accounts += erased.parent_accounts;
        report.erased.audit_entries_pseudonymised += erased.audit_entries_pseudonymised;
    }
    report.pruned = retention::prune(&txn, now, now - time::Duration::days(KEEP_DAYS)).await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::Purge,
            AuditActor::SYSTEM,
            AuditSubject::Procedure(None),
            now,
        )
        .details(serde_json::json!({
            "procedures": report.procedures_purged,
            "pupils": report.erased.pupils,
            "parent_accounts": report.erased.parent_accounts,
            "audit_entries_pseudonymised": report.erased.audit_entries_pseudonymised,
            "pruned_parent_logins": report.pruned.parent_logins,
            "pruned_password_resets": report.pruned.password_resets,
            "pruned_refresh_tokens": report.pruned.refresh_tokens,
            "pruned_idempotency_keys": report.pruned.idempotency_keys,
            "pruned_outbox_messages": report.pruned.outbox_messages,
            "pruned_sign_in_backoff": report.pruned.sign_in_backoff,
        })),
    )
    .await?;
    txn.commit().await?;
    Ok(report)
}

/// A procedure whose label or rule does not parse is kept (and logged): removing data on a
/// guessed date is worse than removing it a day late after the fix.
fn is_due(procedure: &retention::ProcedureRetention, now: OffsetDateTime) -> bool {
    let rule = u8::try_from(procedure.retention_month)
        .ok()
        .zip(u8::try_from(procedure.retention_day).ok())
        .ok_or(())
        .and_then(|(month, day)| RetentionRule::new(month, day).map_err(|_| ()));
    let due = rule.and_then(|rule| {
        SchoolYear::parse(&procedure.school_year)
            .map_err(|_| ())
            .and_then(|year| rule.is_due(year, now).map_err(|_| ()))
    });
    match due {
        Ok(due) => due,
        Err(()) => {
            tracing::warn!(
                procedure = %procedure.procedure_id,
                "privacy purge: the procedure's school year or its region's retention rule does not parse; kept"
            );
            false
        }
    }
}

/// Tries the daily purge every hour (the first try a minute after start); only the first try
/// of a day across all replicas does the work.
pub fn start(db: &DatabaseConnection, clock: &Clock, key: Vec<u8>) -> JoinHandle<()> {
    let db = db.clone();
    let clock = clock.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_secs(60)).await;
        loop {
            match run_daily(&db, clock.now(), &key).await {
                Ok(report) if report.ran => tracing::info!(
                    procedures = report.procedures_purged,
                    pupils = report.erased.pupils,
                    "privacy purge done"
                ),
                Ok(_) => {}
                Err(err) => tracing::warn!(%err, "privacy purge failed; retried in an hour"),
            }
            tokio::time::sleep(Duration::from_secs(3600)).await;
        }
    })
}

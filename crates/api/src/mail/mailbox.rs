//! Delivery into the development mailbox: without SMTP, the outbox is where mail is read, so a
//! message whose link is minted at delivery is delivered there (minted, rendered and stored)
//! when the mailbox shows it. Only ever used without SMTP: no worker races it.

use overstap_persistence::entities::mail_outbox;
use overstap_persistence::outbox::MailStatus;
use overstap_persistence::{DatabaseConnection, DbErr, outbox};
use time::OffsetDateTime;

use crate::mail::deferred::{self, MINTED_AT_DELIVERY, PrepareError, Prepared};

fn minted_at_delivery(row: &mail_outbox::Model) -> bool {
    row.status.0 == MailStatus::Pending
        && row
            .template
            .as_ref()
            .and_then(|t| t.get("kind"))
            .and_then(|k| k.as_str())
            .is_some_and(|kind| MINTED_AT_DELIVERY.contains(&kind))
}

/// Delivers those of `rows` that carry a link minted at delivery into the mailbox; returns the
/// rows as they are stored now (a cancelled message is gone).
pub async fn deliver(
    db: &DatabaseConnection,
    rows: Vec<mail_outbox::Model>,
    public_url: &str,
    now: OffsetDateTime,
) -> Result<Vec<mail_outbox::Model>, DbErr> {
    let public_url = public_url.trim_end_matches('/');
    let mut kept = Vec::with_capacity(rows.len());
    for mut row in rows {
        if !minted_at_delivery(&row) {
            kept.push(row);
            continue;
        }
        match deferred::prepare(db, &mut row, public_url, now).await {
            Ok(Prepared::Ready) => {
                outbox::store_in_mailbox(db, &row, now).await?;
                row.status = MailStatus::Sent.into();
                kept.push(row);
            }
            Ok(Prepared::Cancelled(reason)) => {
                tracing::info!(id = %row.id, reason, "mail cancelled before delivery");
                outbox::cancel(db, row.id).await?;
            }
            Err(PrepareError::Unreadable(error)) => {
                let attempts = row.attempts.saturating_add(1);
                outbox::mark_failed(db, row.id, attempts, &error).await?;
                row.status = MailStatus::Failed.into();
                kept.push(row);
            }
            Err(PrepareError::Database(err)) => return Err(err),
        }
    }
    Ok(kept)
}

//! Delivery into the development mailbox: without SMTP, the outbox is where mail is read, so a
//! message whose link is minted at delivery is delivered there (minted, rendered and stored)
//! when the mailbox is looked at. Only ever used without SMTP: no worker races it.

use overstap_persistence::{DatabaseConnection, DbErr, outbox};
use time::OffsetDateTime;

use crate::mail::deferred::{self, MINTED_AT_DELIVERY, PrepareError, Prepared};

/// Delivers every pending message that carries a link minted at delivery into the mailbox.
pub async fn deliver_pending(
    db: &DatabaseConnection,
    public_url: &str,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    let public_url = public_url.trim_end_matches('/');
    for mut row in outbox::pending_of_kinds(db, &MINTED_AT_DELIVERY).await? {
        match deferred::prepare(db, &mut row, public_url, now).await {
            Ok(Prepared::Ready) => outbox::store_in_mailbox(db, &row, now).await?,
            Ok(Prepared::Cancelled(reason)) => {
                tracing::info!(id = %row.id, reason, "mail cancelled before delivery");
                outbox::cancel(db, row.id).await?;
            }
            Err(PrepareError::Unreadable(error)) => {
                outbox::mark_failed(db, row.id, row.attempts.saturating_add(1), &error).await?;
            }
            Err(PrepareError::Database(err)) => return Err(err),
        }
    }
    Ok(())
}

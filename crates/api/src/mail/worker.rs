//! The outbox worker: claims due messages under a lease, delivers them concurrently over SMTP,
//! and records each outcome (sent; retried with exponential backoff; failed for good).
//!
//! Delivery is at least once: a worker that dies between sending and recording leaves the
//! message to be sent again after its lease, with the same Message-ID.

use std::time::Duration;

use futures_util::StreamExt;
use futures_util::stream;
use overstap_domain::RegionId;
use overstap_persistence::entities::mail_outbox;
use overstap_persistence::{DatabaseConnection, DbErr, outbox, regions};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::config::Settings;
use crate::mail::deferred::{self, PrepareError, Prepared};
use crate::mail::smtp::{MailSetupError, SendError, Smtp};

#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// Messages claimed per round; a full batch means "look again at once".
    pub batch_size: u32,
    /// Messages in flight at once (and SMTP connections kept open). lettre 0.11.23 leaves
    /// Nagle's algorithm on, so every message waits ~40 ms for the server's delayed ACK after
    /// its body (fixed upstream in lettre PR #1159, not yet released): throughput comes from
    /// connections in parallel, about 20 messages/s each.
    pub concurrency: usize,
    /// How long to wait when there was nothing (more) to send.
    pub poll_interval: Duration,
    /// How long a claimed message is reserved for this worker.
    pub lease: time::Duration,
    /// Attempts before a message is given up.
    pub max_attempts: i32,
    /// Wait after the first failed attempt; doubles with every further one.
    pub first_retry: time::Duration,
    pub max_retry: time::Duration,
}

impl Default for WorkerConfig {
    fn default() -> WorkerConfig {
        WorkerConfig {
            batch_size: 64,
            concurrency: 16,
            poll_interval: Duration::from_millis(500),
            lease: time::Duration::minutes(5),
            max_attempts: 8,
            first_retry: time::Duration::seconds(30),
            max_retry: time::Duration::hours(1),
        }
    }
}

pub struct OutboxWorker {
    db: DatabaseConnection,
    clock: Clock,
    /// The portal's base URL, for the links minted at delivery.
    public_url: String,
    smtp: Smtp,
    config: WorkerConfig,
}

/// Starts the worker when `SMTP_URL` is set; without it messages stay in the outbox, readable
/// in the development mailbox.
pub fn start(
    settings: &Settings,
    db: &DatabaseConnection,
    clock: &Clock,
) -> Result<Option<JoinHandle<()>>, MailSetupError> {
    let Some(url) = &settings.smtp_url else {
        tracing::info!("no SMTP_URL: e-mail stays in the outbox (development mailbox)");
        return Ok(None);
    };
    let worker = OutboxWorker::new(
        db.clone(),
        clock.clone(),
        url,
        &settings.mail_from,
        &settings.public_url,
        WorkerConfig::default(),
    )?;
    Ok(Some(worker.spawn()))
}

impl OutboxWorker {
    pub fn new(
        db: DatabaseConnection,
        clock: Clock,
        smtp_url: &str,
        mail_from: &str,
        public_url: &str,
        config: WorkerConfig,
    ) -> Result<OutboxWorker, MailSetupError> {
        let connections = u32::try_from(config.concurrency).unwrap_or(u32::MAX);
        Ok(OutboxWorker {
            db,
            clock,
            public_url: public_url.trim_end_matches('/').to_owned(),
            smtp: Smtp::new(smtp_url, mail_from, connections)?,
            config,
        })
    }

    pub fn spawn(self) -> JoinHandle<()> {
        tokio::spawn(self.run())
    }

    /// Delivers until the runtime stops.
    pub async fn run(self) {
        tracing::info!(
            concurrency = self.config.concurrency,
            "mail outbox worker started"
        );
        loop {
            match self.deliver_batch().await {
                Ok(claimed) if claimed >= self.config.batch_size as usize => {}
                Ok(_) => tokio::time::sleep(self.config.poll_interval).await,
                Err(err) => {
                    tracing::warn!(%err, "mail outbox: cannot claim messages");
                    tokio::time::sleep(self.config.poll_interval * 4).await;
                }
            }
        }
    }

    /// One round: claims the due messages and delivers them; returns how many were claimed.
    ///
    /// Sending and recording run side by side: outcomes are recorded as they come in, those
    /// that arrived together in one statement, so the database is not the bottleneck and a
    /// crash re-sends at most the few messages whose outcome was not yet written.
    pub async fn deliver_batch(&self) -> Result<usize, DbErr> {
        let now = self.clock.now();
        let claimed = outbox::claim_due(
            &self.db,
            now,
            now + self.config.lease,
            self.config.batch_size,
        )
        .await?;
        let count = claimed.len();
        let mut ready = Vec::with_capacity(count);
        for mut row in claimed {
            match deferred::prepare(&self.db, &mut row, &self.public_url, now).await {
                Ok(Prepared::Ready) => ready.push(row),
                Ok(Prepared::Cancelled(reason)) => {
                    tracing::info!(id = %row.id, reason, "mail cancelled before delivery");
                    if let Err(err) = outbox::cancel(&self.db, row.id).await {
                        tracing::error!(id = %row.id, %err, "mail outbox: cannot record the cancel");
                    }
                }
                Err(PrepareError::Unreadable(error)) => {
                    tracing::error!(id = %row.id, %error, "mail cannot be rendered; not sent");
                    let attempts = row.attempts.saturating_add(1);
                    if let Err(err) = outbox::mark_failed(&self.db, row.id, attempts, &error).await
                    {
                        tracing::error!(id = %row.id, %err, "mail outbox: cannot record the failure");
                    }
                }
                // Tried again when the lease ends.
                Err(PrepareError::Database(err)) => {
                    tracing::warn!(id = %row.id, %err, "mail cannot be prepared now");
                }
            }
        }
        let claimed = ready;
        let names = self.sender_names(&claimed).await;
        let names = &names;
        let (outcomes, mut received) = mpsc::unbounded_channel();
        let sending = async move {
            stream::iter(claimed)
                .for_each_concurrent(self.config.concurrency, |row| {
                    let outcomes = outcomes.clone();
                    async move {
                        let name = row
                            .region_id
                            .and_then(|region| names.get(&region))
                            .and_then(Option::as_deref);
                        let outcome = self.smtp.send(&row, name).await;
                        // The receiver lives until every sender is gone.
                        let _ = outcomes.send((row, outcome));
                    }
                })
                .await;
        };
        let recording = async {
            let mut ready = Vec::with_capacity(count);
            while received.recv_many(&mut ready, count.max(1)).await > 0 {
                self.record(std::mem::take(&mut ready)).await;
            }
        };
        tokio::join!(sending, recording);
        Ok(count)
    }

    /// The sender name of each region the messages were written for. A region that cannot be
    /// read now sends under the installation's name rather than waiting.
    async fn sender_names(
        &self,
        rows: &[mail_outbox::Model],
    ) -> std::collections::HashMap<uuid::Uuid, Option<String>> {
        let mut names = std::collections::HashMap::new();
        for region in rows.iter().filter_map(|row| row.region_id) {
            if names.contains_key(&region) {
                continue;
            }
            let name = match regions::find(&self.db, RegionId::from_uuid(region)).await {
                Ok(found) => found.and_then(|r| r.mail_sender_name),
                Err(err) => {
                    tracing::warn!(%err, "mail: cannot read the region's sender name");
                    None
                }
            };
            names.insert(region, name);
        }
        names
    }

    async fn record(&self, outcomes: Vec<(mail_outbox::Model, Result<(), SendError>)>) {
        let now = self.clock.now();
        let mut sent = Vec::with_capacity(outcomes.len());
        for (row, outcome) in outcomes {
            let attempts = row.attempts.saturating_add(1);
            let recorded = match outcome {
                Ok(()) => {
                    sent.push(row.id);
                    Ok(())
                }
                Err(SendError::Permanent(error)) => {
                    tracing::error!(id = %row.id, %error, "mail rejected; not retried");
                    outbox::mark_failed(&self.db, row.id, attempts, &error).await
                }
                Err(SendError::Transient(error)) if attempts >= self.config.max_attempts => {
                    tracing::error!(id = %row.id, attempts, %error, "mail failed; giving up");
                    outbox::mark_failed(&self.db, row.id, attempts, &error).await
                }
                Err(SendError::Transient(error)) => {
                    let retry_at = now + backoff(&self.config, attempts);
                    tracing::warn!(
                        id = %row.id, attempts, %error, %retry_at, "mail failed; will retry"
                    );
                    outbox::mark_retry(&self.db, row.id, attempts, retry_at, &error).await
                }
            };
            if let Err(err) = recorded {
                // The lease runs out and the message is tried again.
                tracing::error!(id = %row.id, %err, "mail outbox: cannot record the outcome");
            }
        }
        tracing::debug!(count = sent.len(), "mail sent");
        if let Err(err) = outbox::mark_sent(&self.db, &sent, now).await {
            // The lease runs out and these are sent again, with the same Message-IDs.
            tracing::error!(%err, count = sent.len(), "mail outbox: cannot record sent mail");
        }
    }
}

/// The wait after `attempts` failed attempts: first_retry × 2^(attempts − 1), capped.
pub fn backoff(config: &WorkerConfig, attempts: i32) -> time::Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1))
        .unwrap_or(0)
        .min(30);
    let wait = config
        .first_retry
        .checked_mul(1_i32 << doublings)
        .unwrap_or(config.max_retry);
    wait.min(config.max_retry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backoff_doubles_from_thirty_seconds_up_to_an_hour() {
        let config = WorkerConfig::default();
        let waits: Vec<i64> = (1..=9)
            .map(|n| backoff(&config, n).whole_seconds())
            .collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
        assert_eq!(backoff(&config, 0).whole_seconds(), 30);
        assert_eq!(backoff(&config, i32::MAX).whole_seconds(), 3600);
    }
}

//! Outbox delivery rate: fills the outbox of a fresh database with N login e-mails and times
//! the worker delivering them to a running SMTP sink (`scripts/smtp-sink.sh`).
//!
//! ```text
//! scripts/smtp-sink.sh start /tmp/overstap-bench-sink
//! OVERSTAP_BENCH_SMTP_URL=smtp://127.0.0.1:$(cat /tmp/overstap-bench-sink/port) \
//! OVERSTAP_BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432 \
//!   cargo run --release -p overstap-api --example outbox_bench -- 5000
//! scripts/smtp-sink.sh stop /tmp/overstap-bench-sink
//! ```
//!
//! `OVERSTAP_BENCH_DATABASE_URL` names a PostgreSQL server; a database `overstap_bench_<uuid>`
//! is created on it and dropped afterwards. Without it a temporary SQLite file is used.
//! `OVERSTAP_BENCH_WORKERS` (default 1) runs several workers, as several replicas would;
//! `OVERSTAP_BENCH_CONCURRENCY` overrides the messages in flight per worker.

use std::time::{Duration, Instant};

use overstap_api::clock::Clock;
use overstap_api::config::Settings;
use overstap_api::mail::{self, OutboxWorker, ParentLogin, WorkerConfig};
use overstap_api::startup;
use overstap_domain::Language;
use overstap_persistence::entities::mail_outbox;
use overstap_persistence::outbox;
use sea_orm::{ColumnTrait, ConnectionTrait, Database, EntityTrait, PaginatorTrait, QueryFilter};
use time::OffsetDateTime;
use uuid::Uuid;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let messages: u64 = match std::env::args().nth(1) {
        Some(n) => n.parse()?,
        None => 5000,
    };
    let smtp_url = std::env::var("OVERSTAP_BENCH_SMTP_URL")
        .or_else(|_| std::env::var("OVERSTAP_TEST_SMTP_URL"))
        .map_err(|_| "set OVERSTAP_BENCH_SMTP_URL to a running sink (scripts/smtp-sink.sh)")?;
    let workers: usize = std::env::var("OVERSTAP_BENCH_WORKERS")
        .ok()
        .map(|w| w.parse())
        .transpose()?
        .unwrap_or(1);
    let name = format!("overstap_bench_{}", Uuid::new_v4().simple());
    let server = std::env::var("OVERSTAP_BENCH_DATABASE_URL").ok();
    let database_url = match &server {
        Some(server) => {
            let admin = Database::connect(format!("{server}/postgres")).await?;
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await?;
            admin.close().await?;
            format!("{server}/{name}")
        }
        None => format!(
            "sqlite://{}?mode=rwc",
            std::env::temp_dir().join(format!("{name}.db")).display()
        ),
    };
    let settings = Settings::from_lookup(|key| match key {
        "OVERSTAP_ENV" => Some("development".to_owned()),
        "DATABASE_URL" => Some(database_url.clone()),
        "OVERSTAP_DB_MAX_CONNECTIONS" => Some("16".to_owned()),
        _ => None,
    })?;
    let result = run(&settings, &smtp_url, messages, workers).await;
    if let Some(server) = &server {
        let admin = Database::connect(format!("{server}/postgres")).await?;
        admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
            .await?;
    } else {
        let _ = std::fs::remove_file(std::env::temp_dir().join(format!("{name}.db")));
    }
    result
}

async fn run(
    settings: &Settings,
    smtp_url: &str,
    messages: u64,
    workers: usize,
) -> Result<(), BoxError> {
    let db = startup::database(settings).await?;
    let now = OffsetDateTime::now_utc();
    let filled = Instant::now();
    let mails = (0..messages)
        .map(|n| {
            let elk = format!("{:012}", 100_000_000_000 + n);
            let link = format!("http://localhost:8080/activeren?token={}", Uuid::new_v4());
            mail::parent_login(
                &format!("ouder{n}@bench.example"),
                &ParentLogin {
                    language: if n % 5 == 0 {
                        Language::En
                    } else {
                        Language::Nl
                    },
                    child_first_name: "Noor",
                    elk_number: &elk,
                    activation_link: &link,
                    valid_until: now + time::Duration::days(7),
                    registration_opens_at: now,
                    school_name: "De Regenboog",
                },
            )
        })
        .collect();
    outbox::enqueue_many(&db, mails, now).await?;
    println!(
        "queued {messages} messages in {:.2} s ({})",
        filled.elapsed().as_secs_f64(),
        db.get_database_backend().as_str()
    );

    let mut config = WorkerConfig::default();
    if let Ok(concurrency) = std::env::var("OVERSTAP_BENCH_CONCURRENCY") {
        config.concurrency = concurrency.parse()?;
    }
    println!(
        "{workers} worker(s), batch {}, {} in flight each, SMTP {smtp_url}",
        config.batch_size, config.concurrency
    );
    let started = Instant::now();
    let handles = (0..workers)
        .map(|_| {
            OutboxWorker::new(
                db.clone(),
                Clock::system(),
                smtp_url,
                &settings.mail_from,
                &settings.public_url,
                config.clone(),
            )
            .map(OutboxWorker::spawn)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let deadline = started + Duration::from_secs(600);
    let (sent, failed) = loop {
        let count = |status: &'static str| {
            mail_outbox::Entity::find()
                .filter(mail_outbox::Column::Status.eq(status))
                .count(&db)
        };
        let (sent, failed) = (count("sent").await?, count("failed").await?);
        if sent + failed >= messages || Instant::now() > deadline {
            break (sent, failed);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let elapsed = started.elapsed().as_secs_f64();
    for handle in handles {
        handle.abort();
    }
    println!(
        "delivered {sent} of {messages} ({failed} failed) in {elapsed:.2} s: {:.0} messages/s",
        sent as f64 / elapsed
    );
    if sent < messages {
        return Err("not every message was delivered".into());
    }
    Ok(())
}

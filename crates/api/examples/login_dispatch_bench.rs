//! Benchmark: queue the parent-login e-mails of 200,000 pupils (1,000 schools × 200) through
//! the real endpoint, `POST /api/v1/school/pupils/send-login {"all_not_sent": true}`, one
//! request per school with that school's PO staff token, against the release server on a
//! fresh PostgreSQL database.
//!
//! `cargo run --release -p overstap-api --example login_dispatch_bench`
//!
//! Environment:
//! - `OVERSTAP_BENCH_SCHOOLS` (1,000): schools of 200 pupils.
//! - `OVERSTAP_BENCH_CONCURRENCY` (4): requests in flight (teachers clicking at once).
//! - `OVERSTAP_BENCH_SEED_TEMPLATE`: a database name; seeded once and then copied
//!   (`CREATE DATABASE … TEMPLATE`), so repeated runs skip the seeding. Drop it afterwards.
//! - `OVERSTAP_BENCH_LOG_STATEMENTS`: with a template, log every statement of the run with its
//!   duration (`log_min_duration_statement = 0` for that database).
//! - `OVERSTAP_TEST_POSTGRES_URL` (postgres://postgres@127.0.0.1:5432): the server.
//!
//! Afterwards the database is checked: one pending outbox message, one login link and a
//! `blauw` registration per pupil, and status counters that agree with the registrations.

use std::error::Error;
use std::net::TcpListener;
use std::sync::Arc;
use std::time::{Duration, Instant};

use overstap_api::clock::Clock;
use overstap_api::config::Settings;
use overstap_api::{auth, startup};
use overstap_domain::SchoolKind;
use overstap_domain::{Calendar, ElkNumberGenerator, PupilId, Role};
use overstap_persistence::provision::{Backend, fresh_database, postgres_server_url};
use overstap_persistence::pupils::{self, NewPupil};
use overstap_persistence::schools::{self, NewSchool};
use overstap_persistence::staff::{self, NewStaffUser};
use overstap_persistence::{DatabaseConnection, boards, procedures, regions};
use sea_orm::{ConnectionTrait, Database, DbBackend, Statement};
use time::macros::{date, datetime};

type BoxError = Box<dyn Error + Send + Sync>;

const PUPILS_PER_SCHOOL: usize = 200;
/// Inside the dispatch window of the Amstelland 2026 calendar.
const NOW: &str = "2026-03-20T10:00:00+01:00";

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn settings(database_url: &str) -> Result<Settings, BoxError> {
    let database_url = database_url.to_owned();
    Ok(Settings::from_lookup(|name| match name {
        "OVERSTAP_ENV" => Some("development".to_owned()),
        "DATABASE_URL" => Some(database_url.clone()),
        "OVERSTAP_CLOCK_FIXED" => Some(NOW.to_owned()),
        "OVERSTAP_SPA_DIR" => Some("/nonexistent".to_owned()),
        "OVERSTAP_LOG_FORMAT" => Some("json".to_owned()),
        _ => None,
    })?)
}

/// 1,000 schools of 200 pupils and a PO staff account per school, seeded 4 schools at a time.
async fn seed(db: &DatabaseConnection, schools_count: usize) -> Result<(), BoxError> {
    let now = datetime!(2026-03-20 10:00 +01:00);
    let calendar = Calendar::amstelland_2026();
    let region = regions::insert(db, "bench", "Bench", "amstelland").await?;
    let procedure = procedures::insert(db, region, "2025-2026", &calendar).await?;
    let board = boards::insert(db, region, "Bench board").await?;
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let (db, next) = (db.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let generator = ElkNumberGenerator::new(42);
            loop {
                let s = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if s >= schools_count {
                    return Ok::<(), BoxError>(());
                }
                let code = format!("B{s:04}");
                let school = schools::insert(
                    &db,
                    NewSchool {
                        board_id: board,
                        region_id: region,
                        kind: SchoolKind::Po,
                        code: &code,
                        name: &code,
                        town: "Amstelveen",
                        contact_email: "bench@example.org",
                        contact_phone: "0",
                        website: None,
                        priority_rule: None,
                    },
                )
                .await?;
                staff::insert(
                    &db,
                    NewStaffUser {
                        email: &format!("po.{s}@bench.example"),
                        // Nobody signs in with a password; the tokens are issued directly.
                        password_hash: Some("$argon2id$unused".to_owned()),
                        display_name: &code,
                        role: Role::PoStaff,
                        region_id: region,
                        school_id: Some(school),
                        board_id: None,
                        language: overstap_domain::Language::Nl,
                    },
                    now,
                )
                .await?;
                let batch: Vec<NewPupil> = (0..PUPILS_PER_SCHOOL)
                    .map(|n| NewPupil {
                        id: PupilId::from_uuid(uuid::Uuid::new_v4()),
                        procedure_id: procedure,
                        school_id: school,
                        external_id: format!("{n}"),
                        elk_number: generator
                            .number((s * PUPILS_PER_SCHOOL + n) as u64)
                            .to_string(),
                        first_name: format!("Kind {n}"),
                        last_name: "Bench".to_owned(),
                        class_name: ["8A", "8B"][n % 2].to_owned(),
                        birth_date: date!(2014 - 01 - 01),
                        advice: overstap_domain::Advice::Havo,
                        lwoo: false,
                        home_town: "Amstelveen".to_owned(),
                        parent_email: format!("ouder.{s}.{n}@example.org"),
                        twin_pupil_id: None,
                    })
                    .collect();
                pupils::insert_many(&db, batch, "bench", now).await?;
            }
        }));
    }
    for task in tasks {
        task.await??;
    }
    db.execute_unprepared("ANALYZE").await?;
    Ok(())
}

async fn exists(admin: &DatabaseConnection, name: &str) -> Result<bool, BoxError> {
    Ok(admin
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT 1 AS one FROM pg_database WHERE datname = $1",
            [name.into()],
        ))
        .await?
        .is_some())
}

/// A seeded database: fresh, or a copy of the seeded template.
async fn seeded_database(schools_count: usize) -> Result<String, BoxError> {
    let Ok(template) = std::env::var("OVERSTAP_BENCH_SEED_TEMPLATE") else {
        let url = fresh_database(Backend::Postgres).await?;
        let db = startup::database(&settings(&url)?).await?;
        seed(&db, schools_count).await?;
        db.close().await?;
        return Ok(url);
    };
    let server = postgres_server_url();
    let admin = Database::connect(format!("{server}/postgres")).await?;
    if !exists(&admin, &template).await? {
        admin
            .execute_unprepared(&format!("CREATE DATABASE \"{template}\""))
            .await?;
        let db = startup::database(&settings(&format!("{server}/{template}"))?).await?;
        seed(&db, schools_count).await?;
        db.close().await?;
    }
    let name = format!("overstap_test_{}", uuid::Uuid::new_v4().simple());
    admin
        .execute_unprepared(&format!(
            "CREATE DATABASE \"{name}\" TEMPLATE \"{template}\" STRATEGY FILE_COPY"
        ))
        .await?;
    if std::env::var_os("OVERSTAP_BENCH_LOG_STATEMENTS").is_some() {
        // Every statement with its duration in PostgreSQL's log, for this database only.
        admin
            .execute_unprepared(&format!(
                "ALTER DATABASE \"{name}\" SET log_min_duration_statement = 0"
            ))
            .await?;
    }
    admin.close().await?;
    Ok(format!("{server}/{name}"))
}

/// `GET path` from `concurrency` clients for `seconds`: requests per second.
async fn trivial_rate(
    client: &reqwest::Client,
    url: String,
    concurrency: usize,
    seconds: f64,
) -> Result<f64, BoxError> {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (client, url) = (client.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            let mut done = 0u64;
            while started.elapsed().as_secs_f64() < seconds {
                let response = client.get(&url).send().await?;
                if !response.status().is_success() {
                    return Err::<u64, BoxError>(format!("{url}: {}", response.status()).into());
                }
                response.bytes().await?;
                done += 1;
            }
            Ok(done)
        }));
    }
    let mut done = 0;
    for task in tasks {
        done += task.await??;
    }
    Ok(done as f64 / started.elapsed().as_secs_f64())
}

async fn count(db: &DatabaseConnection, sql: &str) -> Result<i64, BoxError> {
    let row = db
        .query_one_raw(Statement::from_string(DbBackend::Postgres, sql))
        .await?
        .ok_or("no row")?;
    Ok(row.try_get::<i64>("", "n")?)
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let schools_count = env_number("OVERSTAP_BENCH_SCHOOLS", 1_000);
    let concurrent = env_number("OVERSTAP_BENCH_CONCURRENCY", 4);

    let seeding = Instant::now();
    let url = seeded_database(schools_count).await?;
    println!(
        "seeded {} pupils in {:.1} s ({url})",
        schools_count * PUPILS_PER_SCHOOL,
        seeding.elapsed().as_secs_f64()
    );

    // The server as `overstap` runs it (default pool and workers), with a fixed clock.
    let settings = settings(&url)?;
    let now = datetime!(2026-03-20 10:00 +01:00);
    let db = startup::database(&settings).await?;
    let state = startup::state(&settings, db.clone(), Clock::fixed(now))?;
    let keys = state.tokens.clone();
    let mut tokens = Vec::with_capacity(schools_count);
    let users = db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT id FROM staff_users WHERE role = 'po_staff' ORDER BY email DESC",
        ))
        .await?;
    for row in users {
        let user: uuid::Uuid = row.try_get("", "id")?;
        let claims = auth::claims_for(&db, Role::PoStaff, user, uuid::Uuid::new_v4(), None)
            .await?
            .ok_or("no claims")?;
        tokens.push(
            auth::issue_tokens(&db, &keys, claims, now)
                .await?
                .access_token,
        );
    }
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let address = format!("http://{}", listener.local_addr()?);
    tokio::spawn(startup::run(listener, &settings, state)?);
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(120))
        .build()?;
    let healthz = trivial_rate(&client, format!("{address}/healthz"), concurrent, 3.0).await?;

    let started = Instant::now();
    let queue = Arc::new(std::sync::Mutex::new(tokens));
    let mut workers = Vec::new();
    for _ in 0..concurrent {
        let (client, queue, address) = (client.clone(), queue.clone(), address.clone());
        workers.push(tokio::spawn(async move {
            let mut sent = 0usize;
            let mut slowest = Duration::ZERO;
            loop {
                let Some(token) = queue.lock().map_err(|e| e.to_string())?.pop() else {
                    break;
                };
                let request = Instant::now();
                let response = client
                    .post(format!("{address}/api/v1/school/pupils/send-login"))
                    .bearer_auth(token)
                    .json(&serde_json::json!({ "all_not_sent": true }))
                    .send()
                    .await?;
                let status = response.status();
                let body: serde_json::Value = response.json().await?;
                if !status.is_success() {
                    return Err::<_, BoxError>(format!("{status}: {body}").into());
                }
                slowest = slowest.max(request.elapsed());
                sent += body["done"].as_array().map_or(0, Vec::len);
            }
            Ok((sent, slowest))
        }));
    }
    let (mut sent, mut slowest) = (0, Duration::ZERO);
    for worker in workers {
        let (n, s) = worker.await??;
        sent += n;
        slowest = slowest.max(s);
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "queued {sent} login e-mails in {seconds:.2} s ({:.0} pupils/s, {:.1} schools/s, \
         slowest request {:.0} ms) with {concurrent} requests in flight",
        sent as f64 / seconds,
        schools_count as f64 / seconds,
        slowest.as_secs_f64() * 1000.0,
    );
    println!(
        "GET /healthz in the same server before the run: {healthz:.0} req/s; \
         ratio (schools/s ÷ healthz req/s) {:.6}",
        schools_count as f64 / seconds / healthz
    );

    let pupils = (schools_count * PUPILS_PER_SCHOOL) as i64;
    let checks = [
        (
            "SELECT count(*) AS n FROM mail_outbox WHERE status = 'pending' AND template IS NOT NULL",
            pupils,
        ),
        (
            "SELECT count(*) AS n FROM parent_logins WHERE invalidated_at IS NULL AND version = 1",
            pupils,
        ),
        (
            "SELECT count(*) AS n FROM registrations WHERE status = 'blauw' AND login_version = 1",
            pupils,
        ),
        (
            "SELECT coalesce(sum(count), 0)::bigint AS n FROM status_counts WHERE status = 'blauw'",
            pupils,
        ),
        (
            "SELECT coalesce(sum(count), 0)::bigint AS n FROM status_counts WHERE status = 'wit'",
            0,
        ),
    ];
    for (sql, expected) in checks {
        let found = count(&db, sql).await?;
        if found != expected {
            return Err(format!("{sql}: {found}, expected {expected}").into());
        }
    }
    println!(
        "checked: {pupils} outbox messages, login links and blauw registrations; counters agree"
    );
    Ok(())
}

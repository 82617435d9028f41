//! Benchmark: queue the parent-login e-mails of 200,000 pupils (1,000 schools × 200), the way
//! the bulk "verstuur ouder inlog" endpoint does, school by school, 4 schools at a time.
//!
//! `cargo run --release -p overstap-api --example login_dispatch_bench` (PostgreSQL at
//! `OVERSTAP_TEST_POSTGRES_URL`, default postgres://postgres@127.0.0.1:5432; a fresh database).

use std::error::Error;
use std::sync::Arc;
use std::time::Instant;

use overstap_api::logins::{self, Dispatch};
use overstap_domain::{Calendar, ElkNumberGenerator, PupilId, SchoolId};
use overstap_migrations::{Migrator, MigratorTrait};
use overstap_persistence::provision::{Backend, fresh_database};
use overstap_persistence::pupils::{self, NewPupil};
use overstap_persistence::schools::{self, NewSchool, SchoolKind};
use overstap_persistence::{DbConfig, TransactionTrait, procedures, regions};
use time::macros::{date, datetime};

const PUPILS_PER_SCHOOL: usize = 200;

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let url = match std::env::var("OVERSTAP_BENCH_DATABASE_URL") {
        Ok(url) => url,
        Err(_) => fresh_database(Backend::Postgres).await?,
    };
    let db = overstap_persistence::connect(&DbConfig {
        url,
        max_connections: 32,
    })
    .await?;
    Migrator::up(&db, None).await?;
    let now = datetime!(2026-03-20 10:00 +01:00);
    let calendar = Calendar::amstelland_2026();

    // 1,000 schools unless OVERSTAP_BENCH_SCHOOLS says otherwise (for quick profiling).
    let schools_count: usize = std::env::var("OVERSTAP_BENCH_SCHOOLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000);
    // Schools dispatched at the same time (teachers clicking at once), OVERSTAP_BENCH_CONCURRENCY.
    let concurrent: usize = std::env::var("OVERSTAP_BENCH_CONCURRENCY")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    let seeding = Instant::now();
    let region = regions::insert(&db, "bench", "Bench", "amstelland").await?;
    let procedure = procedures::insert(&db, region, "2025-2026", &calendar).await?;
    let board = regions::insert_board(&db, region, "Bench board").await?;
    let generator = ElkNumberGenerator::new(42);
    let mut school_ids: Vec<SchoolId> = Vec::with_capacity(schools_count);
    for s in 0..schools_count {
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
                advice: "havo".to_owned(),
                lwoo: false,
                home_town: "Amstelveen".to_owned(),
                parent_email: format!("ouder.{s}.{n}@example.org"),
                twin_pupil_id: None,
            })
            .collect();
        pupils::insert_many(&db, batch, "bench", now).await?;
        school_ids.push(school);
    }
    println!(
        "seeded {} pupils in {:.1} s",
        schools_count * PUPILS_PER_SCHOOL,
        seeding.elapsed().as_secs_f64()
    );

    let started = Instant::now();
    let queue = Arc::new(tokio::sync::Mutex::new(school_ids));
    let mut workers = Vec::new();
    for _ in 0..concurrent {
        let (db, queue, calendar) = (db.clone(), queue.clone(), calendar.clone());
        workers.push(tokio::spawn(async move {
            let mut sent = 0usize;
            loop {
                let Some(school) = queue.lock().await.pop() else {
                    break;
                };
                let txn = db.begin().await?;
                let selected = pupils::list_for_school(&txn, school).await?;
                let dispatch = Dispatch {
                    calendar: &calendar,
                    school_name: "Bench",
                    public_url: "http://localhost:8080",
                    now,
                };
                let outcome = logins::send(&txn, &dispatch, &selected)
                    .await
                    .map_err(|e| format!("{e}"))?;
                txn.commit().await?;
                sent += outcome.sent.len();
            }
            Ok::<usize, Box<dyn Error + Send + Sync>>(sent)
        }));
    }
    let mut sent = 0;
    for worker in workers {
        sent += worker.await?.map_err(|e| e.to_string())?;
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "queued {sent} login e-mails in {seconds:.2} s ({:.0} pupils/s)",
        sent as f64 / seconds
    );
    Ok(())
}

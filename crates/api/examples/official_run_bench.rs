//! Benchmark: a whole official placement run for 200,000 pupils on PostgreSQL: read the
//! snapshot from the database, solve, write placements, reserve lists, the audit record and
//! one result e-mail per pupil (due at publication), exactly as `POST /region/placement/runs`
//! does (`placement::runs::start`).
//!
//! `cargo run --release -p overstap-api --example official_run_bench`
//!
//! Environment: `OVERSTAP_BENCH_PUPILS` (200,000), `OVERSTAP_BENCH_PROGRAMMES` (600),
//! `OVERSTAP_TEST_POSTGRES_URL` (postgres://postgres@127.0.0.1:5432), `OVERSTAP_BENCH_KEEP_DATABASE=1`
//! (keep the database afterwards; it is dropped by default). The database is seeded
//! with set-based SQL (PostgreSQL only): 1,000 primary schools, 100 VO schools with the
//! programmes, and every pupil AV with a list of 12 programmes drawn with a popularity skew.

use std::error::Error;
use std::time::Instant;

use overstap_api::clock::Clock;
use overstap_api::config::Settings;
use overstap_api::placement::runs::{self, Actor};
use overstap_api::startup;
use overstap_domain::{Calendar, RegionId, RunKind};
use overstap_persistence::DatabaseConnection;
use overstap_persistence::provision::{Backend, fresh_database, postgres_server_url};
use overstap_persistence::{boards, procedures, regions};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use time::macros::datetime;
use uuid::Uuid;

type BoxError = Box<dyn Error + Send + Sync>;

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Inside the placement window of the Amstelland 2026 calendar.
const NOW: &str = "2026-04-08T09:00:00+02:00";

async fn exec(db: &DatabaseConnection, sql: String) -> Result<u64, BoxError> {
    Ok(db
        .execute_raw(Statement::from_string(DbBackend::Postgres, sql))
        .await?
        .rows_affected())
}

async fn seed(
    db: &DatabaseConnection,
    pupils: usize,
    programmes: usize,
) -> Result<RegionId, BoxError> {
    let calendar = Calendar::amstelland_2026();
    let region = regions::insert(db, "bench", "Bench", "amstelland").await?;
    let procedure = procedures::insert(db, region, "2025-2026", &calendar).await?;
    let board = boards::insert(db, region, "Bench board").await?;
    let (region, procedure, board) = (region.as_uuid(), procedure.as_uuid(), board.as_uuid());
    let vo_schools = programmes.div_ceil(6);
    // Seats for 105 % of the pupils, spread over the programmes.
    let capacity = (pupils * 105 / 100).div_ceil(programmes);
    exec(db, format!(
        "INSERT INTO schools (id, board_id, region_id, kind, code, name, town, contact_email, contact_phone, website, priority_rule)
         SELECT gen_random_uuid(), '{board}', '{region}', k, k || '-' || n, k || ' school ' || n, 'Amstelveen',
                'school' || n || '@bench.example', '020 000 00 00', NULL, NULL
         FROM (SELECT 'po' AS k, n FROM generate_series(1, 1000) n
               UNION ALL SELECT 'vo', n FROM generate_series(1, {vo_schools}) n) s"
    )).await?;
    exec(
        db,
        format!(
            "INSERT INTO programmes (id, school_id, name, admitted_advice, capacity, procedure_id)
         SELECT gen_random_uuid(), s.id, 'havo ' || g, 'havo,havo/vwo,vwo', {capacity}, '{procedure}'
         FROM schools s CROSS JOIN generate_series(1, 6) g WHERE s.kind = 'vo'"
        ),
    )
    .await?;
    // 5,000 distinct lists of 12 programmes, weighted sampling (Efraimidis-Spirakis) with a
    // popularity that falls with the programme's number.
    exec(
        db,
        "CREATE TABLE bench_programmes AS
         SELECT id, row_number() OVER (ORDER BY id) AS n FROM programmes"
            .to_owned(),
    )
    .await?;
    exec(db, "CREATE TABLE bench_lists AS
         SELECT k, (SELECT json_build_object('entries', json_agg(json_build_object('programme', id)))
                    FROM (SELECT id FROM bench_programmes
                          WHERE n > -k
                          ORDER BY -ln(random()) * (1 + n / 50.0) LIMIT 12) c) AS draft
         FROM generate_series(0, 4999) k".to_owned()).await?;
    exec(db, format!(
        "INSERT INTO pupils (id, procedure_id, school_id, external_id, elk_number, first_name, last_name,
                             class_name, birth_date, advice, lwoo, home_town, parent_email, twin_pupil_id,
                             created_at, updated_at)
         SELECT gen_random_uuid(), '{procedure}', s.id, 'p' || n, lpad(n::text, 10, '0'), 'Kind' || n, 'Bench',
                '8A', DATE '2014-05-17', 'havo', false, 'Amstelveen', 'ouder' || n || '@bench.example', NULL,
                now(), now()
         FROM generate_series(1, {pupils}) n
         JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM schools WHERE kind = 'po') s
           ON s.i = n % 1000"
    )).await?;
    exec(db, format!(
        "INSERT INTO registrations (id, pupil_id, procedure_id, status, form_version, revision, confirmed_at,
                                    login_version, draft, week_closed, updated_at)
         SELECT gen_random_uuid(), p.id, '{procedure}', 'AV', 1, 1, now(), 1, l.draft, true, now()
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM pupils) p
         JOIN bench_lists l ON l.k = p.n % 5000"
    )).await?;
    for sql in [
        "DROP TABLE bench_lists",
        "DROP TABLE bench_programmes",
        "ANALYZE",
    ] {
        exec(db, sql.to_owned()).await?;
    }
    Ok(RegionId::from_uuid(region))
}

fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .init();
    let pupils = env_number("OVERSTAP_BENCH_PUPILS", 200_000);
    let programmes = env_number("OVERSTAP_BENCH_PROGRAMMES", 600);
    let url = fresh_database(Backend::Postgres).await?;
    let settings = Settings::from_lookup(|name| match name {
        "OVERSTAP_ENV" => Some("development".to_owned()),
        "DATABASE_URL" => Some(url.clone()),
        "OVERSTAP_CLOCK_FIXED" => Some(NOW.to_owned()),
        "OVERSTAP_SPA_DIR" => Some("/nonexistent".to_owned()),
        _ => None,
    })?;
    let db = startup::database(&settings).await?;
    let started = Instant::now();
    let region = seed(&db, pupils, programmes).await?;
    eprintln!(
        "seeded {pupils} pupils over {programmes} programmes in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let state = startup::state(
        &settings,
        db.clone(),
        Clock::fixed(datetime!(2026-04-08 09:00 +02:00)),
    )?;
    let actor = Actor {
        id: Uuid::new_v4(),
        role: overstap_domain::Role::Coordinator,
        region,
    };
    // The parts on their own first (read the snapshot, solve), then the whole run.
    let procedure = procedures::current_for_region(&db, region)
        .await?
        .ok_or("no procedure")?;
    let started = Instant::now();
    let snapshot = overstap_api::placement::snapshot::build(
        &db,
        &procedure,
        region,
        &overstap_domain::RegionProfile::amstelland(),
        overstap_domain::placement::Seed::from_bytes([7; 32]),
    )
    .await?;
    let read_snapshot = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let solved = overstap_domain::placement::place(&snapshot)?;
    let solve = started.elapsed().as_secs_f64();
    drop((snapshot, solved));
    let rss_before = peak_rss_mb();
    let commitment = runs::commit_seed(&state, &actor).await?;
    let started = Instant::now();
    let run = runs::start(
        &state,
        &actor,
        RunKind::Official,
        Some(overstap_domain::SeedCommitmentId::from_uuid(commitment.id)),
    )
    .await?;
    let seconds = started.elapsed().as_secs_f64();
    let outbox = db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT count(*) AS n FROM mail_outbox".to_owned(),
        ))
        .await?
        .map(|row| row.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0);
    println!("| measure | value |");
    println!("|---|---|");
    println!("| pupils (AV) | {} |", run.participants);
    println!("| placed | {} |", run.placed);
    println!("| result e-mails queued | {outbox} |");
    println!("| official run, wall time | {seconds:.2} s |");
    println!("| of which: read the snapshot (measured apart) | {read_snapshot:.2} s |");
    println!("| of which: solve with lottery, hashes, reserve lists (apart) | {solve:.2} s |");
    println!(
        "| peak RSS of the process (before the run → after) | {:.0} MB → {:.0} MB |",
        rss_before.unwrap_or(0.0),
        peak_rss_mb().unwrap_or(0.0)
    );
    println!("| output hash | `{}` |", run.output_hash);
    // Dropped at the end (unless kept): a 200,000-pupil database left behind is 0.5–0.8 GB,
    // and its dirty buffers are still being written out by the checkpointer during the next
    // run, which then measures the previous one's writes too (17–19 s after runs that left
    // theirs, 11.7–12.4 s after runs that dropped it, at the same load).
    drop(state);
    db.close().await?;
    if std::env::var("OVERSTAP_BENCH_KEEP_DATABASE").is_ok_and(|v| v == "1") {
        println!("DATABASE_URL={url}");
    } else {
        let name = url.rsplit('/').next().unwrap_or_default();
        let admin =
            sea_orm::Database::connect(format!("{}/postgres", postgres_server_url())).await?;
        admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\""))
            .await?;
        admin.close().await?;
    }
    Ok(())
}

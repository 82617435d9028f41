//! Benchmark of the parent portal on PostgreSQL, during the registration week.
//!
//! Seeds a fresh database with the Amstelland profile, six VO schools with a havo programme,
//! PO schools of 200 pupils (classes 8A/8B/8C) and one activated parent account per pupil whose
//! registration is AG with a valid five-school havo list; mints a session and an access token
//! per parent (`claims_for` + `issue_tokens`, no sign-in); starts the real server in this
//! process (`startup::database/state/run` on its own actix system, as `overstap serve` does)
//! with the clock fixed at Thursday 26 March 2026 10:00; then generates load with reqwest:
//!
//! 1. `GET /healthz`, 16 connections, closed model: the trivial baseline;
//! 2. confirm, 16 connections, closed model, every request a different parent;
//! 3. confirm at a fixed 100/s, open model: latency from each request's scheduled send time,
//!    so a stalled server is not hidden by a stalled client (coordinated omission);
//! 4. `GET /api/v1/parent/registration`, 16 connections, closed model;
//! 5. sign-in at a fixed 50/s together with confirms at a fixed 100/s, both open model;
//! 6. `GET /healthz` at a fixed 100/s, open model: the latency baseline for 3 and 5.
//!
//! Prints a markdown table, CPU per request (this process split into server and load
//! generator threads; the database's backends), and checks the status counters afterwards.
//!
//! Settings (environment): `OVERSTAP_BENCH_PARENTS` (40000), `OVERSTAP_BENCH_SECONDS` (10; the
//! fixed-rate runs take twice as long), `OVERSTAP_BENCH_CONNECTIONS` (16),
//! `OVERSTAP_BENCH_CONFIRM_RATE` (100), `OVERSTAP_BENCH_SIGN_IN_RATE` (50),
//! `OVERSTAP_BENCH_DB_CONNECTIONS` (the server's pool, 16), `OVERSTAP_BENCH_WORKERS` (the
//! server's workers; cores), `OVERSTAP_BENCH_ONLY` (e.g. `healthz,read`: only those scenarios;
//! healthz, confirm, read, sign-in), `OVERSTAP_TEST_POSTGRES_URL` (postgres://postgres@127.0.0.1:5432).

use std::collections::{BTreeMap, HashMap};
use std::error::Error;
use std::fmt::Display;
use std::future::Future;
use std::net::TcpListener;
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use overstap_api::auth::{PasswordHasher, TokenKeys, claims_for, issue_tokens};
use overstap_api::clock::Clock;
use overstap_api::config::Settings;
use overstap_api::startup;
use overstap_domain::SchoolKind;
use overstap_domain::preference::{ListDraft, ListEntry};
use overstap_domain::{Calendar, ElkNumberGenerator, PupilId, RegistrationStatus, Role};
use overstap_persistence::entities::registration;
use overstap_persistence::provision::{Backend, fresh_database};
use overstap_persistence::pupils::{self, NewPupil};
use overstap_persistence::schools::{self, NewSchool};
use overstap_persistence::{DatabaseConnection, DbConfig, boards, procedures, regions};
use rand::SeedableRng;
use rand::seq::SliceRandom;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Statement, TransactionTrait,
};
use serde_json::json;
use time::OffsetDateTime;
use time::macros::{date, datetime};
use uuid::Uuid;

type BoxError = Box<dyn Error + Send + Sync>;
type Res<T> = Result<T, BoxError>;

const PASSWORD: &str = "paarse olifant danst op het dak";
/// Thursday 26 March 2026, 10:00 Amsterdam: inside the registration week.
const DURING_REGISTRATION_WEEK: OffsetDateTime = datetime!(2026-03-26 10:00 +01:00);
/// The revision every seeded registration is at (wit → blauw → groen → AG).
const SEEDED_REVISION: i32 = 3;
const PUPILS_PER_SCHOOL: usize = 200;
const VO_SCHOOLS: usize = 6;

struct Config {
    parents: usize,
    seconds: u64,
    connections: usize,
    confirm_rate: f64,
    sign_in_rate: f64,
    db_connections: u32,
    workers: Option<usize>,
    /// `OVERSTAP_BENCH_ONLY`: the scenarios to run, e.g. `healthz,read` (all when unset).
    only: Option<Vec<String>>,
}

fn setting<T: FromStr>(name: &str, default: T) -> Res<T>
where
    T::Err: Display,
{
    match std::env::var(name) {
        Ok(v) if !v.trim().is_empty() => v
            .trim()
            .parse()
            .map_err(|e| format!("{name}={v:?}: {e}").into()),
        _ => Ok(default),
    }
}

impl Config {
    fn from_env() -> Res<Config> {
        Ok(Config {
            parents: setting("OVERSTAP_BENCH_PARENTS", 40_000)?,
            seconds: setting("OVERSTAP_BENCH_SECONDS", 10)?,
            connections: setting("OVERSTAP_BENCH_CONNECTIONS", 16)?,
            confirm_rate: setting("OVERSTAP_BENCH_CONFIRM_RATE", 100.0)?,
            sign_in_rate: setting("OVERSTAP_BENCH_SIGN_IN_RATE", 50.0)?,
            db_connections: setting("OVERSTAP_BENCH_DB_CONNECTIONS", 16)?,
            workers: match setting("OVERSTAP_BENCH_WORKERS", 0usize)? {
                0 => None,
                n => Some(n),
            },
            only: std::env::var("OVERSTAP_BENCH_ONLY")
                .ok()
                .filter(|v| !v.trim().is_empty())
                .map(|v| v.split(',').map(|s| s.trim().to_owned()).collect()),
        })
    }

    /// Whether the scenario `name` (healthz, confirm, read, sign-in) is to run.
    fn runs(&self, name: &str) -> bool {
        self.only
            .as_ref()
            .is_none_or(|only| only.iter().any(|o| o == name))
    }
}

/// One seeded parent: the child's ELK number (the username) and an access token.
struct Parent {
    elk: String,
    token: String,
}

fn main() -> Res<()> {
    // The load generator's runtime; its threads are named so their CPU time can be told
    // apart from the server's (which runs on its own actix system, see `start_server`).
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("loadgen")
        .enable_all()
        .build()?;
    runtime.block_on(run())
}

async fn run() -> Res<()> {
    let config = Config::from_env()?;
    println!("load average at start: {}", load_average());
    let url = fresh_database(Backend::Postgres).await?;
    let database = url.rsplit('/').next().unwrap_or_default().to_owned();
    let mut overrides: HashMap<&str, String> = HashMap::from([
        ("DATABASE_URL", url.clone()),
        (
            "OVERSTAP_DB_MAX_CONNECTIONS",
            config.db_connections.to_string(),
        ),
        ("OVERSTAP_SPA_DIR", "/nonexistent".to_owned()),
        // The load comes from one address and signs in each account once.
        ("OVERSTAP_SIGN_IN_PER_IP_PER_MINUTE", "100000000".to_owned()),
        ("OVERSTAP_SIGN_IN_PER_ACCOUNT_PER_MINUTE", "1000".to_owned()),
        ("OVERSTAP_ENV", "development".to_owned()),
    ]);
    if let Some(workers) = config.workers {
        overrides.insert("OVERSTAP_WORKERS", workers.to_string());
    }
    let settings = Settings::from_lookup(|name| {
        overrides.get(name).cloned().or_else(|| {
            name.starts_with("OVERSTAP_")
                .then(|| std::env::var(name).ok())
                .flatten()
        })
    })?;

    let seed_db = overstap_persistence::connect(&DbConfig {
        url: url.clone(),
        max_connections: 20,
    })
    .await?;
    startup::database(&settings).await?.close().await?;
    let started = Instant::now();
    let mut parents = seed(&seed_db, &config).await?;
    println!(
        "seeded {} parents (AG, five-school havo list, activated account) in {:.1} s",
        parents.len(),
        started.elapsed().as_secs_f64()
    );
    // Parents confirm in random order, as they would, not school by school.
    parents.shuffle(&mut rand_chacha::ChaCha8Rng::seed_from_u64(2026));
    let keys = TokenKeys::new(
        &settings.jwt_secret,
        settings.access_token_ttl_seconds,
        settings.refresh_token_ttl_seconds,
    )
    .map_err(|e| e.to_string())?;
    let started = Instant::now();
    let parents = mint_tokens(&seed_db, &keys, parents).await?;
    println!(
        "minted {} sessions and access tokens in {:.1} s",
        parents.len(),
        started.elapsed().as_secs_f64()
    );

    // From here on one connection of ours for the statistics; the rest are the server's.
    seed_db.close().await?;
    let seed_db = overstap_persistence::connect(&DbConfig {
        url: url.clone(),
        max_connections: 1,
    })
    .await?;
    let base = start_server(settings)?;
    let client = reqwest::Client::builder()
        .tcp_nodelay(true)
        .pool_max_idle_per_host(1024)
        .timeout(Duration::from_secs(60))
        .build()?;
    wait_until_ready(&client, &base).await?;

    let bench = Arc::new(Bench {
        client,
        base,
        parents,
        next_confirm: AtomicUsize::new(0),
        next_sign_in: AtomicUsize::new(0),
    });
    // Warm-up: connections, the region's catalogue cache, the database's buffers.
    let warm = Duration::from_secs(2);
    closed(&bench, config.connections, warm, |b, _| b.healthz()).await;
    closed(&bench, config.connections, warm, |b, n| b.read(n)).await;
    let backends = backend_pids(&seed_db, &database).await?;
    println!(
        "server: {} database connections open; load generator: {} connections",
        backends.len(),
        config.connections
    );

    let short = Duration::from_secs(config.seconds);
    let long = Duration::from_secs(config.seconds * 2);
    let c = config.connections;
    let mut results = Vec::new();
    let stats_db = &seed_db;
    let mut measure = async |name: String, model: String, run: Runs| -> Res<()> {
        let load = load_average();
        let tables_before = table_stats(stats_db).await?;
        let before = Cpu::now(&backends);
        let outcomes = run.go(&bench).await;
        let cpu = Cpu::now(&backends).since(&before);
        // Backends report their counters at most once a second.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let tables = table_stats(stats_db).await?;
        let requests: u64 = outcomes.iter().map(|o| o.histogram.len()).sum();
        let per_table: Vec<String> = tables
            .iter()
            .filter_map(|(table, (scans, written))| {
                let (scans_before, written_before) =
                    tables_before.get(table).copied().unwrap_or((0, 0));
                let (scans, written) = (scans - scans_before, written - written_before);
                (scans + written > 0).then(|| {
                    format!(
                        "{table} {:.2} scans + {:.2} rows written",
                        scans as f64 / requests.max(1) as f64,
                        written as f64 / requests.max(1) as f64
                    )
                })
            })
            .collect();
        println!(
            "per request, {name} ({model}): {}",
            if per_table.is_empty() {
                "no table touched".to_owned()
            } else {
                per_table.join("; ")
            }
        );
        for (i, outcome) in outcomes.into_iter().enumerate() {
            results.push(Row {
                name: if i == 0 {
                    name.clone()
                } else {
                    format!("{name} (sign-in)")
                },
                model: model.clone(),
                load: load.clone(),
                cpu: (i == 0).then_some(cpu),
                outcome,
            });
        }
        Ok(())
    };
    if config.runs("healthz") {
        measure(
            "GET /healthz".into(),
            format!("closed, {c} conn"),
            Runs::Closed(Kind::Healthz, c, short),
        )
        .await?;
    }
    if config.runs("confirm") {
        measure(
            "confirm".into(),
            format!("closed, {c} conn"),
            Runs::Closed(Kind::Confirm, c, short),
        )
        .await?;
    }
    if config.runs("confirm") {
        measure(
            "confirm".into(),
            format!("open, {}/s", config.confirm_rate),
            Runs::Open(Kind::Confirm, config.confirm_rate, long),
        )
        .await?;
    }
    if config.runs("read") {
        measure(
            "GET /parent/registration".into(),
            format!("closed, {c} conn"),
            Runs::Closed(Kind::Read, c, short),
        )
        .await?;
    }
    if config.runs("sign-in") {
        measure(
            "confirm + sign-in".into(),
            format!(
                "open, {}/s + {}/s",
                config.confirm_rate, config.sign_in_rate
            ),
            Runs::Mixed(config.confirm_rate, config.sign_in_rate, long),
        )
        .await?;
    }
    if config.runs("healthz") {
        measure(
            "GET /healthz".into(),
            format!("open, {}/s", config.confirm_rate),
            Runs::Open(Kind::Healthz, config.confirm_rate, short),
        )
        .await?;
    }
    report(&results);
    check_counters(&seed_db, bench.next_confirm.load(Ordering::SeqCst)).await?;
    println!("load average at end: {}", load_average());
    println!("DATABASE_URL={url}");
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Seeding

async fn seed(db: &DatabaseConnection, config: &Config) -> Res<Vec<(Uuid, String)>> {
    let now = DURING_REGISTRATION_WEEK;
    let region = regions::insert(db, "amstelland", "Amstelland", "amstelland").await?;
    let procedure =
        procedures::insert(db, region, "2025-2026", &Calendar::amstelland_2026()).await?;
    let board = boards::insert(db, region, "Bench board").await?;
    let mut havo = Vec::new();
    for v in 0..VO_SCHOOLS {
        let code = format!("VO{v}");
        let name = format!("College {v}");
        let school = schools::insert(
            db,
            NewSchool {
                board_id: board,
                region_id: region,
                kind: SchoolKind::Vo,
                code: &code,
                name: &name,
                town: "Amstelveen",
                contact_email: "vo@bench.example",
                contact_phone: "020 000 00 00",
                website: Some("https://school.example"),
                priority_rule: None,
            },
        )
        .await?;
        havo.push(
            schools::insert_programme(
                db,
                procedure,
                school,
                &format!("havo {v}"),
                &[
                    overstap_domain::Advice::Havo,
                    overstap_domain::Advice::HavoVwo,
                ],
                900,
            )
            .await?,
        );
    }

    // PO schools of 200 pupils, four schools at a time.
    let school_count = config.parents.div_ceil(PUPILS_PER_SCHOOL);
    let total = config.parents;
    let mut tasks = Vec::new();
    for worker in 0..4 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            let generator = ElkNumberGenerator::new(7);
            for s in (worker..school_count).step_by(4) {
                let code = format!("PO{s}");
                let school = schools::insert(
                    &db,
                    NewSchool {
                        board_id: board,
                        region_id: region,
                        kind: SchoolKind::Po,
                        code: &code,
                        name: &format!("Basisschool {s}"),
                        town: "Amstelveen",
                        contact_email: "po@bench.example",
                        contact_phone: "020 000 00 00",
                        website: None,
                        priority_rule: None,
                    },
                )
                .await?;
                let batch: Vec<NewPupil> = (s * PUPILS_PER_SCHOOL
                    ..((s + 1) * PUPILS_PER_SCHOOL).min(total))
                    .map(|i| NewPupil {
                        id: PupilId::from_uuid(Uuid::new_v4()),
                        procedure_id: procedure,
                        school_id: school,
                        external_id: i.to_string(),
                        elk_number: generator.number(i as u64).to_string(),
                        first_name: format!("Kind {i}"),
                        last_name: "Bench".to_owned(),
                        class_name: ["8A", "8B", "8C"][i % 3].to_owned(),
                        birth_date: date!(2014 - 01 - 01),
                        advice: overstap_domain::Advice::Havo,
                        lwoo: false,
                        home_town: "Amstelveen".to_owned(),
                        parent_email: format!("ouder{i}@bench.example"),
                        twin_pupil_id: None,
                    })
                    .collect();
                pupils::insert_many(&db, batch, "bench", now).await?;
            }
            Ok::<(), BoxError>(())
        }));
    }
    for task in tasks {
        task.await??;
    }

    // One password hash for every account: argon2 per parent would take minutes.
    let hash = PasswordHasher::new(1)
        .map_err(|e| e.to_string())?
        .hash(PASSWORD.to_owned())
        .await
        .map_err(|e| e.to_string())?;
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "INSERT INTO parent_accounts (id, pupil_id, password_hash, activated_at, language, created_at) \
         SELECT gen_random_uuid(), id, $1, $2, 'nl', $2 FROM pupils WHERE procedure_id = $3",
        [hash.into(), now.into(), procedure.as_uuid().into()],
    ))
    .await?;

    // wit → AG with the same valid list for everyone (five schools, as havo needs here).
    let draft = ListDraft {
        entries: havo[..5]
            .iter()
            .map(|&programme| ListEntry {
                programme,
                priority_claim: None,
            })
            .collect(),
        twin: None,
    };
    registration::Entity::update_many()
        .col_expr(
            registration::Column::Status,
            Expr::value(RegistrationStatus::Ag.as_str()),
        )
        .col_expr(registration::Column::LoginVersion, Expr::value(1))
        .col_expr(
            registration::Column::Draft,
            Expr::value(serde_json::to_value(&draft)?),
        )
        .col_expr(registration::Column::Revision, Expr::value(SEEDED_REVISION))
        .col_expr(registration::Column::UpdatedAt, Expr::value(now))
        .filter(registration::Column::ProcedureId.eq(procedure.as_uuid()))
        .exec(db)
        .await?;
    // The board's counters follow: recounted from the registrations in one statement.
    db.execute_unprepared("DELETE FROM status_counts").await?;
    db.execute_unprepared(
        "INSERT INTO status_counts (id, procedure_id, school_id, class_name, status, count) \
         SELECT gen_random_uuid(), p.procedure_id, p.school_id, p.class_name, r.status, count(*) \
         FROM registrations r JOIN pupils p ON p.id = r.pupil_id \
         GROUP BY p.procedure_id, p.school_id, p.class_name, r.status",
    )
    .await?;
    db.execute_unprepared("VACUUM ANALYZE").await?;

    let rows = db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT a.id, p.elk_number FROM parent_accounts a JOIN pupils p ON p.id = a.pupil_id \
             ORDER BY p.elk_number",
        ))
        .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("", "id")?, row.try_get("", "elk_number")?)))
        .collect()
}

/// A session (refresh-token family) and an access token per parent, 16 transactions at a time.
async fn mint_tokens(
    db: &DatabaseConnection,
    keys: &TokenKeys,
    parents: Vec<(Uuid, String)>,
) -> Res<Vec<Parent>> {
    let parents = Arc::new(parents);
    let chunks: Vec<(usize, usize)> = (0..parents.len())
        .step_by(500)
        .map(|start| (start, (start + 500).min(parents.len())))
        .collect();
    let chunks = Arc::new(chunks);
    let next = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let (db, keys, parents, chunks, next) = (
            db.clone(),
            keys.clone(),
            Arc::clone(&parents),
            Arc::clone(&chunks),
            Arc::clone(&next),
        );
        tasks.push(tokio::spawn(async move {
            let mut minted = Vec::new();
            while let Some(&(start, end)) = chunks.get(next.fetch_add(1, Ordering::SeqCst)) {
                let txn = db.begin().await?;
                for index in start..end {
                    let (account, _) = &parents[index];
                    let claims = claims_for(&txn, Role::Parent, *account, Uuid::new_v4(), None)
                        .await
                        .map_err(|e| e.to_string())?
                        .ok_or("a seeded parent has no claims")?;
                    let tokens = issue_tokens(&txn, &keys, claims, DURING_REGISTRATION_WEEK)
                        .await
                        .map_err(|e| e.to_string())?;
                    minted.push((index, tokens.access_token));
                }
                txn.commit().await?;
            }
            Ok::<_, BoxError>(minted)
        }));
    }
    let mut tokens = vec![String::new(); parents.len()];
    for task in tasks {
        for (index, token) in task.await?? {
            tokens[index] = token;
        }
    }
    Ok(parents
        .iter()
        .zip(tokens)
        .map(|((_, elk), token)| Parent {
            elk: elk.clone(),
            token,
        })
        .collect())
}

/// After the run: every 200 confirm made one AV, and the board's counters agree.
async fn check_counters(db: &DatabaseConnection, confirms_sent: usize) -> Res<()> {
    let row = db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT (SELECT count(*) FROM registrations WHERE status = 'AV') AS av, \
                    (SELECT coalesce(sum(count), 0) FROM status_counts WHERE status = 'AV')::bigint AS counted_av, \
                    (SELECT count(*) FROM registrations WHERE status = 'AG') AS ag, \
                    (SELECT coalesce(sum(count), 0) FROM status_counts WHERE status = 'AG')::bigint AS counted_ag, \
                    (SELECT count(*) FROM mail_outbox) AS mails",
        ))
        .await?
        .ok_or("no row")?;
    let get = |c: &str| row.try_get::<i64>("", c);
    let (av, counted_av, ag, counted_ag, mails) = (
        get("av")?,
        get("counted_av")?,
        get("ag")?,
        get("counted_ag")?,
        get("mails")?,
    );
    println!(
        "after the run: {av} AV (counters {counted_av}), {ag} AG (counters {counted_ag}), \
         {mails} confirmation e-mails queued, {confirms_sent} confirm requests sent"
    );
    if av != counted_av || ag != counted_ag || av != mails {
        return Err("the status counters or the outbox disagree with the registrations".into());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The server

/// Serves on an ephemeral port from a thread with its own actix system, like `overstap serve`.
fn start_server(settings: Settings) -> Res<String> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let base = format!("http://{}", listener.local_addr()?);
    std::thread::Builder::new()
        .name("server".to_owned())
        .spawn(move || {
            let result = actix_web::rt::System::new().block_on(async move {
                let clock = Clock::fixed(DURING_REGISTRATION_WEEK);
                let db = startup::database(&settings)
                    .await
                    .map_err(|e| e.to_string())?;
                let state = startup::state(&settings, db, clock).map_err(|e| e.to_string())?;
                startup::run(listener, &settings, state)
                    .map_err(|e| e.to_string())?
                    .await
                    .map_err(|e| e.to_string())
            });
            if let Err(e) = result {
                eprintln!("server: {e}");
            }
        })?;
    Ok(base)
}

async fn wait_until_ready(client: &reqwest::Client, base: &str) -> Res<()> {
    for _ in 0..200 {
        if let Ok(response) = client.get(format!("{base}/readyz")).send().await
            && response.status().is_success()
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Err("the server did not become ready".into())
}

// ---------------------------------------------------------------------------------------------
// Load generation

struct Bench {
    client: reqwest::Client,
    base: String,
    parents: Vec<Parent>,
    /// Confirms take parents from the front, each once.
    next_confirm: AtomicUsize,
    /// Sign-ins take parents from the back, each once.
    next_sign_in: AtomicUsize,
}

/// A request's status code; 0 when it failed without one; `None` when out of parents.
type Sent = Option<u16>;

async fn status_of(response: reqwest::Result<reqwest::Response>) -> u16 {
    match response {
        Ok(response) => {
            let status = response.status().as_u16();
            match response.bytes().await {
                Ok(_) => status,
                Err(_) => 0,
            }
        }
        Err(_) => 0,
    }
}

impl Bench {
    async fn healthz(self: Arc<Self>) -> Sent {
        let url = format!("{}/healthz", self.base);
        Some(status_of(self.client.get(url).send().await).await)
    }

    async fn read(self: Arc<Self>, n: usize) -> Sent {
        let parent = &self.parents[n.wrapping_mul(7919) % self.parents.len()];
        let url = format!("{}/api/v1/parent/registration", self.base);
        let request = self.client.get(url).bearer_auth(&parent.token);
        Some(status_of(request.send().await).await)
    }

    async fn confirm(self: Arc<Self>) -> Sent {
        let index = self.next_confirm.fetch_add(1, Ordering::SeqCst);
        let taken = self.next_sign_in.load(Ordering::SeqCst);
        if index + taken >= self.parents.len() {
            return None;
        }
        let parent = &self.parents[index];
        let url = format!("{}/api/v1/parent/registration/confirm", self.base);
        let request = self
            .client
            .post(url)
            .bearer_auth(&parent.token)
            .header("idempotency-key", format!("bench-{index}"))
            .header("content-type", "application/json")
            .body(format!(r#"{{"revision":{SEEDED_REVISION}}}"#));
        Some(status_of(request.send().await).await)
    }

    async fn sign_in(self: Arc<Self>) -> Sent {
        let taken = self.next_sign_in.fetch_add(1, Ordering::SeqCst);
        if taken + self.next_confirm.load(Ordering::SeqCst) >= self.parents.len() {
            return None;
        }
        let parent = &self.parents[self.parents.len() - 1 - taken];
        let body = json!({ "elk_number": parent.elk, "password": PASSWORD }).to_string();
        let url = format!("{}/api/v1/auth/parent/sign-in", self.base);
        let request = self
            .client
            .post(url)
            .header("content-type", "application/json")
            .body(body);
        Some(status_of(request.send().await).await)
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Healthz,
    Confirm,
    Read,
    SignIn,
}

impl Kind {
    async fn send(self, bench: Arc<Bench>, n: usize) -> Sent {
        match self {
            Kind::Healthz => bench.healthz().await,
            Kind::Confirm => bench.confirm().await,
            Kind::Read => bench.read(n).await,
            Kind::SignIn => bench.sign_in().await,
        }
    }
}

enum Runs {
    Closed(Kind, usize, Duration),
    Open(Kind, f64, Duration),
    /// Confirms and sign-ins, both open model, at the same time.
    Mixed(f64, f64, Duration),
}

impl Runs {
    async fn go(self, bench: &Arc<Bench>) -> Vec<Outcome> {
        match self {
            Runs::Closed(kind, connections, duration) => {
                vec![closed(bench, connections, duration, move |b, n| kind.send(b, n)).await]
            }
            Runs::Open(kind, rate, duration) => vec![open(bench, kind, rate, duration).await],
            Runs::Mixed(confirm_rate, sign_in_rate, duration) => {
                let (confirms, sign_ins) = tokio::join!(
                    open(bench, Kind::Confirm, confirm_rate, duration),
                    open(bench, Kind::SignIn, sign_in_rate, duration)
                );
                vec![confirms, sign_ins]
            }
        }
    }
}

struct Outcome {
    histogram: Histogram<u64>,
    statuses: BTreeMap<u16, u64>,
    elapsed: Duration,
    /// The rate asked for (open model).
    rate: Option<f64>,
    /// Ran out of parents before the time was up.
    exhausted: bool,
}

impl Outcome {
    fn new(rate: Option<f64>) -> Outcome {
        Outcome {
            histogram: histogram(),
            statuses: BTreeMap::new(),
            elapsed: Duration::ZERO,
            rate,
            exhausted: false,
        }
    }

    fn ok(&self) -> u64 {
        self.statuses.get(&200).copied().unwrap_or(0)
    }

    fn errors(&self) -> u64 {
        self.statuses
            .iter()
            .filter(|(status, _)| **status != 200)
            .map(|(_, n)| n)
            .sum()
    }

    fn per_second(&self) -> f64 {
        self.ok() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    fn ms(&self, quantile: f64) -> f64 {
        self.histogram.value_at_quantile(quantile) as f64 / 1000.0
    }

    fn max_ms(&self) -> f64 {
        self.histogram.max() as f64 / 1000.0
    }

    fn record(&mut self, status: u16, latency: Duration) {
        *self.statuses.entry(status).or_default() += 1;
        self.histogram
            .saturating_record(u64::try_from(latency.as_micros()).unwrap_or(u64::MAX));
    }

    fn merge(&mut self, other: Outcome) {
        for (status, n) in other.statuses {
            *self.statuses.entry(status).or_default() += n;
        }
        // Both histograms have the same bounds, so adding cannot fail.
        let _ = self.histogram.add(&other.histogram);
        self.exhausted |= other.exhausted;
    }
}

/// Microseconds, 1 µs to 10 min, three significant digits.
fn histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, 600_000_000, 3)
        .unwrap_or_else(|_| Histogram::new(3).unwrap_or_else(|_| unreachable!()))
}

/// Closed model: `connections` loops, each sending its next request when the last answered.
async fn closed<F, Fut>(
    bench: &Arc<Bench>,
    connections: usize,
    duration: Duration,
    send: F,
) -> Outcome
where
    F: Fn(Arc<Bench>, usize) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = Sent> + Send,
{
    let started = Instant::now();
    let deadline = started + duration;
    let counter = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = (0..connections)
        .map(|_| {
            let (bench, send, counter) = (Arc::clone(bench), send.clone(), Arc::clone(&counter));
            tokio::spawn(async move {
                let mut outcome = Outcome::new(None);
                while Instant::now() < deadline {
                    let n = counter.fetch_add(1, Ordering::Relaxed);
                    let sent_at = Instant::now();
                    let Some(status) = send(Arc::clone(&bench), n).await else {
                        outcome.exhausted = true;
                        break;
                    };
                    outcome.record(status, sent_at.elapsed());
                }
                outcome
            })
        })
        .collect();
    let mut total = Outcome::new(None);
    for task in tasks {
        if let Ok(outcome) = task.await {
            total.merge(outcome);
        }
    }
    total.elapsed = started.elapsed();
    total
}

/// Open model: request k is due at start + k/rate whether or not earlier ones answered, and
/// its latency counts from that due time (as wrk2 and oha's latency correction do).
async fn open(bench: &Arc<Bench>, kind: Kind, rate: f64, duration: Duration) -> Outcome {
    let bench = Arc::clone(bench);
    let scheduler = tokio::spawn(async move {
        let total = (rate * duration.as_secs_f64()).round() as usize;
        let interval = Duration::from_secs_f64(1.0 / rate);
        let start = tokio::time::Instant::now() + Duration::from_millis(20);
        let mut requests = Vec::with_capacity(total);
        for k in 0..total {
            let due = start + interval.mul_f64(k as f64);
            tokio::time::sleep_until(due).await;
            let request = kind.send(Arc::clone(&bench), k);
            requests.push(tokio::spawn(async move {
                let status = request.await;
                (status, due.elapsed())
            }));
        }
        let mut outcome = Outcome::new(Some(rate));
        for request in requests {
            match request.await {
                Ok((Some(status), latency)) => outcome.record(status, latency),
                Ok((None, _)) => outcome.exhausted = true,
                Err(_) => outcome.record(0, Duration::ZERO),
            }
        }
        outcome.elapsed = start.elapsed();
        outcome
    });
    scheduler.await.unwrap_or_else(|_| Outcome::new(Some(rate)))
}

// ---------------------------------------------------------------------------------------------
// CPU accounting

const TICKS_PER_SECOND: f64 = 100.0;

/// CPU seconds so far: the machine (busy), this process's server and load-generator threads,
/// and the database backends that serve the benchmark's database.
#[derive(Clone, Copy, Default)]
struct Cpu {
    wall: f64,
    machine_busy: f64,
    server: f64,
    generator: f64,
    database: f64,
}

/// utime + stime of a /proc stat line, in seconds, and the thread's name.
fn proc_stat(path: &str) -> Option<(String, f64)> {
    let text = std::fs::read_to_string(path).ok()?;
    let name = text.split_once('(')?.1.rsplit_once(')')?.0.to_owned();
    let fields: Vec<&str> = text.rsplit_once(')')?.1.split_whitespace().collect();
    // After the name: state is field 3, utime 14 and stime 15 (1-based, man 5 proc).
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((name, (utime + stime) / TICKS_PER_SECOND))
}

impl Cpu {
    fn now(backends: &[u32]) -> Cpu {
        let mut cpu = Cpu {
            wall: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0.0, |d| d.as_secs_f64()),
            ..Cpu::default()
        };
        if let Ok(text) = std::fs::read_to_string("/proc/stat")
            && let Some(line) = text.lines().next()
        {
            let ticks: Vec<f64> = line
                .split_whitespace()
                .skip(1)
                .filter_map(|v| v.parse().ok())
                .collect();
            let idle = ticks.get(3).copied().unwrap_or(0.0) + ticks.get(4).copied().unwrap_or(0.0);
            cpu.machine_busy = (ticks.iter().sum::<f64>() - idle) / TICKS_PER_SECOND;
        }
        let pid = std::process::id();
        // The whole process, exited threads included (the blocking pool's come and go); the
        // load generator's threads live to the end, so the server is the difference.
        let process = proc_stat("/proc/self/stat").map_or(0.0, |(_, seconds)| seconds);
        if let Ok(tasks) = std::fs::read_dir("/proc/self/task") {
            for task in tasks.flatten() {
                let tid = task.file_name().to_string_lossy().into_owned();
                let Some((name, seconds)) = proc_stat(&format!("/proc/self/task/{tid}/stat"))
                else {
                    continue;
                };
                if name.starts_with("loadgen") || tid == pid.to_string() {
                    cpu.generator += seconds;
                }
            }
        }
        cpu.server = process - cpu.generator;
        for backend in backends {
            if let Some((_, seconds)) = proc_stat(&format!("/proc/{backend}/stat")) {
                cpu.database += seconds;
            }
        }
        cpu
    }

    fn since(&self, before: &Cpu) -> Cpu {
        Cpu {
            wall: self.wall - before.wall,
            machine_busy: self.machine_busy - before.machine_busy,
            server: self.server - before.server,
            generator: self.generator - before.generator,
            database: self.database - before.database,
        }
    }
}

/// Per table: scans (sequential + index) and rows inserted, updated or deleted so far.
async fn table_stats(db: &DatabaseConnection) -> Res<BTreeMap<String, (i64, i64)>> {
    let rows = db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT relname::text AS relname, \
                    (seq_scan + coalesce(idx_scan, 0))::bigint AS scans, \
                    (n_tup_ins + n_tup_upd + n_tup_del)::bigint AS written \
             FROM pg_stat_user_tables",
        ))
        .await?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get("", "relname")?,
                (row.try_get("", "scans")?, row.try_get("", "written")?),
            ))
        })
        .collect()
}

/// The PostgreSQL backends connected to the benchmark's database (the server's pool).
async fn backend_pids(db: &DatabaseConnection, database: &str) -> Res<Vec<u32>> {
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
            [database.into()],
        ))
        .await?;
    rows.iter()
        .map(|row| Ok(u32::try_from(row.try_get::<i32>("", "pid")?)?))
        .collect()
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".to_owned())
}

// ---------------------------------------------------------------------------------------------
// Report

struct Row {
    name: String,
    model: String,
    load: String,
    cpu: Option<Cpu>,
    outcome: Outcome,
}

fn report(rows: &[Row]) {
    let find = |name: &str, open: bool| {
        rows.iter()
            .find(|r| r.name == name && r.outcome.rate.is_some() == open)
    };
    let trivial_rate = find("GET /healthz", false).map(|r| r.outcome.per_second());
    let trivial_p99 = find("GET /healthz", true).map(|r| r.outcome.ms(0.99));
    println!();
    println!(
        "| scenario | load model | load avg (1/5/15) | requests | non-200 | achieved/s | p50 ms | p99 ms | max ms | ratio to /healthz |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for row in rows {
        let o = &row.outcome;
        let errors = if o.errors() == 0 {
            "0".to_owned()
        } else {
            o.statuses
                .iter()
                .filter(|(s, _)| **s != 200)
                .map(|(s, n)| format!("{n}×{s}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let ratio = match o.rate {
            None => trivial_rate.map_or("?".to_owned(), |t| {
                format!("{:.4} of the rate", o.per_second() / t)
            }),
            Some(_) => trivial_p99.map_or("?".to_owned(), |t| {
                format!("p99 {:.1}× /healthz's", o.ms(0.99) / t)
            }),
        };
        let achieved = match o.rate {
            Some(rate) => format!("{:.1} (of {rate})", o.per_second()),
            None => format!("{:.1}", o.per_second()),
        };
        println!(
            "| {}{} | {} | {} | {} | {} | {} | {:.2} | {:.2} | {:.2} | {} |",
            row.name,
            if o.exhausted {
                " (ran out of parents)"
            } else {
                ""
            },
            row.model,
            row.load,
            o.histogram.len(),
            errors,
            achieved,
            o.ms(0.50),
            o.ms(0.99),
            o.max_ms(),
            ratio
        );
    }
    println!();
    let cores = std::thread::available_parallelism().map_or(2.0, |n| n.get() as f64);
    println!(
        "| scenario | load model | machine busy (of {cores} cores) | server ms CPU/req | database ms CPU/req | load generator ms CPU/req |"
    );
    println!("|---|---|---|---|---|---|");
    for row in rows {
        let Some(cpu) = row.cpu else { continue };
        let requests = rows
            .iter()
            .filter(|r| r.name.starts_with(&row.name) && r.model == row.model)
            .map(|r| r.outcome.histogram.len())
            .sum::<u64>()
            .max(1) as f64;
        let per = |seconds: f64| seconds * 1000.0 / requests;
        println!(
            "| {} | {} | {:.0} % | {:.3} | {:.3} | {:.3} |",
            row.name,
            row.model,
            cpu.machine_busy / cpu.wall.max(1e-9) * 100.0 / cores,
            per(cpu.server),
            per(cpu.database),
            per(cpu.generator)
        );
    }
    println!();
}

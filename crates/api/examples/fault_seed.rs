//! Seeds a database for the fault tests (`scripts/fault-tests.sh`, see docs/fault-tests.md)
//! and exits; the script then starts the release server on it.
//!
//! ```text
//! DATABASE_URL=postgres://postgres@127.0.0.1:5432/overstap_fault_kill \
//!   cargo run --release -p overstap-api --example fault_seed -- 2000 /tmp/parents.jsonl
//! ```
//!
//! The database must exist and may be empty: it is migrated first, like the server does.
//! Then, as `parent_portal_bench` seeds (copied from there, not shared): the Amstelland
//! profile, six VO schools with a havo programme, PO schools of 200 pupils (classes
//! 8A/8B/8C) and one activated parent account per pupil whose registration is AG at revision
//! 3 with a valid five-school havo list, ready to confirm during the registration week
//! (Thursday 26 March 2026). Every account has the same password (one Argon2id hash: one per
//! parent would take minutes).
//!
//! Writes one JSON object per parent and line to the output file: `elk_number`, `password`,
//! `pupil_id`, `registration_id`, `parent_email`, `revision` and `entries` (the draft's
//! length), for the load driver (`scripts/fault/driver.py`).

use std::error::Error;
use std::io::Write;
use std::time::Instant;

use overstap_api::auth::PasswordHasher;
use overstap_api::config::Settings;
use overstap_api::startup;
use overstap_domain::SchoolKind;
use overstap_domain::preference::{ListDraft, ListEntry};
use overstap_domain::{Calendar, ElkNumberGenerator, PupilId, RegistrationStatus};
use overstap_persistence::entities::registration;
use overstap_persistence::pupils::{self, NewPupil};
use overstap_persistence::schools::{self, NewSchool};
use overstap_persistence::{DatabaseConnection, boards, procedures, regions};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Statement};
use serde_json::json;
use time::OffsetDateTime;
use time::macros::{date, datetime};
use uuid::Uuid;

type BoxError = Box<dyn Error + Send + Sync>;
type Res<T> = Result<T, BoxError>;

/// Every seeded parent's password: long, and in no list of common passwords.
const PASSWORD: &str = "paarse olifant danst op het dak";
/// Thursday 26 March 2026, 10:00 Amsterdam: inside the registration week.
const DURING_REGISTRATION_WEEK: OffsetDateTime = datetime!(2026-03-26 10:00 +01:00);
/// The revision every seeded registration is at (wit → blauw → groen → AG).
const SEEDED_REVISION: i32 = 3;
/// The length of every seeded list (five schools, as havo needs in Amstelland).
const LIST_LENGTH: usize = 5;
const PUPILS_PER_SCHOOL: usize = 200;
const VO_SCHOOLS: usize = 6;

const USAGE: &str = "usage: DATABASE_URL=postgres://… fault_seed <parents> <output.jsonl>";

fn main() -> Res<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [parents, output] = args.as_slice() else {
        return Err(USAGE.into());
    };
    let parents: usize = parents
        .parse()
        .map_err(|e| format!("{parents:?} is not a number of parents: {e}\n{USAGE}"))?;
    let url = std::env::var("DATABASE_URL").map_err(|_| USAGE)?;
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?
        .block_on(run(url, parents, output))
}

async fn run(url: String, parents: usize, output: &str) -> Res<()> {
    let settings = Settings::from_lookup(|name| match name {
        "DATABASE_URL" => Some(url.clone()),
        "OVERSTAP_ENV" => Some("development".to_owned()),
        "OVERSTAP_DB_MAX_CONNECTIONS" => Some("8".to_owned()),
        _ => None,
    })?;
    let started = Instant::now();
    // Migrates, as the server does at start.
    let db = startup::database(&settings).await?;
    let seeded = seed(&db, parents).await?;
    db.close().await?;
    let mut file = std::io::BufWriter::new(std::fs::File::create(output)?);
    for parent in &seeded {
        writeln!(file, "{parent}")?;
    }
    file.flush()?;
    println!(
        "fault_seed: {} parents (AG at revision {SEEDED_REVISION}, {LIST_LENGTH}-school havo \
         list, activated account) in {:.1} s; written to {output}",
        seeded.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

async fn seed(db: &DatabaseConnection, parents: usize) -> Res<Vec<serde_json::Value>> {
    let now = DURING_REGISTRATION_WEEK;
    let region = regions::insert(db, "amstelland", "Amstelland", "amstelland").await?;
    let procedure =
        procedures::insert(db, region, "2025-2026", &Calendar::amstelland_2026()).await?;
    let board = boards::insert(db, region, "Fault board").await?;
    let mut havo = Vec::new();
    for v in 0..VO_SCHOOLS {
        let school = schools::insert(
            db,
            NewSchool {
                board_id: board,
                region_id: region,
                kind: SchoolKind::Vo,
                code: &format!("VO{v}"),
                name: &format!("College {v}"),
                town: "Amstelveen",
                contact_email: "vo@fault.example",
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

    let generator = ElkNumberGenerator::new(7);
    for s in 0..parents.div_ceil(PUPILS_PER_SCHOOL) {
        let school = schools::insert(
            db,
            NewSchool {
                board_id: board,
                region_id: region,
                kind: SchoolKind::Po,
                code: &format!("PO{s}"),
                name: &format!("Basisschool {s}"),
                town: "Amstelveen",
                contact_email: "po@fault.example",
                contact_phone: "020 000 00 00",
                website: None,
                priority_rule: None,
            },
        )
        .await?;
        let batch: Vec<NewPupil> = (s * PUPILS_PER_SCHOOL
            ..((s + 1) * PUPILS_PER_SCHOOL).min(parents))
            .map(|i| NewPupil {
                id: PupilId::from_uuid(Uuid::new_v4()),
                procedure_id: procedure,
                school_id: school,
                external_id: i.to_string(),
                elk_number: generator.number(i as u64).to_string(),
                first_name: format!("Kind {i}"),
                last_name: "Fault".to_owned(),
                class_name: ["8A", "8B", "8C"][i % 3].to_owned(),
                birth_date: date!(2014 - 01 - 01),
                advice: overstap_domain::Advice::Havo,
                lwoo: false,
                home_town: "Amstelveen".to_owned(),
                parent_email: format!("ouder{i}@fault.example"),
                twin_pupil_id: None,
            })
            .collect();
        pupils::insert_many(db, batch, "fault_seed", now).await?;
    }

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

    // wit → AG with the same valid list for everyone.
    let draft = ListDraft {
        entries: havo[..LIST_LENGTH]
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
            "SELECT p.elk_number, p.id AS pupil_id, r.id AS registration_id, p.parent_email \
             FROM pupils p JOIN registrations r ON r.pupil_id = p.id \
             JOIN parent_accounts a ON a.pupil_id = p.id \
             ORDER BY p.external_id::int",
        ))
        .await?;
    rows.iter()
        .map(|row| {
            Ok(json!({
                "elk_number": row.try_get::<String>("", "elk_number")?,
                "password": PASSWORD,
                "pupil_id": row.try_get::<Uuid>("", "pupil_id")?,
                "registration_id": row.try_get::<Uuid>("", "registration_id")?,
                "parent_email": row.try_get::<String>("", "parent_email")?,
                "revision": SEEDED_REVISION,
                "entries": LIST_LENGTH,
            }))
        })
        .collect()
}

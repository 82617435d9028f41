//! Benchmark set-up for the status board: 10 schools of 200 pupils, a PO staff account for
//! school 0, then a burst of 50,000 registration writes (AG ⇄ AV with counters) from 16 tasks.
//! Prints the database URL and the sign-in; `scripts/bench-status-board.sh` then serves that
//! database and measures the board with wrk.

use std::error::Error;
use std::time::Instant;

use overstap_api::auth::PasswordHasher;
use overstap_domain::SchoolKind;
use overstap_domain::preference::{ListDraft, ListEntry};
use overstap_domain::registration::{Registration, RegistrationParts};
use overstap_domain::{Calendar, ElkNumberGenerator, PupilId, RegistrationStatus, Role};
use overstap_migrations::{Migrator, MigratorTrait};
use overstap_persistence::provision::{Backend, fresh_database};
use overstap_persistence::pupils::{self, NewPupil};
use overstap_persistence::registrations::{self, BoardCell};
use overstap_persistence::schools::{self, NewSchool};
use overstap_persistence::staff::{self, NewStaffUser};
use overstap_persistence::{DbConfig, boards, procedures, regions};
use rand::{Rng, SeedableRng};
use time::macros::{date, datetime};

const SCHOOLS: usize = 10;
const PUPILS_PER_SCHOOL: usize = 200;
const WRITES: usize = 50_000;
const WRITERS: usize = 16;

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let url = fresh_database(Backend::Postgres).await?;
    let db = overstap_persistence::connect(&DbConfig {
        url: url.clone(),
        max_connections: 20,
    })
    .await?;
    Migrator::up(&db, None).await?;
    let now = datetime!(2026-03-27 20:00 +01:00);
    let region = regions::insert(&db, "bench", "Bench", "amstelland").await?;
    let procedure =
        procedures::insert(&db, region, "2025-2026", &Calendar::amstelland_2026()).await?;
    let board = boards::insert(&db, region, "Bench board").await?;
    let vo = schools::insert(
        &db,
        NewSchool {
            board_id: board,
            region_id: region,
            kind: SchoolKind::Vo,
            code: "VO",
            name: "VO",
            town: "Amstelveen",
            contact_email: "vo@example.org",
            contact_phone: "0",
            website: None,
            priority_rule: None,
        },
    )
    .await?;
    let programme = schools::insert_programme(
        &db,
        procedure,
        vo,
        "havo",
        &[overstap_domain::Advice::Havo],
        500,
    )
    .await?;
    let generator = ElkNumberGenerator::new(7);
    let mut all: Vec<(PupilId, overstap_domain::SchoolId, String)> = Vec::new();
    let mut first_school = None;
    for s in 0..SCHOOLS {
        let code = format!("PO{s}");
        let school = schools::insert(
            &db,
            NewSchool {
                board_id: board,
                region_id: region,
                kind: SchoolKind::Po,
                code: &code,
                name: &code,
                town: "Amstelveen",
                contact_email: "po@example.org",
                contact_phone: "0",
                website: None,
                priority_rule: None,
            },
        )
        .await?;
        first_school.get_or_insert(school);
        let batch: Vec<NewPupil> = (0..PUPILS_PER_SCHOOL)
            .map(|n| NewPupil {
                id: PupilId::from_uuid(uuid::Uuid::new_v4()),
                procedure_id: procedure,
                school_id: school,
                external_id: n.to_string(),
                elk_number: generator
                    .number((s * PUPILS_PER_SCHOOL + n) as u64)
                    .to_string(),
                first_name: format!("Kind {n}"),
                last_name: "Bench".to_owned(),
                class_name: ["8A", "8B", "8C"][n % 3].to_owned(),
                birth_date: date!(2014 - 01 - 01),
                advice: overstap_domain::Advice::Havo,
                lwoo: false,
                home_town: "Amstelveen".to_owned(),
                parent_email: format!("p{s}.{n}@example.org"),
                twin_pupil_id: None,
            })
            .collect();
        all.extend(
            batch
                .iter()
                .map(|p| (p.id, p.school_id, p.class_name.clone())),
        );
        pupils::insert_many(&db, batch, "bench", now).await?;
    }
    let hasher = PasswordHasher::new(2).map_err(|e| e.to_string())?;
    staff::insert(
        &db,
        NewStaffUser {
            email: "bench@example.org",
            password_hash: Some(
                hasher
                    .hash("bench-password".to_owned())
                    .await
                    .map_err(|e| e.to_string())?,
            ),
            display_name: "Bench",
            role: Role::PoStaff,
            region_id: region,
            school_id: first_school,
            board_id: None,
            language: overstap_domain::Language::Nl,
        },
        now,
    )
    .await?;

    let draft = ListDraft {
        entries: vec![ListEntry {
            programme,
            priority_claim: None,
        }],
        twin: None,
    };
    let started = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..WRITERS {
        let (db, all, draft) = (db.clone(), all.clone(), draft.clone());
        tasks.push(tokio::spawn(async move {
            let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(w as u64);
            let mut done = 0;
            while done < WRITES / WRITERS {
                let (pupil, school, class) = &all[rng.random_range(0..all.len())];
                let Some(stored) = registrations::find_for_pupil(&db, *pupil).await? else {
                    continue;
                };
                let next_status = if stored.registration.status() == RegistrationStatus::Av {
                    RegistrationStatus::Ag
                } else {
                    RegistrationStatus::Av
                };
                let next = Registration::restore(RegistrationParts {
                    status: next_status,
                    login_version: 1,
                    draft: Some(draft.clone()),
                    ..stored.registration.to_parts()
                })
                .map_err(|e| e.to_string())?;
                let txn = sea_orm::TransactionTrait::begin(&db).await?;
                if registrations::save(
                    &txn,
                    &stored,
                    &next,
                    BoardCell {
                        school: *school,
                        class_name: class,
                    },
                    now,
                )
                .await?
                {
                    done += 1;
                }
                txn.commit().await?;
            }
            Ok::<usize, Box<dyn Error + Send + Sync>>(done)
        }));
    }
    let mut writes = 0;
    for task in tasks {
        writes += task.await?.map_err(|e| e.to_string())?;
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "burst: {writes} registration writes in {seconds:.1} s ({:.0}/s)",
        writes as f64 / seconds
    );
    println!("DATABASE_URL={url}");
    println!("SIGN_IN=bench@example.org:bench-password");
    Ok(())
}

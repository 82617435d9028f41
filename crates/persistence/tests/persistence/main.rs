//! The persistence suite: repositories and constraints against a fresh database.
//! `OVERSTAP_TEST_DATABASE=postgres` runs it on PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use overstap_domain::SchoolKind;
use overstap_domain::{Calendar, ElkNumberGenerator, ProcedureId, PupilId, SchoolId};
use overstap_migrations::{Migrator, MigratorTrait};
use overstap_persistence::provision::{Backend, fresh_database};
use overstap_persistence::pupils::NewPupil;
use overstap_persistence::schools::NewSchool;
use overstap_persistence::sessions::{self, NewRefreshToken};
use overstap_persistence::{
    DatabaseConnection, DbConfig, boards, procedures, pupils, regions, schools,
};
use time::OffsetDateTime;
use time::macros::{date, datetime};
use uuid::Uuid;

const NOW: OffsetDateTime = datetime!(2026-03-20 12:00 UTC);

async fn database() -> DatabaseConnection {
    let url = fresh_database(Backend::from_env())
        .await
        .expect("test database");
    let db = overstap_persistence::connect(&DbConfig {
        url,
        max_connections: 4,
    })
    .await
    .unwrap();
    Migrator::up(&db, None).await.unwrap();
    db
}

struct World {
    procedure: ProcedureId,
    school_a: SchoolId,
    school_b: SchoolId,
}

async fn world(db: &DatabaseConnection) -> World {
    let region = regions::insert(db, "amstelland", "Amstelland", "amstelland")
        .await
        .unwrap();
    let procedure = procedures::insert(db, region, "2025-2026", &Calendar::amstelland_2026())
        .await
        .unwrap();
    let board = boards::insert(db, region, "Board").await.unwrap();
    let mut ids = Vec::new();
    for code in ["PO-A", "PO-B"] {
        ids.push(
            schools::insert(
                db,
                NewSchool {
                    board_id: board,
                    region_id: region,
                    kind: SchoolKind::Po,
                    code,
                    name: code,
                    town: "Uithoorn",
                    contact_email: "s@x.nl",
                    contact_phone: "0",
                    website: None,
                    priority_rule: None,
                },
            )
            .await
            .unwrap(),
        );
    }
    World {
        procedure,
        school_a: ids[0],
        school_b: ids[1],
    }
}

fn pupil(world: &World, school: SchoolId, index: u64) -> NewPupil {
    NewPupil {
        id: PupilId::from_uuid(Uuid::new_v4()),
        procedure_id: world.procedure,
        school_id: school,
        external_id: format!("LL{index}"),
        elk_number: ElkNumberGenerator::new(1).number(index).to_string(),
        first_name: format!("Kind {index}"),
        last_name: "Jansen".to_owned(),
        class_name: "8B".to_owned(),
        birth_date: date!(2014 - 01 - 31),
        advice: overstap_domain::Advice::Vwo,
        lwoo: false,
        home_town: "Uithoorn".to_owned(),
        parent_email: "ouder@x.nl".to_owned(),
        twin_pupil_id: None,
    }
}

#[tokio::test]
async fn migrations_are_idempotent_and_reversible() {
    let db = database().await;
    Migrator::up(&db, None).await.unwrap();
    assert!(
        Migrator::get_pending_migrations(&db)
            .await
            .unwrap()
            .is_empty()
    );
    Migrator::down(&db, None).await.unwrap();
    assert_eq!(
        Migrator::get_pending_migrations(&db).await.unwrap().len(),
        Migrator::migrations().len()
    );
    Migrator::up(&db, None).await.unwrap();
}

#[tokio::test]
async fn a_procedure_round_trips_its_calendar() {
    let db = database().await;
    let world = world(&db).await;
    let stored = procedures::find(&db, world.procedure)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.calendar().unwrap(), Calendar::amstelland_2026());
    assert_eq!(stored.school_year, "2025-2026");
}

#[tokio::test]
async fn pupils_are_listed_per_school_with_a_wit_registration() {
    let db = database().await;
    let world = world(&db).await;
    let new = vec![
        pupil(&world, world.school_a, 1),
        pupil(&world, world.school_a, 2),
        pupil(&world, world.school_b, 3),
    ];
    let foreign = new[2].id;
    pupils::insert_many(&db, new, "test", NOW).await.unwrap();
    let listed = pupils::list_for_school(&db, world.procedure, world.school_a)
        .await
        .unwrap();
    assert_eq!(listed.len(), 2);
    assert!(
        listed
            .iter()
            .all(|p| p.status == overstap_domain::RegistrationStatus::Wit
                && p.school_id == world.school_a)
    );
    assert!(
        pupils::find_for_school(&db, world.school_a, foreign)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        pupils::find_for_school(&db, world.school_b, foreign)
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn twins_are_linked_both_ways() {
    let db = database().await;
    let world = world(&db).await;
    let mut a = pupil(&world, world.school_a, 1);
    let mut b = pupil(&world, world.school_a, 2);
    a.twin_pupil_id = Some(b.id);
    b.twin_pupil_id = Some(a.id);
    let (a_id, b_id) = (a.id, b.id);
    pupils::insert_many(&db, vec![a, b], "test", NOW)
        .await
        .unwrap();
    assert_eq!(
        pupils::find(&db, a_id)
            .await
            .unwrap()
            .unwrap()
            .twin_pupil_id,
        Some(b_id)
    );
    assert_eq!(
        pupils::find(&db, b_id)
            .await
            .unwrap()
            .unwrap()
            .twin_pupil_id,
        Some(a_id)
    );
}

#[tokio::test]
async fn an_elk_number_is_unique_across_the_region() {
    let db = database().await;
    let world = world(&db).await;
    pupils::insert_many(&db, vec![pupil(&world, world.school_a, 1)], "test", NOW)
        .await
        .unwrap();
    let mut duplicate = pupil(&world, world.school_b, 1);
    duplicate.external_id = "other".to_owned();
    let err = pupils::insert_many(&db, vec![duplicate], "test", NOW)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("elk_number") || err.to_string().contains("uq_pupils_elk_number"),
        "{err}"
    );
}

#[tokio::test]
async fn a_programme_needs_an_existing_school() {
    let db = database().await;
    let world = world(&db).await;
    let missing = SchoolId::from_uuid(Uuid::new_v4());
    assert!(
        schools::insert_programme(
            &db,
            world.procedure,
            missing,
            "havo",
            &[overstap_domain::Advice::Havo],
            10
        )
        .await
        .is_err()
    );
}

#[tokio::test]
async fn a_refresh_token_can_be_used_only_once_and_revocation_ends_its_family() {
    let db = database().await;
    let family = Uuid::new_v4();
    let subject = Uuid::new_v4();
    sessions::insert(
        &db,
        NewRefreshToken {
            token_hash: "hash-1",
            family_id: family,
            role: "parent",
            subject_id: subject,
            expires_at: NOW + time::Duration::days(7),
            session_started_at: NOW,
            school_id: None,
        },
        NOW,
    )
    .await
    .unwrap();
    let token = sessions::find_by_hash(&db, "hash-1")
        .await
        .unwrap()
        .unwrap();
    let (first, second) = tokio::join!(
        sessions::mark_used(&db, token.id, NOW),
        sessions::mark_used(&db, token.id, NOW)
    );
    assert_eq!(
        [first.unwrap(), second.unwrap()]
            .iter()
            .filter(|used| **used)
            .count(),
        1
    );
    assert!(
        sessions::family_is_active(&db, family, subject, "parent")
            .await
            .unwrap()
    );
    // A live family is live only for the subject and role it was issued to.
    assert!(
        !sessions::family_is_active(&db, family, Uuid::new_v4(), "parent")
            .await
            .unwrap()
    );
    assert!(
        !sessions::family_is_active(&db, family, subject, "coordinator")
            .await
            .unwrap()
    );
    sessions::revoke_family(&db, family, NOW).await.unwrap();
    assert!(
        !sessions::family_is_active(&db, family, subject, "parent")
            .await
            .unwrap()
    );
}

/// Every pooled SQLite connection waits for a writer and checks foreign keys (set in the
/// connect options, so each new connection of the pool gets them).
#[tokio::test]
async fn every_sqlite_connection_has_the_busy_timeout_and_foreign_keys() {
    use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};
    let db = database().await;
    if db.get_database_backend() != DbBackend::Sqlite {
        return;
    }
    // Four open transactions hold the pool's four connections at once.
    let mut open = Vec::new();
    for _ in 0..4 {
        open.push(db.begin().await.unwrap());
    }
    for txn in &open {
        for (pragma, expected) in [("busy_timeout", 5000_i64), ("foreign_keys", 1)] {
            let row = txn
                .query_one_raw(Statement::from_string(
                    DbBackend::Sqlite,
                    format!("PRAGMA {pragma}"),
                ))
                .await
                .unwrap()
                .unwrap();
            let value: i64 = row.try_get_by_index(0).unwrap();
            assert_eq!(value, expected, "{pragma}");
        }
    }
}

/// Two write transactions that both read first: on SQLite the second waits for the first at
/// `BEGIN IMMEDIATE` instead of failing with "database is locked" when it starts writing.
#[tokio::test]
async fn write_transactions_wait_for_each_other_instead_of_failing() {
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    let db = database().await;
    let backend = db.get_database_backend();
    let run = |db: DatabaseConnection, n: u32| async move {
        let txn = overstap_persistence::begin_write(&db).await?;
        txn.query_one_raw(Statement::from_string(
            backend,
            "SELECT count(*) FROM regions".to_owned(),
        ))
        .await?;
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        txn.execute_raw(Statement::from_string(
            backend,
            format!("INSERT INTO regions (id, code, name, profile) VALUES ('{}', 'r{n}', 'R{n}', 'amstelland')", Uuid::new_v4()),
        ))
        .await?;
        txn.commit().await
    };
    let (a, b) = tokio::join!(run(db.clone(), 1), run(db.clone(), 2));
    a.unwrap();
    b.unwrap();
    let _ = DbBackend::Sqlite;
}

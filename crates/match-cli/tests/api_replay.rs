//! The acceptance check of the audit trail: the official run made through the API, its
//! snapshot downloaded from the API, and the built `overstap-match replay` binary on that file
//! prints the run's output hash. Runs on SQLite, or on PostgreSQL with
//! `OVERSTAP_TEST_DATABASE=postgres` as the API suite does.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::TcpListener;
use std::process::Command;

use overstap_api::clock::Clock;
use overstap_api::config::Settings;
use overstap_api::startup;
use overstap_domain::SchoolKind;
use overstap_domain::preference::{ListDraft, ListEntry};
use overstap_domain::registration::{Registration, RegistrationParts};
use overstap_domain::{Calendar, ElkNumberGenerator, PupilId, RegistrationStatus, Role};
use overstap_persistence::provision::{Backend, fresh_database};
use overstap_persistence::pupils::NewPupil;
use overstap_persistence::registrations::BoardCell;
use overstap_persistence::schools::NewSchool;
use overstap_persistence::staff::NewStaffUser;
use overstap_persistence::{
    DatabaseConnection, boards, procedures, pupils, regions, registrations,
};
use overstap_persistence::{schools, staff};
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::macros::{date, datetime};
use uuid::Uuid;

const COORDINATOR: &str = "coordinator@replay.example";
const PASSWORD: &str = "correct horse battery";

/// A region with one VO school (havo 3 seats, vwo 2 seats), a coordinator, and eight pupils
/// whose lists are confirmed (AV): more pupils than seats, so the lottery decides.
async fn region(db: &DatabaseConnection, password_hash: String, now: OffsetDateTime) {
    let region = regions::insert(db, "amstelland", "Amstelland", "amstelland")
        .await
        .unwrap();
    let procedure = procedures::insert(db, region, "2025-2026", &Calendar::amstelland_2026())
        .await
        .unwrap();
    let board = boards::insert(db, region, "Board").await.unwrap();
    let school = |kind: SchoolKind, code: &'static str| NewSchool {
        board_id: board,
        region_id: region,
        kind,
        code,
        name: code,
        town: "Amstelveen",
        contact_email: "school@replay.example",
        contact_phone: "020 000 00 00",
        website: None,
        priority_rule: None,
    };
    let po = schools::insert(db, school(SchoolKind::Po, "po"))
        .await
        .unwrap();
    let vo = schools::insert(db, school(SchoolKind::Vo, "vo"))
        .await
        .unwrap();
    let havo = schools::insert_programme(
        db,
        procedure,
        vo,
        "havo",
        &[
            overstap_domain::Advice::Havo,
            overstap_domain::Advice::HavoVwo,
        ],
        3,
    )
    .await
    .unwrap();
    let vwo = schools::insert_programme(
        db,
        procedure,
        vo,
        "vwo",
        &[
            overstap_domain::Advice::HavoVwo,
            overstap_domain::Advice::Vwo,
        ],
        2,
    )
    .await
    .unwrap();
    let generator = ElkNumberGenerator::new(11);
    let new_pupils: Vec<NewPupil> = (0..8u64)
        .map(|n| NewPupil {
            id: PupilId::from_uuid(Uuid::new_v4()),
            procedure_id: procedure,
            school_id: po,
            external_id: format!("p{n}"),
            elk_number: generator.number(n).to_string(),
            first_name: format!("Kind{n}"),
            last_name: "Replay".to_owned(),
            class_name: "8A".to_owned(),
            birth_date: date!(2014 - 05 - 17),
            advice: overstap_domain::Advice::HavoVwo,
            lwoo: false,
            home_town: "Amstelveen".to_owned(),
            parent_email: format!("ouder{n}@replay.example"),
            twin_pupil_id: None,
        })
        .collect();
    let ids: Vec<PupilId> = new_pupils.iter().map(|p| p.id).collect();
    pupils::insert_many(db, new_pupils, "test", now)
        .await
        .unwrap();
    for (n, pupil) in ids.into_iter().enumerate() {
        let stored = registrations::find_for_pupil(db, pupil)
            .await
            .unwrap()
            .unwrap();
        let choices = if n % 2 == 0 { [havo, vwo] } else { [vwo, havo] };
        let confirmed = Registration::restore(RegistrationParts {
            status: RegistrationStatus::Av,
            login_version: 1,
            draft: Some(ListDraft {
                entries: choices.into_iter().map(ListEntry::new).collect(),
                twin: None,
            }),
            ..stored.registration.to_parts()
        })
        .unwrap();
        let cell = BoardCell {
            school: po,
            class_name: "8A",
        };
        assert!(
            registrations::save(db, &stored, &confirmed, cell, now)
                .await
                .unwrap()
        );
    }
    staff::insert(
        db,
        NewStaffUser {
            email: COORDINATOR,
            password_hash: Some(password_hash),
            display_name: "Coördinator",
            role: Role::Coordinator,
            region_id: region,
            school_id: None,
            board_id: None,
            language: overstap_domain::Language::Nl,
        },
        now,
    )
    .await
    .unwrap();
}

/// The real app on a random port with a fresh database, at 8 April 2026 09:00: inside the
/// placement window.
async fn spawn_app() -> String {
    let backend = Backend::from_env();
    let database_url = fresh_database(backend).await.unwrap();
    let settings = Settings::from_lookup(|name| match name {
        "OVERSTAP_ENV" => Some("development".to_owned()),
        "DATABASE_URL" => Some(database_url.clone()),
        "OVERSTAP_DB_MAX_CONNECTIONS" => Some("5".to_owned()),
        "OVERSTAP_WORKERS" => Some("1".to_owned()),
        "OVERSTAP_SPA_DIR" => Some("/nonexistent".to_owned()),
        _ => None,
    })
    .unwrap();
    let clock = Clock::fixed(datetime!(2026-04-08 09:00 +02:00));
    let db = startup::database(&settings).await.unwrap();
    let state = startup::state(&settings, db.clone(), clock.clone()).unwrap();
    let password_hash = state.hasher.hash(PASSWORD.to_owned()).await.unwrap();
    region(&db, password_hash, clock.now()).await;
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(startup::run(listener, &settings, state).unwrap());
    address
}

async fn post(client: &Client, url: String, token: Option<&str>, body: &Value) -> Value {
    let mut request = client.post(url).json(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    assert!(response.status().is_success(), "{response:?}");
    response.json().await.unwrap()
}

#[tokio::test]
async fn replay_prints_the_output_hash_of_the_official_run_exported_by_the_api() {
    let address = spawn_app().await;
    let client = Client::new();
    let api = |path: &str| format!("{address}/api/v1{path}");
    let signed_in = post(
        &client,
        api("/auth/staff/sign-in"),
        None,
        &json!({ "email": COORDINATOR, "password": PASSWORD }),
    )
    .await;
    let token = signed_in["access_token"].as_str().unwrap();
    let commitment = post(
        &client,
        api("/region/placement/seed-commitments"),
        Some(token),
        &json!({}),
    )
    .await;
    let run = post(
        &client,
        api("/region/placement/runs"),
        Some(token),
        &json!({ "kind": "official", "commitment_id": commitment["id"] }),
    )
    .await;
    assert_eq!(run["kind"], "official");
    assert_eq!(run["participants"], 8);
    assert_eq!(run["placed"], 5, "five seats for eight pupils");

    let export = client
        .get(api(&format!(
            "/region/placement/runs/{}/snapshot",
            run["id"].as_str().unwrap()
        )))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(export.status(), StatusCode::OK);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("snapshot.json");
    std::fs::write(&path, export.bytes().await.unwrap()).unwrap();

    let output = Command::new(env!("CARGO_BIN_EXE_overstap-match"))
        .args(["replay", "--snapshot", &path.display().to_string()])
        .output()
        .expect("the binary runs");
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let printed = |key: &str| {
        stdout
            .lines()
            .find_map(|line| line.strip_prefix(&format!("{key}: ")))
            .map(str::to_owned)
    };
    assert_eq!(
        printed("output_hash").as_deref(),
        run["output_hash"].as_str(),
        "{stdout}"
    );
    assert_eq!(
        printed("input_hash").as_deref(),
        run["input_hash"].as_str(),
        "{stdout}"
    );
    assert_eq!(
        printed("engine_version").as_deref(),
        run["engine_version"].as_str()
    );
}

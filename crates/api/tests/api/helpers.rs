//! `spawn_app()` and `TestApp`: the real server, a fresh database, and ready-made personas.

use std::net::TcpListener;

use overstap_api::clock::Clock;
use overstap_api::config::Settings;
use overstap_api::startup;
use overstap_api_types::{ParentSignInRequest, StaffSignInRequest, TokenResponse};
use overstap_domain::SchoolKind;
use overstap_domain::{
    BoardId, Calendar, ElkNumberGenerator, ProcedureId, PupilId, RegionId, Role, SchoolId,
};
use overstap_persistence::provision::{Backend, fresh_database};
use overstap_persistence::pupils::NewPupil;
use overstap_persistence::schools::NewSchool;
use overstap_persistence::staff::NewStaffUser;
use overstap_persistence::{
    DatabaseConnection, boards, parents, procedures, pupils, regions, schools, staff,
};
use reqwest::{Client, Response};
use serde_json::Value;
use time::OffsetDateTime;
use time::macros::{date, datetime};
use uuid::Uuid;

use crate::client::Reply;

pub const PASSWORD: &str = "correct horse battery";
/// Thursday 26 March 2026, 10:00 Amsterdam: inside the registration week.
pub const DURING_REGISTRATION_WEEK: OffsetDateTime = datetime!(2026-03-26 10:00 +01:00);

/// A signed-in-able person of one tenant ("a" or "b").
#[derive(Debug, Clone)]
pub struct Persona {
    pub role: Role,
    /// E-mail for staff, ELK number for a parent.
    pub username: String,
}

/// One tenant's world: a board with a PO and a VO school, pupils, and one account per role.
#[derive(Debug, Clone)]
pub struct Tenant {
    pub board_id: BoardId,
    pub po_school_id: SchoolId,
    pub vo_school_id: SchoolId,
    /// The VO school's one programme (havo, 60 seats).
    pub vo_programme_id: uuid::Uuid,
    pub pupil_ids: Vec<PupilId>,
    pub po_staff: Persona,
    pub vo_staff: Persona,
    pub board_admin: Persona,
    pub parent: Persona,
}

impl Tenant {
    pub fn persona(&self, role: Role) -> Option<&Persona> {
        match role {
            Role::Parent => Some(&self.parent),
            Role::PoStaff => Some(&self.po_staff),
            Role::VoStaff => Some(&self.vo_staff),
            Role::BoardAdmin => Some(&self.board_admin),
            Role::Coordinator => None,
        }
    }
}

pub struct TestApp {
    pub address: String,
    pub client: Client,
    pub db: DatabaseConnection,
    pub clock: Clock,
    pub a: Tenant,
    pub b: Tenant,
    pub coordinator: Persona,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| None).await
}

/// Spawns the app with extra settings (`OVERSTAP_*` names) on top of the test defaults.
pub async fn spawn_app_with(extra: impl Fn(&str) -> Option<String>) -> TestApp {
    let backend = Backend::from_env();
    let database_url = fresh_database(backend)
        .await
        .unwrap_or_else(|e| panic!("cannot create a {backend:?} test database: {e}"));
    let settings = Settings::from_lookup(|name| {
        extra(name).or_else(|| match name {
            "OVERSTAP_ENV" => Some("development".to_owned()),
            "DATABASE_URL" => Some(database_url.clone()),
            "OVERSTAP_DB_MAX_CONNECTIONS" => Some("5".to_owned()),
            "OVERSTAP_WORKERS" => Some("1".to_owned()),
            "OVERSTAP_SPA_DIR" => Some("/nonexistent".to_owned()),
            _ => None,
        })
    })
    .expect("test settings");
    let clock = Clock::fixed(DURING_REGISTRATION_WEEK);
    let db = startup::database(&settings).await.expect("database");
    let state = startup::state(&settings, db.clone(), clock.clone()).expect("state");
    let password_hash = state.hasher.hash(PASSWORD.to_owned()).await.unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = startup::run(listener, &settings, state).expect("server");
    tokio::spawn(server);

    let now = clock.now();
    let region_id = regions::insert(&db, "amstelland", "Amstelland", "amstelland")
        .await
        .unwrap();
    let procedure_id =
        procedures::insert(&db, region_id, "2025-2026", &Calendar::amstelland_2026())
            .await
            .unwrap();
    let a = tenant(&db, "a", region_id, procedure_id, &password_hash, 0, now).await;
    let b = tenant(&db, "b", region_id, procedure_id, &password_hash, 10, now).await;
    let coordinator = Persona {
        role: Role::Coordinator,
        username: "coordinator@test.example".to_owned(),
    };
    staff::insert(
        &db,
        NewStaffUser {
            email: &coordinator.username,
            password_hash: Some(password_hash.clone()),
            display_name: "Coördinator",
            role: Role::Coordinator,
            region_id,
            school_id: None,
            board_id: None,
            language: overstap_domain::Language::Nl,
        },
        now,
    )
    .await
    .unwrap();

    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        client: Client::new(),
        db,
        clock,
        a,
        b,
        coordinator,
    }
}

async fn tenant(
    db: &DatabaseConnection,
    tag: &str,
    region_id: RegionId,
    procedure_id: ProcedureId,
    password_hash: &str,
    first_elk_index: u64,
    now: OffsetDateTime,
) -> Tenant {
    let board_id = boards::insert(db, region_id, &format!("Board {tag}"))
        .await
        .unwrap();
    let po_school_id = insert_school(db, board_id, region_id, SchoolKind::Po, tag).await;
    let vo_school_id = insert_school(db, board_id, region_id, SchoolKind::Vo, tag).await;
    let vo_programme_id = schools::insert_programme(
        db,
        procedure_id,
        vo_school_id,
        &format!("havo {tag}"),
        &[
            overstap_domain::Advice::Havo,
            overstap_domain::Advice::HavoVwo,
        ],
        60,
    )
    .await
    .unwrap()
    .as_uuid();
    let generator = ElkNumberGenerator::new(7);
    let new_pupils: Vec<NewPupil> = (0..3)
        .map(|n| NewPupil {
            id: PupilId::from_uuid(Uuid::new_v4()),
            procedure_id,
            school_id: po_school_id,
            external_id: format!("{tag}-{n}"),
            elk_number: generator.number(first_elk_index + n).to_string(),
            first_name: format!("Kind{n}{}", tag.to_uppercase()),
            last_name: format!("Familie {tag}"),
            class_name: "8A".to_owned(),
            birth_date: date!(2014 - 05 - 17),
            advice: overstap_domain::Advice::Havo,
            lwoo: false,
            home_town: "Amstelveen".to_owned(),
            parent_email: format!("ouder{n}@{tag}.example"),
            twin_pupil_id: None,
        })
        .collect();
    let pupil_ids: Vec<PupilId> = new_pupils.iter().map(|p| p.id).collect();
    let parent_elk = new_pupils[0].elk_number.clone();
    pupils::insert_many(db, new_pupils, "test", now)
        .await
        .unwrap();
    parents::insert(
        db,
        pupil_ids[0],
        Some(password_hash.to_owned()),
        overstap_domain::Language::Nl,
        now,
    )
    .await
    .unwrap();

    let staff_persona =
        |role: Role, email: String, school_id: Option<SchoolId>, board: Option<BoardId>| {
            let hash = password_hash.to_owned();
            async move {
                staff::insert(
                    db,
                    NewStaffUser {
                        email: &email,
                        password_hash: Some(hash),
                        display_name: "Test Staff",
                        role,
                        region_id,
                        school_id,
                        board_id: board,
                        language: overstap_domain::Language::Nl,
                    },
                    now,
                )
                .await
                .unwrap();
                Persona {
                    role,
                    username: email,
                }
            }
        };
    let po_staff = staff_persona(
        Role::PoStaff,
        format!("po@{tag}.example"),
        Some(po_school_id),
        None,
    )
    .await;
    let vo_staff = staff_persona(
        Role::VoStaff,
        format!("vo@{tag}.example"),
        Some(vo_school_id),
        None,
    )
    .await;
    let board_admin = staff_persona(
        Role::BoardAdmin,
        format!("board@{tag}.example"),
        None,
        Some(board_id),
    )
    .await;
    Tenant {
        board_id,
        po_school_id,
        vo_school_id,
        vo_programme_id,
        pupil_ids,
        po_staff,
        vo_staff,
        board_admin,
        parent: Persona {
            role: Role::Parent,
            username: parent_elk,
        },
    }
}

async fn insert_school(
    db: &DatabaseConnection,
    board_id: BoardId,
    region_id: RegionId,
    kind: SchoolKind,
    tag: &str,
) -> SchoolId {
    // A BRIN number of the right form: 11PA, 12VA, 11PB, 12VB.
    let code = format!(
        "{}{}{}",
        if kind == SchoolKind::Po { "11" } else { "12" },
        &kind.as_str()[..1],
        tag
    )
    .to_uppercase();
    let name = format!("{} school {tag}", kind.as_str());
    schools::insert(
        db,
        NewSchool {
            board_id,
            region_id,
            kind,
            code: &code,
            name: &name,
            town: "Amstelveen",
            contact_email: "school@test.example",
            contact_phone: "020 000 00 00",
            website: None,
            priority_rule: (kind == SchoolKind::Vo)
                .then_some(overstap_domain::PriorityRuleKind::Sibling),
        },
    )
    .await
    .unwrap()
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// A raw JSON POST, for tests of what the typed client cannot send (malformed bodies).
    pub async fn post_json(&self, path: &str, body: &Value) -> Response {
        self.client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// A raw GET, for paths outside the contract (unknown routes, the docs).
    pub async fn get_as(&self, path: &str, token: Option<&str>) -> Response {
        let mut request = self.client.get(self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.unwrap()
    }

    pub async fn sign_in_response(
        &self,
        persona: &Persona,
        password: &str,
    ) -> Reply<TokenResponse> {
        let api = self.anonymous();
        if persona.role == Role::Parent {
            api.sign_in_parent(&ParentSignInRequest {
                elk_number: persona.username.clone(),
                password: password.to_owned(),
            })
            .await
        } else {
            api.sign_in_staff(&StaffSignInRequest {
                email: persona.username.clone(),
                password: password.to_owned(),
                one_time_password: None,
                recovery_code: None,
            })
            .await
        }
    }

    /// Signs in and returns the whole token response.
    pub async fn sign_in(&self, persona: &Persona) -> TokenResponse {
        self.sign_in_response(persona, PASSWORD).await.ok()
    }

    pub async fn access_token(&self, persona: &Persona) -> String {
        self.sign_in(persona).await.access_token
    }
}

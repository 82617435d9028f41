//! Helpers for the parent-portal tests: more VO schools so a havo list can reach five
//! schools, and a parent who activated the account from the e-mailed link.

use overstap_domain::SchoolKind;
use overstap_domain::{PupilId, SchoolId};
use overstap_persistence::schools::{self, NewSchool};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::helpers::TestApp;

pub const NEW_PASSWORD: &str = "paarse olifant danst op het dak";

/// The programmes a havo pupil of the test region can list, by school.
pub struct Offer {
    /// Six havo programmes at six schools; the first school offers the sibling rule.
    pub havo: Vec<Uuid>,
    /// A vmbo-only programme, not eligible for havo.
    pub vmbo: Uuid,
}

/// Adds four VO schools (the two tenants have one each) and a vmbo-only programme.
pub async fn offer(app: &TestApp) -> Offer {
    let region = schools::find(&app.db, app.a.vo_school_id)
        .await
        .unwrap()
        .unwrap()
        .region_id;
    let board = schools::find(&app.db, app.a.vo_school_id)
        .await
        .unwrap()
        .unwrap()
        .board_id;
    let mut havo = Vec::new();
    for school in [app.a.vo_school_id, app.b.vo_school_id] {
        havo.push(programme_of(app, school).await);
    }
    for n in 0..4 {
        let code = format!("vo-extra-{n}");
        let name = format!("Extra college {n}");
        let school = schools::insert(
            &app.db,
            NewSchool {
                board_id: board,
                region_id: region,
                kind: SchoolKind::Vo,
                code: &code,
                name: &name,
                town: "Uithoorn",
                contact_email: "vo@test.example",
                contact_phone: "0297 00 00 00",
                website: Some("https://school.example"),
                priority_rule: None,
            },
        )
        .await
        .unwrap();
        havo.push(
            schools::insert_programme(
                &app.db,
                school,
                &format!("havo {n}"),
                &[overstap_domain::Advice::Havo],
                90,
            )
            .await
            .unwrap()
            .as_uuid(),
        );
    }
    let vmbo = schools::insert_programme(
        &app.db,
        app.a.vo_school_id,
        "vmbo-k",
        &[overstap_domain::Advice::VmboK],
        30,
    )
    .await
    .unwrap()
    .as_uuid();
    Offer { havo, vmbo }
}

async fn programme_of(app: &TestApp, school: SchoolId) -> Uuid {
    schools::list_programmes(&app.db, school).await.unwrap()[0]
        .id
        .as_uuid()
}

/// The token in the first link of `text` that carries one.
pub fn token_in(text: &str) -> String {
    text.split("token=")
        .nth(1)
        .unwrap()
        .split(|c: char| c.is_whitespace() || c == '"' || c == '&')
        .next()
        .unwrap()
        .to_owned()
}

/// The PO school sends the login of `pupil`; returns the activation token from the e-mail.
pub async fn send_login(app: &TestApp, pupil: PupilId, email: &str) -> String {
    let staff = app.access_token(&app.a.po_staff).await;
    let response = app
        .call(
            Method::POST,
            &format!("/api/v1/school/pupils/{pupil}/send-login"),
            Some(&staff),
            Some(&json!({ "parent_email": email })),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let mails = app.outbox_to(email).await;
    token_in(&mails.last().unwrap().body_text)
}

/// A parent who got the login e-mail and activated: the access token and the ELK number.
pub async fn activated_parent(app: &TestApp, pupil: PupilId, email: &str) -> (String, String) {
    let token = send_login(app, pupil, email).await;
    let response = app
        .post_json(
            "/api/v1/auth/parent/activate",
            &json!({ "token": token, "password": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let tokens: Value = response.json().await.unwrap();
    let access = tokens["access_token"].as_str().unwrap().to_owned();
    let child: Value = app
        .get_as("/api/v1/parent/child", Some(&access))
        .await
        .json()
        .await
        .unwrap();
    (access, child["elk_number"].as_str().unwrap().to_owned())
}

impl TestApp {
    pub async fn registration(&self, token: &str) -> Value {
        let response = self
            .get_as("/api/v1/parent/registration", Some(token))
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.unwrap()
    }

    /// PUTs a draft of `programmes` (the first with `claim`) at the registration's revision.
    pub async fn save_list(
        &self,
        token: &str,
        programmes: &[Uuid],
        claim: Option<Value>,
    ) -> reqwest::Response {
        let revision = self.registration(token).await["revision"].clone();
        let entries: Vec<Value> = programmes
            .iter()
            .enumerate()
            .map(|(i, p)| match (&claim, i) {
                (Some(claim), 0) => json!({ "programme_id": p, "priority_claim": claim }),
                _ => json!({ "programme_id": p }),
            })
            .collect();
        self.call(
            Method::PUT,
            "/api/v1/parent/registration/draft",
            Some(token),
            Some(&json!({ "revision": revision, "entries": entries })),
        )
        .await
    }

    /// Saves `programmes` as the list and confirms it (AV); the confirmation must succeed.
    pub async fn confirmed_list(&self, token: &str, programmes: &[Uuid], key: &str) {
        let saved: Value = self
            .save_list(token, programmes, None)
            .await
            .json()
            .await
            .unwrap();
        let confirmed = self.confirm(token, key, &saved["revision"]).await;
        assert_eq!(confirmed.status(), StatusCode::OK, "{key}");
    }

    /// The coordinator's seed commitment for round 1 (`id`, `commitment`, ...).
    pub async fn seed_commitment(&self, coordinator: &str) -> Value {
        let response = self
            .call(
                Method::POST,
                "/api/v1/region/placement/seed-commitments",
                Some(coordinator),
                None,
            )
            .await;
        assert_eq!(response.status(), StatusCode::CREATED);
        response.json().await.unwrap()
    }

    pub async fn confirm(&self, token: &str, key: &str, revision: &Value) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/parent/registration/confirm"))
            .bearer_auth(token)
            .header("Idempotency-Key", key)
            .json(&json!({ "revision": revision }))
            .send()
            .await
            .unwrap()
    }
}

/// The codes of a 422's field errors.
pub fn field_codes(body: &Value) -> Vec<String> {
    body["details"]["fields"]
        .as_array()
        .map(|fields| {
            fields
                .iter()
                .map(|f| f["code"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

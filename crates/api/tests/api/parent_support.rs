//! Helpers for the parent-portal tests: more VO schools so a havo list can reach five
//! schools, a parent who activated the account from the e-mailed link, and the requests a
//! parent sends most (drafts, confirmations, sign-in).

use overstap_api_types::placement::RoundQuery;
use overstap_api_types::{
    ActivateRequest, ListEntryBody, ParentSignInRequest, PriorityClaimBody, PriorityRuleKind,
    RegistrationResponse, RevisionRequest, SaveDraftRequest, SeedCommitmentResponse,
    SendLoginRequest, TokenResponse,
};
use overstap_domain::SchoolKind;
use overstap_domain::{PupilId, SchoolId};
use overstap_persistence::procedures;
use overstap_persistence::schools::{self, NewSchool};
use reqwest::StatusCode;
use uuid::Uuid;

use crate::client::Reply;
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
    let procedure = procedures::current_for_region(&app.db, region)
        .await
        .unwrap()
        .unwrap()
        .id;
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
                procedure,
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
        procedure,
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
    let region = schools::find(&app.db, school)
        .await
        .unwrap()
        .unwrap()
        .region_id;
    let procedure = procedures::current_for_region(&app.db, region)
        .await
        .unwrap()
        .unwrap()
        .id;
    schools::list_programmes(&app.db, school, procedure)
        .await
        .unwrap()[0]
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
    app.api(&staff)
        .send_login(
            pupil,
            &SendLoginRequest {
                parent_email: Some(email.to_owned()),
            },
        )
        .await
        .ok();
    let mails = app.outbox_to(email).await;
    token_in(&mails.last().unwrap().body_text)
}

/// A parent who got the login e-mail and activated: the access token and the ELK number.
pub async fn activated_parent(app: &TestApp, pupil: PupilId, email: &str) -> (String, String) {
    let token = send_login(app, pupil, email).await;
    let access = app
        .anonymous()
        .activate(&activate_request(&token, NEW_PASSWORD))
        .await
        .ok()
        .access_token;
    let child = app.api(&access).get_child().await.ok();
    (access, child.elk_number)
}

/// The activation of the account behind `token` with `password`, in the default language.
pub fn activate_request(token: &str, password: &str) -> ActivateRequest {
    ActivateRequest {
        token: token.to_owned(),
        password: password.to_owned(),
        language: None,
    }
}

/// A sibling claim at the 1st choice.
pub fn sibling_claim(name: &str, class: &str) -> PriorityClaimBody {
    PriorityClaimBody {
        kind: PriorityRuleKind::Sibling.into(),
        sibling_name: Some(name.to_owned()),
        sibling_class: Some(class.to_owned()),
    }
}

/// A draft of `programmes` in this order, the first with `claim`.
pub fn draft(
    revision: i32,
    programmes: &[Uuid],
    claim: Option<PriorityClaimBody>,
) -> SaveDraftRequest {
    let entries = programmes
        .iter()
        .enumerate()
        .map(|(i, p)| ListEntryBody {
            programme_id: *p,
            priority_claim: if i == 0 { claim.clone() } else { None },
        })
        .collect();
    SaveDraftRequest {
        revision,
        entries,
        link_twin: false,
        unlink_twin: false,
    }
}

impl TestApp {
    pub async fn registration(&self, token: &str) -> RegistrationResponse {
        self.api(token).get_registration().await.ok()
    }

    /// PUTs a draft of `programmes` (the first with `claim`) at the registration's revision.
    pub async fn save_list(
        &self,
        token: &str,
        programmes: &[Uuid],
        claim: Option<PriorityClaimBody>,
    ) -> Reply<RegistrationResponse> {
        let revision = self.registration(token).await.revision;
        self.api(token)
            .save_draft(&draft(revision, programmes, claim))
            .await
    }

    /// Saves `programmes` as the list and confirms it (AV); the confirmation must succeed.
    pub async fn confirmed_list(&self, token: &str, programmes: &[Uuid], key: &str) {
        let saved = self.save_list(token, programmes, None).await.ok();
        let confirmed = self.confirm(token, key, saved.revision).await;
        assert_eq!(confirmed.status(), StatusCode::OK, "{key}: {confirmed:?}");
    }

    /// The coordinator's seed commitment for round 1.
    pub async fn seed_commitment(&self, coordinator: &str) -> SeedCommitmentResponse {
        self.api(coordinator)
            .commit_seed(&RoundQuery::default())
            .await
            .ok()
    }

    /// Confirms the list at `revision` with the `Idempotency-Key` `key`.
    pub async fn confirm(
        &self,
        token: &str,
        key: &str,
        revision: i32,
    ) -> Reply<RegistrationResponse> {
        self.api(token)
            .with_header("Idempotency-Key", key)
            .confirm_registration(&RevisionRequest { revision })
            .await
    }
}

/// A parent signs in with the ELK number and `password`.
pub async fn parent_sign_in(app: &TestApp, elk_number: &str, password: &str) -> TokenResponse {
    app.anonymous()
        .sign_in_parent(&ParentSignInRequest {
            elk_number: elk_number.to_owned(),
            password: password.to_owned(),
        })
        .await
        .ok()
}

//! The primary-school workspace: pupil records, parent logins, the status board, reminders.

use overstap_domain::{ElkNumber, RegistrationStatus};
use overstap_persistence::parent_logins;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use time::macros::datetime;

use crate::helpers::spawn_app;
use crate::po_support::pupil_body;

#[tokio::test]
async fn a_new_pupil_gets_a_valid_elk_number_and_starts_white() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let response = app
        .call(
            Method::POST,
            "/api/v1/school/pupils",
            Some(&token),
            Some(&pupil_body("N-1", "noor@ouders.example")),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let pupil: Value = response.json().await.unwrap();
    assert!(ElkNumber::parse(pupil["elk_number"].as_str().unwrap()).is_ok());
    assert_eq!(pupil["status"], "wit");
    assert_eq!(pupil["form_version"], 1);
    let board: Value = app
        .call(
            Method::GET,
            "/api/v1/school/status-board",
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(board["counts"]["wit"], 4);
}

#[tokio::test]
async fn invalid_pupil_data_is_refused_naming_every_field() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let mut body = pupil_body("", "not-an-address");
    body["advice"] = json!("gymnasium+");
    let response = app
        .call(
            Method::POST,
            "/api/v1/school/pupils",
            Some(&token),
            Some(&body),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    let fields: Vec<&str> = error["details"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["advice", "external_id", "parent_email"]);

    let taken = pupil_body("a-0", "x@ouders.example");
    let response = app
        .call(
            Method::POST,
            "/api/v1/school/pupils",
            Some(&token),
            Some(&taken),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        response.json::<Value>().await.unwrap()["details"]["fields"][0]["code"],
        "taken"
    );
}

#[tokio::test]
async fn the_list_filters_by_class_status_words_and_attention() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    app.put_in_status(app.a.pupil_ids[1], RegistrationStatus::Av)
        .await;
    let list = |query: &'static str| {
        let (app, token) = (&app, &token);
        async move {
            let body: Value = app
                .call(
                    Method::GET,
                    &format!("/api/v1/school/pupils{query}"),
                    Some(token),
                    None,
                )
                .await
                .json()
                .await
                .unwrap();
            body["pupils"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["external_id"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(list("?status=AV").await, ["a-1"]);
    assert_eq!(list("?needs_attention=true").await, ["a-0", "a-2"]);
    assert_eq!(list("?q=kind2a").await, ["a-2"]);
    assert_eq!(list("?class=8B").await, Vec::<String>::new());
    let bad = app
        .call(
            Method::GET,
            "/api/v1/school/pupils?status=paars",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn sending_the_login_to_a_corrected_address_turns_the_dot_blue_and_queues_one_mail() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let pupil = app.a.pupil_ids[2];
    let response = app
        .call(
            Method::POST,
            &format!("/api/v1/school/pupils/{pupil}/send-login"),
            Some(&token),
            Some(&json!({ "parent_email": "nieuw@ouders.example" })),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "blauw");
    assert_eq!(body["parent_email"], "nieuw@ouders.example");
    let mails = app.outbox_to("nieuw@ouders.example").await;
    assert_eq!(mails.len(), 1);
    let elk = body["elk_number"].as_str().unwrap();
    assert!(
        mails[0].body_text.contains(elk),
        "the ELK number is the username"
    );
    let token_in_link = mails[0]
        .body_text
        .split("token=")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap();
    assert!(token_in_link.len() >= 32, "at least 128 random bits");
    // The old address gets only the notice that the address changed, no login.
    let to_old = app.outbox_to("ouder2@a.example").await;
    assert_eq!(to_old.len(), 1);
    assert!(!to_old[0].body_text.contains("token="));
    let logins = parent_logins::for_pupil(&app.db, pupil).await.unwrap();
    assert_eq!(logins.len(), 1);
    assert!(
        !logins[0].sent_to.is_empty() && logins[0].expires_at == datetime!(2026-03-31 22:00 UTC)
    );
    assert!(!mails[0].body_text.contains(&format!("{:?}", logins[0].id)));
}

#[tokio::test]
async fn a_resend_invalidates_the_earlier_link() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let pupil = app.a.pupil_ids[0];
    for _ in 0..2 {
        let response = app
            .call(
                Method::POST,
                &format!("/api/v1/school/pupils/{pupil}/send-login"),
                Some(&token),
                Some(&json!({})),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    let logins = parent_logins::for_pupil(&app.db, pupil).await.unwrap();
    assert_eq!(logins.iter().map(|l| l.version).collect::<Vec<_>>(), [1, 2]);
    assert!(logins[0].invalidated_at.is_some() && logins[1].invalidated_at.is_none());
    // The first e-mail was not delivered yet: its link no longer works, so it is not sent.
    assert_eq!(app.outbox_to("ouder0@a.example").await.len(), 1);
}

#[tokio::test]
async fn sending_outside_the_window_is_a_409_with_the_dates_in_amsterdam_time() {
    let app = spawn_app().await;
    app.clock.set(datetime!(2026-04-01 00:00 +02:00));
    let token = app.access_token(&app.a.po_staff).await;
    let pupil = app.a.pupil_ids[0];
    let response = app
        .call(
            Method::POST,
            &format!("/api/v1/school/pupils/{pupil}/send-login"),
            Some(&token),
            Some(&json!({})),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["code"], "window_closed");
    assert_eq!(
        error["details"]["facts"]["opens_at_display"],
        "dinsdag 17 maart 2026 om 00:00"
    );
    assert_eq!(
        error["details"]["facts"]["closes_at_display"],
        "dinsdag 31 maart 2026 om 23:59"
    );
    assert!(
        app.outbox_to("ouder0@a.example").await.is_empty(),
        "nothing was sent"
    );
    let bulk = app
        .call(
            Method::POST,
            "/api/v1/school/pupils/send-login",
            Some(&token),
            Some(&json!({ "all_not_sent": true })),
        )
        .await;
    assert_eq!(bulk.status(), StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_login_cannot_be_sent_again_once_the_account_is_active() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let pupil = app.a.pupil_ids[1];
    app.put_in_status(pupil, RegistrationStatus::Groen).await;
    let response = app
        .call(
            Method::POST,
            &format!("/api/v1/school/pupils/{pupil}/send-login"),
            Some(&token),
            Some(&json!({})),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert_eq!(
        response.json::<Value>().await.unwrap()["code"],
        "not_allowed_in_status"
    );
}

#[tokio::test]
async fn bulk_sending_to_everyone_not_yet_sent_sends_each_login_once() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    app.put_in_status(app.a.pupil_ids[1], RegistrationStatus::Groen)
        .await;
    let first: Value = app
        .call(
            Method::POST,
            "/api/v1/school/pupils/send-login",
            Some(&token),
            Some(&json!({ "all_not_sent": true })),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(first["done"].as_array().unwrap().len(), 2);
    let again: Value = app
        .call(
            Method::POST,
            "/api/v1/school/pupils/send-login",
            Some(&token),
            Some(&json!({ "all_not_sent": true })),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again["done"].as_array().unwrap().len(), 0);
    let selection = json!({ "pupil_ids": [app.a.pupil_ids[1], app.b.pupil_ids[0]] });
    let skipped: Value = app
        .call(
            Method::POST,
            "/api/v1/school/pupils/send-login",
            Some(&token),
            Some(&selection),
        )
        .await
        .json()
        .await
        .unwrap();
    let codes: Vec<&str> = skipped["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["not_allowed_in_status", "not_found"]);
    assert!(
        app.outbox_to("ouder0@b.example").await.is_empty(),
        "another school's pupil is untouched"
    );
    let board: Value = app
        .call(
            Method::GET,
            "/api/v1/school/status-board",
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        board["counts"],
        json!({ "wit": 0, "blauw": 2, "groen": 1, "AG": 0, "AV": 0 })
    );
}

#[tokio::test]
async fn a_correction_makes_a_new_form_version_and_tells_a_registered_parent_what_changed() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let pupil = app.a.pupil_ids[0];
    app.put_in_status(pupil, RegistrationStatus::Av).await;
    let current: Value = app
        .call(
            Method::GET,
            &format!("/api/v1/school/pupils/{pupil}"),
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    let mut body = current.clone();
    body["advice"] = json!("havo/vwo");
    body["class_name"] = json!("8C");
    let response = app
        .call(
            Method::PUT,
            &format!("/api/v1/school/pupils/{pupil}"),
            Some(&token),
            Some(&body),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let corrected: Value = response.json().await.unwrap();
    assert_eq!(corrected["form_version"], 2);
    assert_eq!(
        corrected["status"], "AV",
        "a definitive registration stays definitive"
    );
    let mails = app.outbox_to("ouder0@a.example").await;
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].body_text.to_lowercase().contains("advies"),
        "{}",
        mails[0].body_text
    );
    // The parent can still sign in: the login stays valid.
    app.sign_in(&app.a.parent).await;
    let board: Value = app
        .call(
            Method::GET,
            "/api/v1/school/status-board",
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    let classes: Vec<&str> = board["classes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["class_name"].as_str().unwrap())
        .collect();
    assert_eq!(classes, ["8A", "8C"]);
    // Changing only the class is no new form version and no e-mail.
    body["class_name"] = json!("8A");
    let again: Value = app
        .call(
            Method::PUT,
            &format!("/api/v1/school/pupils/{pupil}"),
            Some(&token),
            Some(&body),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again["form_version"], 2);
    assert_eq!(app.outbox_to("ouder0@a.example").await.len(), 1);
}

#[tokio::test]
async fn twins_are_linked_both_ways_within_one_school_only() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let (a, b) = (app.a.pupil_ids[1], app.a.pupil_ids[2]);
    let mut body: Value = app
        .call(
            Method::GET,
            &format!("/api/v1/school/pupils/{a}"),
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    body["twin_pupil_id"] = json!(b);
    assert_eq!(
        app.call(
            Method::PUT,
            &format!("/api/v1/school/pupils/{a}"),
            Some(&token),
            Some(&body)
        )
        .await
        .status(),
        StatusCode::OK
    );
    let other: Value = app
        .call(
            Method::GET,
            &format!("/api/v1/school/pupils/{b}"),
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(other["twin_pupil_id"], json!(a));
    body["twin_pupil_id"] = json!(app.b.pupil_ids[0]);
    let foreign = app
        .call(
            Method::PUT,
            &format!("/api/v1/school/pupils/{a}"),
            Some(&token),
            Some(&body),
        )
        .await;
    assert_eq!(foreign.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn reminders_go_only_to_incomplete_registrations_during_the_week() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let ids = &app.a.pupil_ids;
    app.put_in_status(ids[0], RegistrationStatus::Ag).await;
    app.put_in_status(ids[1], RegistrationStatus::Av).await;
    let body = json!({ "pupil_ids": ids });
    let response: Value = app
        .call(
            Method::POST,
            "/api/v1/school/reminders",
            Some(&token),
            Some(&body),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(response["done"], json!([ids[0]]));
    let codes: Vec<&str> = response["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["not_allowed_in_status", "not_allowed_in_status"]);
    assert_eq!(app.outbox_to("ouder0@a.example").await.len(), 1);
    app.clock.set(datetime!(2026-04-01 00:00 +02:00));
    let token = app.access_token(&app.a.po_staff).await;
    let late = app
        .call(
            Method::POST,
            "/api/v1/school/reminders",
            Some(&token),
            Some(&body),
        )
        .await;
    assert_eq!(late.status(), StatusCode::CONFLICT);
    assert_eq!(late.json::<Value>().await.unwrap()["code"], "window_closed");
}

#[tokio::test]
async fn the_status_board_counts_follow_every_change() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    app.put_in_status(app.a.pupil_ids[0], RegistrationStatus::Av)
        .await;
    let board: Value = app
        .call(
            Method::GET,
            "/api/v1/school/status-board",
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        board["counts"],
        json!({ "wit": 2, "blauw": 0, "groen": 0, "AG": 0, "AV": 1 })
    );
    assert_eq!(board["classes"][0]["class_name"], "8A");
    assert_eq!(board["classes"][0]["pupils"].as_array().unwrap().len(), 3);
    assert_eq!(board["reminders_open"], true);
}

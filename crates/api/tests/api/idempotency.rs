//! `Idempotency-Key`: a retried `POST` gets the first answer instead of acting twice.

use overstap_api_types::{ErrorCode, PupilListQuery, SendLoginRequest};
use overstap_persistence::parent_logins;
use reqwest::StatusCode;
use sea_orm::EntityTrait;

use crate::helpers::spawn_app;
use crate::po_support::pupil_body;

#[tokio::test]
async fn a_replayed_send_login_sends_one_e_mail_and_answers_the_first_answer() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let pupil = app.a.pupil_ids[0];
    let keyed = app
        .api(&token)
        .with_header("idempotency-key", "send-0-first-try");
    let first = keyed.send_login(pupil, &SendLoginRequest::default()).await;
    assert_eq!(first.header("idempotent-replayed"), None);
    let first_body = first.text().to_owned();
    first.ok();
    let again = keyed.send_login(pupil, &SendLoginRequest::default()).await;
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.text(), first_body, "the same answer");
    again.ok();
    // One login, one e-mail.
    let logins = parent_logins::for_pupil(&app.db, pupil).await.unwrap();
    assert_eq!(logins.len(), 1);
    assert_eq!(app.outbox_to("ouder0@a.example").await.len(), 1);

    // The same key with another request is refused, and changes nothing.
    keyed
        .send_login(app.a.pupil_ids[1], &SendLoginRequest::default())
        .await
        .refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::IdempotencyKeyReused,
        );
    assert!(
        parent_logins::for_pupil(&app.db, app.a.pupil_ids[1])
            .await
            .unwrap()
            .is_empty()
    );
    // Keys are per caller: another teacher's same key is theirs.
    let other = app.access_token(&app.b.po_staff).await;
    app.api(&other)
        .with_header("idempotency-key", "send-0-first-try")
        .send_login(app.b.pupil_ids[0], &SendLoginRequest::default())
        .await
        .ok();
    // Without a key, a second send is a second send (a resend).
    app.api(&token)
        .send_login(pupil, &SendLoginRequest::default())
        .await
        .ok();
    assert_eq!(
        parent_logins::for_pupil(&app.db, pupil)
            .await
            .unwrap()
            .len(),
        2
    );
    // After 24 hours the key is forgotten: it acts again.
    app.clock
        .set(app.clock.now() + time::Duration::hours(24) + time::Duration::seconds(1));
    let token = app.access_token(&app.a.po_staff).await;
    let late = app
        .api(&token)
        .with_header("idempotency-key", "send-0-first-try")
        .send_login(pupil, &SendLoginRequest::default())
        .await;
    // (The registration week has ended by then: the send is refused as any would be.)
    assert_eq!(late.header("idempotent-replayed"), None);
}

#[tokio::test]
async fn a_replayed_creation_makes_one_pupil_and_repeats_its_location() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let keyed = app.api(&token).with_header("idempotency-key", "pupil-N-7");
    let body = pupil_body("N-7", "n7@ouders.example");
    let first = keyed.create_pupil(&body).await;
    let location = first.header("location").map(str::to_owned);
    let made = first.ok();
    let again = keyed.create_pupil(&body).await;
    assert_eq!(again.status(), StatusCode::CREATED);
    assert_eq!(again.header("location").map(str::to_owned), location);
    assert_eq!(again.ok().id, made.id);
    let list = app
        .api(&token)
        .list_pupils(&PupilListQuery {
            q: Some("N-7".to_owned()),
            ..PupilListQuery::default()
        })
        .await
        .ok();
    assert_eq!(list.pupils.len(), 1, "one pupil made");

    // A key that is not 1–255 visible ASCII characters is refused before anything runs.
    for bad in ["", "met spatie", &"x".repeat(256)] {
        app.api(&token)
            .with_header("idempotency-key", bad)
            .create_pupil(&pupil_body("N-8", "n8@ouders.example"))
            .await
            .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    }
    let list = app
        .api(&token)
        .list_pupils(&PupilListQuery {
            q: Some("N-8".to_owned()),
            ..PupilListQuery::default()
        })
        .await
        .ok();
    assert!(list.pupils.is_empty());
}

#[tokio::test]
async fn a_key_is_checked_with_its_caller_and_only_finished_answers_are_replayed() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let keyed = app.api(&token).with_header("idempotency-key", "pupil-N-9");
    let body = pupil_body("N-9", "n9@ouders.example");
    keyed.create_pupil(&body).await.ok();

    // While a first request runs, a retry is 409 and nothing is done twice.
    let caller = "po_staff:running:";
    let claim = overstap_persistence::idempotent_requests::claim(
        &app.db,
        caller,
        "k",
        "hash",
        app.clock.now(),
    )
    .await
    .unwrap();
    assert!(matches!(
        claim,
        overstap_persistence::idempotent_requests::Claim::Run(_)
    ));
    let again = overstap_persistence::idempotent_requests::claim(
        &app.db,
        caller,
        "k",
        "hash",
        app.clock.now(),
    )
    .await
    .unwrap();
    assert_eq!(
        again,
        overstap_persistence::idempotent_requests::Claim::Running
    );

    // A refusal that may pass (403 here: a VO teacher on a PO route) is not kept.
    let vo = app.access_token(&app.a.vo_staff).await;
    app.api(&vo)
        .with_header("idempotency-key", "try-1")
        .create_pupil(&pupil_body("N-10", "n10@ouders.example"))
        .await
        .refused(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    let kept = overstap_persistence::entities::idempotent_request::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert!(kept.iter().all(|row| row.key != "try-1"), "not kept");

    // A signed-out session gets no replay: 401, as without the key.
    let teacher = overstap_persistence::staff::find_by_email(&app.db, &app.a.po_staff.username)
        .await
        .unwrap()
        .unwrap();
    overstap_persistence::sessions::revoke_subject(&app.db, teacher.id.as_uuid(), app.clock.now())
        .await
        .unwrap();
    let refused = keyed.create_pupil(&body).await;
    assert_eq!(refused.header("idempotent-replayed"), None);
    refused.refused(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
}

#[tokio::test]
async fn a_key_on_a_post_that_takes_none_is_ignored() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let keyed = app
        .api(&coordinator)
        .with_header("idempotency-key", "client-1");
    let request = overstap_api_types::ApiClientRequest {
        name: "Geen sleutel".to_owned(),
        school_ids: vec![app.a.po_school_id.as_uuid()],
        scopes: vec![overstap_api_types::ApiScope::PupilsRead],
        requests_per_minute: None,
    };
    keyed.create_api_client(&request).await.ok();
    // The answer held a secret: nothing was kept, and the retry acts (and meets the name).
    let again = keyed.create_api_client(&request).await;
    assert_eq!(again.header("idempotent-replayed"), None);
    again.refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    let kept = overstap_persistence::entities::idempotent_request::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert!(kept.is_empty());
}

#[tokio::test]
async fn an_erased_pupils_kept_answer_is_replaced_and_the_retry_does_nothing() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let keyed = app.api(&token).with_header("idempotency-key", "pupil-E-1");
    let body = pupil_body("E-1", "e1@ouders.example");
    let made = keyed.create_pupil(&body).await.ok();
    let coordinator = app.access_token(&app.coordinator).await;
    app.api(&coordinator).erase_pupil(made.id).await.ok();
    // Nothing kept names the pupil any more.
    let kept = overstap_persistence::entities::idempotent_request::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert!(kept.iter().all(|row| {
        let body = row.body.clone().unwrap_or_default();
        !body.contains(&made.id.to_string()) && !body.contains("e1@ouders.example")
    }));
    // The retry is told, and makes no second pupil.
    let retry = keyed.create_pupil(&body).await;
    assert_eq!(retry.header("idempotent-replayed"), Some("true"));
    retry.refused(StatusCode::CONFLICT, ErrorCode::Conflict);
    let list = app
        .api(&token)
        .list_pupils(&PupilListQuery {
            q: Some("E-1".to_owned()),
            ..PupilListQuery::default()
        })
        .await
        .ok();
    assert!(list.pupils.is_empty());
}

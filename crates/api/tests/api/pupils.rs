//! The primary-school workspace: pupil records, parent logins, the status board, reminders.

use overstap_api_types::RegistrationStatus as WireStatus;
use overstap_api_types::{
    Advice, BulkSendLoginRequest, ErrorCode, PupilListQuery, ReminderRequest, SendLoginRequest,
    StatusCounts, Submitted,
};
use overstap_domain::{ElkNumber, RegistrationStatus};
use overstap_persistence::parent_logins;
use reqwest::StatusCode;
use time::macros::datetime;

use crate::client::facts;
use crate::helpers::spawn_app;
use crate::po_support::{pupil_body, pupil_data};

#[tokio::test]
async fn a_new_pupil_gets_a_valid_elk_number_and_starts_white() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&token);
    let created = school
        .create_pupil(&pupil_body("N-1", "noor@ouders.example"))
        .await;
    let location = created.header("location").map(str::to_owned);
    let pupil = created.ok();
    assert_eq!(
        location,
        Some(format!("/api/v1/school/pupils/{}", pupil.id)),
        "the 201 names the new pupil's address"
    );
    assert!(ElkNumber::parse(&pupil.elk_number).is_ok());
    assert_eq!(pupil.status, WireStatus::Wit);
    assert_eq!(pupil.form_version, 1);
    let board = school.get_status_board().await.ok();
    assert_eq!(board.counts.wit, 4);
}

#[tokio::test]
async fn invalid_pupil_data_is_refused_naming_every_field() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&token);
    let mut body = pupil_body("", "not-an-address");
    body.advice = Submitted::Unknown("gymnasium+".to_owned());
    let error = school
        .create_pupil(&body)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    let fields: Vec<String> = error
        .details
        .unwrap()
        .fields
        .into_iter()
        .map(|f| f.field)
        .collect();
    assert_eq!(fields, ["advice", "external_id", "parent_email"]);

    let taken = pupil_body("a-0", "x@ouders.example");
    let error = school
        .create_pupil(&taken)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(error.details.unwrap().fields[0].code, "taken");
}

#[tokio::test]
async fn the_list_filters_by_class_status_words_and_attention() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    app.put_in_status(app.a.pupil_ids[1], RegistrationStatus::Av)
        .await;
    let school = app.api(&token);
    let list = |query: PupilListQuery| {
        let school = school.clone();
        async move {
            school
                .list_pupils(&query)
                .await
                .ok()
                .pupils
                .into_iter()
                .map(|p| p.external_id)
                .collect::<Vec<_>>()
        }
    };
    let status = PupilListQuery {
        status: Some(overstap_api_types::RegistrationStatus::Av.into()),
        ..PupilListQuery::default()
    };
    assert_eq!(list(status).await, ["a-1"]);
    let attention = PupilListQuery {
        needs_attention: Some(true),
        ..PupilListQuery::default()
    };
    assert_eq!(list(attention).await, ["a-0", "a-2"]);
    let words = PupilListQuery {
        q: Some("kind2a".to_owned()),
        ..PupilListQuery::default()
    };
    assert_eq!(list(words).await, ["a-2"]);
    let class = PupilListQuery {
        class: Some("8B".to_owned()),
        ..PupilListQuery::default()
    };
    assert_eq!(list(class).await, Vec::<String>::new());
    let bad = school
        .list_pupils(&PupilListQuery {
            status: Some(overstap_api_types::Submitted::Unknown("paars".to_owned())),
            ..PupilListQuery::default()
        })
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn sending_the_login_to_a_corrected_address_turns_the_dot_blue_and_queues_one_mail() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let pupil = app.a.pupil_ids[2];
    let sent = app
        .api(&token)
        .send_login(
            pupil,
            &SendLoginRequest {
                parent_email: Some("nieuw@ouders.example".to_owned()),
            },
        )
        .await
        .ok();
    assert_eq!(sent.status, WireStatus::Blauw);
    assert_eq!(sent.parent_email, "nieuw@ouders.example");
    let mails = app.outbox_to("nieuw@ouders.example").await;
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].body_text.contains(&sent.elk_number),
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
        app.api(&token)
            .send_login(pupil, &SendLoginRequest::default())
            .await
            .ok();
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
    let school = app.api(&token);
    let pupil = app.a.pupil_ids[0];
    let error = school
        .send_login(pupil, &SendLoginRequest::default())
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::WindowClosed);
    assert_eq!(
        facts(&error)["opens_at_display"],
        "dinsdag 17 maart 2026 om 00:00"
    );
    assert_eq!(
        facts(&error)["closes_at_display"],
        "dinsdag 31 maart 2026 om 23:59"
    );
    assert!(
        app.outbox_to("ouder0@a.example").await.is_empty(),
        "nothing was sent"
    );
    let bulk = school
        .send_logins(&BulkSendLoginRequest {
            all_not_sent: true,
            ..BulkSendLoginRequest::default()
        })
        .await;
    assert_eq!(bulk.status(), StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_login_cannot_be_sent_again_once_the_account_is_active() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let pupil = app.a.pupil_ids[1];
    app.put_in_status(pupil, RegistrationStatus::Groen).await;
    app.api(&token)
        .send_login(pupil, &SendLoginRequest::default())
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::NotAllowedInStatus);
}

#[tokio::test]
async fn bulk_sending_to_everyone_not_yet_sent_sends_each_login_once() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&token);
    app.put_in_status(app.a.pupil_ids[1], RegistrationStatus::Groen)
        .await;
    let everyone = BulkSendLoginRequest {
        all_not_sent: true,
        ..BulkSendLoginRequest::default()
    };
    let first = school.send_logins(&everyone).await.ok();
    assert_eq!(first.done.len(), 2);
    let again = school.send_logins(&everyone).await.ok();
    assert_eq!(again.done.len(), 0);
    let selection = BulkSendLoginRequest {
        pupil_ids: vec![app.a.pupil_ids[1].as_uuid(), app.b.pupil_ids[0].as_uuid()],
        all_not_sent: false,
    };
    let skipped = school.send_logins(&selection).await.ok();
    let codes: Vec<&str> = skipped.skipped.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(codes, ["not_allowed_in_status", "not_found"]);
    assert!(
        app.outbox_to("ouder0@b.example").await.is_empty(),
        "another school's pupil is untouched"
    );
    let board = school.get_status_board().await.ok();
    assert_eq!(
        board.counts,
        StatusCounts {
            wit: 0,
            blauw: 2,
            groen: 1,
            ag: 0,
            av: 0,
            paper: 0
        }
    );
}

#[tokio::test]
async fn a_correction_makes_a_new_form_version_and_tells_a_registered_parent_what_changed() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&token);
    let pupil = app.a.pupil_ids[0];
    app.put_in_status(pupil, RegistrationStatus::Av).await;
    let mut body = pupil_data(school.get_pupil(pupil).await.ok());
    body.advice = Advice::HavoVwo.into();
    body.class_name = "8C".to_owned();
    let corrected = school.correct_pupil(pupil, &body).await.ok();
    assert_eq!(corrected.form_version, 2);
    assert_eq!(
        corrected.status,
        WireStatus::Av,
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
    let board = school.get_status_board().await.ok();
    let classes: Vec<&str> = board
        .classes
        .iter()
        .map(|c| c.class_name.as_str())
        .collect();
    assert_eq!(classes, ["8A", "8C"]);
    // Changing only the class is no new form version and no e-mail.
    body.class_name = "8A".to_owned();
    let again = school.correct_pupil(pupil, &body).await.ok();
    assert_eq!(again.form_version, 2);
    assert_eq!(app.outbox_to("ouder0@a.example").await.len(), 1);
}

#[tokio::test]
async fn twins_are_linked_both_ways_within_one_school_only() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&token);
    let (a, b) = (app.a.pupil_ids[1], app.a.pupil_ids[2]);
    let mut body = pupil_data(school.get_pupil(a).await.ok());
    body.twin_pupil_id = Some(b.as_uuid());
    school.correct_pupil(a, &body).await.ok();
    let other = school.get_pupil(b).await.ok();
    assert_eq!(other.twin_pupil_id, Some(a.as_uuid()));
    body.twin_pupil_id = Some(app.b.pupil_ids[0].as_uuid());
    let foreign = school.correct_pupil(a, &body).await;
    assert_eq!(foreign.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn reminders_go_only_to_incomplete_registrations_during_the_week() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let ids = &app.a.pupil_ids;
    app.put_in_status(ids[0], RegistrationStatus::Ag).await;
    app.put_in_status(ids[1], RegistrationStatus::Av).await;
    let body = ReminderRequest {
        pupil_ids: ids.iter().map(|id| id.as_uuid()).collect(),
    };
    let reminded = app.api(&token).send_reminders(&body).await.ok();
    assert_eq!(reminded.done, [ids[0].as_uuid()]);
    let codes: Vec<&str> = reminded.skipped.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(codes, ["not_allowed_in_status", "not_allowed_in_status"]);
    assert_eq!(app.outbox_to("ouder0@a.example").await.len(), 1);
    app.clock.set(datetime!(2026-04-01 00:00 +02:00));
    let token = app.access_token(&app.a.po_staff).await;
    app.api(&token)
        .send_reminders(&body)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::WindowClosed);
}

#[tokio::test]
async fn the_status_board_counts_follow_every_change() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    app.put_in_status(app.a.pupil_ids[0], RegistrationStatus::Av)
        .await;
    let board = app.api(&token).get_status_board().await.ok();
    assert_eq!(
        board.counts,
        StatusCounts {
            wit: 2,
            blauw: 0,
            groen: 0,
            ag: 0,
            av: 1,
            paper: 0
        }
    );
    assert_eq!(board.classes[0].class_name, "8A");
    assert_eq!(board.classes[0].pupils.len(), 3);
    assert!(board.reminders_open);
}

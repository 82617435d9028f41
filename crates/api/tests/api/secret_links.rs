//! Activation and reset links are never readable in the outbox: the stored message refers to
//! its link, the token is minted at delivery, and a delivered message keeps no parameters. A
//! reset request does the same work whether or not the number has an account.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use overstap_api::auth::tokens::hash_opaque_token;
use overstap_api::parent::activation;
use overstap_api_types::{PasswordResetCompleteRequest, SendLoginRequest};
use overstap_domain::ElkNumber;
use overstap_persistence::entities::{audit_log, mail_outbox, password_reset};
use overstap_persistence::{parent_logins, parents};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::json;

use crate::helpers::{spawn_app, spawn_app_with};
use crate::parent_support::{NEW_PASSWORD, activate_request, activated_parent, token_in};
use crate::smtp_sink::{PATIENCE, SmtpSink};

/// Every outbox row, oldest first, as stored.
async fn stored_rows(app: &crate::helpers::TestApp) -> Vec<mail_outbox::Model> {
    mail_outbox::Entity::find()
        .order_by_asc(mail_outbox::Column::CreatedAt)
        .all(&app.db)
        .await
        .unwrap()
}

fn row_text(row: &mail_outbox::Model) -> String {
    format!(
        "{} {} {} {} {:?} {:?}",
        row.recipient, row.subject, row.body_text, row.body_html, row.template, row.last_error
    )
}

#[tokio::test]
async fn a_delivered_activation_mail_leaves_no_token_in_the_outbox() {
    let sink = SmtpSink::from_env();
    let url = sink.url.clone();
    let app = spawn_app_with(move |name| (name == "SMTP_URL").then(|| url.clone())).await;
    let pupil = app.a.pupil_ids[0];
    let email = format!("ouder-{}@mail.test", uuid::Uuid::new_v4().simple());
    let staff = app.access_token(&app.a.po_staff).await;
    app.api(&staff)
        .send_login(
            pupil,
            &SendLoginRequest {
                parent_email: Some(email.clone()),
            },
        )
        .await
        .ok();

    let received = sink.wait_for(&email, 1).await;
    let token = token_in(&received[0].text);
    assert_eq!(token, token_in(&received[0].html), "one link in both parts");

    // The outbox row is marked sent, and nothing in it holds the token (or the ELK number).
    let deadline = Instant::now() + PATIENCE;
    let row = loop {
        let row = stored_rows(&app)
            .await
            .into_iter()
            .find(|r| r.recipient == email)
            .expect("the login message");
        if row.status == "sent" {
            break row;
        }
        assert!(Instant::now() < deadline, "not marked sent: {}", row.status);
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(row.template, None);
    assert!(!row_text(&row).contains(&token), "{}", row_text(&row));
    assert!(!row_text(&row).contains("token="), "{}", row_text(&row));

    // Only the hash is stored, and the link works.
    let login = parent_logins::find_by_token_hash(&app.db, &hash_opaque_token(&token))
        .await
        .unwrap()
        .expect("the minted link");
    assert_eq!(login.sent_to, email);
    app.anonymous()
        .activate(&activate_request(&token, NEW_PASSWORD))
        .await
        .ok();
}

#[tokio::test]
async fn before_delivery_the_login_message_holds_no_token_and_the_link_does_not_work_yet() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[0];
    let staff = app.access_token(&app.a.po_staff).await;
    app.api(&staff)
        .send_login(
            pupil,
            &SendLoginRequest {
                parent_email: Some("wacht@a.example".to_owned()),
            },
        )
        .await
        .ok();
    let row = stored_rows(&app)
        .await
        .into_iter()
        .find(|r| r.recipient == "wacht@a.example")
        .unwrap();
    assert_eq!(row.status, "pending");
    let template = row.template.clone().unwrap();
    assert_eq!(template["kind"], "parent_login");
    assert!(!row_text(&row).contains("token"), "{}", row_text(&row));
    let logins = parent_logins::for_pupil(&app.db, pupil).await.unwrap();
    assert_eq!(logins.len(), 1);
    assert_eq!(template["login"], json!(logins[0].id));
}

#[tokio::test]
async fn a_login_replaced_before_delivery_is_not_sent_to_the_old_address() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[0];
    let staff = app.access_token(&app.a.po_staff).await;
    for email in ["oud@a.example", "nieuw@a.example"] {
        app.api(&staff)
            .send_login(
                pupil,
                &SendLoginRequest {
                    parent_email: Some(email.to_owned()),
                },
            )
            .await
            .ok();
    }
    // Delivery (into the development mailbox) happens after both sends.
    let new = app.outbox_to("nieuw@a.example").await;
    assert_eq!(new.len(), 1);
    assert!(new[0].body_text.contains("/activeren?token="));
    // The login to the old address is removed, not sent; that address only hears that the
    // address changed.
    let old = app.outbox_to("oud@a.example").await;
    assert_eq!(old.len(), 1);
    assert!(!old[0].body_text.contains("token="), "{}", old[0].body_text);
    assert!(
        stored_rows(&app).await.iter().all(|r| r.template.is_none()),
        "no login left to deliver"
    );
}

/// The SQL a reset request for `elk` runs, in order, without its values.
async fn statements_of_a_reset(app: &crate::helpers::TestApp, elk: &str) -> Vec<String> {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mut db = app.db.clone();
    let log = seen.clone();
    db.set_metric_callback(move |info| log.lock().unwrap().push(info.statement.sql.clone()));
    activation::request_reset(&db, elk, app.clock.now())
        .await
        .unwrap();
    seen.lock().unwrap().clone()
}

#[tokio::test]
async fn a_reset_for_a_known_and_an_unknown_number_does_the_same_work() {
    let app = spawn_app().await;
    let (_, known) = activated_parent(&app, app.a.pupil_ids[1], "bekend@a.example").await;
    // A well-formed number without an account: change the last digits until one checks out.
    let stem = &known[..7];
    let unknown = (0..1000)
        .map(|n| format!("{stem}{n:03}"))
        .filter(|n| n != &known && ElkNumber::parse(n).is_ok())
        .find(|n| !app.a.parent.username.eq(n) && !app.b.parent.username.eq(n))
        .unwrap();
    assert!(
        parents::find_by_elk_number(&app.db, &unknown)
            .await
            .unwrap()
            .is_none()
    );
    let resets_before = password_reset::Entity::find().count(&app.db).await.unwrap();
    let audit_before = audit_log::Entity::find().count(&app.db).await.unwrap();
    let rows_before = stored_rows(&app).await.len();

    let for_known = statements_of_a_reset(&app, &known).await;
    let for_unknown = statements_of_a_reset(&app, &unknown).await;
    assert!(!for_known.is_empty());
    assert_eq!(
        for_known, for_unknown,
        "the same statements, in the same order"
    );

    // One outbox row each, alike but for the number; no link and no audit entry yet.
    let rows = stored_rows(&app).await;
    assert_eq!(rows.len(), rows_before + 2);
    let (a, b) = (&rows[rows.len() - 2], &rows[rows.len() - 1]);
    assert_eq!((a.recipient.as_str(), b.recipient.as_str()), ("", ""));
    assert_eq!(
        a.template,
        Some(json!({ "kind": "password_reset", "elk_number": known }))
    );
    assert_eq!(
        b.template,
        Some(json!({ "kind": "password_reset", "elk_number": unknown }))
    );
    assert_eq!(
        password_reset::Entity::find().count(&app.db).await.unwrap(),
        resets_before
    );
    assert_eq!(
        audit_log::Entity::find().count(&app.db).await.unwrap(),
        audit_before
    );

    // At delivery the known number's parent gets a working link; the other request is dropped.
    let mails = app.outbox_to("bekend@a.example").await;
    let reset = mails.last().unwrap();
    assert!(reset.body_text.contains("/wachtwoord-herstellen?token="));
    app.anonymous()
        .complete_password_reset(&PasswordResetCompleteRequest {
            token: token_in(&reset.body_text),
            password: "nieuwe fiets met drie wielen".to_owned(),
        })
        .await
        .ok();
    let dropped = mail_outbox::Entity::find_by_id(b.id)
        .one(&app.db)
        .await
        .unwrap();
    assert_eq!(
        dropped, None,
        "the request for the unknown number is removed unsent"
    );
    let requested = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("parent.password_reset_requested"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(requested, 1, "audited once, for the account that exists");
}

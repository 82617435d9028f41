//! The mail outbox against a real SMTP server (the sink the test command runs): delivery,
//! retries with backoff, giving up, leases across workers, and the development mailbox.

use std::collections::HashMap;
use std::net::TcpListener;
use std::time::{Duration, Instant};

use overstap_api::clock::Clock;
use overstap_api::config::Settings;
use overstap_api::mail::{self, ParentLogin, WorkerConfig};
use overstap_api::startup;
use overstap_api_types::{
    InviteStaffRequest, RegionSettingsRequest, Role, SendLoginRequest, StaffLanguage,
};
use overstap_domain::Language;
use overstap_persistence::DatabaseConnection;
use overstap_persistence::entities::mail_outbox;
use overstap_persistence::outbox::{self, NewMail};
use overstap_persistence::provision::{Backend, fresh_database};
use reqwest::{Client, StatusCode};
use sea_orm::EntityTrait;
use serde_json::Value;
use time::macros::datetime;
use uuid::Uuid;

use crate::helpers::{DURING_REGISTRATION_WEEK, spawn_app_with};
use crate::smtp_sink::{PATIENCE, SmtpSink};

/// A server without personas; several may share one database.
struct MailServer {
    address: String,
    client: Client,
    clock: Clock,
}

impl MailServer {
    async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .unwrap()
    }
}

fn settings(database_url: &str, smtp_url: Option<&str>, environment: &str) -> Settings {
    Settings::from_lookup(|name| match name {
        "DATABASE_URL" => Some(database_url.to_owned()),
        "SMTP_URL" => smtp_url.map(str::to_owned),
        "OVERSTAP_ENV" => Some(environment.to_owned()),
        "OVERSTAP_JWT_SECRET" => Some("a-test-secret-long-enough-for-production-0123".to_owned()),
        "OVERSTAP_DB_MAX_CONNECTIONS" => Some("5".to_owned()),
        "OVERSTAP_WORKERS" => Some("1".to_owned()),
        "OVERSTAP_PASSWORD_HASHING_THREADS" => Some("1".to_owned()),
        "OVERSTAP_SPA_DIR" => Some("/nonexistent".to_owned()),
        _ => None,
    })
    .expect("test settings")
}

/// A fresh, migrated database and a connection to it.
async fn fresh_db() -> (String, DatabaseConnection) {
    let url = fresh_database(Backend::from_env()).await.unwrap();
    let db = startup::database(&settings(&url, None, "development"))
        .await
        .unwrap();
    (url, db)
}

async fn serve(database_url: &str, smtp_url: Option<&str>, environment: &str) -> MailServer {
    let settings = settings(database_url, smtp_url, environment);
    let clock = Clock::fixed(DURING_REGISTRATION_WEEK);
    let db = startup::database(&settings).await.unwrap();
    let state = startup::state(&settings, db, clock.clone()).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(startup::run(listener, &settings, state).unwrap());
    MailServer {
        address,
        client: Client::new(),
        clock,
    }
}

/// An SMTP URL where nothing listens.
fn closed_port_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("smtp://127.0.0.1:{port}")
}

fn unique_recipient() -> String {
    format!("ouder-{}@mail.test", Uuid::new_v4().simple())
}

fn simple_mail(recipient: &str, n: usize) -> NewMail {
    NewMail {
        recipient: recipient.to_owned(),
        subject: format!("Bericht {n}"),
        body_text: format!("Tekst {n}"),
        body_html: format!("<p>Tekst {n}</p>"),
        template: None,
        region: None,
    }
}

async fn row(db: &DatabaseConnection, id: Uuid) -> mail_outbox::Model {
    mail_outbox::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .expect("the outbox row")
}

/// Polls the outbox row until `done` holds; fails after a while with the last state.
async fn wait_for_row(
    db: &DatabaseConnection,
    id: Uuid,
    what: &str,
    done: impl Fn(&mail_outbox::Model) -> bool,
) -> mail_outbox::Model {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let current = row(db, id).await;
        if done(&current) {
            return current;
        }
        assert!(Instant::now() < deadline, "{what}: still {current:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_queued_message_is_delivered_with_its_outbox_id_as_message_id() {
    let sink = SmtpSink::from_env();
    let url = sink.url.clone();
    let app = spawn_app_with(move |name| (name == "SMTP_URL").then(|| url.clone())).await;
    let recipient = unique_recipient();
    let link = "http://localhost:8080/activeren?token=abc&x=1";
    let mail = mail::parent_login(
        &recipient,
        &ParentLogin {
            language: Language::Nl,
            child_first_name: "Noor",
            elk_number: "123456789012",
            activation_link: link,
            valid_until: datetime!(2026-03-31 22:00 UTC),
            registration_opens_at: datetime!(2026-03-24 23:00 UTC),
            school_name: "De Regenboog",
        },
    );
    let id = outbox::enqueue(&app.db, mail.clone(), app.clock.now())
        .await
        .unwrap();

    let received = sink.wait_for(&recipient, 1).await;
    assert_eq!(received.len(), 1);
    let got = &received[0];
    assert_eq!(got.message_id, format!("<{id}@overstap>"));
    assert_eq!(got.message_id, mail::message_id(id));
    assert_eq!(got.to, recipient);
    assert_eq!(got.from, "noreply@overstap.example");
    assert_eq!(got.subject, mail.subject);
    assert_eq!(got.text.trim_end(), mail.body_text.trim_end());
    assert!(got.text.contains(link) && got.text.contains("123456789012"));
    assert!(
        got.html
            .contains("href=\"http://localhost:8080/activeren?token=abc&amp;x=1\"")
    );
    assert!(got.html.contains("dinsdag 31 maart 2026 om 23:59"));

    let sent = wait_for_row(&app.db, id, "marked sent", |r| r.status == "sent").await;
    assert_eq!(
        sent.sent_at.map(|t| t.unix_timestamp()),
        Some(app.clock.now().unix_timestamp())
    );
    assert_eq!(sent.attempts, 0);
    assert_eq!(sent.last_error, None);
}

#[tokio::test]
async fn a_message_to_an_smtp_server_that_does_not_listen_is_retried_later() {
    let (url, db) = fresh_db().await;
    let id = outbox::enqueue(
        &db,
        simple_mail(&unique_recipient(), 1),
        DURING_REGISTRATION_WEEK,
    )
    .await
    .unwrap();
    let server = serve(&url, Some(&closed_port_url()), "development").await;

    let failed = wait_for_row(&db, id, "one failed attempt", |r| r.attempts == 1).await;
    assert_eq!(failed.status, "pending");
    assert!(
        failed.last_error.as_deref().is_some_and(|e| !e.is_empty()),
        "{failed:?}"
    );
    let wait = failed.next_attempt_at - server.clock.now();
    assert_eq!(wait.whole_seconds(), 30, "{failed:?}");
    assert_eq!(failed.sent_at, None);
}

#[tokio::test]
async fn after_the_last_attempt_a_message_is_failed_and_the_waits_double() {
    let (url, db) = fresh_db().await;
    let id = outbox::enqueue(
        &db,
        simple_mail(&unique_recipient(), 1),
        DURING_REGISTRATION_WEEK,
    )
    .await
    .unwrap();
    let server = serve(&url, Some(&closed_port_url()), "development").await;
    let max = WorkerConfig::default().max_attempts;

    let mut waits = Vec::new();
    for attempt in 1..max {
        let current = wait_for_row(&db, id, "the next failed attempt", |r| {
            r.attempts == attempt
        })
        .await;
        assert_eq!(current.status, "pending");
        waits.push((current.next_attempt_at - server.clock.now()).whole_seconds());
        // Time passes until the retry is due.
        server
            .clock
            .set(current.next_attempt_at + time::Duration::SECOND);
    }
    let failed = wait_for_row(&db, id, "given up", |r| r.status == "failed").await;
    assert_eq!(failed.attempts, max);
    assert!(failed.last_error.is_some());
    assert_eq!(failed.sent_at, None);
    assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920]);
}

#[tokio::test]
async fn a_message_the_server_cannot_accept_is_failed_at_once() {
    let sink = SmtpSink::from_env();
    let (url, db) = fresh_db().await;
    let id = outbox::enqueue(
        &db,
        simple_mail("zoe.celik@@ouders.example", 1),
        DURING_REGISTRATION_WEEK,
    )
    .await
    .unwrap();
    let _server = serve(&url, Some(&sink.url), "development").await;

    let failed = wait_for_row(&db, id, "failed", |r| r.status == "failed").await;
    assert_eq!(failed.attempts, 1);
    let last_error = failed.last_error.unwrap();
    assert!(last_error.contains("recipient"), "{last_error}");
    // The stored error names no address.
    assert!(!last_error.contains("celik"), "{last_error}");
    assert!(!last_error.contains("ouders.example"), "{last_error}");
}

#[tokio::test]
async fn two_workers_on_one_database_deliver_each_message_exactly_once() {
    let sink = SmtpSink::from_env();
    let (url, db) = fresh_db().await;
    let recipient = unique_recipient();
    let total = 300;
    outbox::enqueue_many(
        &db,
        (0..total).map(|n| simple_mail(&recipient, n)).collect(),
        DURING_REGISTRATION_WEEK,
    )
    .await
    .unwrap();
    let ids: Vec<Uuid> = mail_outbox::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids.len(), total);

    let _first = serve(&url, Some(&sink.url), "development").await;
    let _second = serve(&url, Some(&sink.url), "development").await;

    sink.wait_for(&recipient, total).await;
    let deadline = Instant::now() + PATIENCE;
    loop {
        let rows = mail_outbox::Entity::find().all(&db).await.unwrap();
        if rows.iter().all(|r| r.status == "sent") {
            break;
        }
        assert!(Instant::now() < deadline, "not all marked sent");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // A duplicate would be a second send of a row that was claimed twice; give one in flight
    // the time of a few polling rounds to arrive before counting.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut per_id: HashMap<String, usize> = HashMap::new();
    for message in sink.received_by(&recipient) {
        *per_id.entry(message.message_id).or_default() += 1;
    }
    assert_eq!(per_id.len(), total);
    assert!(per_id.values().all(|&n| n == 1), "duplicates: {per_id:?}");
    for id in ids {
        assert_eq!(per_id.get(&mail::message_id(id)), Some(&1));
    }
}

#[tokio::test]
async fn a_message_claimed_by_a_worker_that_died_is_delivered_when_its_lease_ends() {
    let sink = SmtpSink::from_env();
    let (url, db) = fresh_db().await;
    let recipient = unique_recipient();
    let now = DURING_REGISTRATION_WEEK;
    let id = outbox::enqueue(&db, simple_mail(&recipient, 1), now)
        .await
        .unwrap();
    let lease = WorkerConfig::default().lease;
    // A worker claims it and dies before sending.
    let claimed = outbox::claim_due(&db, now, now + lease, 10).await.unwrap();
    assert_eq!(claimed.len(), 1);
    assert!(
        outbox::claim_due(&db, now, now + lease, 10)
            .await
            .unwrap()
            .is_empty()
    );

    let server = serve(&url, Some(&sink.url), "development").await;
    // Within the lease nobody sends it.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(row(&db, id).await.status, "pending");
    assert!(sink.received_by(&recipient).is_empty());

    server.clock.set(now + lease + time::Duration::SECOND);
    let received = sink.wait_for(&recipient, 1).await;
    assert_eq!(received[0].message_id, mail::message_id(id));
    wait_for_row(&db, id, "marked sent", |r| r.status == "sent").await;
}

#[tokio::test]
async fn the_dev_mailbox_lists_the_outbox_when_no_smtp_is_configured() {
    let (url, db) = fresh_db().await;
    let server = serve(&url, None, "development").await;
    let now = server.clock.now();
    let older = outbox::enqueue(&db, simple_mail("a@mail.test", 1), now)
        .await
        .unwrap();
    let mut newer_mail = simple_mail("b@mail.test", 2);
    newer_mail.subject = r#"<b>Ali & "Noor"</b>"#.to_owned();
    newer_mail.body_html = "<!DOCTYPE html><html><head></head>\
        <body><a href=\"http://x/?a=1&amp;b=2\">Link</a></body></html>"
        .to_owned();
    let newer = outbox::enqueue(&db, newer_mail, now + time::Duration::SECOND)
        .await
        .unwrap();

    let response = server.get("/api/v1/dev/mailbox").await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    let messages = body["messages"].as_array().unwrap();
    let ids: Vec<&str> = messages.iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [newer.to_string(), older.to_string()]);
    assert_eq!(messages[0]["status"], "pending");
    assert_eq!(messages[0]["recipient"], "b@mail.test");
    assert!(
        messages[1]["body_text"]
            .as_str()
            .unwrap()
            .contains("Tekst 1")
    );

    let page = server.get("/dev/mailbox").await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = page.text().await.unwrap();
    assert!(html.contains("&lt;b&gt;Ali &amp; &quot;Noor&quot;&lt;/b&gt;"));
    assert!(!html.contains("<b>Ali"));
    assert!(html.contains("srcdoc=\""));
    // The body is escaped once more inside srcdoc, and its links open outside the frame.
    assert!(html.contains("&lt;base target=&quot;_blank&quot;&gt;"));
    assert!(html.contains("http://x/?a=1&amp;amp;b=2"));
    assert!(html.contains("a@mail.test"));
}

#[tokio::test]
async fn the_dev_mailbox_is_not_found_with_smtp_or_in_production() {
    let sink = SmtpSink::from_env();
    let (url, _db) = fresh_db().await;
    let with_smtp = serve(&url, Some(&sink.url), "development").await;
    let production = serve(&url, None, "production").await;
    for server in [&with_smtp, &production] {
        for path in ["/api/v1/dev/mailbox", "/dev/mailbox"] {
            let response = server.get(path).await;
            assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
            let body: Value = response.json().await.unwrap();
            assert_eq!(body["code"], "not_found", "{path}");
        }
    }
}

#[tokio::test]
async fn the_dev_mailbox_is_not_found_through_a_proxy() {
    let (url, _db) = fresh_db().await;
    let server = serve(&url, None, "development").await;
    for path in ["/api/v1/dev/mailbox", "/dev/mailbox"] {
        assert_eq!(server.get(path).await.status(), StatusCode::OK, "{path}");
        for (name, value) in [
            ("x-forwarded-for", "203.0.113.7"),
            ("forwarded", "for=203.0.113.7"),
        ] {
            let response = server
                .client
                .get(format!("{}{path}", server.address))
                .header(name, value)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path} {name}");
        }
    }
}

/// The region's sender name is the From's name of its e-mails, at the installation's address; a
/// message of no region keeps the installation's sender.
#[tokio::test]
async fn a_regions_mail_comes_from_its_sender_name() {
    let sink = SmtpSink::from_env();
    let url = sink.url.clone();
    let app = spawn_app_with(move |name| (name == "SMTP_URL").then(|| url.clone())).await;
    let coordinator = app.access_token(&app.coordinator).await;
    let api = app.api(&coordinator);
    let settings = api.get_region_settings().await.ok();
    let changed = api
        .update_region_settings(&RegionSettingsRequest {
            name: settings.name.clone(),
            contact_email: settings.contact_email.clone(),
            contact_phone: settings.contact_phone.clone(),
            website: settings.website.clone(),
            mail_sender_name: Some("  ELK Amstelland ".to_owned()),
            template: settings.template.clone(),
            rules: settings.rules.clone(),
        })
        .await
        .ok();
    assert_eq!(changed.mail_sender_name.as_deref(), Some("ELK Amstelland"));

    // A staff invitation (rendered at delivery) and a parent's login (sent by the school).
    let teacher = unique_recipient();
    api.invite_staff(&InviteStaffRequest {
        email: teacher.clone(),
        display_name: "Juf Sanne".to_owned(),
        role: Role::PoStaff,
        school_id: Some(app.a.po_school_id.as_uuid()),
        board_id: None,
        other_school_ids: Vec::new(),
        language: StaffLanguage::Nl,
    })
    .await
    .ok();
    let invitation = sink.wait_for(&teacher, 1).await;
    assert_eq!(invitation[0].from_name.as_deref(), Some("ELK Amstelland"));
    assert_eq!(invitation[0].from, "noreply@overstap.example");
    app.clock.set(datetime!(2026-03-20 10:00 +01:00));
    let parent = unique_recipient();
    let staff = app.access_token(&app.a.po_staff).await;
    app.api(&staff)
        .send_login(
            app.a.pupil_ids[0],
            &SendLoginRequest {
                parent_email: Some(parent.clone()),
            },
        )
        .await
        .ok();
    let login = sink.wait_for(&parent, 1).await;
    assert_eq!(login[0].from_name.as_deref(), Some("ELK Amstelland"));

    // Without a region the installation's sender stays.
    let other = unique_recipient();
    outbox::enqueue(&app.db, simple_mail(&other, 1), app.clock.now())
        .await
        .unwrap();
    let plain = sink.wait_for(&other, 1).await;
    assert_eq!(
        plain[0].from_name.as_deref(),
        Some("Overstap"),
        "OVERSTAP_MAIL_FROM's"
    );

    // A name that is not one line is refused at its field, and nothing changes.
    let refused = api
        .update_region_settings(&RegionSettingsRequest {
            mail_sender_name: Some("ELK\nBcc: x@y.example".to_owned()),
            name: settings.name.clone(),
            contact_email: settings.contact_email.clone(),
            contact_phone: settings.contact_phone.clone(),
            website: settings.website.clone(),
            template: settings.template.clone(),
            rules: settings.rules.clone(),
        })
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = refused
        .details
        .as_ref()
        .unwrap()
        .fields
        .iter()
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(fields, ["mail_sender_name"]);
    let kept = api.get_region_settings().await.ok();
    assert_eq!(kept.mail_sender_name.as_deref(), Some("ELK Amstelland"));
}

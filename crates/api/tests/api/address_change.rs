//! A school changes a parent's e-mail address: the old address is told, the links sent to it
//! stop working, and the audit entry holds the old and the new value.

use overstap_persistence::entities::audit_log;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, spawn_app};
use crate::parent_support::{NEW_PASSWORD, activated_parent, send_login, token_in};

async fn change_address(app: &TestApp, pupil: overstap_domain::PupilId, address: &str) {
    let response = app
        .correct_pupil(pupil, |body| body["parent_email"] = json!(address))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
}

async fn address_changes(app: &TestApp) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("pupil.parent_email_changed"))
        .all(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_corrected_address_ends_the_open_login_link_and_tells_the_old_address() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[1];
    let old_link = send_login(&app, pupil, "oud@a.example").await;
    let before = address_changes(&app).await.len();

    change_address(&app, pupil, "nieuw@a.example").await;

    let activate = app
        .post_json(
            "/api/v1/auth/parent/activate",
            &json!({ "token": old_link, "password": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(
        activate.status(),
        StatusCode::GONE,
        "the old link stopped working"
    );
    let to_old = app.outbox_to("oud@a.example").await;
    let notice = to_old.last().unwrap();
    assert!(notice.subject.contains("e-mailadres"), "{}", notice.subject);
    assert!(!notice.body_text.contains("nieuw@a.example"));
    assert!(!notice.body_text.contains("token="));

    let changes = address_changes(&app).await;
    assert_eq!(changes.len(), before + 1);
    let entry = changes.last().unwrap();
    assert_eq!(entry.subject_id, Some(pupil.as_uuid()));
    assert_eq!(entry.actor_role, "po_staff");
    assert_eq!(entry.details["old"], "oud@a.example");
    assert_eq!(entry.details["new"], "nieuw@a.example");
    assert_eq!(entry.details["login_links_invalidated"], 1);

    // A new login goes to the new address and works.
    let new_link = send_login(&app, pupil, "nieuw@a.example").await;
    let activate = app
        .post_json(
            "/api/v1/auth/parent/activate",
            &json!({ "token": new_link, "password": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(activate.status(), StatusCode::OK);
    assert_eq!(
        address_changes(&app).await.len(),
        before + 1,
        "no change, no entry"
    );
}

#[tokio::test]
async fn a_reset_link_sent_to_the_old_address_stops_working_when_the_address_changes() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[1];
    let (_, elk) = activated_parent(&app, pupil, "oud@a.example").await;
    let response = app
        .post_json(
            "/api/v1/auth/parent/password-reset",
            &json!({ "elk_number": elk }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let reset = app.outbox_to("oud@a.example").await;
    let link = token_in(&reset.last().unwrap().body_text);

    change_address(&app, pupil, "nieuw@a.example").await;

    let complete = app
        .post_json(
            "/api/v1/auth/parent/password-reset/complete",
            &json!({ "token": link, "password": "nieuwe fiets met drie wielen" }),
        )
        .await;
    assert_eq!(complete.status(), StatusCode::GONE);
    let changes = address_changes(&app).await;
    let entry = changes.last().unwrap();
    assert_eq!(entry.details["new"], "nieuw@a.example");
    assert_eq!(entry.details["reset_links_invalidated"], 1);
    // The old address heard of it; the parent keeps signing in with the old password.
    assert!(
        app.outbox_to("oud@a.example")
            .await
            .iter()
            .any(|m| m.subject.contains("e-mailadres"))
    );
    let sign_in = app
        .post_json(
            "/api/v1/auth/parent/sign-in",
            &json!({ "elk_number": elk, "password": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(sign_in.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_new_address_in_the_send_dialog_tells_the_old_one_and_is_audited() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[0];
    send_login(&app, pupil, "eerst@a.example").await;
    let link = send_login(&app, pupil, "daarna@a.example").await;
    assert!(!link.is_empty());
    let notices: Vec<_> = app
        .outbox_to("eerst@a.example")
        .await
        .into_iter()
        .filter(|m| m.subject.contains("e-mailadres"))
        .collect();
    assert_eq!(notices.len(), 1);
    let changes = address_changes(&app).await;
    let last = changes.last().unwrap();
    assert_eq!(
        (last.details["old"].as_str(), last.details["new"].as_str()),
        (Some("eerst@a.example"), Some("daarna@a.example"))
    );
}

//! A school changes a parent's e-mail address: the old address is told, the links sent to it
//! stop working, and the audit entry holds the old and the new value.

use overstap_api_types::{ErrorCode, PasswordResetCompleteRequest, PasswordResetRequest};
use overstap_persistence::entities::audit_log;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{TestApp, spawn_app};
use crate::parent_support::{
    NEW_PASSWORD, activate_request, activated_parent, parent_sign_in, send_login, token_in,
};

async fn change_address(app: &TestApp, pupil: overstap_domain::PupilId, address: &str) {
    app.correct_pupil(pupil, |body| body.parent_email = address.to_owned())
        .await
        .ok();
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
        .anonymous()
        .activate(&activate_request(&old_link, NEW_PASSWORD))
        .await;
    assert_eq!(
        activate.status(),
        StatusCode::GONE,
        "the old link stopped working"
    );
    assert_eq!(activate.error_code(), ErrorCode::InvalidLink);
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
    app.anonymous()
        .activate(&activate_request(&new_link, NEW_PASSWORD))
        .await
        .ok();
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
    app.anonymous()
        .request_password_reset(&PasswordResetRequest {
            elk_number: elk.clone(),
        })
        .await
        .ok();
    let reset = app.outbox_to("oud@a.example").await;
    let link = token_in(&reset.last().unwrap().body_text);

    change_address(&app, pupil, "nieuw@a.example").await;

    app.anonymous()
        .complete_password_reset(&PasswordResetCompleteRequest {
            token: link,
            password: "nieuwe fiets met drie wielen".to_owned(),
        })
        .await
        .refused(StatusCode::GONE, ErrorCode::InvalidLink);
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
    parent_sign_in(&app, &elk, NEW_PASSWORD).await;
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

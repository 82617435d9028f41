//! A parent's data export and the coordinator's erasure of one pupil.

use overstap_api_types::ErrorCode;
use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::Value;
use time::macros::datetime;

use crate::helpers::spawn_app;
use crate::parent_support::{activated_parent, offer, sibling_claim};

async fn count(app: &crate::helpers::TestApp, sql: &str) -> i64 {
    let row = app
        .db
        .query_one_raw(Statement::from_string(app.db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get("", "n").unwrap()
}

#[tokio::test]
async fn a_parent_downloads_their_child_s_data_without_any_password_or_token_hash() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let pupil = app.a.pupil_ids[1];
    let (token, elk) = activated_parent(&app, pupil, "ouder1@a.example").await;
    app.save_list(&token, &offer.havo[..5], Some(sibling_claim("Daan", "2B")))
        .await
        .ok();

    let response = app.api(&token).export_parent_data().await;
    assert!(
        response
            .header("content-disposition")
            .unwrap()
            .starts_with("attachment")
    );
    let text = response.text().to_owned();
    // The export is a free-form document of everything stored, not a contract type.
    let export: Value = response.ok();
    let data = &export["data"];
    assert_eq!(data["pupil"]["elk_number"], elk.as_str());
    assert_eq!(data["pupil"]["first_name"], "Kind1A");
    assert_eq!(data["parent_accounts"].as_array().unwrap().len(), 1);
    // An unconfirmed list is the registration's draft.
    assert_eq!(data["registrations"].as_array().unwrap().len(), 1);
    assert!(
        data["registrations"][0]["draft"]
            .to_string()
            .contains("Daan")
    );
    assert!(!data["emails"].as_array().unwrap().is_empty());
    assert!(data["emails"][0]["subject"].is_string());
    assert!(data["emails"][0].get("body_text").is_none());
    assert!(!data["audit_entries"].as_array().unwrap().is_empty());
    assert!(!text.contains("password_hash") && !text.contains("token_hash"));
    assert!(!text.contains("Kind0A"), "another pupil's data");
}

#[tokio::test]
async fn the_coordinator_erases_one_pupil_and_the_audit_entry_names_no_one() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[1];
    let (_token, elk) = activated_parent(&app, pupil, "ouder1@a.example").await;
    let coordinator = app.access_token(&app.coordinator).await;
    let school_token = app.access_token(&app.a.po_staff).await;
    let board_before = app.api(&school_token).get_status_board().await.ok().counts;
    let audit_before = count(&app, "SELECT COUNT(*) AS n FROM audit_log").await;

    let region = app.api(&coordinator);
    region.erase_pupil(pupil).await.ok();
    // The status board's counters lose the pupil too.
    let board_after = app.api(&school_token).get_status_board().await.ok().counts;
    assert_eq!(
        board_after.groen,
        board_before.groen - 1,
        "{board_before:?} → {board_after:?}"
    );

    assert_eq!(count(&app, "SELECT COUNT(*) AS n FROM pupils").await, 5);
    // Tenants a and b each keep their first pupil's parent.
    assert_eq!(
        count(&app, "SELECT COUNT(*) AS n FROM parent_accounts").await,
        2
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) AS n FROM mail_outbox WHERE recipient = 'ouder1@a.example'"
        )
        .await,
        0
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) AS n FROM audit_log").await,
        audit_before + 1
    );
    let entry = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT details FROM audit_log WHERE action = 'privacy.pupil_erased'",
        ))
        .await
        .unwrap()
        .unwrap();
    let details: Value = entry.try_get("", "details").unwrap();
    let text = details.to_string();
    assert!(!text.contains(&elk) && !text.contains("Kind1A") && !text.contains("ouder1"));
    assert!(!text.contains(&pupil.to_string()));

    let again = region.erase_pupil(pupil).await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn erasure_is_refused_while_the_official_placement_run_is_due_and_changes_nothing() {
    let app = spawn_app().await;
    // Amstelland 2026: placement from 8 April, publication on 15 April; no official run yet.
    app.clock.set(datetime!(2026-04-14 10:00 +02:00));
    let coordinator = app.access_token(&app.coordinator).await;
    let pupil = app.a.pupil_ids[1];
    app.api(&coordinator)
        .erase_pupil(pupil)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::Conflict);
    assert_eq!(count(&app, "SELECT COUNT(*) AS n FROM pupils").await, 6);
}

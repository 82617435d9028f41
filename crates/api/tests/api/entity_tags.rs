//! `ETag` and `If-None-Match` on `GET`s: an unchanged answer costs a 304 without a body.

use reqwest::StatusCode;

use crate::helpers::spawn_app;
use crate::po_support::{pupil_body, pupil_data};

#[tokio::test]
async fn an_unchanged_status_board_is_a_304_and_a_change_gives_a_new_tag() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let board = app.api(&token).get_status_board().await;
    let tag = board.header("etag").expect("an ETag").to_owned();
    board.ok();

    let again = app
        .client
        .get(app.url("/api/v1/school/status-board"))
        .bearer_auth(&token)
        .header("if-none-match", &tag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(again.headers()["etag"], tag.as_str());
    assert_eq!(again.headers()["cache-control"], "no-store");
    assert!(again.bytes().await.unwrap().is_empty());

    // Another school's board, or no token, is never a 304: the check comes first.
    let anonymous = app
        .client
        .get(app.url("/api/v1/school/status-board"))
        .header("if-none-match", &tag)
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    app.api(&token)
        .create_pupil(&pupil_body("T-1", "t1@ouders.example"))
        .await
        .ok();
    let changed = app
        .client
        .get(app.url("/api/v1/school/status-board"))
        .bearer_auth(&token)
        .header("if-none-match", &tag)
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), StatusCode::OK);
    assert_ne!(changed.headers()["etag"], tag.as_str());
}

#[tokio::test]
async fn a_stale_if_match_is_412_and_changes_nothing() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&token);
    let pupil = app.a.pupil_ids[0];
    let read = school.get_pupil(pupil).await;
    let tag = read.header("etag").expect("an ETag").to_owned();
    let before = read.ok();

    // Somebody else changes the class first.
    let mut other = pupil_data(before.clone());
    other.class_name = "8C".to_owned();
    let changed = school
        .with_header("if-match", tag.clone())
        .correct_pupil(pupil, &other)
        .await;
    let new_tag = changed
        .header("etag")
        .expect("the changed pupil's ETag")
        .to_owned();
    assert_ne!(new_tag, tag);
    assert_eq!(changed.ok().class_name, "8C");

    // A change based on the first read is refused: 412, the current tag, nothing changed.
    let mut mine = pupil_data(before);
    mine.first_name = "Anna".to_owned();
    let refused = app
        .api(&token)
        .with_header("if-match", tag.clone())
        .correct_pupil(pupil, &mine)
        .await;
    assert_eq!(refused.header("etag"), Some(new_tag.as_str()));
    refused.refused(
        StatusCode::PRECONDITION_FAILED,
        overstap_api_types::ErrorCode::PreconditionFailed,
    );
    let now = app.api(&token).get_pupil(pupil).await;
    assert_eq!(
        now.header("etag"),
        Some(new_tag.as_str()),
        "the GET's tag is the PUT's"
    );
    let now = now.ok();
    assert_eq!(now.class_name, "8C");
    assert_ne!(now.first_name, "Anna");

    // The procedure year and the region's settings work the same way.
    let coordinator = app.access_token(&app.coordinator).await;
    let settings = app.api(&coordinator).get_region_settings().await;
    assert!(settings.header("etag").is_some());
    let body = region_request(settings.ok());
    app.api(&coordinator)
        .with_header("if-match", "\"stale\"")
        .update_region_settings(&body)
        .await
        .refused(
            StatusCode::PRECONDITION_FAILED,
            overstap_api_types::ErrorCode::PreconditionFailed,
        );
    let current = app.api(&coordinator).get_region_settings().await;
    let tag = current.header("etag").unwrap().to_owned();
    app.api(&coordinator)
        .with_header("if-match", tag)
        .update_region_settings(&body)
        .await
        .ok();
}

/// The settings as a request that changes nothing.
fn region_request(
    settings: overstap_api_types::RegionSettingsResponse,
) -> overstap_api_types::RegionSettingsRequest {
    let value = serde_json::to_value(&settings).unwrap();
    serde_json::from_value(value).expect("a settings answer reads as a request")
}

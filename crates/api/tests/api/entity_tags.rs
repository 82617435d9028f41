//! `ETag` and `If-None-Match` on `GET`s: an unchanged answer costs a 304 without a body.

use reqwest::StatusCode;

use crate::helpers::spawn_app;
use crate::po_support::pupil_body;

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

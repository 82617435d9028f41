//! An access token's session id counts only for the person and role it was issued to: a token
//! forged with the signing key around someone else's live session is refused.

use overstap_api::auth::{Claims, TokenKeys};
use overstap_api_types::PupilListQuery;
use overstap_api_types::statistics::StatisticsQuery;
use reqwest::StatusCode;

use crate::helpers::{TestApp, spawn_app_with};

const SECRET: &str = "a-test-secret-long-enough-to-sign-forged-tokens-0123";

async fn app() -> TestApp {
    spawn_app_with(|name| (name == "OVERSTAP_JWT_SECRET").then(|| SECRET.to_owned())).await
}

fn keys() -> TokenKeys {
    TokenKeys::new(SECRET, 900, 3600).unwrap()
}

fn claims_of(app: &TestApp, token: &str) -> Claims {
    keys().verify(token, app.clock.now()).unwrap()
}

fn forge(app: &TestApp, claims: Claims) -> String {
    keys().issue(claims, app.clock.now()).unwrap()
}

#[tokio::test]
async fn a_token_with_another_role_on_a_live_session_is_refused() {
    let app = app().await;
    let teacher = app.access_token(&app.a.po_staff).await;
    // The genuine token works, and so does an honest re-signing of its own claims.
    let honest = forge(&app, claims_of(&app, &teacher));
    app.api(&honest).get_me().await.ok();

    let mut promoted = claims_of(&app, &teacher);
    promoted.role = "coordinator".to_owned();
    promoted.school = None;
    let forged = forge(&app, promoted);
    let api = app.api(&forged);
    assert_eq!(api.get_me().await.status(), StatusCode::UNAUTHORIZED);
    let statistics = api.get_region_statistics(&StatisticsQuery::default()).await;
    assert_eq!(statistics.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_token_naming_another_person_on_a_live_session_is_refused() {
    let app = app().await;
    let teacher_a = app.access_token(&app.a.po_staff).await;
    let teacher_b = app.access_token(&app.b.po_staff).await;
    let mut borrowed = claims_of(&app, &teacher_b);
    borrowed.sid = claims_of(&app, &teacher_a).sid;
    let forged = forge(&app, borrowed);
    let response = app
        .api(&forged)
        .list_pupils(&PupilListQuery::default())
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    // The parent portal checks its session inside its one read: the same rule holds there.
    let parent_a = app.access_token(&app.a.parent).await;
    let parent_b = app.access_token(&app.b.parent).await;
    let mut borrowed = claims_of(&app, &parent_b);
    borrowed.sid = claims_of(&app, &parent_a).sid;
    let forged = forge(&app, borrowed);
    let api = app.api(&forged);
    assert_eq!(api.get_child().await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        api.get_registration().await.status(),
        StatusCode::UNAUTHORIZED
    );
    app.api(&parent_b).get_child().await.ok();
}

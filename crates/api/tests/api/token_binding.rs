//! An access token's session id counts only for the person and role it was issued to: a token
//! forged with the signing key around someone else's live session is refused.

use overstap_api::auth::{Claims, TokenKeys};
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
    let me = app.get_as("/api/v1/me", Some(&honest)).await;
    assert_eq!(me.status(), StatusCode::OK);

    let mut promoted = claims_of(&app, &teacher);
    promoted.role = "coordinator".to_owned();
    promoted.school = None;
    let forged = forge(&app, promoted);
    for path in ["/api/v1/me", "/api/v1/region/statistics"] {
        let response = app.get_as(path, Some(&forged)).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{path}");
    }
}

#[tokio::test]
async fn a_token_naming_another_person_on_a_live_session_is_refused() {
    let app = app().await;
    let teacher_a = app.access_token(&app.a.po_staff).await;
    let teacher_b = app.access_token(&app.b.po_staff).await;
    let mut borrowed = claims_of(&app, &teacher_b);
    borrowed.sid = claims_of(&app, &teacher_a).sid;
    let forged = forge(&app, borrowed);
    let response = app.get_as("/api/v1/school/pupils", Some(&forged)).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    // The parent portal checks its session inside its one read: the same rule holds there.
    let parent_a = app.access_token(&app.a.parent).await;
    let parent_b = app.access_token(&app.b.parent).await;
    let mut borrowed = claims_of(&app, &parent_b);
    borrowed.sid = claims_of(&app, &parent_a).sid;
    let forged = forge(&app, borrowed);
    for path in ["/api/v1/parent/child", "/api/v1/parent/registration"] {
        let response = app.get_as(path, Some(&forged)).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{path}");
    }
    let genuine = app.get_as("/api/v1/parent/child", Some(&parent_b)).await;
    assert_eq!(genuine.status(), StatusCode::OK);
}

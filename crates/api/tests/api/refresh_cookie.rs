//! The browser app's refresh token lives in an HttpOnly cookie: it is never in a JSON answer the
//! page's scripts could read, it rotates like the JSON token, and reuse ends the session.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, TestApp, spawn_app};

const HEADER: &str = "Overstap-Refresh-Cookie";

/// The `overstap_refresh` Set-Cookie of a response: (value, attributes in lower case).
fn set_cookie(response: &reqwest::Response) -> (String, String) {
    let header = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("overstap_refresh="))
        .expect("an overstap_refresh cookie");
    let (pair, attributes) = header.split_once(';').unwrap_or((&header, ""));
    let value = pair.trim_start_matches("overstap_refresh=").to_owned();
    (value, attributes.to_lowercase())
}

async fn post_with_cookie(app: &TestApp, path: &str, cookie: &str) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .header(HEADER, "true")
        .header("Cookie", format!("overstap_refresh={cookie}"))
        .json(&json!({}))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_refresh_token_travels_only_as_an_http_only_cookie_when_asked() {
    let app = spawn_app().await;
    let signed_in = app
        .client
        .post(app.url("/api/v1/auth/staff/sign-in"))
        .header(HEADER, "true")
        .json(&json!({ "email": app.a.vo_staff.username, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), StatusCode::OK);
    let (first, attributes) = set_cookie(&signed_in);
    assert!(first.len() >= 40, "{first}");
    for attribute in [
        "httponly",
        "secure",
        "samesite=strict",
        "path=/api/v1/auth",
        "max-age=",
    ] {
        assert!(
            attributes.contains(attribute),
            "{attribute} in {attributes}"
        );
    }
    let body: Value = signed_in.json().await.unwrap();
    assert!(body.get("refresh_token").is_none(), "{body}");
    assert!(body["access_token"].as_str().is_some());

    // The cookie alone refreshes; the answer again carries the token only as the cookie.
    let refreshed = post_with_cookie(&app, "/api/v1/auth/refresh", &first).await;
    assert_eq!(refreshed.status(), StatusCode::OK);
    let (second, _) = set_cookie(&refreshed);
    assert_ne!(second, first);
    let body: Value = refreshed.json().await.unwrap();
    assert!(body.get("refresh_token").is_none(), "{body}");

    // The first cookie replayed later looks stolen: the whole session ends.
    app.clock.set(app.clock.now() + time::Duration::seconds(31));
    let replay = post_with_cookie(&app, "/api/v1/auth/refresh", &first).await;
    assert_eq!(replay.status(), StatusCode::UNAUTHORIZED);
    let after = post_with_cookie(&app, "/api/v1/auth/refresh", &second).await;
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn sign_out_by_cookie_ends_the_session_and_removes_the_cookie() {
    let app = spawn_app().await;
    let signed_in = app
        .client
        .post(app.url("/api/v1/auth/staff/sign-in"))
        .header(HEADER, "true")
        .json(&json!({ "email": app.a.po_staff.username, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    let (cookie, _) = set_cookie(&signed_in);
    let out = post_with_cookie(&app, "/api/v1/auth/sign-out", &cookie).await;
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    let (emptied, attributes) = set_cookie(&out);
    assert_eq!(emptied, "");
    assert!(attributes.contains("max-age=0"), "{attributes}");
    let refresh = post_with_cookie(&app, "/api/v1/auth/refresh", &cookie).await;
    assert_eq!(refresh.status(), StatusCode::UNAUTHORIZED);
    // Without cookie or body token a refresh is simply refused.
    let bare = app.post_json("/api/v1/auth/refresh", &json!({})).await;
    assert_eq!(bare.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn clients_that_do_not_ask_keep_the_token_in_json() {
    let app = spawn_app().await;
    let tokens = app.sign_in(&app.a.po_staff).await;
    assert!(
        tokens["refresh_token"]
            .as_str()
            .is_some_and(|t| !t.is_empty())
    );
}

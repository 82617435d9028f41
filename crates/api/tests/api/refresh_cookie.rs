//! The browser app's refresh token lives in an HttpOnly cookie: it is never in a JSON answer the
//! page's scripts could read, it rotates like the JSON token, and reuse ends the session.

use overstap_api_types::{RefreshRequest, SignOutRequest, StaffSignInRequest, TokenResponse};
use reqwest::StatusCode;

use crate::client::{Api, Reply};
use crate::helpers::{PASSWORD, Persona, TestApp, spawn_app};

const HEADER: &str = "Overstap-Refresh-Cookie";

/// The `overstap_refresh` Set-Cookie of a response: (value, attributes in lower case).
fn set_cookie<T>(response: &Reply<T>) -> (String, String) {
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

/// The browser app: it asks for the cookie and sends the one it holds.
fn browser<'a>(app: &'a TestApp, cookie: &str) -> Api<'a> {
    app.anonymous()
        .with_header(HEADER, "true")
        .with_header("Cookie", format!("overstap_refresh={cookie}"))
}

async fn refresh_with_cookie(app: &TestApp, cookie: &str) -> Reply<TokenResponse> {
    browser(app, cookie)
        .refresh_session(&RefreshRequest {
            refresh_token: None,
        })
        .await
}

async fn browser_sign_in(app: &TestApp, persona: &Persona) -> Reply<TokenResponse> {
    app.anonymous()
        .with_header(HEADER, "true")
        .sign_in_staff(&StaffSignInRequest {
            email: persona.username.clone(),
            password: PASSWORD.to_owned(),
            one_time_password: None,
            recovery_code: None,
        })
        .await
}

#[tokio::test]
async fn the_refresh_token_travels_only_as_an_http_only_cookie_when_asked() {
    let app = spawn_app().await;
    let signed_in = browser_sign_in(&app, &app.a.vo_staff).await;
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
    // Absent from the JSON itself, not merely null.
    assert!(
        signed_in.json().get("refresh_token").is_none(),
        "{signed_in:?}"
    );
    let body = signed_in.ok();
    assert!(body.refresh_token.is_none());
    assert!(!body.access_token.is_empty());

    // The cookie alone refreshes; the answer again carries the token only as the cookie.
    let refreshed = refresh_with_cookie(&app, &first).await;
    let (second, _) = set_cookie(&refreshed);
    assert_ne!(second, first);
    assert!(
        refreshed.json().get("refresh_token").is_none(),
        "{refreshed:?}"
    );
    refreshed.ok();

    // The first cookie replayed later looks stolen: the whole session ends.
    app.clock.set(app.clock.now() + time::Duration::seconds(31));
    let replay = refresh_with_cookie(&app, &first).await;
    assert_eq!(replay.status(), StatusCode::UNAUTHORIZED);
    let after = refresh_with_cookie(&app, &second).await;
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn sign_out_by_cookie_ends_the_session_and_removes_the_cookie() {
    let app = spawn_app().await;
    let signed_in = browser_sign_in(&app, &app.a.po_staff).await;
    let (cookie, _) = set_cookie(&signed_in);
    let out = browser(&app, &cookie)
        .sign_out(&SignOutRequest {
            refresh_token: None,
        })
        .await;
    let (emptied, attributes) = set_cookie(&out);
    out.ok();
    assert_eq!(emptied, "");
    assert!(attributes.contains("max-age=0"), "{attributes}");
    let refresh = refresh_with_cookie(&app, &cookie).await;
    assert_eq!(refresh.status(), StatusCode::UNAUTHORIZED);
    // Without cookie or body token a refresh is simply refused.
    let bare = app
        .anonymous()
        .refresh_session(&RefreshRequest {
            refresh_token: None,
        })
        .await;
    assert_eq!(bare.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn clients_that_do_not_ask_keep_the_token_in_json() {
    let app = spawn_app().await;
    let tokens = app.sign_in(&app.a.po_staff).await;
    assert!(tokens.refresh_token.is_some_and(|t| !t.is_empty()));
}

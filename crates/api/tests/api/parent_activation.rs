//! Activation from the e-mailed link, sign-in with the new password, and password reset.

use reqwest::StatusCode;
use serde_json::{Value, json};
use time::macros::datetime;

use crate::helpers::spawn_app;
use crate::parent_support::{NEW_PASSWORD, activated_parent, field_codes, send_login, token_in};

#[tokio::test]
async fn the_link_shows_the_child_then_activates_once_with_a_good_password() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[1];
    let token = send_login(&app, pupil, "ouder1@a.example").await;

    let preview = app
        .post_json(
            "/api/v1/auth/parent/activation/preview",
            &json!({ "token": token }),
        )
        .await;
    assert_eq!(preview.status(), StatusCode::OK);
    let preview: Value = preview.json().await.unwrap();
    assert_eq!(preview["child_first_name"], "Kind1A");
    assert_eq!(preview["elk_number"].as_str().unwrap().len(), 10);

    for (password, code) in [
        ("kort", "too_short"),
        ("password123", "too_common"),
        (preview["elk_number"].as_str().unwrap(), "too_common"),
        (&"x9!".repeat(22), "too_long"),
    ] {
        let response = app
            .post_json(
                "/api/v1/auth/parent/activate",
                &json!({ "token": token, "password": password }),
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{password}"
        );
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["details"]["fields"][0]["field"], "password");
        assert_eq!(field_codes(&body), vec![code], "{password}");
    }

    let response = app
        .post_json(
            "/api/v1/auth/parent/activate",
            &json!({ "token": token, "password": NEW_PASSWORD, "language": "tr" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let tokens: Value = response.json().await.unwrap();
    let access = tokens["access_token"].as_str().unwrap();
    let child: Value = app
        .get_as("/api/v1/parent/child", Some(access))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(child["status"], "groen", "activation turns the dot green");
    assert_eq!(child["language"], "tr", "the language chosen is remembered");
    assert_eq!(child["primary_school"]["phone"], "020 000 00 00");

    // The link works once.
    for path in [
        "/api/v1/auth/parent/activation/preview",
        "/api/v1/auth/parent/activate",
    ] {
        let again = app
            .post_json(path, &json!({ "token": token, "password": NEW_PASSWORD }))
            .await;
        assert_eq!(again.status(), StatusCode::GONE, "{path}");
        let body: Value = again.json().await.unwrap();
        assert_eq!(body["code"], "invalid_link");
    }

    // The ELK number and the new password sign in.
    let elk = child["elk_number"].as_str().unwrap();
    let sign_in = app
        .post_json(
            "/api/v1/auth/parent/sign-in",
            &json!({ "elk_number": elk, "password": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(sign_in.status(), StatusCode::OK);
}

#[tokio::test]
async fn unknown_replaced_and_expired_links_are_refused_with_invalid_link() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[1];
    let first = send_login(&app, pupil, "ouder1@a.example").await;
    let second = send_login(&app, pupil, "ouder1@a.example").await;
    for token in ["not-a-token", first.as_str()] {
        let response = app
            .post_json(
                "/api/v1/auth/parent/activation/preview",
                &json!({ "token": token }),
            )
            .await;
        assert_eq!(response.status(), StatusCode::GONE, "{token}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["code"], "invalid_link");
        assert!(body["message"].as_str().unwrap().contains("primary school"));
    }
    // The newest link expires when the registration week closes.
    app.clock.set(datetime!(2026-04-01 00:00 +02:00));
    let response = app
        .post_json(
            "/api/v1/auth/parent/activate",
            &json!({ "token": second, "password": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::GONE);
}

#[tokio::test]
async fn a_password_reset_goes_to_the_address_on_file_works_once_and_ends_sessions() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[1];
    let (_, elk) = activated_parent(&app, pupil, "ouder1@a.example").await;
    let signed_in: Value = app
        .post_json(
            "/api/v1/auth/parent/sign-in",
            &json!({ "elk_number": elk, "password": NEW_PASSWORD }),
        )
        .await
        .json()
        .await
        .unwrap();

    // An unknown number gets the same answer; its request is dropped at delivery.
    let unknown = app
        .post_json(
            "/api/v1/auth/parent/password-reset",
            &json!({ "elk_number": "0000000000" }),
        )
        .await;
    assert_eq!(unknown.status(), StatusCode::ACCEPTED);
    let response = app
        .post_json(
            "/api/v1/auth/parent/password-reset",
            &json!({ "elk_number": elk }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let mails = app.outbox_to("ouder1@a.example").await;
    let reset = mails.last().unwrap();
    assert!(reset.body_text.contains("/wachtwoord-herstellen?token="));
    let token = token_in(&reset.body_text);

    let weak = app
        .post_json(
            "/api/v1/auth/parent/password-reset/complete",
            &json!({ "token": token, "password": "12345678" }),
        )
        .await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let done = app
        .post_json(
            "/api/v1/auth/parent/password-reset/complete",
            &json!({ "token": token, "password": "nieuwe fiets met drie wielen" }),
        )
        .await;
    assert_eq!(done.status(), StatusCode::NO_CONTENT);
    let again = app
        .post_json(
            "/api/v1/auth/parent/password-reset/complete",
            &json!({ "token": token, "password": "nog een heel ander wachtwoord" }),
        )
        .await;
    assert_eq!(again.status(), StatusCode::GONE);

    let old = app
        .post_json(
            "/api/v1/auth/parent/sign-in",
            &json!({ "elk_number": elk, "password": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
    let new = app
        .post_json(
            "/api/v1/auth/parent/sign-in",
            &json!({ "elk_number": elk, "password": "nieuwe fiets met drie wielen" }),
        )
        .await;
    assert_eq!(new.status(), StatusCode::OK);
    let refresh = app
        .post_json(
            "/api/v1/auth/refresh",
            &json!({ "refresh_token": signed_in["refresh_token"] }),
        )
        .await;
    assert_eq!(
        refresh.status(),
        StatusCode::UNAUTHORIZED,
        "earlier sessions end"
    );
}

/// Tried as an attacker with a teacher's account would: a refused send to a new address must
/// not save that address, so a later password reset still goes to the parent.
#[tokio::test]
async fn a_refused_send_login_to_another_address_changes_nothing() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[1];
    let (_, elk) = activated_parent(&app, pupil, "ouder1@a.example").await;
    let teacher = app.access_token(&app.a.po_staff).await;
    let refused = app
        .call(
            reqwest::Method::POST,
            &format!("/api/v1/school/pupils/{pupil}/send-login"),
            Some(&teacher),
            Some(&json!({ "parent_email": "aanvaller@evil.example" })),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["code"], "not_allowed_in_status");

    let record: Value = app
        .call(
            reqwest::Method::GET,
            &format!("/api/v1/school/pupils/{pupil}"),
            Some(&teacher),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(record["parent_email"], "ouder1@a.example");

    let reset = app
        .post_json(
            "/api/v1/auth/parent/password-reset",
            &json!({ "elk_number": elk }),
        )
        .await;
    assert_eq!(reset.status(), StatusCode::ACCEPTED);
    assert!(app.outbox_to("aanvaller@evil.example").await.is_empty());
    let mails = app.outbox_to("ouder1@a.example").await;
    assert!(
        mails
            .last()
            .is_some_and(|m| m.body_text.contains("/wachtwoord-herstellen?token=")),
        "the reset goes to the parent's own address"
    );
}

//! The error envelope: stable codes, field details, and opaque server errors.

use reqwest::StatusCode;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::helpers::spawn_app;

#[tokio::test]
async fn invalid_input_is_a_422_naming_each_field() {
    let app = spawn_app().await;
    let response = app
        .post_json(
            "/api/v1/auth/staff/sign-in",
            &json!({ "email": "not-an-address", "password": "" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "invalid_input");
    let fields: Vec<(&str, &str)> = body["details"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["field"].as_str().unwrap(), f["code"].as_str().unwrap()))
        .collect();
    assert_eq!(fields, [("email", "email"), ("password", "length")]);
}

#[tokio::test]
async fn a_body_that_is_not_json_is_a_400_with_a_stable_code() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/api/v1/auth/staff/sign-in"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        response.json::<Value>().await.unwrap()["code"],
        "malformed_request"
    );

    let missing = app
        .post_json("/api/v1/auth/staff/sign-in", &json!({ "email": "a@b.nl" }))
        .await;
    assert_eq!(missing.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_body_over_the_limit_is_a_413() {
    let app = spawn_app().await;
    let huge = "x".repeat(70_000);
    let response = app
        .post_json(
            "/api/v1/auth/staff/sign-in",
            &json!({ "email": "a@b.nl", "password": huge }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        response.json::<Value>().await.unwrap()["code"],
        "payload_too_large"
    );
}

#[tokio::test]
async fn an_unknown_api_path_and_a_malformed_id_are_json_404s() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    for path in ["/api/v1/no-such-thing", "/api/v1/school/pupils/not-a-uuid"] {
        let response = app.get_as(path, Some(&token)).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(response.json::<Value>().await.unwrap()["code"], "not_found");
    }
}

#[tokio::test]
async fn a_server_error_is_opaque_and_carries_the_request_id() {
    let app = spawn_app().await;
    // Break the database under the running app: the cause must not leak to the client.
    app.db
        .execute_unprepared("DROP TABLE audit_log")
        .await
        .unwrap();
    let response = app
        .sign_in_response(&app.a.po_staff, crate::helpers::PASSWORD)
        .await;
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let header_id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "internal");
    assert_eq!(body["request_id"], header_id);
    let text = body.to_string();
    assert!(
        !text.contains("audit_log") && !text.to_lowercase().contains("sql"),
        "{text}"
    );
}

#[tokio::test]
async fn a_missing_or_malformed_query_parameter_is_a_400_with_its_code() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let teacher = app.access_token(&app.a.po_staff).await;
    for (path, token) in [
        ("/api/v1/region/pupils", &coordinator),
        ("/api/v1/school/pupils?needs_attention=maybe", &teacher),
    ] {
        let response = app.get_as(path, Some(token)).await;
        assert_eq!(
            response.status(),
            reqwest::StatusCode::BAD_REQUEST,
            "{path}"
        );
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["code"], "malformed_request", "{path}: {body}");
    }
}

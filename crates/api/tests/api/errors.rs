//! The error envelope: stable codes, field details, and opaque server errors.

use overstap_api_types::{ErrorCode, ErrorResponse, StaffSignInRequest};
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;
use serde_json::json;

use crate::helpers::spawn_app;

fn staff_credentials(email: &str, password: &str) -> StaffSignInRequest {
    StaffSignInRequest {
        email: email.to_owned(),
        password: password.to_owned(),
        one_time_password: None,
        recovery_code: None,
    }
}

#[tokio::test]
async fn invalid_input_is_a_422_naming_each_field() {
    let app = spawn_app().await;
    let error = app
        .anonymous()
        .sign_in_staff(&staff_credentials("not-an-address", ""))
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    let details = error.details.unwrap();
    let fields: Vec<(&str, &str)> = details
        .fields
        .iter()
        .map(|f| (f.field.as_str(), f.code.as_str()))
        .collect();
    assert_eq!(fields, [("email", "email"), ("password", "length")]);
}

#[tokio::test]
async fn a_body_that_is_not_json_is_a_400_with_a_stable_code() {
    let app = spawn_app().await;
    // Deliberately raw: bodies the typed client cannot send.
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
        response.json::<ErrorResponse>().await.unwrap().code,
        ErrorCode::MalformedRequest
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
    app.anonymous()
        .sign_in_staff(&staff_credentials("a@b.nl", &huge))
        .await
        .refused(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge);
}

#[tokio::test]
async fn an_unknown_api_path_and_a_malformed_id_are_json_404s() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    // Deliberately raw: paths outside the contract.
    for path in ["/api/v1/no-such-thing", "/api/v1/school/pupils/not-a-uuid"] {
        let response = app.get_as(path, Some(&token)).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(
            response.json::<ErrorResponse>().await.unwrap().code,
            ErrorCode::NotFound
        );
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
    let header_id = response.header("x-request-id").unwrap().to_owned();
    let text = response.text().to_owned();
    let body = response.refused(StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal);
    assert_eq!(body.request_id, Some(header_id));
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
    // Deliberately raw: a missing and a malformed query parameter.
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
        let body: ErrorResponse = response.json().await.unwrap();
        assert_eq!(body.code, ErrorCode::MalformedRequest, "{path}: {body:?}");
    }
}

#[tokio::test]
async fn a_method_a_path_does_not_have_is_a_405_naming_the_methods_it_has() {
    let app = spawn_app().await;
    let teacher = app.access_token(&app.a.po_staff).await;
    // Deliberately raw: methods outside the contract.
    let pupil = app.a.pupil_ids[0].as_uuid();
    for (method, path, allow) in [
        (
            reqwest::Method::DELETE,
            "/api/v1/auth/parent/sign-in".to_owned(),
            "POST",
        ),
        (
            reqwest::Method::PATCH,
            format!("/api/v1/school/pupils/{pupil}"),
            "GET, PUT",
        ),
        // A fixed path beside a parameter: `import` is not a pupil's id.
        (
            reqwest::Method::PUT,
            "/api/v1/school/pupils/import".to_owned(),
            "POST",
        ),
    ] {
        let response = app
            .client
            .request(method.clone(), app.url(&path))
            .bearer_auth(&teacher)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}"
        );
        assert_eq!(response.headers()["allow"], allow, "{method} {path}");
        assert_eq!(
            response.json::<ErrorResponse>().await.unwrap().code,
            ErrorCode::MethodNotAllowed
        );
    }
}

#[tokio::test]
async fn a_body_that_is_not_a_json_object_is_a_400_even_when_every_field_may_be_left_out() {
    let app = spawn_app().await;
    // Deliberately raw: serde would read `[]` as a sign-out request with no fields.
    for body in ["[]", "[\"token\"]", "\"text\"", "7"] {
        let response = app
            .client
            .post(app.url("/api/v1/auth/sign-out"))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(
            response.json::<ErrorResponse>().await.unwrap().code,
            ErrorCode::MalformedRequest,
            "{body}"
        );
    }
    let object = app.post_json("/api/v1/auth/sign-out", &json!({})).await;
    assert_eq!(object.status(), StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn a_password_of_the_wrong_length_is_refused_at_its_field_before_the_link_is_read() {
    let app = spawn_app().await;
    // Deliberately raw: unknown links, so only the order of the checks decides the answer.
    for (path, password) in [
        ("/api/v1/auth/parent/activate", "short"),
        ("/api/v1/auth/parent/password-reset/complete", "short"),
        ("/api/v1/auth/staff/invitation/accept", "eleven-char"),
        (
            "/api/v1/auth/staff/password-reset/complete",
            &"x".repeat(65),
        ),
    ] {
        let response = app
            .post_json(
                path,
                &json!({ "token": "no-such-link", "password": password }),
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{path}"
        );
        let body: ErrorResponse = response.json().await.unwrap();
        assert_eq!(body.details.unwrap().fields[0].field, "password", "{path}");
    }
    // A password of a good length still meets the unknown link.
    let response = app
        .post_json(
            "/api/v1/auth/parent/activate",
            &json!({ "token": "no-such-link", "password": "lang-genoeg-wachtwoord" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::GONE);
}

#[tokio::test]
async fn a_refusal_is_an_rfc_9457_problem_with_the_stable_code_as_an_extension() {
    let app = spawn_app().await;
    // Deliberately raw: the media type and the members as a generic client reads them.
    let response = app
        .post_json(
            "/api/v1/auth/staff/sign-in",
            &json!({ "email": "nobody@example.nl", "password": "wrong-password-1" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["type"], "urn:overstap:problem:invalid_credentials");
    assert_eq!(body["title"], "Invalid credentials");
    assert_eq!(body["status"], 401);
    assert_eq!(body["code"], "invalid_credentials");
    assert_eq!(body["detail"], body["message"]);
    // A server error too, with only the request id to quote.
    app.db
        .execute_unprepared("DROP TABLE audit_log")
        .await
        .unwrap();
    let response = app
        .sign_in_response(&app.a.po_staff, crate::helpers::PASSWORD)
        .await;
    assert_eq!(
        response.header("content-type"),
        Some("application/problem+json")
    );
    let body: serde_json::Value = serde_json::from_str(response.text()).unwrap();
    assert_eq!(body["status"], 500);
    assert_eq!(body["type"], "urn:overstap:problem:internal");
    assert!(body["request_id"].is_string());
}

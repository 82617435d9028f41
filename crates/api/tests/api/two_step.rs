//! Two-step sign-in for staff (RFC 6238 one-time passwords with recovery codes): required for
//! coordinators and board admins when the server requires it (always in production), optional
//! for school staff; and changing one's own password, with stricter rules for staff.

use overstap_api::auth::two_step::code_at;
use overstap_persistence::entities::audit_log;
use reqwest::{Method, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use time::Duration;

use crate::helpers::{PASSWORD, Persona, TestApp, spawn_app_with};
use crate::parent_support::{NEW_PASSWORD, activated_parent};

async fn app_requiring_two_steps() -> TestApp {
    spawn_app_with(|name| match name {
        "OVERSTAP_TWO_STEP_REQUIRED" => Some("true".to_owned()),
        "OVERSTAP_SIGN_IN_PER_ACCOUNT_PER_MINUTE" | "OVERSTAP_SIGN_IN_PER_IP_PER_MINUTE" => {
            Some("1000".to_owned())
        }
        _ => None,
    })
    .await
}

async fn staff_sign_in(app: &TestApp, persona: &Persona, extra: Value) -> reqwest::Response {
    let mut body = json!({ "email": persona.username, "password": PASSWORD });
    body.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    app.post_json("/api/v1/auth/staff/sign-in", &body).await
}

async fn code_of(response: reqwest::Response) -> (StatusCode, String) {
    let status = response.status();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    (status, body["code"].as_str().unwrap_or_default().to_owned())
}

async fn post(app: &TestApp, path: &str, token: &str, body: Value) -> reqwest::Response {
    app.call(Method::POST, path, Some(token), Some(&body)).await
}

/// Sets two-step sign-in up for whoever `token` belongs to; returns the secret and the
/// recovery codes.
async fn set_up(app: &TestApp, token: &str) -> (String, Vec<String>) {
    let setup = post(app, "/api/v1/auth/two-step/setup", token, json!({})).await;
    assert_eq!(setup.status(), StatusCode::CREATED);
    let setup: Value = setup.json().await.unwrap();
    let secret = setup["secret"].as_str().unwrap().to_owned();
    assert!(setup["qr_svg"].as_str().unwrap().contains("<svg"));
    let code = code_at(&secret, app.clock.now()).unwrap();
    let confirmed = post(
        app,
        "/api/v1/auth/two-step/confirm",
        token,
        json!({ "code": code }),
    )
    .await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    let codes: Value = confirmed.json().await.unwrap();
    let codes = codes["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    (secret, codes)
}

async fn audit_actions(app: &TestApp, action: &str) -> usize {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .all(&app.db)
        .await
        .unwrap()
        .len()
}

#[tokio::test]
async fn a_coordinator_sets_up_two_step_sign_in_before_anything_else_and_then_always_uses_it() {
    let app = app_requiring_two_steps().await;
    let first = app.sign_in(&app.coordinator).await;
    assert_eq!(first["two_step_setup_required"], true);
    let token = first["access_token"].as_str().unwrap().to_owned();
    // Until it is set up, nothing but the set-up answers.
    for path in ["/api/v1/me", "/api/v1/region/schools"] {
        let (status, code) = code_of(app.get_as(path, Some(&token)).await).await;
        assert_eq!(
            (status, code.as_str()),
            (StatusCode::FORBIDDEN, "one_time_password_setup_required"),
            "{path}"
        );
    }
    let status: Value = app
        .get_as("/api/v1/auth/two-step", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        status,
        json!({ "enabled": false, "required": true, "recovery_codes_left": 0 })
    );
    // A teacher is not asked to.
    let teacher = app.sign_in(&app.a.po_staff).await;
    assert_eq!(teacher["two_step_setup_required"], false);

    // Set up: a wrong first code changes nothing, the right one turns it on.
    let setup: Value = post(&app, "/api/v1/auth/two-step/setup", &token, json!({}))
        .await
        .json()
        .await
        .unwrap();
    let secret = setup["secret"].as_str().unwrap().to_owned();
    assert!(setup["otpauth_uri"].as_str().unwrap().contains(&secret));
    let wrong = post(
        &app,
        "/api/v1/auth/two-step/confirm",
        &token,
        json!({ "code": "000000x" }),
    )
    .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let now = app.clock.now();
    let code = code_at(&secret, now).unwrap();
    let confirmed: Value = post(
        &app,
        "/api/v1/auth/two-step/confirm",
        &token,
        json!({ "code": code }),
    )
    .await
    .json()
    .await
    .unwrap();
    let recovery: Vec<String> = confirmed["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(recovery.len(), 10);
    assert_eq!(audit_actions(&app, "auth.two_step_enabled").await, 1);

    // The same session's next refresh carries the second step.
    let refreshed = app
        .post_json(
            "/api/v1/auth/refresh",
            &json!({ "refresh_token": first["refresh_token"] }),
        )
        .await;
    assert_eq!(refreshed.status(), StatusCode::OK);
    let refreshed: Value = refreshed.json().await.unwrap();
    assert_eq!(refreshed["two_step_setup_required"], false);
    let token = refreshed["access_token"].as_str().unwrap();
    assert_eq!(
        app.get_as("/api/v1/me", Some(token)).await.status(),
        StatusCode::OK
    );

    // From now on the password alone is not enough; the code of the confirming step was used.
    let (status, code) = code_of(staff_sign_in(&app, &app.coordinator, json!({})).await).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::UNAUTHORIZED, "one_time_password_required")
    );
    let replay = json!({ "one_time_password": code_at(&secret, now).unwrap() });
    let (status, code) = code_of(staff_sign_in(&app, &app.coordinator, replay).await).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::UNAUTHORIZED, "invalid_one_time_password")
    );
    // A wrong password with a right code is just a wrong password.
    app.clock.set(now + Duration::seconds(30));
    let next = code_at(&secret, app.clock.now()).unwrap();
    let wrong_password = app
        .post_json(
            "/api/v1/auth/staff/sign-in",
            &json!({ "email": app.coordinator.username, "password": "wrong", "one_time_password": next }),
        )
        .await;
    assert_eq!(code_of(wrong_password).await.1, "invalid_credentials");
    let signed_in =
        staff_sign_in(&app, &app.coordinator, json!({ "one_time_password": next })).await;
    assert_eq!(signed_in.status(), StatusCode::OK);
    let signed_in: Value = signed_in.json().await.unwrap();
    assert_eq!(signed_in["two_step_setup_required"], false);
    assert_eq!(
        app.get_as("/api/v1/region/schools", signed_in["access_token"].as_str())
            .await
            .status(),
        StatusCode::OK
    );

    // A recovery code works once, typed in capitals with a space.
    let typed = recovery[3].replace('-', " ").to_uppercase();
    let with_recovery =
        staff_sign_in(&app, &app.coordinator, json!({ "recovery_code": typed })).await;
    assert_eq!(with_recovery.status(), StatusCode::OK);
    let again = staff_sign_in(
        &app,
        &app.coordinator,
        json!({ "recovery_code": recovery[3] }),
    )
    .await;
    assert_eq!(code_of(again).await.1, "invalid_one_time_password");
    assert_eq!(audit_actions(&app, "auth.recovery_code_used").await, 1);
    let status: Value = app
        .get_as("/api/v1/auth/two-step", signed_in["access_token"].as_str())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(status["recovery_codes_left"], 9);

    // A coordinator may not turn it off.
    let off = post(
        &app,
        "/api/v1/auth/two-step/disable",
        signed_in["access_token"].as_str().unwrap(),
        json!({ "code": "123456" }),
    )
    .await;
    assert_eq!(off.status(), StatusCode::CONFLICT);
}

#[tokio::test]
async fn turning_two_step_on_ends_the_other_sessions_and_a_teacher_may_turn_it_off_again() {
    let app = app_requiring_two_steps().await;
    let other_device = app.access_token(&app.a.vo_staff).await;
    let token = app.access_token(&app.a.vo_staff).await;
    let (secret, _) = set_up(&app, &token).await;
    assert_eq!(
        app.get_as("/api/v1/me", Some(&other_device)).await.status(),
        StatusCode::UNAUTHORIZED,
        "the other session ended"
    );
    assert_eq!(
        app.get_as("/api/v1/me", Some(&token)).await.status(),
        StatusCode::OK
    );
    // Setting up again while on is refused: it would lock the teacher out of the old app.
    let again = post(&app, "/api/v1/auth/two-step/setup", &token, json!({})).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);

    app.clock.set(app.clock.now() + Duration::seconds(30));
    let renewed = post(
        &app,
        "/api/v1/auth/two-step/recovery-codes",
        &token,
        json!({ "code": code_at(&secret, app.clock.now()).unwrap() }),
    )
    .await;
    assert_eq!(renewed.status(), StatusCode::OK);
    app.clock.set(app.clock.now() + Duration::seconds(30));
    let off = post(
        &app,
        "/api/v1/auth/two-step/disable",
        &token,
        json!({ "code": code_at(&secret, app.clock.now()).unwrap() }),
    )
    .await;
    assert_eq!(off.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        staff_sign_in(&app, &app.a.vo_staff, json!({}))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(audit_actions(&app, "auth.two_step_disabled").await, 1);
}

#[tokio::test]
async fn guessing_one_time_passwords_is_slowed_down_like_guessing_passwords() {
    let app = app_requiring_two_steps().await;
    let token = app.access_token(&app.a.po_staff).await;
    let (secret, _) = set_up(&app, &token).await;
    let mut statuses = Vec::new();
    for guess in ["111111", "222222", "333333", "444444", "555555"] {
        let response =
            staff_sign_in(&app, &app.a.po_staff, json!({ "one_time_password": guess })).await;
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses, [401, 401, 401, 401, 429]);
    // After the wait, the right code signs in.
    app.clock.set(app.clock.now() + Duration::seconds(60));
    let code = code_at(&secret, app.clock.now()).unwrap();
    let response = staff_sign_in(&app, &app.a.po_staff, json!({ "one_time_password": code })).await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_changed_password_follows_the_rules_of_the_account_and_ends_the_other_sessions() {
    let app = app_requiring_two_steps().await;
    let other_device = app.access_token(&app.a.po_staff).await;
    let token = app.access_token(&app.a.po_staff).await;
    let change = |token: String, current: &'static str, new: &'static str| {
        let app = &app;
        async move {
            post(
                app,
                "/api/v1/auth/password",
                &token,
                json!({ "current_password": current, "new_password": new }),
            )
            .await
        }
    };
    // A parent's new password follows the parents' rules (the parent is made first: sending
    // the login signs the teacher in with the old password).
    let (parent_token, elk) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    let parent_change = change(parent_token, NEW_PASSWORD, "Welkom2026!!").await;
    assert_eq!(parent_change.status(), StatusCode::NO_CONTENT);
    let signed_in = app
        .post_json(
            "/api/v1/auth/parent/sign-in",
            &json!({ "elk_number": elk, "password": "Welkom2026!!" }),
        )
        .await;
    assert_eq!(signed_in.status(), StatusCode::OK);

    let wrong = change(token.clone(), "not-it", "zwaluw-kompas-regenjas-71").await;
    let body: Value = wrong.json().await.unwrap();
    assert_eq!(body["details"]["fields"][0]["code"], "wrong_password");
    // What a parent may choose is too weak for a teacher.
    let weak = change(token.clone(), PASSWORD, "Welkom2026!!").await;
    let body: Value = weak.json().await.unwrap();
    assert_eq!(body["details"]["fields"][0]["field"], "new_password");
    assert_eq!(body["details"]["fields"][0]["code"], "too_weak");
    assert_eq!(
        app.sign_in_response(&app.a.po_staff, PASSWORD)
            .await
            .status(),
        StatusCode::OK
    );

    let changed = change(token.clone(), PASSWORD, "zwaluw-kompas-regenjas-71").await;
    assert_eq!(changed.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_as("/api/v1/me", Some(&other_device)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.get_as("/api/v1/me", Some(&token)).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        app.sign_in_response(&app.a.po_staff, PASSWORD)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.sign_in_response(&app.a.po_staff, "zwaluw-kompas-regenjas-71")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        audit_actions(&app, "auth.password_changed").await,
        2,
        "parent and teacher"
    );
}

#[tokio::test]
async fn every_endpoint_but_the_two_step_ones_refuses_a_coordinator_without_the_second_step() {
    let app = app_requiring_two_steps().await;
    let mut tokens = Vec::new();
    for persona in [&app.coordinator, &app.a.board_admin] {
        let first = app.sign_in(persona).await;
        assert_eq!(first["two_step_setup_required"], true);
        tokens.push(first["access_token"].as_str().unwrap().to_owned());
    }
    let doc = serde_json::to_value(overstap_api::openapi::document()).unwrap();
    let open_to_setup = [
        "/api/v1/auth/two-step",
        "/api/v1/auth/two-step/setup",
        "/api/v1/auth/two-step/confirm",
        "/api/v1/auth/two-step/recovery-codes",
        "/api/v1/auth/two-step/disable",
    ];
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            // Public operations (sign-in, activation) have no bearer security.
            if operation.get("security").is_none() || open_to_setup.contains(&path.as_str()) {
                continue;
            }
            let concrete = path
                .split('/')
                .map(|part| {
                    if part.starts_with('{') {
                        uuid::Uuid::new_v4().to_string()
                    } else {
                        part.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            for token in &tokens {
                let response = app
                    .call(method.clone(), &concrete, Some(token), Some(&json!({})))
                    .await;
                let (status, code) = code_of(response).await;
                // An operation with a body or query parameters may refuse `{}` or their absence
                // as malformed before the session is looked at (the extractors race); either
                // way its handler never ran.
                let has_query = operation["parameters"]
                    .as_array()
                    .is_some_and(|ps| ps.iter().any(|p| p["in"] == "query"));
                let malformed_body = (operation.get("requestBody").is_some() || has_query)
                    && (status, code.as_str()) == (StatusCode::BAD_REQUEST, "malformed_request");
                // The parent portal refuses every staff member before anything else.
                let parents_only = path.starts_with("/api/v1/parent/")
                    && (status, code.as_str()) == (StatusCode::FORBIDDEN, "forbidden");
                if !malformed_body && !parents_only {
                    assert_eq!(
                        (status, code.as_str()),
                        (StatusCode::FORBIDDEN, "one_time_password_setup_required"),
                        "{method} {path}"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 50, "{checked} refusals checked");
}

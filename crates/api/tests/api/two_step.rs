//! Two-step sign-in for staff (RFC 6238 one-time passwords with recovery codes): required for
//! coordinators and board admins when the server requires it (always in production), optional
//! for school staff; and changing one's own password, with stricter rules for staff.

use overstap_api::auth::two_step::code_at;
use overstap_api_types::{
    ChangePasswordRequest, ErrorCode, OneTimePasswordRequest, StaffSignInRequest, TokenResponse,
    TwoStepStatus,
};
use overstap_persistence::entities::audit_log;
use reqwest::{Method, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use time::Duration;

use crate::client::Reply;
use crate::helpers::{PASSWORD, Persona, TestApp, spawn_app_with};
use crate::parent_support::{NEW_PASSWORD, activated_parent, parent_sign_in};

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

/// What a staff member types besides the e-mail address and the password.
enum Second {
    Nothing,
    Code(String),
    Recovery(String),
}

async fn staff_sign_in(
    app: &TestApp,
    persona: &Persona,
    password: &str,
    second: Second,
) -> Reply<TokenResponse> {
    let (one_time_password, recovery_code) = match second {
        Second::Nothing => (None, None),
        Second::Code(code) => (Some(code), None),
        Second::Recovery(code) => (None, Some(code)),
    };
    app.anonymous()
        .sign_in_staff(&StaffSignInRequest {
            email: persona.username.clone(),
            password: password.to_owned(),
            one_time_password,
            recovery_code,
        })
        .await
}

async fn code_of(response: reqwest::Response) -> (StatusCode, String) {
    let status = response.status();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    (status, body["code"].as_str().unwrap_or_default().to_owned())
}

fn otp(code: impl Into<String>) -> OneTimePasswordRequest {
    OneTimePasswordRequest { code: code.into() }
}

/// Sets two-step sign-in up for whoever `token` belongs to; returns the secret and the
/// recovery codes.
async fn set_up(app: &TestApp, token: &str) -> (String, Vec<String>) {
    let api = app.api(token);
    let setup = api.set_up_two_step().await.ok();
    assert!(setup.qr_svg.contains("<svg"));
    let code = code_at(&setup.secret, app.clock.now()).unwrap();
    let codes = api.confirm_two_step(&otp(code)).await.ok().recovery_codes;
    (setup.secret, codes)
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
    assert!(first.two_step_setup_required);
    let token = first.access_token.clone();
    let coordinator = app.api(&token);
    // Until it is set up, nothing but the set-up answers.
    coordinator.get_me().await.refused(
        StatusCode::FORBIDDEN,
        ErrorCode::OneTimePasswordSetupRequired,
    );
    coordinator.list_region_schools().await.refused(
        StatusCode::FORBIDDEN,
        ErrorCode::OneTimePasswordSetupRequired,
    );
    let status = coordinator.get_two_step().await.ok();
    assert_eq!(
        status,
        TwoStepStatus {
            enabled: false,
            required: true,
            recovery_codes_left: 0
        }
    );
    // A teacher is not asked to.
    let teacher = app.sign_in(&app.a.po_staff).await;
    assert!(!teacher.two_step_setup_required);

    // Set up: a wrong first code changes nothing, the right one turns it on.
    let setup = coordinator.set_up_two_step().await.ok();
    let secret = setup.secret;
    assert!(setup.otpauth_uri.contains(&secret));
    let wrong = coordinator.confirm_two_step(&otp("000000x")).await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let now = app.clock.now();
    let code = code_at(&secret, now).unwrap();
    let recovery = coordinator
        .confirm_two_step(&otp(code))
        .await
        .ok()
        .recovery_codes;
    assert_eq!(recovery.len(), 10);
    assert_eq!(audit_actions(&app, "auth.two_step_enabled").await, 1);

    // The same session's next refresh carries the second step.
    let refreshed = app
        .anonymous()
        .refresh_session(&overstap_api_types::RefreshRequest {
            refresh_token: first.refresh_token.clone(),
        })
        .await
        .ok();
    assert!(!refreshed.two_step_setup_required);
    app.api(&refreshed.access_token).get_me().await.ok();

    // From now on the password alone is not enough; the code of the confirming step was used.
    staff_sign_in(&app, &app.coordinator, PASSWORD, Second::Nothing)
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::OneTimePasswordRequired);
    let replay = Second::Code(code_at(&secret, now).unwrap());
    staff_sign_in(&app, &app.coordinator, PASSWORD, replay)
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::InvalidOneTimePassword);
    // A wrong password with a right code is just a wrong password.
    app.clock.set(now + Duration::seconds(30));
    let next = code_at(&secret, app.clock.now()).unwrap();
    let wrong_password =
        staff_sign_in(&app, &app.coordinator, "wrong", Second::Code(next.clone())).await;
    assert_eq!(wrong_password.error_code(), ErrorCode::InvalidCredentials);
    let signed_in = staff_sign_in(&app, &app.coordinator, PASSWORD, Second::Code(next))
        .await
        .ok();
    assert!(!signed_in.two_step_setup_required);
    let coordinator = app.api(&signed_in.access_token);
    coordinator.list_region_schools().await.ok();

    // A recovery code works once, typed in capitals with a space.
    let typed = recovery[3].replace('-', " ").to_uppercase();
    staff_sign_in(&app, &app.coordinator, PASSWORD, Second::Recovery(typed))
        .await
        .ok();
    let again = staff_sign_in(
        &app,
        &app.coordinator,
        PASSWORD,
        Second::Recovery(recovery[3].clone()),
    )
    .await;
    assert_eq!(again.error_code(), ErrorCode::InvalidOneTimePassword);
    assert_eq!(audit_actions(&app, "auth.recovery_code_used").await, 1);
    let status = coordinator.get_two_step().await.ok();
    assert_eq!(status.recovery_codes_left, 9);

    // A coordinator may not turn it off.
    let off = coordinator.disable_two_step(&otp("123456")).await;
    assert_eq!(off.status(), StatusCode::CONFLICT);
}

#[tokio::test]
async fn turning_two_step_on_ends_the_other_sessions_and_a_teacher_may_turn_it_off_again() {
    let app = app_requiring_two_steps().await;
    let other_device = app.access_token(&app.a.vo_staff).await;
    let token = app.access_token(&app.a.vo_staff).await;
    let (secret, _) = set_up(&app, &token).await;
    assert_eq!(
        app.api(&other_device).get_me().await.status(),
        StatusCode::UNAUTHORIZED,
        "the other session ended"
    );
    let teacher = app.api(&token);
    teacher.get_me().await.ok();
    // Setting up again while on is refused: it would lock the teacher out of the old app.
    let again = teacher.set_up_two_step().await;
    assert_eq!(again.status(), StatusCode::CONFLICT);

    app.clock.set(app.clock.now() + Duration::seconds(30));
    teacher
        .renew_recovery_codes(&otp(code_at(&secret, app.clock.now()).unwrap()))
        .await
        .ok();
    app.clock.set(app.clock.now() + Duration::seconds(30));
    teacher
        .disable_two_step(&otp(code_at(&secret, app.clock.now()).unwrap()))
        .await
        .ok();
    staff_sign_in(&app, &app.a.vo_staff, PASSWORD, Second::Nothing)
        .await
        .ok();
    assert_eq!(audit_actions(&app, "auth.two_step_disabled").await, 1);
}

#[tokio::test]
async fn guessing_one_time_passwords_is_slowed_down_like_guessing_passwords() {
    let app = app_requiring_two_steps().await;
    let token = app.access_token(&app.a.po_staff).await;
    let (secret, _) = set_up(&app, &token).await;
    let mut statuses = Vec::new();
    for guess in ["111111", "222222", "333333", "444444", "555555"] {
        let response = staff_sign_in(
            &app,
            &app.a.po_staff,
            PASSWORD,
            Second::Code(guess.to_owned()),
        )
        .await;
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses, [401, 401, 401, 401, 429]);
    // After the wait, the right code signs in.
    app.clock.set(app.clock.now() + Duration::seconds(60));
    let code = code_at(&secret, app.clock.now()).unwrap();
    staff_sign_in(&app, &app.a.po_staff, PASSWORD, Second::Code(code))
        .await
        .ok();
}

#[tokio::test]
async fn a_changed_password_follows_the_rules_of_the_account_and_ends_the_other_sessions() {
    let app = app_requiring_two_steps().await;
    let other_device = app.access_token(&app.a.po_staff).await;
    let token = app.access_token(&app.a.po_staff).await;
    let change = |token: String, current: &'static str, new: &'static str| {
        let app = &app;
        async move {
            app.api(&token)
                .change_password(&ChangePasswordRequest {
                    current_password: current.to_owned(),
                    new_password: new.to_owned(),
                })
                .await
        }
    };
    // A parent's new password follows the parents' rules (the parent is made first: sending
    // the login signs the teacher in with the old password).
    let (parent_token, elk) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    change(parent_token, NEW_PASSWORD, "Welkom2026!!")
        .await
        .ok();
    parent_sign_in(&app, &elk, "Welkom2026!!").await;

    let wrong = change(token.clone(), "not-it", "zwaluw-kompas-regenjas-71")
        .await
        .error();
    assert_eq!(wrong.details.unwrap().fields[0].code, "wrong_password");
    // What a parent may choose is too weak for a teacher.
    let weak = change(token.clone(), PASSWORD, "Welkom2026!!")
        .await
        .error();
    let field = &weak.details.as_ref().unwrap().fields[0];
    assert_eq!(field.field, "new_password");
    assert_eq!(field.code, "too_weak");
    app.sign_in_response(&app.a.po_staff, PASSWORD).await.ok();

    change(token.clone(), PASSWORD, "zwaluw-kompas-regenjas-71")
        .await
        .ok();
    assert_eq!(
        app.api(&other_device).get_me().await.status(),
        StatusCode::UNAUTHORIZED
    );
    app.api(&token).get_me().await.ok();
    assert_eq!(
        app.sign_in_response(&app.a.po_staff, PASSWORD)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    app.sign_in_response(&app.a.po_staff, "zwaluw-kompas-regenjas-71")
        .await
        .ok();
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
        assert!(first.two_step_setup_required);
        tokens.push(first.access_token);
    }
    // A table over the OpenAPI document, deliberately raw: every operation, whatever it is.
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
            // Public operations (sign-in, activation) have no bearer security; the token
            // endpoint's is optional (`{}`: a client authenticates in the form instead).
            let public = operation.get("security").is_none_or(|requirements| {
                requirements
                    .as_array()
                    .is_some_and(|rs| rs.iter().any(|r| r == &json!({})))
            });
            if public || open_to_setup.contains(&path.as_str()) {
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

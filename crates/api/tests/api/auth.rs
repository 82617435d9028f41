//! Sign-in, refresh rotation, sign-out and token checks.

use overstap_api_types::{
    ErrorCode, ErrorResponse, RefreshRequest, Role as WireRole, SignOutRequest, StaffSignInRequest,
    TokenResponse,
};
use overstap_domain::Role;
use reqwest::StatusCode;
use time::Duration;
use time::macros::date;

use crate::client::Reply;
use crate::helpers::{PASSWORD, Persona, TestApp, spawn_app};

fn refresh_of(tokens: &TokenResponse) -> RefreshRequest {
    RefreshRequest {
        refresh_token: tokens.refresh_token.clone(),
    }
}

async fn refresh(app: &TestApp, tokens: &TokenResponse) -> Reply<TokenResponse> {
    app.anonymous().refresh_session(&refresh_of(tokens)).await
}

#[tokio::test]
async fn staff_sign_in_gives_tokens_and_me_shows_their_own_school() {
    let app = spawn_app().await;
    let tokens = app.sign_in(&app.a.po_staff).await;
    assert_eq!(tokens.token_type, "Bearer");
    assert_eq!(tokens.role, WireRole::PoStaff);
    assert_eq!(tokens.expires_in, 900);
    let me = app.api(&tokens.access_token).get_me().await.ok();
    assert_eq!(me.role, WireRole::PoStaff);
    assert_eq!(me.school.unwrap().id, app.a.po_school_id.as_uuid());
    assert_eq!(me.region_name, "Amstelland");
}

#[tokio::test]
async fn staff_e_mail_is_matched_without_regard_to_case() {
    let app = spawn_app().await;
    let shouting = Persona {
        role: Role::PoStaff,
        username: app.a.po_staff.username.to_uppercase(),
    };
    app.sign_in(&shouting).await;
}

#[tokio::test]
async fn a_parent_signs_in_with_the_elk_number_typed_with_spaces_and_sees_their_child() {
    let app = spawn_app().await;
    let elk = &app.a.parent.username;
    let spaced = format!("{} {} {}", &elk[..4], &elk[4..8], &elk[8..]);
    let parent = Persona {
        role: Role::Parent,
        username: spaced,
    };
    let token = app.access_token(&parent).await;
    let child = app.api(&token).get_child().await.ok();
    assert_eq!(child.first_name, "Kind0A");
    assert_eq!(&child.elk_number, elk);
    assert_eq!(child.birth_date, date!(2014 - 05 - 17));
}

async fn failure(app: &TestApp, persona: &Persona, password: &str) -> (StatusCode, ErrorResponse) {
    let response = app.sign_in_response(persona, password).await;
    (response.status(), response.error())
}

#[tokio::test]
async fn an_unknown_elk_number_and_a_wrong_password_get_the_same_answer() {
    let app = spawn_app().await;
    // A well-formed number of nobody: another index of the same generator.
    let unknown = overstap_domain::ElkNumberGenerator::new(7)
        .number(999)
        .to_string();
    let wrong_password = failure(&app, &app.a.parent, "not the password").await;
    let unknown_number = failure(
        &app,
        &Persona {
            role: Role::Parent,
            username: unknown,
        },
        PASSWORD,
    )
    .await;
    let mistyped = failure(
        &app,
        &Persona {
            role: Role::Parent,
            username: "1234567890".into(),
        },
        PASSWORD,
    )
    .await;
    assert_eq!(wrong_password.0, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong_password.1.code, ErrorCode::InvalidCredentials);
    assert_eq!(wrong_password, unknown_number);
    assert_eq!(wrong_password, mistyped);
}

#[tokio::test]
async fn an_unknown_e_mail_and_a_wrong_password_get_the_same_answer() {
    let app = spawn_app().await;
    let wrong_password = failure(&app, &app.a.po_staff, "not the password").await;
    let unknown = failure(
        &app,
        &Persona {
            role: Role::PoStaff,
            username: "nobody@test.example".into(),
        },
        PASSWORD,
    )
    .await;
    assert_eq!(wrong_password.0, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong_password, unknown);
}

#[tokio::test]
async fn rapid_wrong_sign_ins_from_one_ip_end_in_429_with_retry_after() {
    let app = spawn_app().await;
    let generator = overstap_domain::ElkNumberGenerator::new(99);
    let mut statuses = Vec::new();
    let mut retry_after = None;
    // Every attempt names another account, so only the per-IP budget (30/minute) runs out.
    for i in 0..40 {
        let persona = Persona {
            role: Role::Parent,
            username: generator.number(i).to_string(),
        };
        let response = app.sign_in_response(&persona, "wrong").await;
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            retry_after = response.header("retry-after").map(str::to_owned);
            assert_eq!(response.error_code(), ErrorCode::RateLimited);
            statuses.push(429);
        } else {
            statuses.push(response.status().as_u16());
        }
    }
    assert!(statuses[..30].iter().all(|s| *s == 401), "{statuses:?}");
    // The budget refills one attempt per two seconds, so one more may slip through.
    assert!(
        statuses[30..].iter().filter(|s| **s == 429).count() >= 8,
        "{statuses:?}"
    );
    let seconds: u64 = retry_after.unwrap().parse().unwrap();
    assert!((1..=60).contains(&seconds));
}

#[tokio::test]
async fn repeated_wrong_passwords_for_one_account_are_throttled_then_allowed_again() {
    let app = spawn_app().await;
    // Three failures are free; the fourth makes the next attempt wait (the database backoff,
    // see sign_in_backoff.rs), right password or not.
    for _ in 0..4 {
        assert_eq!(
            app.sign_in_response(&app.a.po_staff, "wrong")
                .await
                .status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let throttled = app.sign_in_response(&app.a.po_staff, PASSWORD).await;
    assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS);
    // Another account from the same IP is not affected: throttling is per account, no lock-out.
    app.sign_in(&app.b.po_staff).await;
}

#[tokio::test]
async fn a_refresh_token_rotates_and_works_only_once() {
    let app = spawn_app().await;
    let first = app.sign_in(&app.a.vo_staff).await;
    let second = refresh(&app, &first).await.ok();
    assert!(second.refresh_token.is_some());
    assert_ne!(second.refresh_token, first.refresh_token);
    app.api(&second.access_token).get_me().await.ok();

    // A replay within moments is a second tab refreshing at once: refused, session kept.
    refresh(&app, &first)
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::InvalidRefreshToken);
    app.api(&second.access_token).get_me().await.ok();

    // A replay later looks like a stolen token: it ends the whole session, new tokens too.
    app.clock.set(app.clock.now() + Duration::seconds(31));
    let replay = refresh(&app, &first).await;
    assert_eq!(replay.status(), StatusCode::UNAUTHORIZED);
    let after = refresh(&app, &second).await;
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
    let me = app.api(&second.access_token).get_me().await;
    assert_eq!(me.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn sign_out_ends_the_session_at_once() {
    let app = spawn_app().await;
    let tokens = app.sign_in(&app.a.parent).await;
    app.anonymous()
        .sign_out(&SignOutRequest {
            refresh_token: tokens.refresh_token.clone(),
        })
        .await
        .ok();
    let me = app.api(&tokens.access_token).get_me().await;
    assert_eq!(me.status(), StatusCode::UNAUTHORIZED);
    let refreshed = refresh(&app, &tokens).await;
    assert_eq!(refreshed.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_access_token_expires_after_fifteen_minutes_by_the_servers_clock() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.board_admin).await;
    app.clock.set(app.clock.now() + Duration::minutes(14));
    app.api(&token).get_me().await.ok();
    app.clock.set(app.clock.now() + Duration::minutes(2));
    let expired = app.api(&token).get_me().await;
    assert_eq!(expired.header("www-authenticate"), Some("Bearer"));
    expired.refused(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
}

#[tokio::test]
async fn forged_and_unsigned_tokens_are_refused() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
    // alg "none", same payload, no signature.
    parts[0] = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0".to_owned();
    let unsigned = format!("{}.{}.", parts[0], parts[1]);
    let tampered = format!("{}x", token);
    for bad in [unsigned.as_str(), tampered.as_str(), "garbage"] {
        assert_eq!(
            app.api(bad).get_me().await.status(),
            StatusCode::UNAUTHORIZED,
            "{bad}"
        );
    }
}

/// On SQLite a sign-in that starts while another transaction is writing waits for it, instead
/// of reading first and then failing to write ("database is locked") once the other one has
/// committed. PostgreSQL runs the same steps.
#[tokio::test]
async fn a_sign_in_while_another_transaction_writes_waits_for_it_and_succeeds() {
    use sea_orm::ConnectionTrait;

    let app = spawn_app().await;
    let writer = overstap_persistence::begin_write(&app.db).await.unwrap();
    writer
        .execute_unprepared("UPDATE regions SET name = name")
        .await
        .unwrap();
    let commit_later = async {
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
        writer.commit().await.unwrap();
    };
    let (response, ()) = tokio::join!(
        app.sign_in_response(&app.a.po_staff, PASSWORD),
        commit_later
    );
    response.ok();
}

#[tokio::test]
async fn a_session_ends_at_its_absolute_lifetime_however_often_it_is_refreshed() {
    let app = crate::helpers::spawn_app_with(|name| {
        (name == "OVERSTAP_SESSION_MAX_SECONDS").then(|| "3600".to_owned())
    })
    .await;
    let mut tokens = app.sign_in(&app.a.vo_staff).await;
    let signed_in_at = app.clock.now();
    // Refreshed every 20 minutes: fine within the hour.
    for _ in 0..2 {
        app.clock.set(app.clock.now() + time::Duration::minutes(20));
        tokens = refresh(&app, &tokens).await.ok();
    }
    // The newest refresh token expires with the session, not 7 days after its issue.
    let stored = overstap_persistence::sessions::find_by_hash(
        &app.db,
        &overstap_api::auth::tokens::hash_opaque_token(tokens.refresh_token.as_deref().unwrap()),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(stored.expires_at, signed_in_at + time::Duration::hours(1));
    assert_eq!(stored.session_started_at, signed_in_at);
    app.clock.set(signed_in_at + time::Duration::minutes(61));
    let late = refresh(&app, &tokens).await;
    assert_eq!(late.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_attacker_using_up_an_account_s_budget_does_not_keep_the_teacher_at_home_out() {
    let app = crate::helpers::spawn_app_with(|name| {
        (name == "OVERSTAP_TRUST_FORWARDED_FOR").then(|| "true".to_owned())
    })
    .await;
    let from = |address: &'static str, password: &'static str| {
        let app = &app;
        async move {
            app.anonymous()
                .with_header("X-Forwarded-For", address)
                .sign_in_staff(&StaffSignInRequest {
                    email: app.a.po_staff.username.clone(),
                    password: password.to_owned(),
                    one_time_password: None,
                    recovery_code: None,
                })
                .await
        }
    };
    let mut statuses = Vec::new();
    for _ in 0..8 {
        statuses.push(from("203.0.113.9", "Welkom01!").await.status());
    }
    assert_eq!(
        statuses.last(),
        Some(&StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    // Every budget the attacker used up is the attacker's own: the teacher gets in at once.
    from("198.51.100.7", PASSWORD).await.ok();
}

//! Per-account sign-in backoff in the database, per client network: after three failures each next attempt waits
//! longer (2 s, 4 s, … up to 15 min), whichever replica answers; the right password after the
//! wait works and forgets the failures. The in-memory per-minute budgets are raised here so
//! that only the backoff answers.

use overstap_api_types::{ParentSignInRequest, TokenResponse};
use overstap_persistence::entities::sign_in_backoff;
use reqwest::StatusCode;
use sea_orm::{EntityTrait, PaginatorTrait};
use time::Duration;

use crate::client::Reply;
use crate::helpers::{PASSWORD, TestApp, spawn_app_with};
use crate::parent_support::{NEW_PASSWORD, activated_parent};

async fn app() -> TestApp {
    spawn_app_with(|name| match name {
        "OVERSTAP_SIGN_IN_PER_ACCOUNT_PER_MINUTE" | "OVERSTAP_SIGN_IN_PER_IP_PER_MINUTE" => {
            Some("1000".to_owned())
        }
        _ => None,
    })
    .await
}

fn credentials(elk: &str, password: &str) -> ParentSignInRequest {
    ParentSignInRequest {
        elk_number: elk.to_owned(),
        password: password.to_owned(),
    }
}

async fn parent_sign_in(app: &TestApp, elk: &str, password: &str) -> Reply<TokenResponse> {
    app.anonymous()
        .sign_in_parent(&credentials(elk, password))
        .await
}

fn retry_after<T>(response: &Reply<T>) -> i64 {
    response.header("retry-after").unwrap().parse().unwrap()
}

#[tokio::test]
async fn after_three_failures_each_attempt_waits_longer_and_the_right_password_then_works() {
    let app = app().await;
    let (_, elk) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    for _ in 0..4 {
        let response = parent_sign_in(&app, &elk, "wrong").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    // The 4th failure costs 2 s: even the right password waits, told so by Retry-After.
    let waiting = parent_sign_in(&app, &elk, NEW_PASSWORD).await;
    assert_eq!(waiting.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(retry_after(&waiting), 2);
    // Typed the same number differently: the same account, the same wait.
    let spaced = format!("{} {} {}", &elk[..3], &elk[3..6], &elk[6..]);
    assert_eq!(
        parent_sign_in(&app, &spaced, NEW_PASSWORD).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );

    // After the wait a wrong password doubles it; after that wait the right one works.
    app.clock.set(app.clock.now() + Duration::seconds(2));
    assert_eq!(
        parent_sign_in(&app, &elk, "wrong").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let waiting = parent_sign_in(&app, &elk, NEW_PASSWORD).await;
    assert_eq!(retry_after(&waiting), 4);
    app.clock.set(app.clock.now() + Duration::seconds(4));
    assert_eq!(
        parent_sign_in(&app, &elk, NEW_PASSWORD).await.status(),
        StatusCode::OK
    );
    // Success forgets the failures: the next mistake is free again.
    assert_eq!(
        sign_in_backoff::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        parent_sign_in(&app, &elk, "wrong").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        parent_sign_in(&app, &elk, NEW_PASSWORD).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_wait_is_capped_at_fifteen_minutes_and_kept_without_the_name() {
    let app = app().await;
    let email = app.a.po_staff.username.clone();
    let mut longest = 0;
    for _ in 0..40 {
        let response = app.sign_in_response(&app.a.po_staff, "wrong").await;
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            longest = retry_after(&response);
            assert!((1..=900).contains(&longest), "{longest}");
            if longest == 900 {
                break;
            }
            // Wait it out, as a patient attacker would.
            app.clock.set(app.clock.now() + Duration::seconds(longest));
        }
    }
    assert_eq!(longest, 900, "the wait grows to the cap");
    let waiting = app.sign_in_response(&app.a.po_staff, PASSWORD).await;
    assert_eq!(waiting.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(retry_after(&waiting), 900);
    let rows = sign_in_backoff::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert!(!rows[0].account_key.contains(&email) && rows[0].account_key.len() == 64);
    // Another account is not affected, and after the cap the teacher signs in.
    app.sign_in(&app.b.po_staff).await;
    app.clock.set(app.clock.now() + Duration::minutes(15));
    assert_eq!(
        app.sign_in_response(&app.a.po_staff, PASSWORD)
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_spray_from_one_network_makes_that_network_wait_but_not_the_parent_at_home() {
    let app = spawn_app_with(|name| match name {
        "OVERSTAP_SIGN_IN_PER_ACCOUNT_PER_MINUTE" | "OVERSTAP_SIGN_IN_PER_IP_PER_MINUTE" => {
            Some("1000".to_owned())
        }
        "OVERSTAP_TRUST_FORWARDED_FOR" => Some("true".to_owned()),
        _ => None,
    })
    .await;
    let (_, elk) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    let from = |address: &'static str, password: &'static str| {
        let (app, elk) = (&app, &elk);
        async move {
            app.anonymous()
                .with_header("X-Forwarded-For", address)
                .sign_in_parent(&credentials(elk, password))
                .await
        }
    };
    for _ in 0..4 {
        let response = from("203.0.113.9", "Welkom01!").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    // The attacker's network waits, even with the right password …
    let attacker = from("203.0.113.9", NEW_PASSWORD).await;
    assert_eq!(attacker.status(), StatusCode::TOO_MANY_REQUESTS);
    // … while the parent at home signs in at once.
    from("198.51.100.7", NEW_PASSWORD).await.ok();
    // The parent's success does not forget the attacker's failures.
    assert_eq!(
        from("203.0.113.9", NEW_PASSWORD).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        sign_in_backoff::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        1,
        "one row, for the attacker's network"
    );
}

//! Health, readiness, metrics, and the SPA served from the API's origin.

use overstap_api_types::SendLoginRequest;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{spawn_app, spawn_app_with};

#[tokio::test]
async fn healthz_and_readyz_answer_when_the_database_does() {
    let app = spawn_app().await;
    let health = app.get_as("/healthz", None).await;
    assert_eq!(health.status(), StatusCode::OK);
    let ready: Value = app.get_as("/readyz", None).await.json().await.unwrap();
    assert_eq!(ready["database"], "ok");
}

#[tokio::test]
async fn readyz_reports_unavailable_when_the_database_is_gone() {
    let app = spawn_app().await;
    app.db.clone().close().await.unwrap();
    // The app's own pool is a clone of the same pool: closing it makes the database unreachable.
    let response = app.get_as("/readyz", None).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn metrics_count_requests_by_route_pattern() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let pupil = app.a.pupil_ids[1];
    app.api(&token).get_pupil(pupil).await.ok();
    let text = app.get_as("/metrics", None).await.text().await.unwrap();
    assert!(
        text.contains(r#"overstap_http_requests_total{method="GET",route="/api/v1/school/pupils/{pupil_id}",status="200"} 1"#),
        "{text}"
    );
    assert!(!text.contains(&pupil.to_string()));
}

#[tokio::test]
async fn an_invented_method_is_counted_as_other_and_the_outbox_and_pool_are_reported() {
    let app = spawn_app().await;
    let brew = reqwest::Method::from_bytes(b"BREWCOFFEE").unwrap();
    app.client
        .request(brew, app.url("/api/v1/procedure"))
        .send()
        .await
        .unwrap();
    // Two pending e-mails: a teacher sends a parent's login to a new address, and the old
    // address is told.
    let token = app.access_token(&app.a.po_staff).await;
    let pupil = app.a.pupil_ids[2];
    app.api(&token)
        .send_login(
            pupil,
            &SendLoginRequest {
                parent_email: Some("ouder@ouders.example".to_owned()),
            },
        )
        .await
        .ok();
    let text = app.get_as("/metrics", None).await.text().await.unwrap();
    assert!(!text.contains("BREWCOFFEE"), "{text}");
    assert!(text.contains(r#"method="other""#), "{text}");
    assert!(text.contains("overstap_mail_outbox_pending 2"), "{text}");
    assert!(text.contains("overstap_mail_outbox_failed 0"), "{text}");
    assert!(
        text.contains("overstap_db_pool_max_connections 5"),
        "{text}"
    );
    assert!(text.contains("overstap_db_pool_connections "), "{text}");
    assert!(
        text.contains("overstap_process_resident_memory_bytes"),
        "{text}"
    );
}

#[tokio::test]
async fn metrics_answer_only_the_scraper_token_when_one_is_set() {
    let app = spawn_app_with(|name| {
        (name == "OVERSTAP_METRICS_TOKEN").then(|| "scraper-token-0123456789".to_owned())
    })
    .await;
    assert_eq!(
        app.get_as("/metrics", None).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.get_as("/metrics", Some("wrong-token")).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let scraped = app
        .get_as("/metrics", Some("scraper-token-0123456789"))
        .await;
    assert_eq!(scraped.status(), StatusCode::OK);
    assert!(
        scraped
            .text()
            .await
            .unwrap()
            .contains("overstap_http_requests_total")
    );
}

#[tokio::test]
async fn a_production_server_without_a_metrics_token_does_not_serve_metrics() {
    let app = spawn_app_with(|name| match name {
        "OVERSTAP_ENV" => Some("production".to_owned()),
        "OVERSTAP_JWT_SECRET" => Some("a-production-secret-for-the-test-0123456789".to_owned()),
        _ => None,
    })
    .await;
    assert_eq!(
        app.get_as("/metrics", None).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get_as("/healthz", None).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn every_response_has_a_request_id() {
    let app = spawn_app().await;
    let response = app.get_as("/healthz", None).await;
    assert!(!response.headers()["x-request-id"].is_empty());
}

#[tokio::test]
async fn the_spa_is_served_with_history_fallback_but_api_paths_stay_json() {
    let dir = std::env::temp_dir().join(format!("overstap-spa-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<html>overstap spa</html>").unwrap();
    std::fs::write(dir.join("app.js"), "console.log(1)").unwrap();
    let spa_dir = dir.display().to_string();
    let app =
        spawn_app_with(move |name| (name == "OVERSTAP_SPA_DIR").then(|| spa_dir.clone())).await;
    for path in ["/", "/po", "/inloggen/ouder"] {
        let response = app.get_as(path, None).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert!(
            response.text().await.unwrap().contains("overstap spa"),
            "{path}"
        );
    }
    assert_eq!(
        app.get_as("/app.js", None).await.text().await.unwrap(),
        "console.log(1)"
    );
    let api = app.get_as("/api/v1/nothing-here", None).await;
    assert_eq!(api.status(), StatusCode::NOT_FOUND);
    assert_eq!(api.json::<Value>().await.unwrap()["code"], "not_found");
}

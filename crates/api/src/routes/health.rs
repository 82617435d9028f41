//! Liveness, readiness and Prometheus metrics, outside `/api/v1`.

use actix_web::{HttpRequest, HttpResponse, get, http::header, web};

use crate::error::ApiError;
use crate::metrics::Scrape;
use crate::state::AppState;

/// The process is up.
#[get("/healthz")]
async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

/// The process can serve: the database answers.
#[get("/readyz")]
async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    if overstap_persistence::db::ping(&state.db).await {
        HttpResponse::Ok().json(serde_json::json!({ "status": "ready", "database": "ok" }))
    } else {
        HttpResponse::ServiceUnavailable()
            .json(serde_json::json!({ "status": "not_ready", "database": "unreachable" }))
    }
}

/// Prometheus text format, for the scraper that holds `OVERSTAP_METRICS_TOKEN` (in development
/// without a token: anyone; in production without one: nobody, 404).
#[get("/metrics")]
async fn metrics(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let authorization = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok());
    match state.metrics.check(authorization) {
        Scrape::Allowed => {}
        Scrape::Unauthenticated => return Err(ApiError::Unauthenticated),
        Scrape::NotFound => return Err(ApiError::NotFound),
    }
    state.metrics.refresh(&state.db, state.clock.now()).await;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4")
        .body(state.metrics.render()))
}

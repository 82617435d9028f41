//! Prometheus metrics: request counts and latencies per route pattern, the mail outbox's
//! backlog, the connection pool, and the process; served on `/metrics` behind a token.

use std::sync::Arc;
use std::time::Instant;

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use overstap_persistence::DatabaseConnection;
use overstap_persistence::operations::{self, OutboxFigures, PoolFigures};
use prometheus::{
    Encoder, Gauge, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, Opts, Registry,
    TextEncoder,
};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

/// Who may read `/metrics`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetricsAccess {
    /// Anyone who reaches the port (development).
    Open,
    /// Only a scraper that sends `Authorization: Bearer <token>`.
    Token(String),
    /// Nobody: production without `OVERSTAP_METRICS_TOKEN` answers 404.
    Disabled,
}

#[derive(Clone)]
pub struct Metrics {
    registry: Arc<Registry>,
    requests: IntCounterVec,
    latency: HistogramVec,
    outbox_pending: IntGauge,
    outbox_failed: IntGauge,
    outbox_oldest_pending: Gauge,
    pool_size: IntGauge,
    pool_idle: IntGauge,
    pool_max: IntGauge,
    /// SHA-256 of the scraper's token, so comparing never runs over the secret itself.
    token_hash: Option<[u8; 32]>,
    open: bool,
    max_connections: u32,
}

fn gauge(registry: &Registry, name: &str, help: &str) -> Result<IntGauge, prometheus::Error> {
    let gauge = IntGauge::new(name, help)?;
    registry.register(Box::new(gauge.clone()))?;
    Ok(gauge)
}

fn sha256(value: &str) -> [u8; 32] {
    Sha256::digest(value.as_bytes()).into()
}

/// What a scrape may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scrape {
    Allowed,
    Unauthenticated,
    NotFound,
}

impl Metrics {
    pub fn new(access: &MetricsAccess, max_connections: u32) -> Result<Metrics, prometheus::Error> {
        let registry = Registry::new_custom(Some("overstap".to_owned()), None)?;
        let requests = IntCounterVec::new(
            Opts::new("http_requests_total", "HTTP requests by route and status"),
            &["method", "route", "status"],
        )?;
        let latency = HistogramVec::new(
            HistogramOpts::new("http_request_duration_seconds", "HTTP request latency").buckets(
                vec![
                    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
                ],
            ),
            &["method", "route"],
        )?;
        registry.register(Box::new(requests.clone()))?;
        registry.register(Box::new(latency.clone()))?;
        let outbox_oldest_pending = Gauge::new(
            "mail_outbox_oldest_pending_seconds",
            "Age of the oldest e-mail waiting to be sent",
        )?;
        registry.register(Box::new(outbox_oldest_pending.clone()))?;
        #[cfg(target_os = "linux")]
        registry.register(Box::new(
            prometheus::process_collector::ProcessCollector::for_self(),
        ))?;
        Ok(Metrics {
            outbox_pending: gauge(
                &registry,
                "mail_outbox_pending",
                "E-mails waiting to be sent, retries included",
            )?,
            outbox_failed: gauge(
                &registry,
                "mail_outbox_failed",
                "E-mails the worker gave up on",
            )?,
            pool_size: gauge(
                &registry,
                "db_pool_connections",
                "Open database connections",
            )?,
            pool_idle: gauge(&registry, "db_pool_idle", "Idle database connections")?,
            pool_max: gauge(
                &registry,
                "db_pool_max_connections",
                "Largest number of database connections",
            )?,
            registry: Arc::new(registry),
            requests,
            latency,
            token_hash: match access {
                MetricsAccess::Token(token) => Some(sha256(token)),
                _ => None,
            },
            open: *access == MetricsAccess::Open,
            max_connections,
            outbox_oldest_pending,
        })
    }

    /// Whether a scrape with this `Authorization` header may read the metrics.
    pub fn check(&self, authorization: Option<&str>) -> Scrape {
        if let Some(expected) = self.token_hash {
            let given = authorization
                .and_then(|value| value.split_once(' '))
                .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
                .map(|(_, token)| sha256(token.trim()));
            if given == Some(expected) {
                Scrape::Allowed
            } else {
                Scrape::Unauthenticated
            }
        } else if self.open {
            Scrape::Allowed
        } else {
            Scrape::NotFound
        }
    }

    /// Reads the outbox and the pool now; a database that does not answer leaves the last
    /// figures (the request metrics still render).
    pub async fn refresh(&self, db: &DatabaseConnection, now: OffsetDateTime) {
        match operations::outbox_figures(db, now).await {
            Ok(figures) => self.set_outbox(figures),
            Err(error) => tracing::warn!(%error, "metrics: the outbox could not be read"),
        }
        self.set_pool(operations::pool_figures(db, self.max_connections));
    }

    fn set_outbox(&self, figures: OutboxFigures) {
        self.outbox_pending.set(figures.pending);
        self.outbox_failed.set(figures.failed);
        self.outbox_oldest_pending
            .set(figures.oldest_pending_seconds);
    }

    fn set_pool(&self, figures: PoolFigures) {
        self.pool_size.set(i64::from(figures.size));
        self.pool_idle.set(i64::from(figures.idle));
        self.pool_max.set(i64::from(figures.max));
    }

    pub fn render(&self) -> String {
        let mut buffer = Vec::new();
        if TextEncoder::new()
            .encode(&self.registry.gather(), &mut buffer)
            .is_err()
        {
            return String::new();
        }
        String::from_utf8(buffer).unwrap_or_default()
    }

    fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        self.requests
            .with_label_values(&[method, route, &status.to_string()])
            .inc();
        self.latency
            .with_label_values(&[method, route])
            .observe(seconds);
    }
}

/// The method as a label: the standard methods by name, anything a client invents as `other`,
/// so a scanner cannot grow the label set.
pub fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        Method::TRACE => "TRACE",
        Method::CONNECT => "CONNECT",
        _ => "other",
    }
}

/// Middleware: labels by the matched route pattern, so ids never blow up the label set.
pub async fn record(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let metrics = req
        .app_data::<actix_web::web::Data<crate::state::AppState>>()
        .map(|s| s.metrics.clone());
    let method = method_label(req.method());
    let route = req
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_owned());
    let response = next.call(req).await?;
    if let Some(metrics) = metrics {
        metrics.observe(
            method,
            &route,
            response.status().as_u16(),
            started.elapsed().as_secs_f64(),
        );
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn an_invented_method_is_counted_as_other() {
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(method_label(&Method::from_bytes(b"BREW").unwrap()), "other");
        assert_eq!(method_label(&Method::from_bytes(b"X-1").unwrap()), "other");
    }

    #[test]
    fn only_the_configured_token_reads_the_metrics() {
        let metrics =
            Metrics::new(&MetricsAccess::Token("s3cret-scraper-token".to_owned()), 4).unwrap();
        assert_eq!(
            metrics.check(Some("Bearer s3cret-scraper-token")),
            Scrape::Allowed
        );
        assert_eq!(
            metrics.check(Some("bearer s3cret-scraper-token")),
            Scrape::Allowed
        );
        assert_eq!(metrics.check(Some("Bearer wrong")), Scrape::Unauthenticated);
        assert_eq!(metrics.check(None), Scrape::Unauthenticated);
        let disabled = Metrics::new(&MetricsAccess::Disabled, 4).unwrap();
        assert_eq!(disabled.check(Some("Bearer anything")), Scrape::NotFound);
        let open = Metrics::new(&MetricsAccess::Open, 4).unwrap();
        assert_eq!(open.check(None), Scrape::Allowed);
    }
}

//! Logging: readable lines by default, JSON lines with `OVERSTAP_LOG_FORMAT=json`.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::{Error, HttpMessage};
use tracing::Span;
use tracing::field::Empty;
use tracing_actix_web::{RequestId, RootSpanBuilder};

use crate::error::ApiError;
use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

/// sqlx logs every statement at INFO, so it starts at WARN.
const DEFAULT_FILTER: &str = "info,sqlx=warn,sea_orm=warn";

pub fn init(format: LogFormat) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    let result = match format {
        LogFormat::Pretty => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
    };
    // A second init (tests) keeps the first subscriber.
    drop(result);
}

/// The root span of every request: method, route template, status and request id. Not the
/// path with its query string (a pupil search or an ELK-nummer lookup carries names there),
/// not the client address nor the user agent: personal data stays out of the logs.
pub struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let route = request
            .match_pattern()
            .unwrap_or_else(|| "(no route)".to_owned());
        let request_id = request
            .extensions()
            .get::<RequestId>()
            .map(ToString::to_string)
            .unwrap_or_default();
        tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = %route,
            http.status_code = Empty,
            otel.kind = "server",
            otel.status_code = Empty,
            request_id = %request_id,
            error.code = Empty,
        )
    }

    /// Records the status and, for a refusal or failure, only the stable error code: an
    /// error's text can quote what was sent (a CSV cell, an e-mail address). A failure's
    /// cause is logged where it happens (`ApiError::error_response`).
    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        let (status, error) = match outcome {
            Ok(response) => (response.status(), response.response().error()),
            Err(error) => (error.as_response_error().status_code(), Some(error)),
        };
        span.record("http.status_code", status.as_u16());
        span.record(
            "otel.status_code",
            if status.is_server_error() {
                "ERROR"
            } else {
                "OK"
            },
        );
        if let Some(code) = error
            .and_then(|e| e.as_error::<ApiError>())
            .map(ApiError::code)
        {
            span.record("error.code", code.as_str());
            if status.is_client_error() {
                tracing::info!(
                    parent: &span,
                    status = status.as_u16(),
                    code = code.as_str(),
                    "request refused"
                );
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use actix_web::{App, HttpResponse, test, web};
    use tracing_actix_web::TracingLogger;

    use super::RequestSpan;
    use crate::error::ApiError;

    #[derive(Clone, Default)]
    struct Lines(Arc<Mutex<Vec<u8>>>);

    impl Write for Lines {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[actix_web::test]
    async fn request_logs_name_the_route_and_error_code_but_not_the_query_the_client_or_what_was_sent()
     {
        let lines = Lines::default();
        let writer = lines.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);
        let app = test::init_service(
            App::new()
                .wrap(TracingLogger::<RequestSpan>::new())
                .route(
                    "/api/v1/school/pupils",
                    web::get().to(|| async {
                        tracing::warn!("refused");
                        HttpResponse::Unauthorized().finish()
                    }),
                )
                .route(
                    "/api/v1/school/pupils/import",
                    web::post().to(|| async {
                        Err::<HttpResponse, _>(ApiError::Malformed(
                            "\"julia@ouders.example\" is not accepted here".to_owned(),
                        ))
                    }),
                ),
        )
        .await;
        let request = test::TestRequest::get()
            .uri("/api/v1/school/pupils?q=Julia%20de%20Vries&elk_number=1234567890")
            .insert_header(("user-agent", "Agent-of-the-parent"))
            .peer_addr("203.0.113.9:5000".parse().unwrap())
            .to_request();
        test::call_service(&app, request).await;
        let refused = test::TestRequest::post()
            .uri("/api/v1/school/pupils/import")
            .to_request();
        test::call_service(&app, refused).await;
        let logged = String::from_utf8(lines.0.lock().unwrap().clone()).unwrap();
        assert!(logged.contains("refused"), "{logged}");
        assert!(logged.contains("/api/v1/school/pupils"), "{logged}");
        assert!(logged.contains("malformed_request"), "{logged}");
        for private in [
            "Julia",
            "julia@ouders.example",
            "1234567890",
            "Agent-of-the-parent",
            "203.0.113.9",
        ] {
            assert!(!logged.contains(private), "{private} in {logged}");
        }
    }
}

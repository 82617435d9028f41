//! Building the application: database, state, middleware, routes, and the HTTP server.

use std::net::TcpListener;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, HttpRequest, HttpServer, error::JsonPayloadError, web};
use overstap_migrations::{Migrator, MigratorTrait};
use overstap_persistence::{DatabaseConnection, DbConfig};
use tracing_actix_web::TracingLogger;
use utoipa::OpenApi;
use utoipa_actix_web::{AppExt, scope};
use utoipa_swagger_ui::SwaggerUi;

use crate::auth::{PasswordHasher, SignInLimiter, TokenKeys};
use crate::clock::Clock;
use crate::config::{Environment, Settings};
use crate::error::ApiError;
use crate::metrics::Metrics;
use crate::openapi::ApiDoc;
use crate::security_headers::SecurityHeaders;
use crate::state::AppState;
use crate::{mail, metrics, request_id, routes, security_headers, spa};

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("listen: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Other(String),
}

/// Connects and brings the schema up to date; migrations always run at start, over
/// `OVERSTAP_DATABASE_MIGRATION_URL` (the schema owner) when it is set.
pub async fn database(settings: &Settings) -> Result<DatabaseConnection, StartupError> {
    if let Some(owner_url) = &settings.database_migration_url {
        let owner = overstap_persistence::connect(&DbConfig {
            url: owner_url.clone(),
            max_connections: 1,
        })
        .await?;
        Migrator::up(&owner, None).await?;
        owner.close().await?;
    }
    let db = overstap_persistence::connect(&DbConfig {
        url: settings.database_url.clone(),
        max_connections: settings.database_max_connections,
    })
    .await?;
    if settings.database_migration_url.is_none() {
        Migrator::up(&db, None).await?;
    }
    Ok(db)
}

pub fn state(
    settings: &Settings,
    db: DatabaseConnection,
    clock: Clock,
) -> Result<AppState, StartupError> {
    Ok(AppState {
        db,
        clock,
        tokens: TokenKeys::new(
            &settings.jwt_secret,
            settings.access_token_ttl_seconds,
            settings.refresh_token_ttl_seconds,
        )
        .map_err(|e| StartupError::Other(e.to_string()))?
        .with_session_max(settings.session_max_seconds),
        hasher: PasswordHasher::new(settings.password_hashing_threads)
            .map_err(|e| StartupError::Other(e.to_string()))?,
        sign_in_limiter: SignInLimiter::new(
            settings.sign_in_per_ip_per_minute,
            settings.sign_in_per_account_per_minute,
            settings.trust_forwarded_for,
        ),
        metrics: Metrics::new(&settings.metrics, settings.database_max_connections)
            .map_err(|e| StartupError::Other(e.to_string()))?,
        public_url: settings.public_url.clone(),
        catalogues: std::sync::Arc::default(),
        references: std::sync::Arc::default(),
        pseudonym_key: settings.jwt_secret.as_bytes().to_vec(),
        two_step_required: settings.two_step_required,
    })
}

fn json_error(err: JsonPayloadError, _req: &HttpRequest) -> actix_web::Error {
    match err {
        JsonPayloadError::Overflow { limit }
        | JsonPayloadError::OverflowKnownLength { limit, .. } => {
            ApiError::PayloadTooLarge { limit }.into()
        }
        JsonPayloadError::ContentType => {
            ApiError::Malformed("send the body as application/json".to_owned()).into()
        }
        JsonPayloadError::Deserialize(e) if e.is_data() => {
            ApiError::Malformed(format!("a field is missing or has the wrong type: {e}")).into()
        }
        other => ApiError::Malformed(other.to_string()).into(),
    }
}

fn path_error(err: actix_web::error::PathError, _req: &HttpRequest) -> actix_web::Error {
    // An id that is not a UUID cannot name anything of yours.
    tracing::debug!(%err, "unparseable path");
    ApiError::NotFound.into()
}

fn query_error(err: actix_web::error::QueryPayloadError, _req: &HttpRequest) -> actix_web::Error {
    ApiError::Malformed(format!("a query parameter is missing or malformed: {err}")).into()
}

async fn api_not_found() -> Result<actix_web::HttpResponse, ApiError> {
    Err(ApiError::NotFound)
}

/// Starts serving on `listener`; the returned server drains gracefully on SIGTERM.
pub fn run(
    listener: TcpListener,
    settings: &Settings,
    state: AppState,
) -> Result<Server, StartupError> {
    let spa_dir = settings.spa_dir.clone();
    let serve_spa = spa_dir.join("index.html").is_file();
    if !serve_spa {
        tracing::warn!(dir = %spa_dir.display(), "no built SPA found; serving the API only");
    }
    let max_json = settings.max_json_bytes;
    state.sign_in_limiter.spawn_housekeeping();
    mail::worker::start(settings, &state.db, &state.clock)
        .map_err(|e| StartupError::Other(e.to_string()))?;
    if settings.purge_job {
        crate::privacy::purge::start(
            &state.db,
            &state.clock,
            settings.jwt_secret.as_bytes().to_vec(),
        );
    }
    let dev_mailbox =
        settings.smtp_url.is_none() && settings.environment == Environment::Development;
    let data = web::Data::new(state);
    let security_headers = web::Data::new(SecurityHeaders::new(
        &spa_dir,
        settings.environment == Environment::Production,
    ));
    let api_doc = crate::openapi::document();
    let server = HttpServer::new(move || {
        // The dev mailbox and the docs UI go first: the `/api/v1` scope below answers every
        // other path under it.
        let (app, _) = App::new()
            .configure(|cfg| routes::dev::configure(cfg, dev_mailbox))
            .service(
                SwaggerUi::new("/api/v1/docs/{_:.*}").url("/api/v1/openapi.json", api_doc.clone()),
            )
            .into_utoipa_app()
            .openapi(ApiDoc::openapi())
            .app_data(data.clone())
            .app_data(
                web::JsonConfig::default()
                    .limit(max_json)
                    .error_handler(json_error),
            )
            .app_data(web::PathConfig::default().error_handler(path_error))
            .app_data(web::QueryConfig::default().error_handler(query_error))
            .service(
                scope::scope("/api/v1")
                    .configure(routes::configure)
                    .default_service(web::to(api_not_found)),
            )
            .split_for_parts();
        let app = app
            .service(routes::health::healthz)
            .service(routes::health::readyz)
            .service(routes::health::metrics);
        let app = app.service(actix_web::web::scope("").configure(|cfg| {
            if serve_spa {
                cfg.service(spa::service(&spa_dir));
            }
        }));
        app.app_data(security_headers.clone())
            .wrap(Compress::default())
            .wrap(from_fn(metrics::record))
            .wrap(from_fn(request_id::opaque_server_errors))
            .wrap(from_fn(security_headers::apply))
            .wrap(TracingLogger::<crate::telemetry::RequestSpan>::new())
    })
    .workers(settings.workers)
    .shutdown_timeout(settings.shutdown_timeout_seconds)
    .client_request_timeout(Duration::from_secs(30))
    .listen(listener)?
    .run();
    Ok(server)
}

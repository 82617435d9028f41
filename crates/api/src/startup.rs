//! Building the application: database, state, middleware, routes, and the HTTP server.

use std::net::TcpListener;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, HttpRequest, HttpServer, error::JsonPayloadError, web};
use overstap_migrations::{Migrator, MigratorTrait};
use overstap_persistence::{DatabaseConnection, DbConfig};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use tracing_actix_web::TracingLogger;
use utoipa::OpenApi;
use utoipa_actix_web::{AppExt, scope};
use utoipa_swagger_ui::SwaggerUi;

use crate::auth::{PasswordHasher, SignInLimiter, TokenKeys};
use crate::clock::Clock;
use crate::config::{Environment, Settings};
use crate::error::ApiError;
use crate::method_not_allowed::{self, KnownPaths};
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

/// The key of the PostgreSQL advisory lock that migrations run under: the bytes of
/// "overstap" read as a big-endian i64, `0x6f76657273746170` = 8031718527699542384. Keep it
/// fixed: replicas of different versions must take the same lock. (`lock_subject`'s
/// transaction locks share the key space; a collision would only make one of them wait.)
pub const MIGRATION_LOCK_KEY: i64 = i64::from_be_bytes(*b"overstap");

/// Brings the schema up to date, then opens the application's pool. `serve` (unless
/// `--no-migrate`), `seed-demo`, `purge` and the tests start here.
pub async fn database(settings: &Settings) -> Result<DatabaseConnection, StartupError> {
    migrate(settings).await?;
    connect(settings).await
}

/// Opens the application's pool over `DATABASE_URL`, without touching the schema.
pub async fn connect(settings: &Settings) -> Result<DatabaseConnection, StartupError> {
    Ok(overstap_persistence::connect(&DbConfig {
        url: settings.database_url.clone(),
        max_connections: settings.database_max_connections,
    })
    .await?)
}

/// Applies the pending migrations over `OVERSTAP_DATABASE_MIGRATION_URL` (the schema owner)
/// when it is set, else over `DATABASE_URL`, on a connection of its own that is closed after.
///
/// On PostgreSQL they run under the session-level advisory lock [`MIGRATION_LOCK_KEY`], taken
/// and released on that one connection, so replicas that start together never race: the
/// others wait for the first and then find nothing left to do. SQLite takes no lock: it is one
/// embedded file served by one process, and its own write lock already serialises writers.
pub async fn migrate(settings: &Settings) -> Result<(), StartupError> {
    let url = settings
        .database_migration_url
        .as_deref()
        .unwrap_or(&settings.database_url);
    let owner = overstap_persistence::connect_single_session(url).await?;
    let result = if owner.get_database_backend() == DbBackend::Postgres {
        migrate_under_lock(&owner).await
    } else {
        Migrator::up(&owner, None).await
    };
    // Closing ends the session, which also releases the lock if unlocking failed.
    owner.close().await?;
    result.map_err(StartupError::from)
}

async fn migrate_under_lock(owner: &DatabaseConnection) -> Result<(), sea_orm::DbErr> {
    let lock = |function: &str| {
        Statement::from_string(
            DbBackend::Postgres,
            format!("SELECT {function}({MIGRATION_LOCK_KEY}) AS done"),
        )
    };
    let taken = owner
        .query_one_raw(lock("pg_try_advisory_lock"))
        .await?
        .map(|row| row.try_get::<bool>("", "done"))
        .transpose()?
        .unwrap_or(false);
    if !taken {
        tracing::info!(
            key = MIGRATION_LOCK_KEY,
            "another process is migrating the database; waiting for it"
        );
        owner.execute_raw(lock("pg_advisory_lock")).await?;
    }
    let result = Migrator::up(owner, None).await;
    let released = owner
        .query_one_raw(lock("pg_advisory_unlock"))
        .await
        .ok()
        .flatten()
        .and_then(|row| row.try_get::<bool>("", "done").ok());
    if released != Some(true) {
        tracing::warn!(
            key = MIGRATION_LOCK_KEY,
            "the migration lock was not released explicitly; closing the connection releases it"
        );
    }
    result
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

pub(crate) fn json_error(err: JsonPayloadError, _req: &HttpRequest) -> actix_web::Error {
    match err {
        JsonPayloadError::Overflow { limit }
        | JsonPayloadError::OverflowKnownLength { limit, .. } => {
            ApiError::PayloadTooLarge { limit }.into()
        }
        JsonPayloadError::ContentType => {
            ApiError::Malformed("send the body as application/json".to_owned()).into()
        }
        // A well-formed body whose value is outside a closed set (an unknown role, language,
        // status) is a 422 like any other invalid value, not a malformed request.
        JsonPayloadError::Deserialize(e)
            if e.is_data() && e.to_string().starts_with("unknown variant") =>
        {
            ApiError::Invalid(vec![overstap_api_types::FieldError {
                field: "body".to_owned(),
                code: "unknown_value".to_owned(),
                message: e.to_string(),
            }])
            .into()
        }
        JsonPayloadError::Deserialize(e) if e.is_data() => {
            ApiError::Malformed(format!("a field is missing or has the wrong type: {e}")).into()
        }
        other => ApiError::Malformed(other.to_string()).into(),
    }
}

fn path_error(err: actix_web::error::PathError, req: &HttpRequest) -> actix_web::Error {
    // `PUT /school/pupils/import` reached the pupil route with `import` as its id: that path
    // exists, with other methods.
    let refused = req
        .app_data::<web::Data<KnownPaths>>()
        .and_then(|known| known.refuse(req.method().as_str(), req.path()));
    if let Some(refused) = refused {
        return refused.into();
    }
    // An id that is not a UUID cannot name anything of yours.
    tracing::debug!(%err, "unparseable path");
    ApiError::NotFound.into()
}

fn query_error(err: actix_web::error::QueryPayloadError, _req: &HttpRequest) -> actix_web::Error {
    ApiError::Malformed(format!("a query parameter is missing or malformed: {err}")).into()
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
    let known_paths = web::Data::new(KnownPaths::from_document(&api_doc));
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
            .app_data(known_paths.clone())
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
                    .default_service(web::to(method_not_allowed::not_found)),
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
            .wrap(from_fn(crate::idempotency::replay_or_run))
            .wrap(from_fn(crate::etag::tag_answers))
            .wrap(Compress::default())
            .wrap(from_fn(crate::auth::client_access::rate_limit_headers))
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

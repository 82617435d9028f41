//! `overstap`: serve the API and SPA, fill demo data, or print the OpenAPI document.

use std::net::TcpListener;
use std::process::ExitCode;

use overstap_api::clock::Clock;
use overstap_api::config::{Environment, Settings};
use overstap_api::{demo, openapi, startup, telemetry};

const USAGE: &str = "usage: overstap [serve | seed-demo [--json] | openapi | purge]

  serve       run migrations and serve the API and the built SPA (default)
  seed-demo   fill an empty database with the demo region and print the sign-ins
  openapi     print the OpenAPI document (the committed openapi/openapi.json)
  purge       run today's privacy purge now, unless a replica already did (see docs/operations.md)

Settings come from environment variables; see .env.example.";

#[actix_web::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().map_or("serve", String::as_str);
    if command == "openapi" {
        return match openapi::document_json() {
            Ok(json) => {
                print!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("openapi: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(settings.log_format);
    let result = match command {
        "serve" => serve(settings).await,
        "seed-demo" => seed_demo(settings, args.iter().any(|a| a == "--json")).await,
        "purge" => purge(settings).await,
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(settings: Settings) -> Result<(), String> {
    let clock = Clock::from_setting(settings.clock);
    if !clock.is_real() {
        tracing::warn!(now = %clock.now(), "the clock is fixed or shifted (demo/test mode)");
    }
    let db = startup::database(&settings)
        .await
        .map_err(|e| e.to_string())?;
    let state = startup::state(&settings, db, clock).map_err(|e| e.to_string())?;
    if settings.demo_data
        && let Some(summary) = demo::seed_if_empty(&state.db, &state.hasher, state.clock.now())
            .await
            .map_err(|e| e.to_string())?
    {
        demo::print_summary(&summary, settings.bind);
    }
    let listener =
        TcpListener::bind(settings.bind).map_err(|e| format!("bind {}: {e}", settings.bind))?;
    tracing::info!(address = %settings.bind, "serving Overstap on http://{}", settings.bind);
    startup::run(listener, &settings, state)
        .map_err(|e| e.to_string())?
        .await
        .map_err(|e| e.to_string())
}

async fn seed_demo(settings: Settings, json: bool) -> Result<(), String> {
    if settings.environment == Environment::Production {
        return Err("demo data (with its published password) is refused in production".to_owned());
    }
    let clock = Clock::from_setting(settings.clock);
    let db = startup::database(&settings)
        .await
        .map_err(|e| e.to_string())?;
    let state = startup::state(&settings, db, clock).map_err(|e| e.to_string())?;
    match demo::seed_if_empty(&state.db, &state.hasher, state.clock.now())
        .await
        .map_err(|e| e.to_string())?
    {
        Some(summary) if json => {
            println!(
                "{}",
                serde_json::to_string(&summary).map_err(|e| e.to_string())?
            );
            Ok(())
        }
        Some(summary) => {
            demo::print_summary(&summary, settings.bind);
            Ok(())
        }
        None => {
            Err("the database already holds a region; demo data goes into an empty one".to_owned())
        }
    }
}

async fn purge(settings: Settings) -> Result<(), String> {
    let clock = Clock::from_setting(settings.clock);
    let db = startup::database(&settings)
        .await
        .map_err(|e| e.to_string())?;
    let report =
        overstap_api::privacy::purge::run_daily(&db, clock.now(), settings.jwt_secret.as_bytes())
            .await
            .map_err(|e| e.to_string())?;
    if report.ran {
        println!(
            "purge: {} procedure(s) due, {} pupil(s) and {} parent account(s) removed, {} audit \
             entries pseudonymised; pruned {} login link(s), {} reset(s), {} refresh token(s), \
             {} idempotency key(s), {} sent message(s), {} sign-in failure count(s)",
            report.procedures_purged,
            report.erased.pupils,
            report.erased.parent_accounts,
            report.erased.audit_entries_pseudonymised,
            report.pruned.parent_logins,
            report.pruned.password_resets,
            report.pruned.refresh_tokens,
            report.pruned.idempotency_keys,
            report.pruned.outbox_messages,
            report.pruned.sign_in_backoff,
        );
    } else {
        println!("purge: already done today (by this or another replica)");
    }
    Ok(())
}

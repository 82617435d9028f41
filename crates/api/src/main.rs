//! `overstap`: serve the API and SPA, migrate, fill demo data, print the OpenAPI document,
//! purge, or create a region with its first coordinator. The command line is in `cli.rs`; `overstap --help` lists the commands.

mod cli;

use std::net::TcpListener;
use std::process::ExitCode;

use clap::Parser;
use overstap_api::clock::Clock;
use overstap_api::config::{Environment, Settings};
use overstap_api::{demo, openapi, startup, telemetry};

use crate::cli::{AdminCommand, Cli, Command, CreateRegionArgs};

#[actix_web::main]
async fn main() -> ExitCode {
    let command = Cli::parse().command_or_serve();
    if let Command::Openapi = command {
        return exit(print_openapi());
    }
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(settings.log_format);
    exit(match command {
        Command::Serve(args) => serve(settings, !args.no_migrate).await,
        Command::Migrate => migrate(&settings).await,
        Command::SeedDemo { json } => seed_demo(settings, json).await,
        Command::Openapi => print_openapi(),
        Command::Purge => purge(settings).await,
        Command::Admin(AdminCommand::CreateRegion(args)) => create_region(settings, args).await,
    })
}

fn exit(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn print_openapi() -> Result<(), String> {
    let json = openapi::document_json().map_err(|e| format!("openapi: {e}"))?;
    print!("{json}");
    Ok(())
}

async fn serve(settings: Settings, migrate: bool) -> Result<(), String> {
    let clock = Clock::from_setting(settings.clock);
    if !clock.is_real() {
        tracing::warn!(now = %clock.now(), "the clock is fixed or shifted (demo/test mode)");
    }
    let db = if migrate {
        startup::database(&settings).await
    } else {
        tracing::info!("--no-migrate: the schema is used as it is");
        startup::connect(&settings).await
    }
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

async fn migrate(settings: &Settings) -> Result<(), String> {
    startup::migrate(settings)
        .await
        .map_err(|e| e.to_string())?;
    println!("migrate: the schema is up to date");
    Ok(())
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

async fn create_region(settings: Settings, args: CreateRegionArgs) -> Result<(), String> {
    use overstap_api::mail::{OutboxWorker, WorkerConfig};
    use overstap_api::staff::{links, region};

    let clock = Clock::from_setting(settings.clock);
    let db = startup::database(&settings)
        .await
        .map_err(|e| e.to_string())?;
    let now = clock.now();
    let coordinator_name = args
        .coordinator_name
        .clone()
        .unwrap_or_else(|| format!("Coördinator {}", args.name.trim()));
    let language = args
        .language
        .parse()
        .map_err(|e| format!("--language: {e}"))?;
    let new = region::NewRegion {
        name: &args.name,
        profile: &args.profile,
        coordinator_email: &args.coordinator_email,
        coordinator_name: &coordinator_name,
        language,
    };
    let smtp = settings.smtp_url.clone();
    let created = region::create_region(&db, &new, smtp.is_some(), now).await?;
    println!(
        "create-region: region {:?} created with coordinator {} ({})",
        args.name.trim(),
        args.coordinator_email.trim(),
        created.coordinator
    );
    let Some(smtp_url) = smtp else {
        let minted = links::mint(&db, created.invitation, &settings.public_url, now)
            .await
            .map_err(|e| format!("database: {e}"))?
            .map_err(str::to_owned)?;
        let (address, _, link) = minted;
        let until = link
            .expires_at
            .map(|at| overstap_domain::format_date_time(at, language))
            .unwrap_or_default();
        println!(
            "No SMTP_URL is set: give the coordinator this single-use invitation link (it works \
             until {until}, Europe/Amsterdam):\n\n  {address}\n"
        );
        return Ok(());
    };
    let worker = OutboxWorker::new(
        db.clone(),
        clock,
        &smtp_url,
        &settings.mail_from,
        &settings.public_url,
        WorkerConfig::default(),
    )
    .map_err(|e| format!("SMTP: {e}"))?;
    worker
        .deliver_batch()
        .await
        .map_err(|e| format!("database: {e}"))?;
    let sent = match created.mail {
        Some(id) => overstap_persistence::outbox::is_sent(&db, id)
            .await
            .map_err(|e| format!("database: {e}"))?,
        None => false,
    };
    if sent {
        println!("The invitation was e-mailed; its link works for 7 days.");
    } else {
        println!(
            "The invitation is queued; the server's mail worker sends it (check the SMTP \
             settings and the logs if it does not arrive)."
        );
    }
    Ok(())
}

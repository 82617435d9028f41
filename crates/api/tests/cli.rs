//! The `overstap` binary as an operator runs it: help and version with no environment at all,
//! usage errors, a missing setting, and two replicas migrating one fresh database at once.
//!
//! The migration test uses the suites' database convention: PostgreSQL when
//! `OVERSTAP_TEST_DATABASE=postgres` (the second pass of scripts/test.sh; the server is
//! `OVERSTAP_TEST_POSTGRES_URL`), where both processes start together and the migration lock
//! must keep them apart. On SQLite (one file, one process by design) they run one after the
//! other, and the second must find nothing to do.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use overstap_migrations::{Migrator, MigratorTrait};
use overstap_persistence::provision::{Backend, fresh_database, postgres_server_url};
use sea_orm::{ConnectionTrait, Database, DbBackend, Statement};

const COMMANDS: [&str; 6] = ["serve", "migrate", "seed-demo", "openapi", "purge", "admin"];

/// The binary with an empty environment but `PATH`, run in a scratch directory so that
/// nothing it might create (a SQLite file under `data/`) lands in the source tree.
fn overstap(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_overstap"));
    command
        .args(args)
        .env_clear()
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(path) = std::env::var_os("PATH") {
        command.env("PATH", path);
    }
    command
}

/// Waits for `child`, killing it and failing the test after `limit` (a server that should
/// have refused to start would otherwise serve forever). Its output must be small.
fn finish(mut child: Child, limit: Duration) -> Output {
    let deadline = Instant::now() + limit;
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().ok();
            let output = child.wait_with_output().unwrap();
            panic!(
                "still running after {limit:?}; stderr:\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn run(args: &[&str]) -> Output {
    finish(overstap(args).spawn().unwrap(), Duration::from_secs(30))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_lists_every_command_without_any_setting() {
    for args in [&["--help"][..], &["help"], &["-h"]] {
        let output = run(args);
        let stdout = text(&output.stdout);
        assert!(output.status.success(), "{args:?}: {output:?}");
        for command in COMMANDS {
            assert!(
                stdout.lines().any(|l| l.trim_start().starts_with(command)),
                "{args:?} does not list {command}:\n{stdout}"
            );
        }
    }
}

#[test]
fn serve_help_offers_to_skip_the_migrations() {
    let output = run(&["serve", "--help"]);
    assert!(output.status.success(), "{output:?}");
    assert!(text(&output.stdout).contains("--no-migrate"));
}

#[test]
fn version_is_the_package_version_without_any_setting() {
    let output = run(&["--version"]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        text(&output.stdout).trim(),
        format!("overstap {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn an_unknown_command_or_option_is_a_usage_error_with_exit_code_2() {
    for args in [
        &["frobnicate"][..],
        &["migrate", "--json"],
        &["--no-such-flag"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let stderr = text(&output.stderr);
        assert!(stderr.contains("error:"), "{args:?}: {stderr}");
        assert!(stderr.contains("Usage:"), "{args:?}: {stderr}");
    }
}

#[test]
fn openapi_needs_no_setting() {
    let output = overstap(&["openapi"]).output().unwrap();
    assert!(output.status.success(), "{:?}", text(&output.stderr));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
}

#[test]
fn serve_and_migrate_without_their_settings_stop_at_once_with_a_configuration_error() {
    // No OVERSTAP_ENV means production, which needs its own JWT secret.
    for args in [
        &[][..],
        &["serve"],
        &["serve", "--no-migrate"],
        &["migrate"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let stderr = text(&output.stderr);
        assert!(
            stderr.contains("configuration error: setting OVERSTAP_JWT_SECRET"),
            "{args:?}: {stderr}"
        );
    }
}

fn migrate(database_url: &str) -> Child {
    overstap(&["migrate"])
        .env("OVERSTAP_ENV", "development")
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "info")
        .spawn()
        .unwrap()
}

fn assert_migrated(output: &Output) {
    assert!(
        output.status.success(),
        "overstap migrate failed: {}\n{}",
        output.status,
        text(&output.stderr)
    );
    assert!(text(&output.stdout).contains("migrate: the schema is up to date"));
}

async fn applied_migrations(database_url: &str) -> Result<usize, sea_orm::DbErr> {
    let db = Database::connect(database_url).await?;
    let count = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM seaql_migrations",
        ))
        .await;
    db.close().await?;
    let applied = match count? {
        Some(row) => row.try_get::<i64>("", "n")?,
        None => 0,
    };
    Ok(usize::try_from(applied).unwrap_or(0))
}

async fn drop_database(backend: Backend, database_url: &str) {
    match backend {
        Backend::Postgres => {
            let name = database_url.rsplit('/').next().unwrap();
            let admin = Database::connect(format!("{}/postgres", postgres_server_url()))
                .await
                .unwrap();
            admin
                .execute_raw(Statement::from_string(
                    DbBackend::Postgres,
                    format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"),
                ))
                .await
                .unwrap();
            admin.close().await.unwrap();
        }
        Backend::Sqlite => {
            let path = database_url
                .trim_start_matches("sqlite://")
                .split('?')
                .next()
                .unwrap();
            for suffix in ["", "-wal", "-shm"] {
                std::fs::remove_file(format!("{path}{suffix}")).ok();
            }
            assert!(!Path::new(path).exists());
        }
    }
}

#[tokio::test]
async fn two_replicas_migrating_one_fresh_database_both_succeed_and_complete_the_schema() {
    let backend = Backend::from_env();
    let url = fresh_database(backend)
        .await
        .unwrap_or_else(|e| panic!("cannot create a {backend:?} test database: {e}"));
    let limit = Duration::from_secs(120);
    let outputs = match backend {
        Backend::Postgres => {
            // Started at the same moment; without the lock one of them fails on a table or a
            // type that the other has just created.
            let (first, second) = (migrate(&url), migrate(&url));
            [finish(first, limit), finish(second, limit)]
        }
        Backend::Sqlite => [finish(migrate(&url), limit), finish(migrate(&url), limit)],
    };
    let applied = applied_migrations(&url).await;
    drop_database(backend, &url).await;

    for output in &outputs {
        assert_migrated(output);
    }
    assert_eq!(applied.unwrap(), Migrator::migrations().len());
}

#[tokio::test]
async fn serve_with_no_migrate_serves_without_touching_the_schema() {
    let backend = Backend::from_env();
    let url = fresh_database(backend)
        .await
        .unwrap_or_else(|e| panic!("cannot create a {backend:?} test database: {e}"));
    let mut child = overstap(&["serve", "--no-migrate"])
        .env("OVERSTAP_ENV", "development")
        .env("DATABASE_URL", &url)
        .env("OVERSTAP_BIND", "127.0.0.1:0")
        .env("OVERSTAP_SPA_DIR", "/nonexistent")
        .env("OVERSTAP_WORKERS", "1")
        .env("RUST_LOG", "info")
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (sender, serving) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.contains("serving Overstap on") {
                sender.send(()).ok();
            }
        }
    });
    let started = serving.recv_timeout(Duration::from_secs(30));
    child.kill().ok();
    let output = child.wait_with_output().unwrap();
    let applied = applied_migrations(&url).await;
    drop_database(backend, &url).await;

    assert!(
        started.is_ok(),
        "serve --no-migrate did not start: {}",
        text(&output.stderr)
    );
    assert!(applied.is_err(), "serve --no-migrate migrated: {applied:?}");
}

/// A port nobody listens on right now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn admin_create_region_makes_a_coordinator_whose_printed_invitation_opens_the_account() {
    let backend = Backend::from_env();
    let url = fresh_database(backend)
        .await
        .unwrap_or_else(|e| panic!("cannot create a {backend:?} test database: {e}"));
    let port = free_port();
    let public_url = format!("http://127.0.0.1:{port}");
    let create = |email: &str| {
        overstap(&[
            "admin",
            "create-region",
            "--name",
            "ELK Proefregio",
            "--coordinator-email",
            email,
        ])
        .env("OVERSTAP_ENV", "development")
        .env("DATABASE_URL", &url)
        .env("OVERSTAP_PUBLIC_URL", &public_url)
        .spawn()
        .unwrap()
    };
    let created = finish(create("Coordinator@Proef.example"), Duration::from_secs(60));
    // The same coordinator (or region) twice is refused, and a profile that is not built in
    // is a usage error.
    let again = finish(create("coordinator@proef.example"), Duration::from_secs(60));
    let unknown_profile = run(&[
        "admin",
        "create-region",
        "--name",
        "X",
        "--coordinator-email",
        "x@example.org",
        "--profile",
        "utrecht",
    ]);

    let mut server = overstap(&["serve", "--no-migrate"])
        .env("OVERSTAP_ENV", "development")
        .env("DATABASE_URL", &url)
        .env("OVERSTAP_BIND", format!("127.0.0.1:{port}"))
        .env("OVERSTAP_SPA_DIR", "/nonexistent")
        .env("OVERSTAP_WORKERS", "1")
        .env("RUST_LOG", "info")
        .spawn()
        .unwrap();
    let stdout = server.stdout.take().unwrap();
    let (sender, serving) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.contains("serving Overstap on") {
                sender.send(()).ok();
            }
        }
    });
    let started = serving.recv_timeout(Duration::from_secs(30));
    let printed = text(&created.stdout);
    let token = printed
        .split("/inloggen/school/uitnodiging?token=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .map(str::to_owned);
    let client = reqwest::Client::new();
    let api = |path: &str| format!("{public_url}/api/v1{path}");
    let mut answers = Vec::new();
    if let (Ok(()), Some(token)) = (started, &token) {
        for (path, body) in [
            (
                "/auth/staff/invitation/preview",
                serde_json::json!({ "token": token }),
            ),
            (
                "/auth/staff/invitation/accept",
                serde_json::json!({ "token": token, "password": "zeven-wolken-boven-de-amstel" }),
            ),
            (
                "/auth/staff/sign-in",
                serde_json::json!({
                    "email": "coordinator@proef.example",
                    "password": "zeven-wolken-boven-de-amstel",
                }),
            ),
        ] {
            let response = client.post(api(path)).json(&body).send().await.unwrap();
            answers.push((response.status().as_u16(), response.text().await.unwrap()));
        }
    }
    server.kill().ok();
    server.wait().ok();
    drop_database(backend, &url).await;

    assert!(created.status.success(), "{}", text(&created.stderr));
    assert!(printed.contains("No SMTP_URL is set"), "{printed}");
    assert!(token.is_some(), "no invitation link in: {printed}");
    assert_eq!(again.status.code(), Some(1), "{}", text(&again.stdout));
    assert!(
        text(&again.stderr).contains("exists already"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(unknown_profile.status.code(), Some(2));
    assert!(started.is_ok(), "the server did not start");
    let statuses: Vec<u16> = answers.iter().map(|(status, _)| *status).collect();
    assert_eq!(statuses, [200, 204, 200], "{answers:#?}");
    assert!(
        answers[0].1.contains("\"region_name\":\"ELK Proefregio\""),
        "{}",
        answers[0].1
    );
    assert!(
        answers[0].1.contains("\"role\":\"coordinator\""),
        "{}",
        answers[0].1
    );
}

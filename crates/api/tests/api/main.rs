//! The API suite: every test spawns the real app on a random port with a fresh database.
//! `OVERSTAP_TEST_DATABASE=postgres` runs the same tests on PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod address_change;
mod api_clients;
mod audit_log;
mod auth;
mod authorization_matrix;
mod board;
mod client;
mod entity_tags;
mod errors;
mod helpers;
mod idempotency;
mod mail;
mod openapi;
mod operations;
mod paper_route;
mod parent_activation;
mod parent_registration;
mod parent_support;
mod placement;
mod po_support;
mod privacy;
mod procedures;
mod pupil_import;
mod pupils;
mod refresh_cookie;
mod region_settings;
mod retention;
mod round2;
mod school_directory;
mod secret_links;
mod security_headers;
mod sign_in_backoff;
mod smtp_sink;
mod staff_accounts;
mod staff_schools;
mod statistics;
mod token_binding;
mod twins;
mod two_step;
mod vo_workspace;

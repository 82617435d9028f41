//! The Overstap HTTP API: configuration, start-up, routes, authentication and the CLI's jobs.
//!
//! The e-mails to parents (`mail`) are rendered from the templates in `crates/api/templates/mail/`
//! with the texts in `locales/<lang>/mail.ftl` at the repository root (nl, en, tr, ar), both
//! compiled into the binary; docs/translations.md says how to change a text.

pub mod api_clients;
pub mod audit_log;
pub mod auth;
pub mod clock;
pub mod config;
pub mod csv;
pub mod demo;
pub mod dto;
pub mod error;
pub mod etag;
pub mod idempotency;
pub mod json_body;
pub mod logins;
pub mod mail;
pub mod method_not_allowed;
pub mod metrics;
pub mod openapi;
pub mod parent;
pub mod parent_address;
pub mod placement;
pub mod priority;
pub mod privacy;
pub mod procedures;
pub mod pupil_csv;
pub mod pupil_records;
pub mod region_settings;
pub mod request_id;
pub mod routes;
pub mod school_directory;
pub mod security_headers;
pub mod spa;
pub mod staff;
pub mod startup;
pub mod state;
pub mod statistics;
pub mod status_board;
pub mod telemetry;
pub mod vo_context;
pub mod vo_placements;

//! The Overstap HTTP API: configuration, start-up, routes, authentication and the CLI's jobs.

pub mod auth;
pub mod clock;
pub mod config;
pub mod demo;
pub mod dto;
pub mod error;
pub mod logins;
pub mod mail;
pub mod metrics;
pub mod openapi;
pub mod parent_address;
pub mod placement;
pub mod portal;
pub mod privacy;
pub mod pupil_csv;
pub mod pupil_records;
pub mod request_id;
pub mod routes;
pub mod security_headers;
pub mod spa;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod vo_workspace;

//! Persistence: sea-orm entities and one repository module per aggregate.
//!
//! Repositories take any `ConnectionTrait` so a handler can run several of them in one
//! transaction. They return plain records with typed ids; they make no decisions.

pub mod api_clients;
pub mod audit;
pub mod boards;
pub mod data_export;
pub mod db;
pub mod entities;
pub mod idempotency;
pub mod idempotent_requests;
pub mod operations;
pub mod outbox;
pub mod parent_logins;
pub mod parents;
pub mod password_resets;
pub mod placement_runs;
pub mod preference_entries;
pub mod priority;
pub mod procedures;
pub mod provision;
pub mod pupils;
pub mod regions;
pub mod registrations;
pub mod reserve_offers;
pub mod retention;
pub mod round2;
pub mod schools;
pub mod sessions;
pub mod sign_in_backoff;
pub mod staff;
pub mod staff_links;
pub mod staff_two_step;
pub mod statistics;
pub mod status_counts;
pub mod stored;
pub mod vo_capacity;
pub mod vo_placements;
pub mod vo_pupils;
pub mod vo_registrations;

pub use db::{DbConfig, begin_write, connect, connect_single_session, lock_subject};
pub use sea_orm::{DatabaseConnection, DbErr, TransactionTrait};
pub use stored::{Stored, StoredText};

//! sea-orm entities, one module per table.

pub mod audit_log;
pub mod board;
pub mod idempotency_key;
pub mod mail_outbox;
pub mod parent_account;
pub mod parent_login;
pub mod password_reset;
pub mod placement;
pub mod placement_change;
pub mod placement_run;
pub mod preference_entry;
pub mod priority_decision;
pub mod procedure;
pub mod programme;
pub mod pupil;
pub mod refresh_token;
pub mod region;
pub mod registration;
pub mod registration_form_version;
pub mod reserve_entry;
pub mod reserve_offer;
pub mod reserve_offer_decision;
pub mod school;
pub mod seed_commitment;
pub mod staff_user;
pub mod status_count;

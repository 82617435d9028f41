//! Overstap's single-page app for parents and school staff, built as three bundles from this one
//! library: `src/bin/welcome.rs` (landing page, parent sign-in, activation, password reset,
//! privacy: a parent's first download), `src/bin/parent.rs` (the signed-in parent's portal) and
//! `src/bin/staff.rs` (school sign-in and the PO, VO, board and coordinator workspaces). Each
//! entry point mounts [`app::App`] with its own route table; which paths belong to which bundle
//! is decided by `overstap_api_types::spa::bundle_for`, shared with the server.

mod api;
pub mod app;
mod components;
mod download;
mod i18n;
pub mod pages;
mod query;
mod session;
mod storage;

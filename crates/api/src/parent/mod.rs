//! The parent portal's use cases: activation and password reset, the catalogue a parent
//! chooses from, and the registration's draft, confirmation and withdrawal.
//!
//! Handlers in `routes/parent.rs`, `routes/parent_activation.rs` and
//! `routes/parent_registration.rs` stay thin: they read the session and the body and call in
//! here; every rule lives in the domain and every write in one transaction.

pub mod activation;
pub mod catalogue;
pub mod context;
pub mod reference_cache;
pub mod registration;
pub mod twin_link;
pub mod views;

pub use catalogue::{CatalogueCache, RegionCatalogue};
pub use context::ParentContext;
pub use reference_cache::ReferenceCache;

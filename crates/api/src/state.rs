//! `AppState`: what every handler can reach, built once at start-up.

use overstap_persistence::DatabaseConnection;

use crate::auth::{PasswordHasher, SignInLimiter, TokenKeys};
use crate::clock::Clock;
use crate::metrics::Metrics;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub clock: Clock,
    pub tokens: TokenKeys,
    pub hasher: PasswordHasher,
    pub sign_in_limiter: SignInLimiter,
    pub metrics: Metrics,
    /// The portal's base URL, for links in e-mails.
    pub public_url: String,
    /// Each region's programmes as the parent portal checks lists against them.
    pub catalogues: std::sync::Arc<crate::parent::CatalogueCache>,
    /// Procedures and schools by id, for the parent portal's hot path.
    pub references: std::sync::Arc<crate::parent::ReferenceCache>,
    /// The key of the audit log's pseudonyms for erased people (the JWT secret's bytes).
    pub pseudonym_key: Vec<u8>,
    /// Whether coordinators and board admins must sign in with a one-time password.
    pub two_step_required: bool,
}

//! The session's token pair and role, kept in localStorage so a reload stays signed in.

use overstap_api_types::{Role, TokenResponse};

use crate::storage;

const ACCESS_TOKEN: &str = "overstap.access_token";
const REFRESH_TOKEN: &str = "overstap.refresh_token";
const ROLE: &str = "overstap.role";

pub fn store(tokens: &TokenResponse) {
    storage::set(ACCESS_TOKEN, &tokens.access_token);
    storage::set(REFRESH_TOKEN, &tokens.refresh_token);
    if let Ok(role) = serde_json::to_string(&tokens.role) {
        storage::set(ROLE, &role);
    }
}

pub fn access_token() -> Option<String> {
    storage::get(ACCESS_TOKEN)
}

pub fn refresh_token() -> Option<String> {
    storage::get(REFRESH_TOKEN)
}

/// The role of the stored session; `None` when there is no complete session.
pub fn role() -> Option<Role> {
    access_token()?;
    refresh_token()?;
    serde_json::from_str(&storage::get(ROLE)?).ok()
}

pub fn clear() {
    storage::remove(ACCESS_TOKEN);
    storage::remove(REFRESH_TOKEN);
    storage::remove(ROLE);
}

//! The session's access token and role, kept in localStorage so a reload stays signed in. The
//! refresh token is not here: the server keeps it in an HttpOnly cookie that no script on the
//! page can read (see `client::post`).

use overstap_api_types::{Role, TokenResponse};

use crate::storage;

const ACCESS_TOKEN: &str = "overstap.access_token";
const ROLE: &str = "overstap.role";
/// Written when this browser's session switches school: other tabs, still showing the previous
/// school, reload (see `app.rs`). Ordinary token refreshes do not touch it.
pub const SCHOOL_SWITCHED: &str = "overstap.school_switched";
/// Where earlier versions kept the refresh token; removed when the session is cleared.
const LEGACY_REFRESH_TOKEN: &str = "overstap.refresh_token";

pub fn store(tokens: &TokenResponse) {
    storage::set(ACCESS_TOKEN, &tokens.access_token);
    storage::remove(LEGACY_REFRESH_TOKEN);
    if let Ok(role) = serde_json::to_string(&tokens.role) {
        storage::set(ROLE, &role);
    }
}

/// Tells the other tabs that the session now works on `school`.
pub fn announce_school(school: uuid::Uuid) {
    storage::set(SCHOOL_SWITCHED, &school.to_string());
}

pub fn access_token() -> Option<String> {
    storage::get(ACCESS_TOKEN)
}

/// The role of the stored session; `None` when there is no session.
pub fn role() -> Option<Role> {
    access_token()?;
    serde_json::from_str(&storage::get(ROLE)?).ok()
}

pub fn clear() {
    storage::remove(ACCESS_TOKEN);
    storage::remove(LEGACY_REFRESH_TOKEN);
    storage::remove(ROLE);
}

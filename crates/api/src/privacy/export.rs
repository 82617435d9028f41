//! The parent's export of everything held about their child (AVG art. 15), as JSON.

use overstap_persistence::data_export;

use crate::auth::Session;
use crate::error::ApiError;
use crate::state::AppState;

/// Only the signed-in parent's own child: the pupil comes from the session, never the request.
pub async fn export(state: &AppState, session: &Session) -> Result<String, ApiError> {
    let pupil = session.parent_pupil()?;
    let document = data_export::export(&state.db, pupil.as_uuid())
        .await?
        .ok_or(ApiError::NotFound)?;
    serde_json::to_string_pretty(&serde_json::json!({
        "generated_at": state.clock.now(),
        "data": document,
    }))
    .map_err(ApiError::internal)
}

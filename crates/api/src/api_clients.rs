//! API clients as their managers see them: a coordinator makes clients for any of the
//! region's schools, a board admin for the board's schools; each sees and manages only those.
//! The secret is shown once (at creation and at each rotation) and stored as a SHA-256 hash:
//! it is 256 random bits, so a slow password hash would add nothing.

use std::collections::BTreeSet;

use overstap_api_types::{
    ApiClientListResponse, ApiClientRequest, ApiClientResponse, ApiClientSecretResponse,
};
use overstap_domain::api_client::{self as domain, ApiScope, ROTATION_GRACE, ScopeSet};
use overstap_domain::{ApiClientId, SchoolId};
use overstap_persistence::api_clients::{self, ApiClient, NewApiClient};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::schools;
use serde_json::json;

use crate::auth::Session;
use crate::auth::tokens::new_opaque_token;
use crate::error::{ApiError, validate};
use crate::staff::accounts::Manager;
use crate::state::AppState;

/// Requests per minute of a client made without a limit of its own.
pub const DEFAULT_REQUESTS_PER_MINUTE: u32 = 600;

fn wire_scope(scope: ApiScope) -> overstap_api_types::ApiScope {
    match scope {
        ApiScope::PupilsRead => overstap_api_types::ApiScope::PupilsRead,
        ApiScope::PupilsWrite => overstap_api_types::ApiScope::PupilsWrite,
        ApiScope::RegistrationsRead => overstap_api_types::ApiScope::RegistrationsRead,
        ApiScope::PlacementsRead => overstap_api_types::ApiScope::PlacementsRead,
    }
}

fn domain_scope(scope: overstap_api_types::ApiScope) -> ApiScope {
    match scope {
        overstap_api_types::ApiScope::PupilsRead => ApiScope::PupilsRead,
        overstap_api_types::ApiScope::PupilsWrite => ApiScope::PupilsWrite,
        overstap_api_types::ApiScope::RegistrationsRead => ApiScope::RegistrationsRead,
        overstap_api_types::ApiScope::PlacementsRead => ApiScope::PlacementsRead,
    }
}

pub fn response(client: &ApiClient) -> ApiClientResponse {
    ApiClientResponse {
        id: client.id.as_uuid(),
        name: client.name.clone(),
        school_ids: client.schools.iter().map(SchoolId::as_uuid).collect(),
        scopes: client.scopes.iter().map(wire_scope).collect(),
        requests_per_minute: client.requests_per_minute,
        board_id: client.board_id.map(|b| b.as_uuid()),
        created_at: client.created_at,
        revoked_at: client.revoked_at,
        last_used_at: client.last_used_at,
        previous_secret_until: client.previous_secret_until,
    }
}

/// The clients `manager` sees: the region's, or the board's.
pub async fn list(state: &AppState, session: &Session) -> Result<ApiClientListResponse, ApiError> {
    let manager = Manager::of(session)?;
    let clients =
        api_clients::list(&state.db, manager.region, manager.board, state.clock.now()).await?;
    Ok(ApiClientListResponse {
        clients: clients.iter().map(response).collect(),
    })
}

/// The schools named, each one of the manager's and active; every problem at `school_ids`.
async fn check_schools(
    state: &AppState,
    manager: &Manager,
    ids: &[uuid::Uuid],
) -> Result<Vec<SchoolId>, ApiError> {
    let unique: BTreeSet<uuid::Uuid> = ids.iter().copied().collect();
    let mut schools = Vec::with_capacity(unique.len());
    for id in unique {
        let school = schools::find(&state.db, SchoolId::from_uuid(id))
            .await?
            .filter(|s| s.region_id == manager.region)
            .filter(|s| manager.board.is_none_or(|board| s.board_id == board));
        match school {
            None => {
                return Err(ApiError::field(
                    "school_ids",
                    "unknown_school",
                    format!("School {id} is not one of the schools you manage."),
                ));
            }
            Some(school) if !school.active => {
                return Err(ApiError::field(
                    "school_ids",
                    "inactive",
                    format!("{} is deactivated.", school.name),
                ));
            }
            Some(school) => schools.push(school.id),
        }
    }
    Ok(schools)
}

/// Makes a client; answers it with its secret, shown this once.
pub async fn create(
    state: &AppState,
    session: &Session,
    request: &ApiClientRequest,
) -> Result<ApiClientSecretResponse, ApiError> {
    let manager = Manager::of(session)?;
    validate(request)?;
    let name = request.name.trim();
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(ApiError::field(
            "name",
            "length",
            "Give the client a name on one line.",
        ));
    }
    let schools = check_schools(state, &manager, &request.school_ids).await?;
    let scopes = ScopeSet::new(request.scopes.iter().copied().map(domain_scope));
    let now = state.clock.now();
    if api_clients::list(&state.db, manager.region, None, now)
        .await?
        .iter()
        .any(|c| c.name == name)
    {
        return Err(ApiError::field(
            "name",
            "taken",
            "Another API client of the region has this name.",
        ));
    }
    let (secret, hash) = new_opaque_token();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let id = api_clients::create(
        &txn,
        NewApiClient {
            region_id: manager.region,
            board_id: manager.board,
            name,
            scopes: &scopes,
            requests_per_minute: request
                .requests_per_minute
                .unwrap_or(DEFAULT_REQUESTS_PER_MINUTE),
            schools: &schools,
            created_by: manager.id,
            secret_hash: &hash,
        },
        now,
    )
    .await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::ApiClientCreated,
            session.actor(),
            AuditSubject::ApiClient(id),
            now,
        )
        .details(json!({
            "name": name,
            "scopes": scopes.to_string(),
            "schools": schools.iter().map(SchoolId::as_uuid).collect::<Vec<_>>(),
        })),
    )
    .await?;
    let client = api_clients::find(&txn, id, now)
        .await?
        .ok_or_else(|| ApiError::internal("the new client is gone"))?;
    txn.commit().await?;
    Ok(ApiClientSecretResponse {
        client: response(&client),
        client_secret: secret,
    })
}

/// The manager's client `id`, or 404.
async fn managed(
    state: &AppState,
    manager: &Manager,
    id: ApiClientId,
) -> Result<ApiClient, ApiError> {
    api_clients::find(&state.db, id, state.clock.now())
        .await?
        .filter(|c| c.region_id == manager.region)
        .filter(|c| manager.board.is_none() || c.board_id == manager.board)
        .ok_or(ApiError::NotFound)
}

/// A new secret; the current one keeps working for [`ROTATION_GRACE`].
pub async fn rotate(
    state: &AppState,
    session: &Session,
    id: ApiClientId,
) -> Result<ApiClientSecretResponse, ApiError> {
    let manager = Manager::of(session)?;
    let client = managed(state, &manager, id).await?;
    if client.revoked_at.is_some() {
        return Err(ApiError::Conflict {
            message: "This API client was revoked; make a new one.".to_owned(),
            facts: None,
        });
    }
    let now = state.clock.now();
    let (secret, hash) = new_opaque_token();
    let old_until = now + ROTATION_GRACE;
    let txn = overstap_persistence::begin_write(&state.db).await?;
    // Two rotations at once would each leave a current secret: one after the other.
    overstap_persistence::db::lock_subject(&txn, id.as_uuid()).await?;
    // Revoked while this request waited for the lock: no secret for a revoked client.
    if api_clients::find(&txn, id, now)
        .await?
        .is_none_or(|c| c.revoked_at.is_some())
    {
        return Err(ApiError::Conflict {
            message: "This API client was revoked; make a new one.".to_owned(),
            facts: None,
        });
    }
    api_clients::rotate(&txn, id, &hash, old_until, now).await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::ApiClientSecretRotated,
            session.actor(),
            AuditSubject::ApiClient(id),
            now,
        )
        .details(json!({ "previous_secret_until": old_until.unix_timestamp() })),
    )
    .await?;
    let client = api_clients::find(&txn, id, now)
        .await?
        .ok_or(ApiError::NotFound)?;
    txn.commit().await?;
    Ok(ApiClientSecretResponse {
        client: response(&client),
        client_secret: secret,
    })
}

/// Revokes the client: no more tokens, and the tokens it holds stop working at once.
pub async fn revoke(state: &AppState, session: &Session, id: ApiClientId) -> Result<(), ApiError> {
    let manager = Manager::of(session)?;
    managed(state, &manager, id).await?;
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    overstap_persistence::db::lock_subject(&txn, id.as_uuid()).await?;
    if api_clients::revoke(&txn, id, now).await? {
        audit::append(
            &txn,
            AuditEntry::new(
                AuditAction::ApiClientRevoked,
                session.actor(),
                AuditSubject::ApiClient(id),
                now,
            ),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Decides a token request of an authenticated client (see [`domain::grant`]).
pub fn grant(
    client: &ApiClient,
    scope: Option<&str>,
    school: Option<SchoolId>,
) -> Result<domain::Grant<SchoolId>, domain::GrantError> {
    domain::grant(&client.scopes, &client.schools, scope, school)
}

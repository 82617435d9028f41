//! The audit-log reader: a coordinator reads the region's log, a board admin the entries about
//! the board's schools (their pupils, staff and programmes); filtered by actor, pupil, action
//! and period, newest first, a page at a time, or as a CSV file.

use std::collections::HashMap;

use base64::Engine;
use overstap_api_types::{AuditLogEntry, AuditLogQuery, AuditLogResponse};
use overstap_domain::{ElkNumber, PupilId, Role, SchoolId, StaffUserId};
use overstap_persistence::audit::read::{self, After, Entry, Filter};
use overstap_persistence::{pupils, schools, staff};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

use crate::auth::Session;
use crate::csv::Csv;
use crate::error::{ApiError, validate};
use crate::state::AppState;

/// The most entries one CSV export holds.
pub const MAX_EXPORT: u64 = 10_000;
const PAGE: u32 = 50;

fn instant(name: &str, value: Option<&str>) -> Result<Option<OffsetDateTime>, ApiError> {
    value
        .filter(|v| !v.trim().is_empty())
        .map(|v| {
            OffsetDateTime::parse(v.trim(), &Rfc3339).map_err(|_| {
                ApiError::field(
                    name,
                    "date_time",
                    "Write a moment as RFC 3339, e.g. 2027-03-20T09:00:00+01:00.",
                )
            })
        })
        .transpose()
}

fn encode(after: After) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!(
        "{}:{}",
        after.occurred_at.unix_timestamp_nanos(),
        after.id
    ))
}

fn decode(cursor: &str) -> Result<After, ApiError> {
    let invalid = || ApiError::field("cursor", "invalid_cursor", "Use the next_cursor of a page.");
    let text = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(invalid)?;
    let (nanos, id) = text.split_once(':').ok_or_else(invalid)?;
    let occurred_at = nanos
        .parse::<i128>()
        .ok()
        .and_then(|n| OffsetDateTime::from_unix_timestamp_nanos(n).ok())
        .ok_or_else(invalid)?;
    let id = Uuid::parse_str(id).map_err(|_| invalid())?;
    Ok(After { occurred_at, id })
}

/// The reader's own filter: the region, and for a board admin the board's schools.
async fn filter(
    state: &AppState,
    session: &Session,
    query: &AuditLogQuery,
) -> Result<(Filter, HashMap<SchoolId, String>), ApiError> {
    validate(query)?;
    let region = session.region_id;
    let all_schools = schools::list_for_region(&state.db, region).await?;
    let (schools, names): (Option<Vec<SchoolId>>, HashMap<SchoolId, String>) = match session.role {
        Role::Coordinator => (
            None,
            all_schools.into_iter().map(|s| (s.id, s.name)).collect(),
        ),
        Role::BoardAdmin => {
            let board = session.board()?;
            let own: Vec<_> = all_schools
                .into_iter()
                .filter(|s| s.board_id == board)
                .collect();
            (
                Some(own.iter().map(|s| s.id).collect()),
                own.into_iter().map(|s| (s.id, s.name)).collect(),
            )
        }
        _ => return Err(ApiError::Forbidden),
    };
    let pupil = match query.elk_number.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(elk) => {
            let elk = ElkNumber::parse(elk).map_err(|_| {
                ApiError::field("elk_number", "elk_number", "This is not an ELK number.")
            })?;
            let within: Vec<SchoolId> = names.keys().copied().collect();
            let found =
                pupils::find_in_schools(&state.db, None, &within, Some(&elk.to_string()), None, 1)
                    .await?;
            // A pupil out of reach reads as one without entries.
            Some(
                found
                    .first()
                    .map_or(PupilId::from_uuid(Uuid::nil()), |p| p.id),
            )
        }
    };
    let filter = Filter {
        region,
        schools,
        actor_role: query.actor_role.clone().filter(|r| !r.trim().is_empty()),
        actor_id: query.actor_id,
        pupil,
        action: query.action.clone().filter(|a| !a.trim().is_empty()),
        from: instant("from", query.from.as_deref())?,
        until: instant("until", query.until.as_deref())?,
    };
    Ok((filter, names))
}

/// The names of the staff and API-client actors among `entries`.
async fn actor_names(
    state: &AppState,
    entries: &[Entry],
) -> Result<HashMap<Uuid, String>, ApiError> {
    let mut names = HashMap::new();
    let mut clients = Vec::new();
    for entry in entries {
        let Some(id) = entry.actor_id else { continue };
        if names.contains_key(&id) {
            continue;
        }
        match entry.actor_role.as_str() {
            "parent" | "system" | "operator" | "anonymous" => {}
            overstap_persistence::audit::API_CLIENT_ROLE => clients.push(id),
            _ => {
                if let Some(user) = staff::find(&state.db, StaffUserId::from_uuid(id)).await? {
                    names.insert(id, user.display_name);
                }
            }
        }
    }
    if !clients.is_empty() {
        names.extend(overstap_persistence::api_clients::names(&state.db, &clients).await?);
    }
    Ok(names)
}

fn entry(
    row: Entry,
    actors: &HashMap<Uuid, String>,
    schools: &HashMap<SchoolId, String>,
) -> AuditLogEntry {
    AuditLogEntry {
        id: row.id,
        occurred_at: row.occurred_at,
        actor_name: row.actor_id.and_then(|id| actors.get(&id).cloned()),
        actor_role: row.actor_role,
        actor_id: row.actor_id,
        action: row.action,
        subject_kind: row.subject_kind,
        subject_id: row.subject_id,
        school_name: row
            .school_id
            .and_then(|id| schools.get(&SchoolId::from_uuid(id)).cloned()),
        school_id: row.school_id,
        pupil_id: row.pupil_id,
        details: row.details,
    }
}

pub async fn page(
    state: &AppState,
    session: &Session,
    query: &AuditLogQuery,
) -> Result<AuditLogResponse, ApiError> {
    let (filter, schools) = filter(state, session, query).await?;
    let after = query.cursor.as_deref().map(decode).transpose()?;
    let limit = query.limit.unwrap_or(PAGE);
    let mut rows = read::page(&state.db, &filter, after, u64::from(limit) + 1).await?;
    let more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    let next_cursor = more.then(|| rows.last()).flatten().map(|last| {
        encode(After {
            occurred_at: last.occurred_at,
            id: last.id,
        })
    });
    let actors = actor_names(state, &rows).await?;
    Ok(AuditLogResponse {
        entries: rows
            .into_iter()
            .map(|row| entry(row, &actors, &schools))
            .collect(),
        next_cursor,
    })
}

/// The filtered log (newest first, at most [`MAX_EXPORT`] entries) as a CSV file; the moments
/// in Europe/Amsterdam time.
pub async fn export(
    state: &AppState,
    session: &Session,
    query: &AuditLogQuery,
) -> Result<String, ApiError> {
    let (filter, schools) = filter(state, session, query).await?;
    let rows = read::page(&state.db, &filter, None, MAX_EXPORT).await?;
    let actors = actor_names(state, &rows).await?;
    let mut csv = Csv::new();
    csv.row([
        "occurred_at",
        "actor_role",
        "actor_id",
        "actor_name",
        "action",
        "subject_kind",
        "subject_id",
        "school",
        "pupil_id",
        "details",
    ]);
    for row in rows {
        let e = entry(row, &actors, &schools);
        let local = overstap_domain::tz::to_local(e.occurred_at);
        let at = local.format(&Rfc3339).map_err(ApiError::internal)?;
        let id = |id: Option<Uuid>| id.map(|i| i.to_string()).unwrap_or_default();
        csv.row([
            at,
            e.actor_role,
            id(e.actor_id),
            e.actor_name.unwrap_or_default(),
            e.action,
            e.subject_kind,
            id(e.subject_id),
            e.school_name.unwrap_or_default(),
            id(e.pupil_id),
            e.details.to_string(),
        ]);
    }
    Ok(csv.finish())
}

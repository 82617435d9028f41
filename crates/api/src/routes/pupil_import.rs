//! CSV import and export of a PO school's pupils (columns in docs/pupil-import.md).

use std::collections::HashMap;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use overstap_api_types::{ErrorResponse, FieldError, ImportResponse, PupilDataRequest, RowError};
use overstap_domain::PupilId;
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::pupils::{self, Pupil};

use crate::auth::Session;
use crate::csv::upload::{is_csv, read_limited};
use crate::error::ApiError;
use crate::parent_address::ChangedBy;
use crate::pupil_csv::{self, ImportError, ImportRow};
use crate::routes::pupils::own_school;
use crate::state::AppState;
use crate::{procedures, pupil_records};

fn row_errors(line: u32, fields: Vec<FieldError>) -> impl Iterator<Item = RowError> {
    fields.into_iter().map(move |f| RowError {
        line,
        column: if f.field == "twin_pupil_id" {
            "twin_external_id".to_owned()
        } else {
            f.field
        },
        code: f.code,
        message: f.message,
    })
}

/// Does the stored pupil already hold exactly this row?
fn unchanged(pupil: &Pupil, row: &PupilDataRequest) -> bool {
    pupil.first_name == row.first_name.trim()
        && pupil.last_name == row.last_name.trim()
        && pupil.class_name == row.class_name.trim()
        && pupil.birth_date == row.birth_date
        && row.advice.known() == Some(crate::dto::advice(pupil.advice))
        && pupil.lwoo == row.lwoo
        && pupil.home_town == row.home_town.trim()
        && pupil.parent_email == row.parent_email.trim()
        && pupil.twin_pupil_id.map(|t| t.as_uuid()) == row.twin_pupil_id
}

/// Import pupils from a CSV file
///
/// PO staff, own school, into the current procedure year (refused once its school year is over).
/// Every row is checked, and either all rows are written or none. Rows are matched to stored pupils
/// by `external_id`: a new one is added (wit, new ELK-nummer), a changed one is a correction.
/// Columns in docs/pupil-import.md; audited.
#[utoipa::path(tag = "school", security(("bearer" = [])),
    request_body(content = String, content_type = "text/csv", description = "The CSV file (see docs/pupil-import.md)"),
    responses(
    (status = 200, description = "How many pupils were created, updated and unchanged", body = ImportResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not PO staff (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "`conflict`: the region has no procedure yet, or its school year is over (`procedure_over`)", body = ErrorResponse),
    (status = 413, description = "Larger than 1 MiB (`payload_too_large`)", body = ErrorResponse),
    (status = 422, description = "Not a CSV file (`unsupported_file`), or row errors in `details.rows` (`invalid_input`)", body = ErrorResponse)))]
#[post("/school/pupils/import")]
async fn import_pupils(
    state: web::Data<AppState>,
    session: Session,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<web::Json<ImportResponse>, ApiError> {
    session.po_school()?;
    if !is_csv(&req) {
        return Err(ApiError::UnsupportedFile(
            "send a CSV file (Content-Type: text/csv).".to_owned(),
        ));
    }
    let bytes = read_limited(&req, payload).await?;
    let rows = pupil_csv::parse(&bytes).map_err(|e| match e {
        ImportError::NotCsv(why) => ApiError::UnsupportedFile(why),
        ImportError::Rows(rows) => ApiError::InvalidRows(rows),
    })?;
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let school = own_school(&txn, &session).await?;
    let external_ids: Vec<String> = rows
        .iter()
        .map(|r| r.data.external_id.trim().to_owned())
        .collect();
    let procedure = procedures::open_for_pupils(&txn, school.region_id, now).await?;
    let existing =
        pupils::find_by_external_ids(&txn, procedure.id, school.id, &external_ids).await?;
    let mut errors: Vec<RowError> = Vec::new();
    let mut ids: HashMap<String, PupilId> =
        existing.iter().map(|(k, p)| (k.clone(), p.id)).collect();
    let mut summary = ImportResponse {
        created: 0,
        updated: 0,
        unchanged: 0,
    };
    let actor = session.actor_role();
    let by = ChangedBy(session.actor());

    // New pupils first (without twins), so every twin named in the file has an id.
    for row in rows
        .iter()
        .filter(|r| !existing.contains_key(r.data.external_id.trim()))
    {
        match pupil_records::create(&txn, &school, &row.data, actor, now).await {
            Ok(id) => {
                ids.insert(row.data.external_id.trim().to_owned(), id);
                summary.created += 1;
            }
            Err(ApiError::Invalid(fields)) => errors.extend(row_errors(row.line, fields)),
            Err(other) => return Err(other),
        }
    }
    let twin_of = |row: &ImportRow, errors: &mut Vec<RowError>| -> Option<uuid::Uuid> {
        let twin = row.twin_external_id.as_ref()?;
        let found = ids.get(twin.trim()).map(|id| id.as_uuid());
        if found.is_none() {
            errors.push(RowError {
                line: row.line,
                column: "twin_external_id".to_owned(),
                code: "twin_not_found".to_owned(),
                message: format!("No pupil of this school has pupil id {twin:?}."),
            });
        }
        found
    };
    let portal = format!("{}/ouder", state.public_url);
    for row in &rows {
        let mut data = row.data.clone();
        data.twin_pupil_id = twin_of(row, &mut errors);
        let key = data.external_id.trim().to_owned();
        let result = match existing.get(&key) {
            Some(pupil) if unchanged(pupil, &data) => {
                summary.unchanged += 1;
                continue;
            }
            Some(pupil) => pupil_records::correct(&txn, &school, pupil, &data, by, &portal, now)
                .await
                .map(|_| summary.updated += 1),
            None if data.twin_pupil_id.is_some() => match ids.get(&key) {
                Some(id) => pupils::set_twin(&txn, *id, data.twin_pupil_id.map(PupilId::from_uuid))
                    .await
                    .map_err(ApiError::from),
                None => Ok(()),
            },
            None => Ok(()),
        };
        match result {
            Ok(()) => {}
            Err(ApiError::Invalid(fields)) => errors.extend(row_errors(row.line, fields)),
            Err(other) => return Err(other),
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        // Dropping the transaction rolls back every row: nothing is half-imported.
        return Err(ApiError::InvalidRows(errors));
    }
    audit::append(&txn, AuditEntry::new(AuditAction::PupilsImported, session.actor(), AuditSubject::School(school.id), now).details(serde_json::json!({ "created": summary.created, "updated": summary.updated, "unchanged": summary.unchanged })))
    .await?;
    txn.commit().await?;
    Ok(web::Json(summary))
}

/// Export the school's pupils as CSV
///
/// PO staff, own school. The pupils of the current procedure year in the import's columns, plus the
/// read-only ELK-nummer and status; only the header row while the region has no procedure.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, description = "CSV file (`leerlingen.csv`)", content_type = "text/csv", body = String),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not PO staff (`forbidden`)", body = ErrorResponse)))]
#[get("/school/pupils/export")]
async fn export_pupils(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, ApiError> {
    let school = own_school(&state.db, &session).await?;
    let pupils = match procedures::to_read(&state.db, school.region_id, None).await? {
        Some(procedure) => pupils::list_for_school(&state.db, procedure.id, school.id).await?,
        None => Vec::new(),
    };
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"leerlingen.csv\"",
        ))
        .body(pupil_csv::export(&pupils)))
}

//! Schools from a CSV file (columns in docs/school-import.md): every row is checked with the
//! rules of the one-by-one form, boards are named and made when new, and either every row is
//! written or none. Rows are matched to stored schools by BRIN number.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use overstap_api_types::{
    FieldError, RowError, SchoolImportResponse, SchoolKind as WireKind, SchoolRequest,
};
use overstap_domain::pupil::record::shown;
use overstap_domain::{BoardId, PriorityRuleKind};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::{boards, schools};
use serde_json::json;
use time::OffsetDateTime;
use uuid::Uuid;

use super::Keeper;
use super::schools::{changed, check, insert, kind_fixed, store};
use crate::csv::read::{self, Columns, ImportError, Problem, problem, required, text};
use crate::dto;
use crate::error::ApiError;
use crate::state::AppState;

/// The documented header.
pub const COLUMNS: [&str; 9] = [
    "code",
    "kind",
    "name",
    "board",
    "town",
    "contact_email",
    "contact_phone",
    "website",
    "priority_rule",
];

static FILE: Columns = Columns {
    all: &COLUMNS,
    optional: &["website", "priority_rule"],
    read_only: &["active"],
    max_rows: 2_000,
    rows_are: "schools",
};

const CODE: usize = 0;
const KIND: usize = 1;
const NAME: usize = 2;
const BOARD: usize = 3;
const TOWN: usize = 4;
const CONTACT_EMAIL: usize = 5;
const CONTACT_PHONE: usize = 6;
const WEBSITE: usize = 7;
const PRIORITY_RULE: usize = 8;

/// One row whose cells have the right form; the school rules are checked with the board known.
struct Row {
    line: u32,
    board: String,
    request: SchoolRequest,
}

fn kind(value: &str) -> Result<WireKind, Problem> {
    match value.to_lowercase().as_str() {
        "" => Err(required()),
        "po" | "basisonderwijs" | "bao" => Ok(WireKind::Po),
        "vo" | "voortgezet onderwijs" => Ok(WireKind::Vo),
        _ => Err(problem(
            "kind",
            format!(
                "\"{}\" is not a kind of school; write po or vo.",
                shown(value)
            ),
        )),
    }
}

fn priority_rule(value: &str) -> Result<Option<PriorityRuleKind>, Problem> {
    if value.is_empty() {
        return Ok(None);
    }
    value.to_lowercase().parse().map(Some).map_err(|_| {
        problem(
            "priority_rule",
            format!(
                "\"{}\" is not a priority rule; write sibling, staff_child, hardship or kopklas, or leave it empty.",
                shown(value)
            ),
        )
    })
}

/// Reads the file; the cells' forms are checked here, the school rules later.
fn parse(bytes: &[u8]) -> Result<(Vec<Row>, Vec<RowError>), ImportError> {
    let sheet = read::read(bytes, &FILE)?;
    let mut errors = sheet.errors.clone();
    let mut rows = Vec::new();
    let mut first_lines: HashMap<String, u32> = HashMap::new();
    for record in &sheet.records {
        let cell = |column| sheet.cell(record, column);
        let mut problems = sheet.problems(record.line);
        // The number as stored when it is one; the cell as written otherwise.
        let code =
            overstap_domain::school::brin(cell(CODE)).unwrap_or_else(|_| cell(CODE).to_owned());
        if !code.is_empty() {
            match first_lines.entry(code.clone()) {
                Entry::Occupied(first) => problems.add(
                    CODE,
                    "duplicate",
                    format!("The BRIN number {code} is already on line {}.", first.get()),
                ),
                Entry::Vacant(slot) => {
                    slot.insert(record.line);
                }
            }
        }
        let kind = problems.check(KIND, kind(cell(KIND)));
        let board = problems.check(BOARD, text(cell(BOARD), 120));
        let rule = problems.check(PRIORITY_RULE, priority_rule(cell(PRIORITY_RULE)));
        match (kind, board, rule) {
            (Some(kind), Some(board), Some(rule)) if problems.errors.is_empty() => {
                rows.push(Row {
                    line: record.line,
                    board,
                    request: SchoolRequest {
                        kind,
                        board_id: Uuid::nil(),
                        code: cell(CODE).to_owned(),
                        name: cell(NAME).to_owned(),
                        town: cell(TOWN).to_owned(),
                        contact_email: cell(CONTACT_EMAIL).to_owned(),
                        contact_phone: cell(CONTACT_PHONE).to_owned(),
                        website: Some(cell(WEBSITE).to_owned()).filter(|w| !w.is_empty()),
                        priority_rule: rule.map(dto::rule_kind),
                    },
                });
            }
            _ => errors.extend(problems.errors),
        }
    }
    Ok((rows, errors))
}

/// A field of the request as the file's column.
fn column_of(field: &str) -> &str {
    match field {
        "board_id" => "board",
        other => other,
    }
}

fn row_errors(line: u32, fields: Vec<FieldError>) -> impl Iterator<Item = RowError> {
    fields.into_iter().map(move |f| RowError {
        line,
        column: column_of(&f.field).to_owned(),
        code: f.code,
        message: f.message,
    })
}

pub async fn import(
    state: &AppState,
    keeper: &Keeper,
    bytes: &[u8],
    now: OffsetDateTime,
) -> Result<SchoolImportResponse, ApiError> {
    let (rows, mut errors) = parse(bytes).map_err(|e| match e {
        ImportError::NotCsv(why) => ApiError::UnsupportedFile(why),
        ImportError::Rows(rows) => ApiError::InvalidRows(rows),
    })?;
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let profile = super::profile(&txn, keeper.region).await?;
    let mut summary = SchoolImportResponse {
        created: 0,
        updated: 0,
        unchanged: 0,
        boards_created: 0,
    };
    let mut board_ids: HashMap<String, BoardId> = boards::list(&txn, keeper.region)
        .await?
        .into_iter()
        .map(|b| (b.name.to_lowercase(), b.id))
        .collect();
    let codes: Vec<String> = rows
        .iter()
        .filter_map(|r| overstap_domain::school::brin(&r.request.code).ok())
        .collect();
    let existing = schools::find_by_codes(&txn, &codes).await?;
    for row in rows {
        let board = match board_ids.get(&row.board.to_lowercase()) {
            Some(id) => *id,
            None => {
                let id = boards::insert(&txn, keeper.region, &row.board).await?;
                board_ids.insert(row.board.to_lowercase(), id);
                summary.boards_created += 1;
                audit::append(
                    &txn,
                    AuditEntry::new(
                        AuditAction::BoardCreated,
                        keeper.actor(),
                        AuditSubject::Board(id),
                        now,
                    )
                    .details(json!({ "name": row.board, "import": true })),
                )
                .await?;
                id
            }
        };
        let request = SchoolRequest {
            board_id: board.as_uuid(),
            ..row.request
        };
        let checked = match check(&txn, keeper, &profile, &request).await {
            Ok(checked) => checked,
            Err(ApiError::Invalid(fields)) => {
                errors.extend(row_errors(row.line, fields));
                continue;
            }
            Err(other) => return Err(other),
        };
        let result = match existing.get(&checked.code) {
            Some(school) if school.region_id != keeper.region => Err(ApiError::BrinTaken),
            Some(school) if school.kind != checked.kind => {
                Err(ApiError::Invalid(vec![kind_fixed()]))
            }
            Some(school) if checked.matches(school) => {
                summary.unchanged += 1;
                Ok(())
            }
            Some(school) => {
                let fields = changed(school, &checked);
                match store(&txn, keeper, school, &checked).await {
                    Ok(()) => {
                        summary.updated += 1;
                        audit::append(
                            &txn,
                            AuditEntry::new(
                                AuditAction::SchoolUpdated,
                                keeper.actor(),
                                AuditSubject::School(school.id),
                                now,
                            )
                            .details(json!({ "fields": fields, "import": true })),
                        )
                        .await?;
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            }
            None => match insert(&txn, keeper, &checked).await {
                Ok(id) => {
                    summary.created += 1;
                    audit::append(
                        &txn,
                        AuditEntry::new(
                            AuditAction::SchoolCreated,
                            keeper.actor(),
                            AuditSubject::School(id),
                            now,
                        )
                        .details(json!({
                            "code": checked.code,
                            "kind": checked.kind.as_str(),
                            "import": true,
                        })),
                    )
                    .await?;
                    Ok(())
                }
                Err(e) => Err(e),
            },
        };
        match result {
            Ok(()) => {}
            Err(ApiError::Invalid(fields)) => errors.extend(row_errors(row.line, fields)),
            Err(ApiError::BrinTaken) => errors.push(RowError {
                line: row.line,
                column: "code".to_owned(),
                code: "brin_taken".to_owned(),
                message: format!(
                    "A school of another region has the BRIN number {}.",
                    checked.code
                ),
            }),
            Err(other) => return Err(other),
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        // Dropping the transaction rolls back every row and every new board.
        return Err(ApiError::InvalidRows(errors));
    }
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::SchoolsImported,
            keeper.actor(),
            AuditSubject::Region(keeper.region),
            now,
        )
        .details(json!({
            "created": summary.created,
            "updated": summary.updated,
            "unchanged": summary.unchanged,
            "boards_created": summary.boards_created,
        })),
    )
    .await?;
    txn.commit().await?;
    Ok(summary)
}

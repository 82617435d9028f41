//! A board admin's schools, read only: the schools, each primary school's status counts and
//! status board, and a search for a pupil to answer a parent's question (audited).

use actix_web::{get, web};
use overstap_api_types::{
    BoardOverviewResponse, BoardPupilMatch, BoardPupilQuery, BoardPupilSearchResponse,
    ErrorResponse, SchoolCounts, SchoolListResponse, StatusBoardQuery, StatusBoardResponse,
    StatusCounts,
};
use overstap_domain::{ElkNumber, SchoolId, SchoolKind};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::{boards, procedures, pupils, schools, status_counts};
use serde_json::json;
use uuid::Uuid;

use crate::auth::Session;
use crate::dto;
use crate::error::{ApiError, validate};
use crate::state::AppState;
use crate::status_board;

/// How many pupils one search shows.
const SEARCH_LIMIT: usize = 20;

/// List the schools of my board, and the board
///
/// For a board admin, about their own board only. Answers every school of the board, primary
/// and secondary, and the board itself; read only.
#[utoipa::path(tag = "board", security(("bearer" = [])), responses(
    (status = 200, description = "The board's schools and the board", body = SchoolListResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a board admin (`forbidden`), or two-step sign-in must \
        be set up first (`one_time_password_setup_required`)", body = ErrorResponse)))]
#[get("/board/schools")]
async fn list_board_schools(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<SchoolListResponse>, ApiError> {
    let board_id = session.board()?;
    let schools = schools::list_for_board(&state.db, board_id)
        .await?
        .into_iter()
        .map(dto::school)
        .collect();
    let boards = boards::find(&state.db, board_id)
        .await?
        .into_iter()
        .map(dto::board)
        .collect();
    Ok(web::Json(SchoolListResponse { schools, boards }))
}

/// The board's primary schools.
async fn primary_schools(
    state: &AppState,
    session: &Session,
) -> Result<Vec<schools::School>, ApiError> {
    let board_id = session.board()?;
    Ok(schools::list_for_board(&state.db, board_id)
        .await?
        .into_iter()
        .filter(|s| s.kind == SchoolKind::Po)
        .collect())
}

/// Show the status counts of each primary school of my board, and the totals
///
/// For a board admin, about their own board only. Counts the pupils of each primary school in
/// the region's current procedure by status (wit, blauw, groen, AG, AV), with paper-route pupils
/// counted apart; all zero while the region has no procedure. Read only.
#[utoipa::path(tag = "board", security(("bearer" = [])), responses(
    (status = 200, description = "Each primary school's counts and the board's totals",
        body = BoardOverviewResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a board admin (`forbidden`), or two-step sign-in must \
        be set up first (`one_time_password_setup_required`)", body = ErrorResponse)))]
#[get("/board/overview")]
async fn get_board_overview(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<BoardOverviewResponse>, ApiError> {
    let mut total = StatusCounts::default();
    let mut rows = Vec::new();
    let procedure = procedures::current_for_region(&state.db, session.region_id).await?;
    let schools = primary_schools(&state, &session).await?;
    let on_paper = match &procedure {
        Some(procedure) => {
            let ids: Vec<SchoolId> = schools.iter().map(|s| s.id).collect();
            pupils::paper_route_counts(&state.db, procedure.id, &ids).await?
        }
        None => Vec::new(),
    };
    for school in schools {
        let mut counts = StatusCounts::default();
        let cells = match &procedure {
            Some(procedure) => {
                status_counts::for_school(&state.db, procedure.id, school.id).await?
            }
            None => Vec::new(),
        };
        for cell in cells {
            status_board::count(&mut counts, cell.status, cell.count);
            status_board::count(&mut total, cell.status, cell.count);
        }
        // Paper-route pupils are counted apart, not as "not registered".
        for (_, status) in on_paper.iter().filter(|(s, _)| *s == school.id) {
            status_board::to_paper(&mut counts, *status);
            status_board::to_paper(&mut total, *status);
        }
        rows.push(SchoolCounts {
            school_id: school.id.as_uuid(),
            school_name: school.name,
            counts,
        });
    }
    Ok(web::Json(BoardOverviewResponse {
        schools: rows,
        total,
    }))
}

/// Show the status board of one primary school of my board, read only
///
/// For a board admin, about a primary school of their own board; another board's school is a
/// 404. The school's own status board by class (wit/blauw/groen, AG/AV) for the current
/// procedure or the `procedure_id` asked for, without its actions: reminders are not offered.
#[utoipa::path(tag = "board", security(("bearer" = [])),
    params(("school_id" = Uuid, Path, description = "A primary school of the board"), StatusBoardQuery),
    responses((status = 200, description = "The school's status board", body = StatusBoardResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a board admin (`forbidden`), or two-step sign-in must \
        be set up first (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "Not a primary school of the board (`not_found`)",
        body = ErrorResponse),
    (status = 422, description = "`procedure_id` is not a procedure of the region \
        (`invalid_input`)", body = ErrorResponse)))]
#[get("/board/schools/{school_id}/status-board")]
async fn get_board_school_status_board(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    query: web::Query<StatusBoardQuery>,
) -> Result<web::Json<StatusBoardResponse>, ApiError> {
    let school_id = SchoolId::from_uuid(*path);
    let school = primary_schools(&state, &session)
        .await?
        .into_iter()
        .find(|s| s.id == school_id)
        .ok_or(ApiError::NotFound)?;
    let mut board =
        status_board::of_school(&state, school.id, school.region_id, query.procedure_id).await?;
    // Reminders are the school's to send.
    board.reminders_open = false;
    Ok(web::Json(board))
}

/// Search the pupils of my board's primary schools by ELK number or name
///
/// For a board admin, to answer a parent's question; read only. `q` is a whole ELK-nummer or part
/// of a first or last name; only pupils of the current procedure, at most 20 (`more` says when
/// there are others). Every search is audited with the pupils it showed.
#[utoipa::path(tag = "board", security(("bearer" = [])), params(BoardPupilQuery),
    responses((status = 200, description = "The pupils found, at most 20",
        body = BoardPupilSearchResponse),
    (status = 400, description = "The query parameter is missing (`malformed_request`)", body = ErrorResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a board admin (`forbidden`), or two-step sign-in must \
        be set up first (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 422, description = "`q`: fewer than 2 or more than 100 characters \
        (`invalid_input`)", body = ErrorResponse)))]
#[get("/board/pupils")]
async fn search_board_pupils(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<BoardPupilQuery>,
) -> Result<web::Json<BoardPupilSearchResponse>, ApiError> {
    validate(&*query)?;
    let schools = primary_schools(&state, &session).await?;
    let ids: Vec<SchoolId> = schools.iter().map(|s| s.id).collect();
    let text = query.q.trim();
    let (elk, name) = match ElkNumber::parse(text) {
        Ok(elk) => (Some(elk.to_string()), None),
        Err(_) => (None, Some(text)),
    };
    let limit = u64::try_from(SEARCH_LIMIT + 1).unwrap_or(u64::MAX);
    // The current year's pupils: a parent asking the board is in this year's procedure.
    let procedure = procedures::current_for_region(&state.db, session.region_id).await?;
    let mut found = match procedure {
        Some(procedure) => {
            pupils::find_in_schools(
                &state.db,
                Some(procedure.id),
                &ids,
                elk.as_deref(),
                name,
                limit,
            )
            .await?
        }
        None => Vec::new(),
    };
    let more = found.len() > SEARCH_LIMIT;
    found.truncate(SEARCH_LIMIT);
    let now = state.clock.now();
    let actor = session.actor();
    let kind = if elk.is_some() { "elk_number" } else { "name" };
    for pupil in &found {
        audit::append(
            &state.db,
            AuditEntry::new(
                AuditAction::BoardPupilViewed,
                actor,
                AuditSubject::Pupil(pupil.id),
                now,
            )
            .details(json!({ "searched_by": kind })),
        )
        .await?;
    }
    let pupils = found
        .into_iter()
        .filter_map(|pupil| {
            let school = schools.iter().find(|s| s.id == pupil.school_id)?;
            Some(BoardPupilMatch {
                id: pupil.id.as_uuid(),
                elk_number: pupil.elk_number,
                first_name: pupil.first_name,
                last_name: pupil.last_name,
                class_name: pupil.class_name,
                school_id: school.id.as_uuid(),
                school_name: school.name.clone(),
                status: dto::status(pupil.status),
            })
        })
        .collect();
    Ok(web::Json(BoardPupilSearchResponse { pupils, more }))
}

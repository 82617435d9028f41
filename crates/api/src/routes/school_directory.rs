//! The region's school directory, kept by its coordinator: boards, schools (one by one or from
//! a CSV file) and the VO schools' programmes. Another region's board, school or programme is
//! a 404; every other role is 403.

use actix_web::{HttpRequest, HttpResponse, delete, get, post, put, web};
use overstap_api_types::{
    ActiveRequest, BoardRequest, BoardSummary, ErrorResponse, ProgrammeListResponse,
    ProgrammeRequest, ProgrammeResponse, SchoolImportResponse, SchoolListResponse, SchoolRequest,
    SchoolResponse,
};
use overstap_domain::{BoardId, ProgrammeId, SchoolId};
use overstap_persistence::{boards, schools};
use uuid::Uuid;

use crate::auth::Session;
use crate::csv::upload::{is_csv, read_limited};
use crate::dto;
use crate::error::ApiError;
use crate::school_directory::{self as directory, Keeper};
use crate::state::AppState;

/// Every PO and VO school of the coordinator's region, and every board (deactivated ones too).
#[utoipa::path(tag = "region", security(("bearer" = [])), responses(
    (status = 200, body = SchoolListResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a coordinator", body = ErrorResponse)))]
#[get("/region/schools")]
async fn list_region_schools(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<SchoolListResponse>, ApiError> {
    let region_id = session.coordinator_region()?;
    let schools = schools::list_for_region(&state.db, region_id)
        .await?
        .into_iter()
        .map(dto::school)
        .collect();
    let boards = boards::list(&state.db, region_id)
        .await?
        .into_iter()
        .map(dto::board)
        .collect();
    Ok(web::Json(SchoolListResponse { schools, boards }))
}

/// Add a school board to the region.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = BoardRequest,
    responses((status = 201, body = BoardSummary), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse),
    (status = 422, description = "Empty, too long, or the name of another board (`taken`)", body = ErrorResponse)))]
#[post("/region/boards")]
async fn create_board(
    state: web::Data<AppState>,
    session: Session,
    body: web::Json<BoardRequest>,
) -> Result<HttpResponse, ApiError> {
    let keeper = Keeper::of(&session)?;
    let board = directory::boards::create(&state, &keeper, &body, state.clock.now()).await?;
    Ok(HttpResponse::Created().json(board))
}

/// Rename a board.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = BoardRequest,
    params(("board_id" = Uuid, Path, description = "The board's id")),
    responses((status = 200, body = BoardSummary), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
    (status = 422, body = ErrorResponse)))]
#[put("/region/boards/{board_id}")]
async fn update_board(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<BoardRequest>,
) -> Result<web::Json<BoardSummary>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let id = BoardId::from_uuid(*path);
    Ok(web::Json(
        directory::boards::rename(&state, &keeper, id, &body, state.clock.now()).await?,
    ))
}

/// Deactivate a board (only once none of its schools is active) or reactivate it.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = ActiveRequest,
    params(("board_id" = Uuid, Path, description = "The board's id")),
    responses((status = 200, body = BoardSummary), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
    (status = 409, description = "`in_use`: the board has active schools", body = ErrorResponse)))]
#[put("/region/boards/{board_id}/active")]
async fn set_board_active(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<ActiveRequest>,
) -> Result<web::Json<BoardSummary>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let id = BoardId::from_uuid(*path);
    Ok(web::Json(
        directory::boards::set_active(&state, &keeper, id, body.active, state.clock.now()).await?,
    ))
}

/// Add a PO or VO school: BRIN number, board, and the details parents see.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = SchoolRequest,
    responses((status = 201, body = SchoolResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse),
    (status = 409, description = "`brin_taken`: another school has this BRIN number", body = ErrorResponse),
    (status = 422, body = ErrorResponse)))]
#[post("/region/schools")]
async fn create_school(
    state: web::Data<AppState>,
    session: Session,
    body: web::Json<SchoolRequest>,
) -> Result<HttpResponse, ApiError> {
    let keeper = Keeper::of(&session)?;
    let school = directory::schools::create(&state, &keeper, &body, state.clock.now()).await?;
    Ok(HttpResponse::Created().json(school))
}

/// Change a school's details or board (a school stays PO or VO).
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = SchoolRequest,
    params(("school_id" = Uuid, Path, description = "The school's id")),
    responses((status = 200, body = SchoolResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
    (status = 409, description = "`brin_taken`", body = ErrorResponse),
    (status = 422, description = "A field is invalid, or `kind` changed (`fixed`)", body = ErrorResponse)))]
#[put("/region/schools/{school_id}")]
async fn update_school(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<SchoolRequest>,
) -> Result<web::Json<SchoolResponse>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let id = SchoolId::from_uuid(*path);
    Ok(web::Json(
        directory::schools::update(&state, &keeper, id, &body, state.clock.now()).await?,
    ))
}

/// Deactivate a school (not while it takes part in the current procedure) or reactivate it.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = ActiveRequest,
    params(("school_id" = Uuid, Path, description = "The school's id")),
    responses((status = 200, body = SchoolResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
    (status = 409, description = "`in_use`: pupils or registrations this year; `conflict`: the board is deactivated", body = ErrorResponse)))]
#[put("/region/schools/{school_id}/active")]
async fn set_school_active(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<ActiveRequest>,
) -> Result<web::Json<SchoolResponse>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let id = SchoolId::from_uuid(*path);
    Ok(web::Json(
        directory::schools::set_active(&state, &keeper, id, body.active, state.clock.now()).await?,
    ))
}

/// Import schools from CSV (docs/school-import.md): boards named in the file are made when
/// new, rows are matched to schools by BRIN number, and every row is written or none.
#[utoipa::path(tag = "region", security(("bearer" = [])),
    request_body(content = String, content_type = "text/csv", description = "The CSV file (see docs/school-import.md)"),
    responses((status = 200, body = SchoolImportResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse),
    (status = 413, description = "Larger than 1 MiB", body = ErrorResponse),
    (status = 422, description = "Not a CSV file (`unsupported_file`), or row errors in `details.rows` (`invalid_input`)", body = ErrorResponse)))]
#[post("/region/schools/import")]
async fn import_schools(
    state: web::Data<AppState>,
    session: Session,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<web::Json<SchoolImportResponse>, ApiError> {
    let keeper = Keeper::of(&session)?;
    if !is_csv(&req) {
        return Err(ApiError::UnsupportedFile(
            "send a CSV file (Content-Type: text/csv).".to_owned(),
        ));
    }
    let bytes = read_limited(&req, payload).await?;
    Ok(web::Json(
        directory::import::import(&state, &keeper, &bytes, state.clock.now()).await?,
    ))
}

/// The programmes of a VO school of the region.
#[utoipa::path(tag = "region", security(("bearer" = [])),
    params(("school_id" = Uuid, Path, description = "The VO school's id")),
    responses((status = 200, body = ProgrammeListResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse),
    (status = 404, description = "Not a VO school of the region", body = ErrorResponse)))]
#[get("/region/schools/{school_id}/programmes")]
async fn list_school_programmes(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<web::Json<ProgrammeListResponse>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let school = SchoolId::from_uuid(*path);
    Ok(web::Json(
        directory::programmes::list(&state, &keeper, school).await?,
    ))
}

/// Add a programme to a VO school, until the registration week opens.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = ProgrammeRequest,
    params(("school_id" = Uuid, Path, description = "The VO school's id")),
    responses((status = 201, body = ProgrammeResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse),
    (status = 404, description = "Not a VO school of the region", body = ErrorResponse),
    (status = 409, description = "`phase_started`: the registration week opened; `conflict`: the school is deactivated", body = ErrorResponse),
    (status = 422, body = ErrorResponse)))]
#[post("/region/schools/{school_id}/programmes")]
async fn create_programme(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<ProgrammeRequest>,
) -> Result<HttpResponse, ApiError> {
    let keeper = Keeper::of(&session)?;
    let school = SchoolId::from_uuid(*path);
    let programme =
        directory::programmes::create(&state, &keeper, school, &body, state.clock.now()).await?;
    Ok(HttpResponse::Created().json(programme))
}

/// Change a programme: its name and admitted advice until the registration week opens, its
/// seats until the placement moment, its information page at any time.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = ProgrammeRequest,
    params(("programme_id" = Uuid, Path, description = "The programme's id")),
    responses((status = 200, body = ProgrammeResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
    (status = 409, description = "`phase_started`, or `earlier_procedure`: a programme of an earlier procedure year", body = ErrorResponse),
    (status = 422, body = ErrorResponse)))]
#[put("/region/programmes/{programme_id}")]
async fn update_programme(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<ProgrammeRequest>,
) -> Result<web::Json<ProgrammeResponse>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let id = ProgrammeId::from_uuid(*path);
    Ok(web::Json(
        directory::programmes::update(&state, &keeper, id, &body, state.clock.now()).await?,
    ))
}

/// Remove a programme that no list names, until the registration week opens.
#[utoipa::path(tag = "region", security(("bearer" = [])),
    params(("programme_id" = Uuid, Path, description = "The programme's id")),
    responses((status = 204, description = "Removed"), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
    (status = 409, description = "`in_use`, `phase_started` or `earlier_procedure`", body = ErrorResponse)))]
#[delete("/region/programmes/{programme_id}")]
async fn delete_programme(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let keeper = Keeper::of(&session)?;
    let id = ProgrammeId::from_uuid(*path);
    directory::programmes::delete(&state, &keeper, id, state.clock.now()).await?;
    Ok(HttpResponse::NoContent().finish())
}

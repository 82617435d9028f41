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
use crate::json_body::JsonBody;
use crate::school_directory::{self as directory, Keeper};
use crate::state::AppState;

/// List the region's schools and boards
///
/// Coordinator, own region. Every PO and VO school of the region and every board, deactivated ones
/// included.
#[utoipa::path(tag = "region", security(("bearer" = [])), responses(
    (status = 200, description = "The region's schools and boards", body = SchoolListResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse)))]
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

/// Add a school board to the region
///
/// Coordinator, own region. The name (trimmed) must differ, ignoring case, from every other board's
/// of the region; the new board is active. Audited.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = BoardRequest,
    responses(
    (status = 201, description = "The new board", body = BoardSummary),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: the name is empty, too long, or the name of another board (`taken`)", body = ErrorResponse)))]
#[post("/region/boards")]
async fn create_board(
    state: web::Data<AppState>,
    session: Session,
    body: JsonBody<BoardRequest>,
) -> Result<HttpResponse, ApiError> {
    let keeper = Keeper::of(&session)?;
    let board = directory::boards::create(&state, &keeper, &body, state.clock.now()).await?;
    Ok(HttpResponse::Created().json(board))
}

/// Rename a school board
///
/// Coordinator, own region; another region's board is a 404. The new name must differ, ignoring
/// case, from every other board's of the region. Audited when it changes.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = BoardRequest,
    params(("board_id" = Uuid, Path, description = "The board's id")),
    responses(
    (status = 200, description = "The board", body = BoardSummary),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "Not a board of this region (`not_found`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: the name is empty, too long, or another board's (`taken`)", body = ErrorResponse)))]
#[put("/region/boards/{board_id}")]
async fn update_board(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<BoardRequest>,
) -> Result<web::Json<BoardSummary>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let id = BoardId::from_uuid(*path);
    Ok(web::Json(
        directory::boards::rename(&state, &keeper, id, &body, state.clock.now()).await?,
    ))
}

/// Deactivate or reactivate a school board
///
/// Coordinator, own region. A board can be deactivated only once none of its schools is active;
/// reactivating is always possible. Audited when it changes.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = ActiveRequest,
    params(("board_id" = Uuid, Path, description = "The board's id")),
    responses(
    (status = 200, description = "The board", body = BoardSummary),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "Not a board of this region (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`in_use`: the board has active schools; deactivate or move them first", body = ErrorResponse)))]
#[put("/region/boards/{board_id}/active")]
async fn set_board_active(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<ActiveRequest>,
) -> Result<web::Json<BoardSummary>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let id = BoardId::from_uuid(*path);
    Ok(web::Json(
        directory::boards::set_active(&state, &keeper, id, body.active, state.clock.now()).await?,
    ))
}

/// Add a PO or VO school to the region
///
/// Coordinator, own region. A BRIN number no other school has, an active board of the region, and
/// the details parents see (name, town, contact, website); a VO school may apply a priority rule
/// (voorrang) the region's rules offer. Audited.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = SchoolRequest,
    responses(
    (status = 201, description = "The new school", body = SchoolResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 409, description = "`brin_taken`: another school has this BRIN number", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: a field is invalid, e.g. `board_id` (`unknown_board`, `inactive`) or `priority_rule` (`vo_only`, `not_offered`)", body = ErrorResponse)))]
#[post("/region/schools")]
async fn create_school(
    state: web::Data<AppState>,
    session: Session,
    body: JsonBody<SchoolRequest>,
) -> Result<HttpResponse, ApiError> {
    let keeper = Keeper::of(&session)?;
    let school = directory::schools::create(&state, &keeper, &body, state.clock.now()).await?;
    Ok(HttpResponse::Created().json(school))
}

/// Change a school's details or board
///
/// Coordinator, own region; another region's school is a 404. The same checks as for a new school,
/// and a school stays PO or VO. Audited with the fields that changed.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = SchoolRequest,
    params(("school_id" = Uuid, Path, description = "The school's id")),
    responses(
    (status = 200, description = "The school", body = SchoolResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "Not a school of this region (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`brin_taken`: another school has this BRIN number", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: a field is invalid, or `kind` changed (`fixed`)", body = ErrorResponse)))]
#[put("/region/schools/{school_id}")]
async fn update_school(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<SchoolRequest>,
) -> Result<web::Json<SchoolResponse>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let id = SchoolId::from_uuid(*path);
    Ok(web::Json(
        directory::schools::update(&state, &keeper, id, &body, state.clock.now()).await?,
    ))
}

/// Deactivate or reactivate a school
///
/// Coordinator, own region. Deactivating is refused while the school takes part in the current
/// procedure (a PO school with pupils, a VO school with registrations); reactivating needs an
/// active board and a priority rule the region still offers. Audited when it changes.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = ActiveRequest,
    params(("school_id" = Uuid, Path, description = "The school's id")),
    responses(
    (status = 200, description = "The school", body = SchoolResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "Not a school of this region (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`in_use`: pupils or registrations this year; `conflict`: the board is deactivated, or the school applies a priority rule the region no longer offers", body = ErrorResponse)))]
#[put("/region/schools/{school_id}/active")]
async fn set_school_active(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<ActiveRequest>,
) -> Result<web::Json<SchoolResponse>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let id = SchoolId::from_uuid(*path);
    Ok(web::Json(
        directory::schools::set_active(&state, &keeper, id, body.active, state.clock.now()).await?,
    ))
}

/// Import schools from a CSV file
///
/// Coordinator, own region. Rows are matched to schools by BRIN number (a match is updated, a
/// school stays PO or VO); boards named in the file are made when new. Every row is checked, and
/// either all are written or none (docs/school-import.md). Audited.
#[utoipa::path(tag = "region", security(("bearer" = [])),
    request_body(content = String, content_type = "text/csv", description = "The CSV file (see docs/school-import.md)"),
    responses(
    (status = 200, description = "How many schools were created, updated and unchanged, and boards created", body = SchoolImportResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 413, description = "Larger than 1 MiB (`payload_too_large`)", body = ErrorResponse),
    (status = 422, description = "Not a CSV file (`unsupported_file`), or row errors in `details.rows` (`invalid_input`; e.g. `brin_taken` for another region's school)", body = ErrorResponse)))]
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

/// List the programmes of a VO school
///
/// Coordinator, own region. The school's programmes (name, admitted advice, seats, information
/// page) of the current procedure year, or those made before the region's first procedure.
#[utoipa::path(tag = "region", security(("bearer" = [])),
    params(("school_id" = Uuid, Path, description = "The VO school's id")),
    responses(
    (status = 200, description = "The school's programmes", body = ProgrammeListResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "Not a VO school of the region (`not_found`)", body = ErrorResponse)))]
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

/// Add a programme to a VO school
///
/// Coordinator, own region, until the registration week of the current procedure opens. The
/// programme belongs to the current procedure year; the school must be active and the name new at
/// the school (ignoring case). Audited.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = ProgrammeRequest,
    params(("school_id" = Uuid, Path, description = "The VO school's id")),
    responses(
    (status = 201, description = "The new programme", body = ProgrammeResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "Not a VO school of the region (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`phase_started`: the registration week opened; `conflict`: the school is deactivated", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: a field is invalid, or the school has a programme with this name (`taken`)", body = ErrorResponse)))]
#[post("/region/schools/{school_id}/programmes")]
async fn create_programme(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<ProgrammeRequest>,
) -> Result<HttpResponse, ApiError> {
    let keeper = Keeper::of(&session)?;
    let school = SchoolId::from_uuid(*path);
    let programme =
        directory::programmes::create(&state, &keeper, school, &body, state.clock.now()).await?;
    Ok(HttpResponse::Created().json(programme))
}

/// Change a programme of a VO school
///
/// Coordinator, own region, for a programme of the current procedure year: its name and admitted
/// advice until the registration week opens, its seats until the placement moment, its information
/// page at any time. Audited with the fields that changed.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = ProgrammeRequest,
    params(("programme_id" = Uuid, Path, description = "The programme's id")),
    responses(
    (status = 200, description = "The programme", body = ProgrammeResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "Not a programme of a VO school of this region (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`phase_started`: the registration week opened (name, advice) or the placement moment passed (seats); `earlier_procedure`: a programme of an earlier procedure year", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: a field is invalid, or another programme of the school has this name (`taken`)", body = ErrorResponse)))]
#[put("/region/programmes/{programme_id}")]
async fn update_programme(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<ProgrammeRequest>,
) -> Result<web::Json<ProgrammeResponse>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let id = ProgrammeId::from_uuid(*path);
    Ok(web::Json(
        directory::programmes::update(&state, &keeper, id, &body, state.clock.now()).await?,
    ))
}

/// Remove a programme of a VO school
///
/// Coordinator, own region, until the registration week of the current procedure opens, and only
/// while no list names it and nobody was placed in it. Audited.
#[utoipa::path(tag = "region", security(("bearer" = [])),
    params(("programme_id" = Uuid, Path, description = "The programme's id")),
    responses(
    (status = 204, description = "Removed"),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "Not a programme of a VO school of this region (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`in_use`: a list names it or pupils were placed in it; `phase_started`: the registration week opened; `earlier_procedure`: a programme of an earlier procedure year", body = ErrorResponse)))]
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

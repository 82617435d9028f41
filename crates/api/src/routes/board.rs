//! A board admin's schools.

use actix_web::{get, web};
use overstap_api_types::{ErrorResponse, SchoolListResponse};
use overstap_persistence::{regions, schools};

use crate::auth::Session;
use crate::dto;
use crate::error::ApiError;
use crate::state::AppState;

/// The schools of the signed-in board admin's own board, and the board.
#[utoipa::path(tag = "board", security(("bearer" = [])), responses(
    (status = 200, body = SchoolListResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a board admin", body = ErrorResponse)))]
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
    let boards = regions::find_board(&state.db, board_id)
        .await?
        .into_iter()
        .map(dto::board)
        .collect();
    Ok(web::Json(SchoolListResponse { schools, boards }))
}

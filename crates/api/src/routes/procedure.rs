//! The procedure calendar of the signed-in person's region.

use actix_web::{get, web};
use overstap_api_types::{ErrorResponse, PhaseResponse, ProcedureResponse};
use overstap_domain::i18n::format_date_time;
use overstap_domain::{Language, Phase};
use overstap_persistence::{procedures, regions};

use crate::auth::Session;
use crate::error::ApiError;
use crate::state::AppState;

/// The phases of the current procedure, which are open now, and when each opens.
#[utoipa::path(tag = "procedure", security(("bearer" = [])), responses(
    (status = 200, body = ProcedureResponse), (status = 401, body = ErrorResponse),
    (status = 404, description = "The region has no procedure yet", body = ErrorResponse)))]
#[get("/procedure")]
async fn get_procedure(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<ProcedureResponse>, ApiError> {
    let region = regions::find(&state.db, session.region_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let procedure = procedures::current_for_region(&state.db, session.region_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let calendar = procedure.calendar()?;
    let now = state.clock.now();
    let phases = Phase::ALL
        .into_iter()
        .filter_map(|phase| calendar.window(phase).map(|w| (phase, w)))
        .map(|(phase, window)| PhaseResponse {
            phase: crate::dto::phase(phase),
            opens_at: window.opens_at,
            closes_at: window.closes_at,
            opens_at_display: format_date_time(window.opens_at, Language::Nl),
            is_open: calendar.is_open(phase, now),
        })
        .collect();
    Ok(web::Json(ProcedureResponse {
        region_name: region.name,
        school_year: procedure.school_year,
        now,
        phases,
    }))
}

//! The region's settings and rules, kept by its coordinator; every other role is 403.

use actix_web::{get, put, web};
use overstap_api_types::{
    ErrorResponse, RegionSettingsRequest, RegionSettingsResponse, RegionTemplateListResponse,
};

use crate::auth::Session;
use crate::error::ApiError;
use crate::region_settings;
use crate::school_directory::Keeper;
use crate::state::AppState;

/// The region's name, contact details, time zone and rules, and until when the rules can change.
#[utoipa::path(tag = "region", security(("bearer" = [])),
    responses((status = 200, body = RegionSettingsResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a coordinator", body = ErrorResponse)))]
#[get("/region/settings")]
async fn get_region_settings(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<RegionSettingsResponse>, ApiError> {
    let keeper = Keeper::of(&session)?;
    Ok(web::Json(
        region_settings::get(&state, &keeper, state.clock.now()).await?,
    ))
}

/// Change the region's name and contact details (at any time) and its rules (until the
/// registration week of the current procedure opens).
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = RegionSettingsRequest,
    responses((status = 200, body = RegionSettingsResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse),
    (status = 409, description = "`phase_started`: the rules are fixed since the registration week opened", body = ErrorResponse),
    (status = 422, description = "A field is invalid; the rules' problems are named `rules.list_routes`, `rules.max_distinct_schools` or `rules.priority_rules` (`priority_rule_in_use`: a school, also a deactivated one, applies a rule no longer offered)", body = ErrorResponse)))]
#[put("/region/settings")]
async fn update_region_settings(
    state: web::Data<AppState>,
    session: Session,
    body: web::Json<RegionSettingsRequest>,
) -> Result<web::Json<RegionSettingsResponse>, ApiError> {
    let keeper = Keeper::of(&session)?;
    Ok(web::Json(
        region_settings::update(&state, &keeper, &body, state.clock.now()).await?,
    ))
}

/// The built-in rules a region can start from (Amstelland, Amsterdam).
#[utoipa::path(tag = "region", security(("bearer" = [])),
    responses((status = 200, body = RegionTemplateListResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse)))]
#[get("/region/templates")]
async fn list_region_templates(
    session: Session,
) -> Result<web::Json<RegionTemplateListResponse>, ApiError> {
    session.coordinator_region()?;
    Ok(web::Json(region_settings::templates()))
}

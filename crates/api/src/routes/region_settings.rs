//! The region's settings and rules, kept by its coordinator; every other role is 403.

use actix_web::{get, put, web};
use overstap_api_types::{
    ErrorResponse, RegionSettingsRequest, RegionSettingsResponse, RegionTemplateListResponse,
};

use crate::auth::Session;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::region_settings;
use crate::school_directory::Keeper;
use crate::state::AppState;

/// Get the region's settings and rules
///
/// Coordinator, own region. The region's name, contact details, mail sender name, time zone,
/// template and rules, and from when the rules are fixed (the current procedure's registration
/// week).
#[utoipa::path(tag = "region", security(("bearer" = [])),
    responses(
    (status = 200, description = "The region's settings and rules", body = RegionSettingsResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse)))]
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

/// Change the region's settings and rules
///
/// Coordinator, own region. The name, contact details and mail sender name can change at any time;
/// the rules and template only until the registration week of the current procedure opens. The
/// rules must keep offering every priority rule a VO school applies (also a deactivated one).
/// Audited.
#[utoipa::path(tag = "region", security(("bearer" = [])), request_body = RegionSettingsRequest,
    responses(
    (status = 200, description = "The region's settings and rules", body = RegionSettingsResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 409, description = "`phase_started`: the rules are fixed since the registration week opened", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: a field is invalid (e.g. `template` `unknown_template`); the rules' problems are named `rules.list_routes`, `rules.max_distinct_schools` or `rules.priority_rules` (`priority_rule_in_use`: a school, also a deactivated one, applies a rule no longer offered)", body = ErrorResponse)))]
#[put("/region/settings")]
async fn update_region_settings(
    state: web::Data<AppState>,
    session: Session,
    req: actix_web::HttpRequest,
    body: JsonBody<RegionSettingsRequest>,
) -> Result<web::Json<RegionSettingsResponse>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let if_match = crate::etag::if_match(&req);
    Ok(web::Json(
        region_settings::update(
            &state,
            &keeper,
            &body,
            if_match.as_deref(),
            state.clock.now(),
        )
        .await?,
    ))
}

/// List the built-in rule templates
///
/// Coordinator. The built-in rules a region can start from (Amstelland, Amsterdam).
#[utoipa::path(tag = "region", security(("bearer" = [])),
    responses(
    (status = 200, description = "The templates and their rules", body = RegionTemplateListResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse)))]
#[get("/region/templates")]
async fn list_region_templates(
    session: Session,
) -> Result<web::Json<RegionTemplateListResponse>, ApiError> {
    session.coordinator_region()?;
    Ok(web::Json(region_settings::templates()))
}

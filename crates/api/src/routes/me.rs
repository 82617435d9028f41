//! "Who am I": the signed-in person and their tenant, and the school a staff member with
//! several works on.

use actix_web::{HttpResponse, get, post, web};
use overstap_api_types::{ErrorResponse, MeResponse, SwitchSchoolRequest};
use overstap_domain::{Role, SchoolId};
use overstap_persistence::{boards, pupils, regions, schools, staff};

use crate::auth::Session;
use crate::dto;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::state::AppState;

/// Show who is signed in: role, name and their school, board or child
///
/// For any signed-in person. A parent sees the child (with the primary school and portal
/// language); a staff member their name, the school the session works on (and every school of
/// theirs when there are several) or their board; everyone the region's name.
#[utoipa::path(tag = "auth", security(("bearer" = [])), responses(
    (status = 200, description = "The signed-in person and their tenant", body = MeResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse)))]
#[get("/me")]
async fn get_me(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<MeResponse>, ApiError> {
    let region = regions::find(&state.db, session.region_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let mut me = MeResponse {
        id: session.subject,
        role: dto::role(session.role),
        display_name: String::new(),
        school: None,
        schools: Vec::new(),
        board: None,
        child: None,
        region_name: region.name,
    };
    if session.role == Role::Parent {
        let pupil = pupils::find(&state.db, session.parent_pupil()?)
            .await?
            .ok_or(ApiError::NotFound)?;
        let school = schools::find(&state.db, pupil.school_id)
            .await?
            .ok_or(ApiError::NotFound)?;
        me.display_name = format!("Ouder/verzorger van {}", pupil.first_name);
        let language = overstap_persistence::parents::find(&state.db, session.parent_account()?)
            .await?
            .map(|a| a.language)
            .map_or(
                overstap_api_types::PortalLanguage::Nl,
                crate::parent::views::portal_language,
            );
        let region = regions::find(&state.db, school.region_id)
            .await?
            .ok_or(ApiError::NotFound)?;
        me.child = Some(dto::child(pupil, &school, &region, language));
        return Ok(web::Json(me));
    }
    let user = staff::find(&state.db, session.staff_user()?)
        .await?
        .ok_or(ApiError::Unauthenticated)?;
    me.display_name = user.display_name.clone();
    if let Some(school_id) = session.working_school() {
        me.school = schools::find(&state.db, school_id).await?.map(dto::school);
    }
    let mine = crate::staff::workplaces::of_account(&state.db, &user).await?;
    if mine.len() > 1 {
        me.schools = mine;
    }
    if let Some(board_id) = user.board_id {
        me.board = boards::find(&state.db, board_id).await?.map(dto::board);
    }
    Ok(web::Json(me))
}

/// Switch the session to another of my schools
///
/// For PO and VO staff who work at several schools. The session's next `POST /auth/refresh`
/// answers tokens for that school (refresh right after switching), and every later refresh keeps
/// it. A school that is not one of mine, or another school of mine that was deactivated, is 404.
#[utoipa::path(tag = "auth", security(("bearer" = [])), request_body = SwitchSchoolRequest,
    responses((status = 204, description = "Switched; refresh the session for its tokens"),
    (status = 401, description = "Not signed in, the token expired or was revoked, or the \
        account was deactivated (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not PO or VO staff (`forbidden`)", body = ErrorResponse),
    (status = 404, description = "Not one of my schools (`not_found`)", body = ErrorResponse)))]
#[post("/auth/school")]
async fn switch_school(
    state: web::Data<AppState>,
    session: Session,
    body: JsonBody<SwitchSchoolRequest>,
) -> Result<HttpResponse, ApiError> {
    let school = SchoolId::from_uuid(body.school_id);
    crate::staff::workplaces::switch(&state, &session, school).await?;
    Ok(HttpResponse::NoContent().finish())
}

//! The paper route of a pupil, kept by the primary school: why the pupil registers on paper,
//! and when and where the printed form was handed in (rules in the domain's `paper_route`).

use actix_web::{put, web};
use overstap_api_types::{ErrorResponse, PaperRouteRequest, PupilResponse};
use overstap_domain::pupil::paper_route::{HandedIn, PaperRoute, PaperRouteError};
use overstap_domain::{PupilId, tz};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::pupils;
use serde_json::json;
use uuid::Uuid;

use crate::auth::Session;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::procedures;
use crate::routes::pupils::{own_school, response};
use crate::state::AppState;

const SCHOOL_NAME_MAX: usize = 200;

/// The requested route, with every missing or over-long part named.
fn requested(request: &PaperRouteRequest) -> Result<Option<PaperRoute>, ApiError> {
    let Some(body) = &request.paper_route else {
        return Ok(None);
    };
    let reason = crate::dto::paper_reason_in(body.reason);
    let to_school = body.handed_in_to.as_deref().map(str::trim);
    let handed_in = match (body.handed_in_on, to_school) {
        (None, None) => None,
        (Some(_), None | Some("")) => {
            return Err(ApiError::field(
                "paper_route.handed_in_to",
                "required",
                "Name the school the form was handed in at.",
            ));
        }
        (None, Some(_)) => {
            return Err(ApiError::field(
                "paper_route.handed_in_on",
                "required",
                "Give the day the form was handed in.",
            ));
        }
        (Some(_), Some(name)) if name.chars().count() > SCHOOL_NAME_MAX => {
            return Err(ApiError::field(
                "paper_route.handed_in_to",
                "length",
                format!("At most {SCHOOL_NAME_MAX} characters."),
            ));
        }
        (Some(on), Some(name)) => Some(HandedIn {
            on,
            to_school: name.to_owned(),
        }),
    };
    Ok(Some(PaperRoute { reason, handed_in }))
}

fn refused(err: PaperRouteError) -> ApiError {
    match err {
        PaperRouteError::ProNeedsProAdvice => ApiError::field(
            "paper_route.reason",
            "pro_needs_pro_advice",
            "The praktijkonderwijs route is for pupils with the advice pro.",
        ),
        PaperRouteError::SchoolMissing => ApiError::field(
            "paper_route.handed_in_to",
            "required",
            "Name the school the form was handed in at.",
        ),
        PaperRouteError::HandedInLater { .. } => ApiError::field(
            "paper_route.handed_in_on",
            "in_the_future",
            "The form cannot have been handed in after today.",
        ),
        PaperRouteError::ListConfirmed => ApiError::NotAllowedInStatus {
            message: "The parent confirmed a preference list; it must be withdrawn before the \
                pupil can take the paper route."
                .to_owned(),
            facts: json!({ "status": "AV" }),
        },
        PaperRouteError::HandedInStays => ApiError::Conflict {
            message: "The form was handed in: undo that first.".to_owned(),
            facts: Some(json!({ "reason": "handed_in" })),
        },
    }
}

/// Record, change or end a pupil's paper route
///
/// PO staff, own school, for a pupil of the current procedure year: why the pupil registers on
/// paper, and when and where the form was handed in; without `paper_route` the route ends. The bulk
/// send and reminders pass the pupil by, and the status board counts them under `paper`. Recording
/// or changing it is refused once the parent confirmed a list (AV). Audited.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = PaperRouteRequest,
    params(("pupil_id" = Uuid, Path, description = "The pupil's id")),
    responses(
    (status = 200, description = "The pupil with the paper route", body = PupilResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not PO staff (`forbidden`)", body = ErrorResponse),
    (status = 404, description = "Not a pupil of this school (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`not_allowed_in_status` (the parent confirmed a list), `conflict` (ending the route of a handed-in form, or the region has no procedure), `earlier_procedure`", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `paper_route.reason` `pro_needs_pro_advice`; `paper_route.handed_in_on` `required`/`in_the_future`; `paper_route.handed_in_to` `required`/`length`", body = ErrorResponse)))]
#[put("/school/pupils/{pupil_id}/paper-route")]
async fn set_paper_route(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<PaperRouteRequest>,
) -> Result<web::Json<PupilResponse>, ApiError> {
    let next = requested(&body)?;
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let school = own_school(&txn, &session).await?;
    let pupil = pupils::find_for_school(&txn, school.id, PupilId::from_uuid(*path))
        .await?
        .ok_or(ApiError::NotFound)?;
    let current = procedures::current(&txn, school.region_id).await?;
    procedures::ensure_current(&txn, pupil.procedure_id, &current).await?;
    let today = tz::to_local(now).date();
    let route = PaperRoute::change(
        pupil.paper_route.as_ref(),
        next,
        pupil.advice,
        pupil.status,
        today,
    )
    .map_err(refused)?;
    if route != pupil.paper_route {
        pupils::set_paper_route(&txn, pupil.id, route.as_ref(), now).await?;
        let details = route.as_ref().map_or(json!({ "paper_route": null }), |r| {
            json!({
                "paper_route": r.reason.as_str(),
                // The school's name is free text: the log keeps only the day.
                "handed_in_on": r.handed_in.as_ref().map(|h| h.on.to_string()),
            })
        });
        audit::append(
            &txn,
            AuditEntry::new(
                AuditAction::PaperRouteSet,
                session.actor(),
                AuditSubject::Pupil(pupil.id),
                now,
            )
            .details(details),
        )
        .await?;
    }
    let updated = response(&txn, pupil.id).await?;
    txn.commit().await?;
    Ok(web::Json(updated))
}

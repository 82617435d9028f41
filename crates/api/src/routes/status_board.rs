//! The PO school's status board (wit/blauw/groen/AG/AV per class) and reminder e-mails.

use actix_web::{get, post, web};
use overstap_api_types::{
    BulkResponse, ErrorCode, ErrorResponse, ReminderRequest, SkippedPupil, StatusBoardQuery,
    StatusBoardResponse,
};
use overstap_domain::{Phase, RegistrationStatus};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::outbox;
use overstap_persistence::{parents, pupils};
use uuid::Uuid;

use crate::auth::Session;
use crate::error::{ApiError, validate};
use crate::json_body::JsonBody;
use crate::mail::messages::{self, Reminder};
use crate::routes::pupils::own_school;
use crate::state::AppState;
use crate::status_board;

/// Get the school's status board (wit/blauw/groen/AG/AV per class)
///
/// PO staff, own school. Per class the pupils' statuses and the counts per status, from maintained
/// counters, and whether reminders can be sent now; from the publication moment on also each
/// pupil's placement. Reads the current procedure year, or an earlier one with `procedure_id`.
#[utoipa::path(tag = "school", security(("bearer" = [])), params(StatusBoardQuery), responses(
    (status = 200, description = "The counts and pupils per class", body = StatusBoardResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not PO staff (`forbidden`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `procedure_id` is not a procedure of the region", body = ErrorResponse)))]
#[get("/school/status-board")]
async fn get_status_board(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<StatusBoardQuery>,
) -> Result<web::Json<StatusBoardResponse>, ApiError> {
    // The school and region come from the token: no lookup needed on this busy page.
    let school_id = session.po_school()?;
    Ok(web::Json(
        status_board::of_school(&state, school_id, session.region_id, query.procedure_id).await?,
    ))
}

/// E-mail a reminder to the parents of selected pupils
///
/// PO staff, own school, only during the registration week. Reminds the parents of the selected
/// pupils whose registration is not complete (blauw, groen or AG); the others are skipped with a
/// code (`not_allowed_in_status`, `paper_route`, `not_found`). Audited.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = ReminderRequest,
    responses(
    (status = 200, description = "The pupils whose parents were reminded (`done`), and those skipped with a code each", body = BulkResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not PO staff (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "`window_closed`: outside the registration week; `conflict`: the region has no procedure yet", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `pupil_ids` is empty or has more than 1500 ids", body = ErrorResponse)))]
#[post("/school/reminders")]
async fn send_reminders(
    state: web::Data<AppState>,
    session: Session,
    body: JsonBody<ReminderRequest>,
) -> Result<web::Json<BulkResponse>, ApiError> {
    validate(&*body)?;
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let school = own_school(&txn, &session).await?;
    let procedure = crate::procedures::current(&txn, school.region_id).await?;
    let calendar = procedure.calendar()?;
    let week = calendar.instants();
    if !calendar.is_open(Phase::Registration, now) {
        return Err(ApiError::window_closed(
            "send_reminder",
            week.registration_opens_at,
            week.registration_closes_at,
        ));
    }
    let wanted: std::collections::HashSet<Uuid> = body.pupil_ids.iter().copied().collect();
    let mut done = Vec::new();
    let mut skipped = Vec::new();
    let mut found = std::collections::HashSet::new();
    let portal = format!("{}/ouder", state.public_url);
    for pupil in pupils::list_for_school(&txn, procedure.id, school.id).await? {
        if !wanted.contains(&pupil.id.as_uuid()) {
            continue;
        }
        found.insert(pupil.id.as_uuid());
        if pupil.paper_route.is_some() {
            skipped.push(SkippedPupil {
                pupil_id: pupil.id.as_uuid(),
                code: ErrorCode::PaperRoute,
            });
            continue;
        }
        let status = pupil.status;
        if !matches!(
            status,
            RegistrationStatus::Blauw | RegistrationStatus::Groen | RegistrationStatus::Ag
        ) {
            skipped.push(SkippedPupil {
                pupil_id: pupil.id.as_uuid(),
                code: ErrorCode::NotAllowedInStatus,
            });
            continue;
        }
        let language = parents::language_for_pupil(&txn, pupil.id).await?;
        let mail = messages::reminder(
            &pupil.parent_email,
            &Reminder {
                language,
                child_first_name: &pupil.first_name,
                status,
                closes_at: week.registration_closes_at,
                portal_link: &portal,
                school_name: &school.name,
            },
        );
        outbox::enqueue(&txn, mail.in_region(session.region_id), now).await?;
        done.push(pupil.id.as_uuid());
    }
    skipped.extend(
        body.pupil_ids
            .iter()
            .filter(|id| !found.contains(*id))
            .map(|id| SkippedPupil {
                pupil_id: *id,
                code: ErrorCode::NotFound,
            }),
    );
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::RemindersSent,
            session.actor(),
            AuditSubject::School(school.id),
            now,
        )
        .details(serde_json::json!({ "pupils": done })),
    )
    .await?;
    txn.commit().await?;
    Ok(web::Json(BulkResponse { done, skipped }))
}

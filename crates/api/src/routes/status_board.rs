//! The PO school's status board (wit/blauw/groen/AG/AV per class) and reminder e-mails.

use std::collections::{BTreeMap, HashMap};

use actix_web::{get, post, web};
use overstap_api_types::{
    BoardPlacement, BoardPupil, BulkResponse, ClassBoard, ErrorResponse, ReminderRequest,
    SkippedPupil, StatusBoardResponse, StatusCounts,
};
use overstap_domain::{Phase, PupilId, RegistrationStatus};
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::outbox;
use overstap_persistence::{
    parents, placement_runs, procedures, pupils, reserve_offers, status_counts,
};
use uuid::Uuid;

use crate::auth::Session;
use crate::error::{ApiError, validate};
use crate::mail::messages::{self, Reminder};
use crate::routes::pupils::own_school;
use crate::state::AppState;

fn count(counts: &mut StatusCounts, status: RegistrationStatus, n: u32) {
    match status {
        RegistrationStatus::Wit => counts.wit += n,
        RegistrationStatus::Blauw => counts.blauw += n,
        RegistrationStatus::Groen => counts.groen += n,
        RegistrationStatus::Ag => counts.ag += n,
        RegistrationStatus::Av => counts.av += n,
    }
}

/// The official run's results of these pupils, once published.
async fn published_results(
    state: &AppState,
    procedure: &procedures::Procedure,
    list: &[pupils::Pupil],
) -> Result<HashMap<PupilId, BoardPlacement>, ApiError> {
    let Some(run) = placement_runs::latest_official(&state.db, procedure.id).await? else {
        return Ok(HashMap::new());
    };
    let offer = state.catalogues.get(&state.db, procedure.region_id).await?;
    let ids: Vec<PupilId> = list.iter().map(|p| p.id).collect();
    let changed = reserve_offers::changed_programmes(&state.db, run.id, &ids).await?;
    Ok(placement_runs::placements_of(&state.db, run.id, &ids)
        .await?
        .into_iter()
        .map(|(pupil, placed)| {
            // A change after the run (an accepted reserve offer) has no rank stored here.
            let (programme_id, rank) = match changed.get(&pupil) {
                Some(to) => (*to, None),
                None => (placed.programme, placed.choice_rank),
            };
            let programme = programme_id.and_then(|p| offer.programme(p));
            (
                pupil,
                BoardPlacement {
                    placed: programme_id.is_some(),
                    programme_name: programme.map(|p| p.name.clone()),
                    school_name: programme.map(|p| p.school_name.clone()),
                    choice_rank: programme_id.and(rank),
                },
            )
        })
        .collect())
}

/// Per class the pupils' statuses and the counts per status, from maintained counters; from
/// the publication moment on also each pupil's placement.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, body = StatusBoardResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not PO staff", body = ErrorResponse)))]
#[get("/school/status-board")]
async fn get_status_board(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<StatusBoardResponse>, ApiError> {
    // The school and region come from the token: no lookup needed on this busy page.
    let school_id = session.po_school()?;
    let mut classes: BTreeMap<String, ClassBoard> = BTreeMap::new();
    let mut total = StatusCounts::default();
    for cell in status_counts::for_school(&state.db, school_id).await? {
        let class = classes
            .entry(cell.class_name.clone())
            .or_insert_with(|| ClassBoard {
                class_name: cell.class_name.clone(),
                counts: StatusCounts::default(),
                pupils: Vec::new(),
            });
        count(&mut class.counts, cell.status, cell.count);
        count(&mut total, cell.status, cell.count);
    }
    let now = state.clock.now();
    let procedure = procedures::current_for_region(&state.db, session.region_id).await?;
    let reminders_open = match &procedure {
        Some(procedure) => procedure.calendar()?.is_open(Phase::Registration, now),
        None => false,
    };
    let list = pupils::list_for_school(&state.db, school_id).await?;
    let results = match &procedure {
        Some(procedure) if now >= procedure.instants.publication_at => {
            published_results(&state, procedure, &list).await?
        }
        _ => HashMap::new(),
    };
    for pupil in list {
        if let Some(class) = classes.get_mut(&pupil.class_name) {
            class.pupils.push(BoardPupil {
                id: pupil.id.as_uuid(),
                placement: results.get(&pupil.id).cloned(),
                first_name: pupil.first_name,
                last_name: pupil.last_name,
                elk_number: pupil.elk_number,
                status: crate::dto::status(pupil.status),
            });
        }
    }
    Ok(web::Json(StatusBoardResponse {
        counts: total,
        classes: classes
            .into_values()
            .filter(|c| !c.pupils.is_empty())
            .collect(),
        reminders_open,
    }))
}

/// E-mail a reminder to the parents of the selected pupils whose registration is not complete
/// (blauw, groen or AG). Only during the registration week.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = ReminderRequest,
    responses((status = 200, body = BulkResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse),
    (status = 409, description = "Outside the registration week", body = ErrorResponse),
    (status = 422, body = ErrorResponse)))]
#[post("/school/reminders")]
async fn send_reminders(
    state: web::Data<AppState>,
    session: Session,
    body: web::Json<ReminderRequest>,
) -> Result<web::Json<BulkResponse>, ApiError> {
    validate(&*body)?;
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let school = own_school(&txn, &session).await?;
    let procedure = procedures::current_for_region(&txn, school.region_id)
        .await?
        .ok_or(ApiError::NotFound)?;
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
    for pupil in pupils::list_for_school(&txn, school.id).await? {
        if !wanted.contains(&pupil.id.as_uuid()) {
            continue;
        }
        found.insert(pupil.id.as_uuid());
        let status = pupil.status;
        if !matches!(
            status,
            RegistrationStatus::Blauw | RegistrationStatus::Groen | RegistrationStatus::Ag
        ) {
            skipped.push(SkippedPupil {
                pupil_id: pupil.id.as_uuid(),
                code: "not_allowed_in_status".to_owned(),
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
        outbox::enqueue(&txn, mail, now).await?;
        done.push(pupil.id.as_uuid());
    }
    skipped.extend(
        body.pupil_ids
            .iter()
            .filter(|id| !found.contains(*id))
            .map(|id| SkippedPupil {
                pupil_id: *id,
                code: "not_found".to_owned(),
            }),
    );
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::RemindersSent,
            AuditActor::signed_in(session.role, session.subject),
            AuditSubject::School(school.id),
            now,
        )
        .details(serde_json::json!({ "pupils": done })),
    )
    .await?;
    txn.commit().await?;
    Ok(web::Json(BulkResponse { done, skipped }))
}

//! A PO school's pupil records: list, create, correct, send the parent login, import, export.

use actix_web::{HttpResponse, get, post, put, web};
use overstap_api_types::{
    BulkResponse, BulkSendLoginRequest, ErrorCode, ErrorResponse, PupilDataRequest, PupilListQuery,
    PupilListResponse, PupilResponse, SendLoginRequest, SkippedPupil, Submitted,
};
use overstap_domain::{PupilId, RegistrationStatus};
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::procedures::Procedure;
use overstap_persistence::pupils::{self, Filter, Pupil};
use overstap_persistence::registrations;
use overstap_persistence::schools::{self, School};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use crate::auth::Session;
use crate::error::{ApiError, validate};
use crate::logins::{self, Dispatch};
use crate::parent_address::{self, ChangedBy};
use crate::state::AppState;
use crate::{dto, procedures, pupil_records};

/// The signed-in PO staff member's school.
pub(crate) async fn own_school<C: ConnectionTrait>(
    db: &C,
    session: &Session,
) -> Result<School, ApiError> {
    let school_id = session.po_school()?;
    schools::find(db, school_id)
        .await?
        .ok_or(ApiError::Forbidden)
}

pub(crate) async fn response<C: ConnectionTrait>(
    db: &C,
    pupil: PupilId,
) -> Result<PupilResponse, ApiError> {
    let pupil = pupils::find(db, pupil).await?.ok_or(ApiError::NotFound)?;
    let form_version = registrations::find_for_pupil(db, pupil.id)
        .await?
        .map_or(1, |r| r.registration.form_version());
    Ok(dto::pupil(pupil, form_version))
}

async fn audit_action<C: ConnectionTrait>(
    db: &C,
    session: &Session,
    action: AuditAction,
    subject: AuditSubject,
    details: serde_json::Value,
    now: time::OffsetDateTime,
) -> Result<(), ApiError> {
    audit::append(
        db,
        AuditEntry::new(
            action,
            AuditActor::signed_in(session.role, session.subject),
            subject,
            now,
        )
        .details(details),
    )
    .await?;
    Ok(())
}

fn filter(query: &PupilListQuery) -> Result<Filter, ApiError> {
    let named = query.status.as_ref().map(|status| match status {
        Submitted::Known(status) => status.as_str(),
        Submitted::Unknown(text) => text.trim(),
    });
    let status = match named.filter(|s| !s.is_empty()) {
        Some(s) => Some(s.parse::<RegistrationStatus>().map_err(|_| {
            ApiError::Invalid(vec![overstap_api_types::FieldError {
                field: "status".to_owned(),
                code: "status".to_owned(),
                message: "One of wit, blauw, groen, AG, AV.".to_owned(),
            }])
        })?),
        None => None,
    };
    Ok(Filter {
        class_name: query.class.clone().filter(|c| !c.is_empty()),
        status,
        query: query.q.clone().filter(|q| !q.trim().is_empty()),
        needs_attention: query.needs_attention.unwrap_or(false),
    })
}

/// The pupils of the signed-in PO staff member's own school, filtered.
#[utoipa::path(tag = "school", security(("bearer" = [])), params(PupilListQuery), responses(
    (status = 200, body = PupilListResponse), (status = 400, description = "A query parameter is missing or malformed (`malformed_request`)", body = ErrorResponse),
    (status = 401, body = ErrorResponse),
    (status = 403, description = "Not PO staff", body = ErrorResponse),
    (status = 422, body = ErrorResponse)))]
#[get("/school/pupils")]
async fn list_pupils(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<PupilListQuery>,
) -> Result<web::Json<PupilListResponse>, ApiError> {
    let school = own_school(&state.db, &session).await?;
    let filter = filter(&query)?;
    let found = match procedures::to_read(&state.db, school.region_id, query.procedure_id).await? {
        Some(procedure) => pupils::search(&state.db, procedure.id, school.id, &filter).await?,
        None => Vec::new(),
    };
    let versions =
        registrations::find_for_pupils(&state.db, &found.iter().map(|p| p.id).collect::<Vec<_>>())
            .await?;
    let pupils: Vec<PupilResponse> = found
        .into_iter()
        .map(|p| {
            let version = versions
                .get(&p.id)
                .map_or(1, |r| r.registration.form_version());
            dto::pupil(p, version)
        })
        .collect();
    Ok(web::Json(PupilListResponse {
        total: pupils.len() as u64,
        pupils,
    }))
}

/// One pupil of the signed-in PO staff member's school; another school's pupil is a 404.
#[utoipa::path(tag = "school", security(("bearer" = [])),
    params(("pupil_id" = Uuid, Path, description = "The pupil's id")),
    responses((status = 200, body = PupilResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse)))]
#[get("/school/pupils/{pupil_id}")]
async fn get_pupil(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<web::Json<PupilResponse>, ApiError> {
    let school_id = session.po_school()?;
    let pupil = pupils::find_for_school(&state.db, school_id, PupilId::from_uuid(*path))
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(web::Json(response(&state.db, pupil.id).await?))
}

/// Add a pupil to the school (status wit; a new ELK number is assigned).
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = PupilDataRequest,
    responses((status = 201, body = PupilResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse),
    (status = 409, description = "`conflict`: the region has no procedure yet, or its school year is over (`procedure_over`)", body = ErrorResponse),
    (status = 422, body = ErrorResponse)))]
#[post("/school/pupils")]
async fn create_pupil(
    state: web::Data<AppState>,
    session: Session,
    body: web::Json<PupilDataRequest>,
) -> Result<HttpResponse, ApiError> {
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let school = own_school(&txn, &session).await?;
    let id = pupil_records::create(&txn, &school, &body, session.role.as_str(), now).await?;
    audit_action(
        &txn,
        &session,
        AuditAction::PupilCreated,
        AuditSubject::Pupil(id),
        serde_json::json!({}),
        now,
    )
    .await?;
    let created = response(&txn, id).await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(created))
}

/// Correct a pupil's data. Changed form fields make a new form version; the parent login stays
/// valid, and a parent with an account is e-mailed what changed.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = PupilDataRequest,
    params(("pupil_id" = Uuid, Path, description = "The pupil's id")),
    responses((status = 200, body = PupilResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
    (status = 409, body = ErrorResponse), (status = 422, body = ErrorResponse)))]
#[put("/school/pupils/{pupil_id}")]
async fn correct_pupil(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<PupilDataRequest>,
) -> Result<web::Json<PupilResponse>, ApiError> {
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let school = own_school(&txn, &session).await?;
    let pupil = pupils::find_for_school(&txn, school.id, PupilId::from_uuid(*path))
        .await?
        .ok_or(ApiError::NotFound)?;
    let current = procedures::current(&txn, school.region_id).await?;
    procedures::ensure_current(&txn, pupil.procedure_id, &current).await?;
    let portal = format!("{}/ouder", state.public_url);
    let corrected = pupil_records::correct(
        &txn,
        &school,
        &pupil,
        &body,
        ChangedBy {
            role: session.role,
            id: session.subject,
        },
        &portal,
        now,
    )
    .await?;
    let changes: Vec<&str> = corrected.changes.iter().map(|c| c.as_str()).collect();
    audit_action(&txn, &session, AuditAction::PupilCorrected, AuditSubject::Pupil(pupil.id),
        serde_json::json!({ "changes": changes, "form_version": corrected.form_version, "parent_notified": corrected.parent_notified }), now).await?;
    let updated = response(&txn, pupil.id).await?;
    txn.commit().await?;
    Ok(web::Json(updated))
}

/// With `all_or_nothing`, one refused pupil refuses the request and nothing of it is written
/// (not even a corrected address made by `select`); otherwise the sent ones are kept.
async fn dispatch_logins(
    state: &AppState,
    session: &Session,
    all_or_nothing: bool,
    select: impl AsyncFnOnce(
        &sea_orm::DatabaseTransaction,
        &School,
        &Procedure,
    ) -> Result<Vec<Pupil>, ApiError>,
) -> Result<logins::Outcome, ApiError> {
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let school = own_school(&txn, session).await?;
    let procedure = procedures::current(&txn, school.region_id).await?;
    let calendar = procedure.calendar()?;
    let selected = select(&txn, &school, &procedure).await?;
    let mut outcome = logins::send(
        &txn,
        &Dispatch {
            calendar: &calendar,
            school_name: &school.name,
            region: school.region_id,
            now,
        },
        &selected,
    )
    .await?;
    if all_or_nothing && !outcome.refused.is_empty() {
        // Dropping the transaction rolls back whatever `select` wrote.
        let (_, refusal) = outcome.refused.swap_remove(0);
        return Err(refusal.into());
    }
    let sent: Vec<Uuid> = outcome.sent.iter().map(|p| p.as_uuid()).collect();
    audit_action(
        &txn,
        session,
        AuditAction::LoginsSent,
        AuditSubject::School(school.id),
        serde_json::json!({ "pupils": sent }),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(outcome)
}

/// "Verstuur ouder inlog": e-mail the parent a new login link (wit → blauw, or a new link in
/// blauw that replaces the earlier one), optionally to a corrected address first.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = SendLoginRequest,
    params(("pupil_id" = Uuid, Path, description = "The pupil's id")),
    responses((status = 200, body = PupilResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
    (status = 409, description = "Outside the dispatch window, or the account is already active", body = ErrorResponse),
    (status = 422, body = ErrorResponse)))]
#[post("/school/pupils/{pupil_id}/send-login")]
async fn send_login(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<SendLoginRequest>,
) -> Result<web::Json<PupilResponse>, ApiError> {
    validate(&*body)?;
    let pupil_id = PupilId::from_uuid(*path);
    let email = body
        .parent_email
        .as_deref()
        .map(str::trim)
        .map(str::to_owned);
    let now = state.clock.now();
    let outcome = dispatch_logins(&state, &session, true, async |txn, school, procedure| {
        let mut pupil = pupils::find_for_school(txn, school.id, pupil_id)
            .await?
            .ok_or(ApiError::NotFound)?;
        procedures::ensure_current(txn, pupil.procedure_id, procedure).await?;
        if let Some(email) = email.filter(|e| *e != pupil.parent_email) {
            let by = ChangedBy {
                role: session.role,
                id: session.subject,
            };
            parent_address::changed(txn, school, &pupil, &email, by, now).await?;
            pupils::set_parent_email(txn, pupil.id, &email, now).await?;
            pupil.parent_email = email;
        }
        Ok(vec![pupil])
    })
    .await?;
    if let Some((_, refusal)) = outcome.refused.into_iter().next() {
        return Err(refusal.into());
    }
    Ok(web::Json(response(&state.db, pupil_id).await?))
}

/// Send the parent login to a selection of pupils, or to every pupil still wit; pupils on the
/// paper route are passed by (skipped with `paper_route` when selected).
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = BulkSendLoginRequest,
    responses((status = 200, body = BulkResponse), (status = 401, body = ErrorResponse),
    (status = 403, body = ErrorResponse),
    (status = 409, description = "Outside the dispatch window", body = ErrorResponse),
    (status = 422, body = ErrorResponse)))]
#[post("/school/pupils/send-login")]
async fn send_logins(
    state: web::Data<AppState>,
    session: Session,
    body: web::Json<BulkSendLoginRequest>,
) -> Result<web::Json<BulkResponse>, ApiError> {
    validate(&*body)?;
    let request = body.into_inner();
    let mut not_found = Vec::new();
    let mut on_paper = Vec::new();
    let outcome = dispatch_logins(&state, &session, false, async |txn, school, procedure| {
        let all = pupils::list_for_school(txn, procedure.id, school.id).await?;
        // Paper-route pupils register on paper: the bulk send passes them by.
        if request.all_not_sent {
            return Ok(all
                .into_iter()
                .filter(|p| p.status == RegistrationStatus::Wit && p.paper_route.is_none())
                .collect());
        }
        let wanted: std::collections::HashSet<Uuid> = request.pupil_ids.iter().copied().collect();
        let (selected, paper): (Vec<Pupil>, Vec<Pupil>) = all
            .into_iter()
            .filter(|p| wanted.contains(&p.id.as_uuid()))
            .partition(|p| p.paper_route.is_none());
        on_paper = paper.iter().map(|p| p.id.as_uuid()).collect();
        let selected: Vec<Pupil> = selected;
        let found: std::collections::HashSet<Uuid> = selected
            .iter()
            .map(|p| p.id.as_uuid())
            .chain(on_paper.iter().copied())
            .collect();
        not_found = request
            .pupil_ids
            .iter()
            .copied()
            .filter(|id| !found.contains(id))
            .collect();
        Ok(selected)
    })
    .await?;
    // A closed window refuses everyone alike: answer it for the whole request.
    if outcome.sent.is_empty()
        && let Some((_, refusal)) = outcome.refused.iter().find(|(_, e)| {
            matches!(
                e,
                overstap_domain::registration::RegistrationError::WindowClosed { .. }
            )
        })
    {
        return Err(refusal.clone().into());
    }
    let mut skipped: Vec<SkippedPupil> = outcome
        .refused
        .into_iter()
        .map(|(pupil, err)| SkippedPupil {
            pupil_id: pupil.as_uuid(),
            code: ApiError::from(err).code(),
        })
        .collect();
    skipped.extend(not_found.into_iter().map(|pupil_id| SkippedPupil {
        pupil_id,
        code: ErrorCode::NotFound,
    }));
    skipped.extend(on_paper.into_iter().map(|pupil_id| SkippedPupil {
        pupil_id,
        code: ErrorCode::PaperRoute,
    }));
    Ok(web::Json(BulkResponse {
        done: outcome.sent.iter().map(|p| p.as_uuid()).collect(),
        skipped,
    }))
}

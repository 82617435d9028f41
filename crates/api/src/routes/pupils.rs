//! A PO school's pupil records: list, create, correct, send the parent login, import, export.

use actix_web::{HttpResponse, get, post, put, web};
use overstap_api_types::{
    BulkResponse, BulkSendLoginRequest, ErrorCode, ErrorResponse, PupilDataRequest, PupilListQuery,
    PupilListResponse, PupilResponse, SendLoginRequest, SkippedPupil, Submitted,
};
use overstap_domain::{PupilId, RegistrationStatus};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::procedures::Procedure;
use overstap_persistence::pupils::{self, Filter, Pupil};
use overstap_persistence::registrations;
use overstap_persistence::schools::{self, School};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use crate::auth::Session;
use crate::error::{ApiError, validate};
use crate::json_body::JsonBody;
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
        AuditEntry::new(action, session.actor(), subject, now).details(details),
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

/// List the school's pupils with their registration status
///
/// PO staff, own school. Filters by class, status (wit, blauw, groen, AG, AV), words matched
/// against name, ELK-nummer, own pupil id and parent e-mail, and `needs_attention` (everything but
/// AV). Reads the current procedure year, or an earlier one with `procedure_id`; empty while the
/// region has no procedure.
#[utoipa::path(tag = "school", security(("bearer" = [])), params(PupilListQuery), responses(
    (status = 200, description = "The matching pupils and how many there are", body = PupilListResponse),
    (status = 400, description = "A query parameter is missing or malformed (`malformed_request`)", body = ErrorResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not PO staff (`forbidden`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `status` is not wit, blauw, groen, AG or AV, or `procedure_id` is not a procedure of the region", body = ErrorResponse)))]
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

/// Get one pupil of the school
///
/// PO staff, own school. The pupil's record with its status, paper route and current form version,
/// of any procedure year; another school's pupil is a 404.
#[utoipa::path(tag = "school", security(("bearer" = [])),
    params(("pupil_id" = Uuid, Path, description = "The pupil's id")),
    responses(
    (status = 200, description = "The pupil", body = PupilResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not PO staff (`forbidden`)", body = ErrorResponse),
    (status = 404, description = "Not a pupil of this school (`not_found`)", body = ErrorResponse)))]
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

/// Add a pupil to the school
///
/// PO staff, own school. The pupil joins the region's current procedure year in status wit, with a
/// new ELK-nummer and form version 1; the own pupil id must be unique at the school. Refused once
/// its school year has ended, until the coordinator creates the next procedure. Audited.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = PupilDataRequest,
    responses(
    (status = 201, description = "The new pupil, status wit; `Location` gives its address", body = PupilResponse,
        headers(("Location" = String, description = "`/api/v1/school/pupils/{pupil_id}` of the new pupil"))),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not PO staff (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "`conflict`: the region has no procedure yet (`details.facts.reason` = `no_procedure`), or its school year is over (`procedure_over`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: a field is invalid, e.g. an unknown `advice`, an `external_id` another pupil has (`taken`), or `twin_pupil_id` (`twin_self`, `not_found`)", body = ErrorResponse)))]
#[post("/school/pupils")]
async fn create_pupil(
    state: web::Data<AppState>,
    session: Session,
    body: JsonBody<PupilDataRequest>,
) -> Result<HttpResponse, ApiError> {
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let school = own_school(&txn, &session).await?;
    let id = pupil_records::create(&txn, &school, &body, session.actor_role(), now).await?;
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
    Ok(HttpResponse::Created()
        .insert_header((
            actix_web::http::header::LOCATION,
            format!("/api/v1/school/pupils/{}", id.as_uuid()),
        ))
        .json(created))
}

/// Correct a pupil's data
///
/// PO staff, own school, at any time, for a pupil of the current procedure year. Changed form
/// fields make a new form version; the parent login stays valid, and a parent with an account is
/// e-mailed what changed. A new parent e-mail address voids the links sent to the old one, which is
/// told. Audited.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = PupilDataRequest,
    params(("pupil_id" = Uuid, Path, description = "The pupil's id")),
    responses(
    (status = 200, description = "The corrected pupil", body = PupilResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not PO staff (`forbidden`)", body = ErrorResponse),
    (status = 404, description = "Not a pupil of this school (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`earlier_procedure`: the pupil belongs to an earlier procedure year; `conflict`: the region has no procedure, or the registration changed meanwhile", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: a field is invalid, e.g. `external_id` `taken`, `twin_pupil_id`, or `advice` `paper_route_pro` (the paper route is for praktijkonderwijs)", body = ErrorResponse)))]
#[put("/school/pupils/{pupil_id}")]
async fn correct_pupil(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    req: actix_web::HttpRequest,
    body: JsonBody<PupilDataRequest>,
) -> Result<web::Json<PupilResponse>, ApiError> {
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let school = own_school(&txn, &session).await?;
    overstap_persistence::db::lock_subject(&txn, *path).await?;
    let pupil = pupils::find_for_school(&txn, school.id, PupilId::from_uuid(*path))
        .await?
        .ok_or(ApiError::NotFound)?;
    crate::etag::check_if_match(
        crate::etag::if_match(&req).as_deref(),
        &response(&txn, pupil.id).await?,
    )?;
    let current = procedures::current(&txn, school.region_id).await?;
    procedures::ensure_current(&txn, pupil.procedure_id, &current).await?;
    let portal = format!("{}/ouder", state.public_url);
    let corrected = pupil_records::correct(
        &txn,
        &school,
        &pupil,
        &body,
        ChangedBy(session.actor()),
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

/// Send the parent login (verstuur ouder inlog)
///
/// PO staff, own school, from the opening of login dispatch until the registration week closes.
/// E-mails the parent a new single-use login link: wit → blauw, or in blauw a new link that
/// replaces the earlier one; with `parent_email` the address is corrected first. Refused once the
/// parent has activated the account (groen, AG, AV).
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = SendLoginRequest,
    params(("pupil_id" = Uuid, Path, description = "The pupil's id")),
    responses(
    (status = 200, description = "The pupil, now blauw", body = PupilResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not PO staff (`forbidden`)", body = ErrorResponse),
    (status = 404, description = "Not a pupil of this school (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`window_closed`: outside the dispatch window; `not_allowed_in_status`: the account is already active; `earlier_procedure`; `conflict`: no procedure, or a concurrent change", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `parent_email` is not a valid e-mail address", body = ErrorResponse)))]
#[post("/school/pupils/{pupil_id}/send-login")]
async fn send_login(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<SendLoginRequest>,
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
            let by = ChangedBy(session.actor());
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

/// Send the parent login to many pupils
///
/// PO staff, own school, from the opening of login dispatch until the registration week closes.
/// Sends to the selected pupils, or with `all_not_sent` to every pupil still wit; pupils on the
/// paper route are passed by. A pupil that cannot get one is listed in `skipped` with its code
/// (`not_found`, `paper_route`, `not_allowed_in_status`); the others are sent.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = BulkSendLoginRequest,
    responses(
    (status = 200, description = "The pupils sent a login (`done`), and those skipped with a code each", body = BulkResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not PO staff (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "`window_closed`: outside the dispatch window (nobody was sent one); `conflict`: the region has no procedure, or a concurrent change", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: more than 1500 `pupil_ids`", body = ErrorResponse)))]
#[post("/school/pupils/send-login")]
async fn send_logins(
    state: web::Data<AppState>,
    session: Session,
    body: JsonBody<BulkSendLoginRequest>,
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

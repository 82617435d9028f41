//! Creating and correcting pupil records, shared by the single-pupil routes and the CSV
//! import: checks, a unique ELK number, twin links, form versions and the parent's e-mail.

use overstap_api_types::{FieldError, PupilDataRequest};
use overstap_domain::pupil::{PupilDetails, PupilField, record};
use overstap_domain::{Advice, ElkNumberGenerator, ProcedureId, PupilId};
use overstap_persistence::outbox;
use overstap_persistence::parents;
use overstap_persistence::pupils::{self, NewPupil, Pupil};
use overstap_persistence::registrations::{self, BoardCell};
use overstap_persistence::schools::School;
use overstap_persistence::status_counts::{self, Deltas};
use rand::Rng;
use sea_orm::ConnectionTrait;
use time::OffsetDateTime;
use validator::Validate;

use crate::dto;
use crate::error::ApiError;
use crate::mail::messages::{self, DataCorrected};
use crate::parent::twin_link;
use crate::parent_address::{self, ChangedBy};

/// The request's own rules plus the domain's rules for a pupil record's values
/// (`overstap_domain::pupil::record`), the same the CSV import applies.
pub fn check(request: &PupilDataRequest) -> Result<Advice, ApiError> {
    let mut fields = match request.validate() {
        Ok(()) => Vec::new(),
        Err(errors) => match ApiError::from(errors) {
            ApiError::Invalid(fields) => fields,
            other => return Err(other),
        },
    };
    let texts = [
        ("external_id", request.external_id.as_str(), 64),
        ("first_name", &request.first_name, 100),
        ("last_name", &request.last_name, 100),
        ("class_name", &request.class_name, 20),
        ("home_town", &request.home_town, 100),
    ];
    let mut domain: Vec<(&str, record::ValueProblem)> = texts
        .into_iter()
        .filter_map(|(name, value, max)| record::text(value, max).err().map(|p| (name, p)))
        .collect();
    if let Err(problem) = record::birth_date(request.birth_date) {
        domain.push(("birth_date", problem));
    }
    // The domain's verdict on a field replaces the validator's (one error per field).
    fields.retain(|f| !domain.iter().any(|(name, _)| f.field == *name));
    fields.extend(
        domain
            .into_iter()
            .map(|(name, problem)| FieldError::new(name, problem.code, &problem.message)),
    );
    let advice = request.advice.known().map(dto::advice_in);
    if advice.is_none() {
        fields.push(FieldError::new(
            "advice",
            "advice",
            "Not a known advice level (pro, vmbo-b, vmbo-b/k, vmbo-k, vmbo-(g)t, vmbo-gt/havo, havo, havo/vwo, vwo).",
        ));
    }
    match advice {
        Some(advice) if fields.is_empty() => Ok(advice),
        _ => {
            fields.sort_by(|a, b| a.field.cmp(&b.field));
            Err(ApiError::Invalid(fields))
        }
    }
}

fn details(p: &NewPupil) -> PupilDetails {
    PupilDetails {
        name: format!("{} {}", p.first_name, p.last_name),
        birth_date: p.birth_date,
        advice: p.advice,
        lwoo: p.lwoo,
        address: String::new(),
        home_town: p.home_town.clone(),
        parent_emails: vec![p.parent_email.clone()],
    }
}

fn as_new(p: &Pupil) -> NewPupil {
    NewPupil {
        id: p.id,
        procedure_id: p.procedure_id,
        school_id: p.school_id,
        external_id: p.external_id.clone(),
        elk_number: p.elk_number.clone(),
        first_name: p.first_name.clone(),
        last_name: p.last_name.clone(),
        class_name: p.class_name.clone(),
        birth_date: p.birth_date,
        advice: p.advice,
        lwoo: p.lwoo,
        home_town: p.home_town.clone(),
        parent_email: p.parent_email.clone(),
        twin_pupil_id: p.twin_pupil_id,
    }
}

fn apply(request: &PupilDataRequest, advice: Advice, onto: &mut NewPupil) {
    onto.external_id = request.external_id.trim().to_owned();
    onto.first_name = request.first_name.trim().to_owned();
    onto.last_name = request.last_name.trim().to_owned();
    onto.class_name = request.class_name.trim().to_owned();
    onto.birth_date = request.birth_date;
    onto.advice = advice;
    onto.lwoo = request.lwoo;
    onto.home_town = request.home_town.trim().to_owned();
    onto.parent_email = request.parent_email.trim().to_owned();
    onto.twin_pupil_id = request.twin_pupil_id.map(PupilId::from_uuid);
}

/// The twin must be another pupil of the same school and procedure.
async fn check_twin<C: ConnectionTrait>(
    db: &C,
    school: &School,
    procedure: ProcedureId,
    pupil: Option<PupilId>,
    twin: Option<PupilId>,
) -> Result<(), ApiError> {
    let Some(twin) = twin else { return Ok(()) };
    if Some(twin) == pupil {
        return Err(ApiError::field(
            "twin_pupil_id",
            "twin_self",
            "A pupil cannot be their own twin.",
        ));
    }
    if pupils::find_for_school(db, school.id, twin)
        .await?
        .is_none_or(|found| found.procedure_id != procedure)
    {
        return Err(ApiError::field(
            "twin_pupil_id",
            "not_found",
            "The twin must be a pupil of this school in the same procedure year.",
        ));
    }
    Ok(())
}

async fn check_external_id<C: ConnectionTrait>(
    db: &C,
    school: &School,
    procedure: ProcedureId,
    external_id: &str,
    except: Option<PupilId>,
) -> Result<(), ApiError> {
    let taken =
        pupils::find_by_external_ids(db, procedure, school.id, &[external_id.to_owned()]).await?;
    if taken.values().any(|p| Some(p.id) != except) {
        return Err(ApiError::field(
            "external_id",
            "taken",
            "Another pupil of this school already has this pupil id.",
        ));
    }
    Ok(())
}

/// A new ELK number no pupil has: a random point of the keyed permutation, checked.
async fn new_elk_number<C: ConnectionTrait>(db: &C) -> Result<String, ApiError> {
    let generator = ElkNumberGenerator::new(0x0E1C);
    for _ in 0..8 {
        let candidate = generator.number(rand::rng().random::<u64>()).to_string();
        if parents::pupil_with_elk_number(db, &candidate)
            .await?
            .is_none()
        {
            return Ok(candidate);
        }
    }
    Err(ApiError::internal("no free ELK number after 8 tries"))
}

/// Adds a pupil (status wit, form version 1) to `school`.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    school: &School,
    request: &PupilDataRequest,
    created_by: &str,
    now: OffsetDateTime,
) -> Result<PupilId, ApiError> {
    let advice = check(request)?;
    let procedure = crate::procedures::open_for_pupils(db, school.region_id, now).await?;
    check_external_id(db, school, procedure.id, request.external_id.trim(), None).await?;
    let twin = request.twin_pupil_id.map(PupilId::from_uuid);
    check_twin(db, school, procedure.id, None, twin).await?;
    let id = PupilId::from_uuid(uuid::Uuid::new_v4());
    let mut pupil = NewPupil {
        id,
        procedure_id: procedure.id,
        school_id: school.id,
        external_id: String::new(),
        elk_number: new_elk_number(db).await?,
        first_name: String::new(),
        last_name: String::new(),
        class_name: String::new(),
        birth_date: request.birth_date,
        advice,
        lwoo: false,
        home_town: String::new(),
        parent_email: String::new(),
        twin_pupil_id: None,
    };
    apply(request, advice, &mut pupil);
    pupil.twin_pupil_id = None;
    pupils::insert_many(db, vec![pupil], created_by, now).await?;
    if twin.is_some() {
        pupils::set_twin(db, id, twin).await?;
    }
    Ok(id)
}

/// What a correction did.
pub struct Corrected {
    pub changes: Vec<PupilField>,
    pub form_version: Option<u32>,
    pub parent_notified: bool,
}

/// Corrects a pupil's data. Changes to the form's fields make a new form version; the parent
/// of a registration with an account gets an e-mail listing them.
pub async fn correct<C: ConnectionTrait>(
    db: &C,
    school: &School,
    pupil: &Pupil,
    request: &PupilDataRequest,
    by: ChangedBy,
    portal_link: &str,
    now: OffsetDateTime,
) -> Result<Corrected, ApiError> {
    let advice = check(request)?;
    if pupil
        .paper_route
        .as_ref()
        .is_some_and(|route| !route.allows_advice(advice))
    {
        return Err(ApiError::field(
            "advice",
            "paper_route_pro",
            "The pupil takes the paper route for praktijkonderwijs; change or undo the paper \
             route before changing the advice.",
        ));
    }
    check_external_id(
        db,
        school,
        pupil.procedure_id,
        request.external_id.trim(),
        Some(pupil.id),
    )
    .await?;
    let twin = request.twin_pupil_id.map(PupilId::from_uuid);
    check_twin(db, school, pupil.procedure_id, Some(pupil.id), twin).await?;
    let before = as_new(pupil);
    let mut after = as_new(pupil);
    apply(request, advice, &mut after);
    let changes = details(&before).changed_fields(&details(&after));
    parent_address::changed(db, school, pupil, &after.parent_email, by, now).await?;
    pupils::update(db, &after, now).await?;
    if twin != pupil.twin_pupil_id {
        if let Some(old_twin) = pupil.twin_pupil_id {
            // Unlinked or changed: the lists linked with the old twin are no longer kept
            // the same, and both parents hear of it.
            let actor = by.0;
            twin_link::school_unlinked(db, pupil, old_twin, school, actor, portal_link, now)
                .await?;
        }
        pupils::set_twin(db, pupil.id, twin).await?;
    }
    let stored = registrations::find_for_pupil(db, pupil.id)
        .await?
        .ok_or_else(|| ApiError::internal(format!("pupil {} has no registration", pupil.id)))?;
    let status = stored.registration.status();
    if before.class_name != after.class_name {
        let mut deltas = Deltas::default();
        deltas.moved(
            (pupil.procedure_id, school.id),
            (&before.class_name, status),
            (&after.class_name, status),
        );
        status_counts::apply(db, &deltas).await?;
    }
    if changes.is_empty() {
        return Ok(Corrected {
            changes,
            form_version: None,
            parent_notified: false,
        });
    }
    let correction = stored.registration.correct_pupil_data(&changes)?;
    let cell = BoardCell {
        school: school.id,
        class_name: &after.class_name,
    };
    if !registrations::save(db, &stored, &correction.registration, cell, now).await? {
        return Err(ApiError::Conflict {
            message: "The registration changed meanwhile; reload and try again.".to_owned(),
            facts: None,
        });
    }
    let version = correction.registration.form_version();
    registrations::add_form_version(
        db,
        correction.registration.id(),
        version,
        pupils::form_data(&after),
        &format!(
            "corrected: {}",
            correction
                .changes
                .iter()
                .map(PupilField::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        by.0.role(),
        now,
    )
    .await?;
    if correction.notify_parent {
        let language = parents::language_for_pupil(db, pupil.id).await?;
        let mail = messages::data_corrected(
            &after.parent_email,
            &DataCorrected {
                language,
                child_first_name: &after.first_name,
                changes: &correction.changes,
                school_name: &school.name,
                portal_link,
            },
        );
        outbox::enqueue(db, mail.in_region(school.region_id), now).await?;
    }
    Ok(Corrected {
        changes: correction.changes,
        form_version: Some(version),
        parent_notified: correction.notify_parent,
    })
}

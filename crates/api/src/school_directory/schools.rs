//! PO and VO schools: the details parents see (BRIN number, town, contact, website), the board,
//! and a VO school's priority rule; made one by one or from a file, switched off and on.

use overstap_api_types::{FieldError, SchoolKind as WireKind, SchoolRequest, SchoolResponse};
use overstap_domain::pupil::record;
use overstap_domain::school::{brin, phone, website};
use overstap_domain::{BoardId, PriorityRuleKind, RegionProfile, SchoolId, SchoolKind};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::schools::{self, NewSchool, School};
use overstap_persistence::{boards, procedures};
use sea_orm::ConnectionTrait;
use serde_json::json;
use time::OffsetDateTime;
use validator::Validate;

use super::{Keeper, field_problem};
use crate::dto;
use crate::error::ApiError;
use crate::state::AppState;

/// A school's details after every rule was checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub kind: SchoolKind,
    pub board: BoardId,
    pub code: String,
    pub name: String,
    pub town: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub website: Option<String>,
    pub priority_rule: Option<PriorityRuleKind>,
}

impl Checked {
    fn row(&self, region: overstap_domain::RegionId) -> NewSchool<'_> {
        NewSchool {
            board_id: self.board,
            region_id: region,
            kind: self.kind,
            code: &self.code,
            name: &self.name,
            town: &self.town,
            contact_email: &self.contact_email,
            contact_phone: &self.contact_phone,
            website: self.website.as_deref(),
            priority_rule: self.priority_rule,
        }
    }

    /// Does the stored school hold exactly these details?
    pub fn matches(&self, school: &School) -> bool {
        self.kind == school.kind
            && self.board == school.board_id
            && self.code == school.code
            && self.name == school.name
            && self.town == school.town
            && self.contact_email == school.contact_email
            && self.contact_phone == school.contact_phone
            && self.website == school.website
            && self.priority_rule == school.priority_rule
    }
}

pub fn kind(kind: WireKind) -> SchoolKind {
    match kind {
        WireKind::Po => SchoolKind::Po,
        WireKind::Vo => SchoolKind::Vo,
    }
}

/// Checks every field: `ApiError::Invalid` names each refused field of the request.
pub async fn check<C: ConnectionTrait>(
    db: &C,
    keeper: &Keeper,
    profile: &RegionProfile,
    request: &SchoolRequest,
) -> Result<Checked, ApiError> {
    let mut errors = match request.validate() {
        Ok(()) => Vec::new(),
        Err(e) => match ApiError::from(e) {
            ApiError::Invalid(fields) => fields,
            _ => Vec::new(),
        },
    };
    let mut take = |field: &str, result: Result<String, record::ValueProblem>| match result {
        Ok(value) => Some(value),
        Err(problem) => {
            if !errors.iter().any(|e| e.field == field) {
                errors.push(field_problem(field, problem));
            }
            None
        }
    };
    let code = take("code", brin(&request.code));
    let name = take("name", record::text(&request.name, 120));
    let town = take("town", record::text(&request.town, 80));
    let contact_phone = take("contact_phone", phone(&request.contact_phone));
    let website = match request.website.as_deref().map(str::trim) {
        None | Some("") => Some(None),
        Some(url) => take("website", website(url)).map(Some),
    };
    let kind = kind(request.kind);
    let priority_rule = request.priority_rule.map(dto::rule_kind_in);
    match priority_rule {
        Some(_) if kind == SchoolKind::Po => errors.push(FieldError::new(
            "priority_rule",
            "vo_only",
            "Only a VO school applies a priority rule.",
        )),
        Some(rule) if !profile.allows_priority_rule(rule) => errors.push(FieldError::new(
            "priority_rule",
            "not_offered",
            format!(
                "The region's rules do not offer the priority rule {}.",
                rule.as_str()
            ),
        )),
        _ => {}
    }
    let board = BoardId::from_uuid(request.board_id);
    match boards::find(db, board).await? {
        Some(found) if found.region_id == keeper.region && found.active => {}
        Some(found) if found.region_id == keeper.region => errors.push(FieldError::new(
            "board_id",
            "inactive",
            "This board is deactivated; reactivate it or choose another.",
        )),
        _ => errors.push(FieldError::new(
            "board_id",
            "unknown_board",
            "No board of the region has this id.",
        )),
    }
    let (Some(code), Some(name), Some(town), Some(contact_phone), Some(website), true) =
        (code, name, town, contact_phone, website, errors.is_empty())
    else {
        errors.sort_by(|a, b| a.field.cmp(&b.field));
        return Err(ApiError::Invalid(errors));
    };
    Ok(Checked {
        kind,
        board,
        code,
        name,
        town,
        contact_email: request.contact_email.trim().to_owned(),
        contact_phone,
        website,
        priority_rule,
    })
}

/// A school of the keeper's region; another region's school is a 404.
pub async fn of_region<C: ConnectionTrait>(
    db: &C,
    keeper: &Keeper,
    id: SchoolId,
) -> Result<School, ApiError> {
    schools::find(db, id)
        .await?
        .filter(|s| s.region_id == keeper.region)
        .ok_or(ApiError::NotFound)
}

/// Refuses a BRIN number another school has.
async fn brin_free<C: ConnectionTrait>(
    db: &C,
    code: &str,
    except: Option<SchoolId>,
) -> Result<(), ApiError> {
    let found = schools::find_by_codes(db, &[code.to_owned()]).await?;
    match found.get(code) {
        Some(other) if Some(other.id) != except => Err(ApiError::BrinTaken),
        _ => Ok(()),
    }
}

fn taken_on_conflict(e: sea_orm::DbErr) -> ApiError {
    match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => ApiError::BrinTaken,
        _ => ApiError::from(e),
    }
}

/// Stores a new school (its BRIN number checked free).
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    keeper: &Keeper,
    checked: &Checked,
) -> Result<SchoolId, ApiError> {
    brin_free(db, &checked.code, None).await?;
    schools::insert(db, checked.row(keeper.region))
        .await
        .map_err(taken_on_conflict)
}

pub fn kind_fixed() -> FieldError {
    FieldError::new(
        "kind",
        "fixed",
        "A school stays PO or VO; make a new school instead.",
    )
}

/// Stores new details of a school (the kind cannot change).
pub async fn store<C: ConnectionTrait>(
    db: &C,
    keeper: &Keeper,
    school: &School,
    checked: &Checked,
) -> Result<(), ApiError> {
    if checked.kind != school.kind {
        return Err(ApiError::Invalid(vec![kind_fixed()]));
    }
    brin_free(db, &checked.code, Some(school.id)).await?;
    schools::update(db, school.id, &checked.row(keeper.region))
        .await
        .map_err(taken_on_conflict)
}

/// The names of the fields that differ, for the audit log.
pub fn changed(school: &School, checked: &Checked) -> Vec<&'static str> {
    [
        ("board_id", school.board_id != checked.board),
        ("code", school.code != checked.code),
        ("name", school.name != checked.name),
        ("town", school.town != checked.town),
        (
            "contact_email",
            school.contact_email != checked.contact_email,
        ),
        (
            "contact_phone",
            school.contact_phone != checked.contact_phone,
        ),
        ("website", school.website != checked.website),
        (
            "priority_rule",
            school.priority_rule != checked.priority_rule,
        ),
    ]
    .into_iter()
    .filter(|(_, differs)| *differs)
    .map(|(name, _)| name)
    .collect()
}

pub async fn create(
    state: &AppState,
    keeper: &Keeper,
    request: &SchoolRequest,
    now: OffsetDateTime,
) -> Result<SchoolResponse, ApiError> {
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let profile = super::profile(&txn, keeper.region).await?;
    let checked = check(&txn, keeper, &profile, request).await?;
    let id = insert(&txn, keeper, &checked).await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::SchoolCreated,
            keeper.actor(),
            AuditSubject::School(id),
            now,
        )
        .details(json!({ "code": checked.code, "kind": checked.kind.as_str() })),
    )
    .await?;
    let school = schools::find(&txn, id).await?.ok_or(ApiError::NotFound)?;
    txn.commit().await?;
    Ok(dto::school(school))
}

pub async fn update(
    state: &AppState,
    keeper: &Keeper,
    id: SchoolId,
    request: &SchoolRequest,
    now: OffsetDateTime,
) -> Result<SchoolResponse, ApiError> {
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let school = of_region(&txn, keeper, id).await?;
    let profile = super::profile(&txn, keeper.region).await?;
    let checked = check(&txn, keeper, &profile, request).await?;
    if checked.kind != school.kind {
        return Err(ApiError::Invalid(vec![kind_fixed()]));
    }
    let fields = changed(&school, &checked);
    if !fields.is_empty() {
        store(&txn, keeper, &school, &checked).await?;
        audit::append(
            &txn,
            AuditEntry::new(
                AuditAction::SchoolUpdated,
                keeper.actor(),
                AuditSubject::School(id),
                now,
            )
            .details(json!({ "fields": fields })),
        )
        .await?;
    }
    let school = schools::find(&txn, id).await?.ok_or(ApiError::NotFound)?;
    txn.commit().await?;
    Ok(dto::school(school))
}

/// Switches a school off (refused while it takes part in the current procedure) or on (its
/// board must be active).
pub async fn set_active(
    state: &AppState,
    keeper: &Keeper,
    id: SchoolId,
    active: bool,
    now: OffsetDateTime,
) -> Result<SchoolResponse, ApiError> {
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let mut school = of_region(&txn, keeper, id).await?;
    if school.active != active {
        if active {
            let board = boards::find(&txn, school.board_id).await?;
            if !board.is_some_and(|b| b.active) {
                return Err(ApiError::Conflict {
                    message: "The school's board is deactivated; reactivate the board first."
                        .to_owned(),
                    facts: None,
                });
            }
            // The region's rules may have dropped its priority rule meanwhile.
            let profile = super::profile(&txn, keeper.region).await?;
            if let Some(rule) = school.priority_rule
                && !profile.allows_priority_rule(rule)
            {
                return Err(ApiError::Conflict {
                    message: format!(
                        "The school applies the priority rule {}, which the region's rules no                          longer offer; change the school's priority rule first.",
                        rule.as_str()
                    ),
                    facts: Some(json!({ "priority_rule": rule.as_str() })),
                });
            }
        } else if let Some(procedure) = procedures::current_for_region(&txn, keeper.region).await?
            && schools::takes_part(&txn, &school, procedure.id).await?
        {
            return Err(ApiError::InUse(format!(
                "The school takes part in the {} procedure (it has {}); it can be deactivated \
                 once that procedure is over.",
                procedure.school_year,
                match school.kind {
                    SchoolKind::Po => "pupils",
                    SchoolKind::Vo => "registrations",
                }
            )));
        }
        schools::set_active(&txn, id, active).await?;
        let action = if active {
            AuditAction::SchoolReactivated
        } else {
            AuditAction::SchoolDeactivated
        };
        audit::append(
            &txn,
            AuditEntry::new(action, keeper.actor(), AuditSubject::School(id), now),
        )
        .await?;
        school.active = active;
    }
    txn.commit().await?;
    Ok(dto::school(school))
}

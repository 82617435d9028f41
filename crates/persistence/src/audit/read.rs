//! Reading the audit log of a region (or of some of its schools), newest first, a page at a
//! time: a page ends where the next begins (the last entry's moment and id); entries written
//! meanwhile are newer (a later second, or a higher time-ordered id within the same second), so
//! they never shift a page.

use overstap_domain::{PupilId, RegionId, SchoolId};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::audit_log;

/// Which entries to read; every part but the region is optional.
#[derive(Debug, Clone)]
pub struct Filter {
    pub region: RegionId,
    /// Only entries about one of these schools (a board admin's view).
    pub schools: Option<Vec<SchoolId>>,
    pub actor_role: Option<String>,
    pub actor_id: Option<Uuid>,
    pub pupil: Option<PupilId>,
    /// An action (`staff.invited`) or a family of actions (`staff.`).
    pub action: Option<String>,
    pub from: Option<OffsetDateTime>,
    pub until: Option<OffsetDateTime>,
}

/// Where a page starts: after the entry with this moment and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct After {
    pub occurred_at: OffsetDateTime,
    pub id: Uuid,
}

pub type Entry = audit_log::Model;

/// Entries are stored in UTC whole seconds (see `append`); so are the bounds they are compared
/// with (a bound within a second counts from that second).
fn utc(instant: OffsetDateTime) -> OffsetDateTime {
    super::stored_moment(instant)
}

fn condition(filter: &Filter) -> Condition {
    let mut all = Condition::all();
    all = all.add(audit_log::Column::RegionId.eq(filter.region.as_uuid()));
    if let Some(schools) = &filter.schools {
        all = all.add(audit_log::Column::SchoolId.is_in(schools.iter().map(|s| s.as_uuid())));
    }
    if let Some(role) = &filter.actor_role {
        all = all.add(audit_log::Column::ActorRole.eq(role.as_str()));
    }
    if let Some(actor) = filter.actor_id {
        all = all.add(audit_log::Column::ActorId.eq(actor));
    }
    if let Some(pupil) = filter.pupil {
        all = all.add(audit_log::Column::PupilId.eq(pupil.as_uuid()));
    }
    match filter.action.as_deref() {
        Some(family) if family.ends_with('.') => {
            all = all.add(audit_log::Column::Action.starts_with(family));
        }
        Some(action) => all = all.add(audit_log::Column::Action.eq(action)),
        None => {}
    }
    if let Some(from) = filter.from {
        all = all.add(audit_log::Column::OccurredAt.gte(utc(from)));
    }
    if let Some(until) = filter.until {
        all = all.add(audit_log::Column::OccurredAt.lt(utc(until)));
    }
    all
}

/// Up to `limit` entries after `after`, newest first.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    filter: &Filter,
    after: Option<After>,
    limit: u64,
) -> Result<Vec<Entry>, DbErr> {
    let mut query = audit_log::Entity::find().filter(condition(filter));
    if let Some(after) = after {
        query = query.filter(
            Condition::any()
                .add(audit_log::Column::OccurredAt.lt(utc(after.occurred_at)))
                .add(
                    Condition::all()
                        .add(audit_log::Column::OccurredAt.eq(utc(after.occurred_at)))
                        .add(audit_log::Column::Id.lt(after.id)),
                ),
        );
    }
    query
        .order_by_desc(audit_log::Column::OccurredAt)
        .order_by_desc(audit_log::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

//! Staff accounts: PO and VO staff, board admins and coordinators. An invited account has no
//! password until its invitation is used (stored as an empty hash).

use std::collections::HashMap;

use overstap_domain::{BoardId, Language, RegionId, Role, SchoolId, StaffUserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::{staff_school, staff_user};

#[derive(Debug, Clone)]
pub struct StaffUser {
    pub id: StaffUserId,
    pub email: String,
    /// None while the account's invitation has not been used.
    pub password_hash: Option<String>,
    pub display_name: String,
    pub role: Role,
    pub region_id: RegionId,
    pub school_id: Option<SchoolId>,
    pub board_id: Option<BoardId>,
    pub active: bool,
    pub language: Language,
}

fn from_row(row: staff_user::Model) -> Result<StaffUser, DbErr> {
    Ok(StaffUser {
        id: StaffUserId::from_uuid(row.id),
        role: row.role.0,
        language: row.language.0,
        email: row.email,
        password_hash: Some(row.password_hash).filter(|hash| !hash.is_empty()),
        display_name: row.display_name,
        region_id: RegionId::from_uuid(row.region_id),
        school_id: row.school_id.map(SchoolId::from_uuid),
        board_id: row.board_id.map(BoardId::from_uuid),
        active: row.active,
    })
}

/// E-mail addresses are compared case-insensitively: they are stored lower-cased.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub async fn find_by_email<C: ConnectionTrait>(
    db: &C,
    email: &str,
) -> Result<Option<StaffUser>, DbErr> {
    staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(normalise_email(email)))
        .one(db)
        .await?
        .map(from_row)
        .transpose()
}

pub async fn find<C: ConnectionTrait>(db: &C, id: StaffUserId) -> Result<Option<StaffUser>, DbErr> {
    staff_user::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(from_row)
        .transpose()
}

/// The staff of a region, or only those of the given schools; ordered by name.
pub async fn list<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    only_schools: Option<&[SchoolId]>,
) -> Result<Vec<StaffUser>, DbErr> {
    let mut query = staff_user::Entity::find()
        .filter(staff_user::Column::RegionId.eq(region.as_uuid()))
        .order_by_asc(staff_user::Column::DisplayName)
        .order_by_asc(staff_user::Column::Email);
    if let Some(schools) = only_schools {
        query = query.filter(
            Condition::all()
                .add(staff_user::Column::SchoolId.is_in(schools.iter().map(|s| s.as_uuid()))),
        );
    }
    query.all(db).await?.into_iter().map(from_row).collect()
}

pub struct NewStaffUser<'a> {
    pub email: &'a str,
    /// None for an invited account: it chooses its password with the invitation.
    pub password_hash: Option<String>,
    pub display_name: &'a str,
    pub role: Role,
    pub region_id: RegionId,
    pub school_id: Option<SchoolId>,
    pub board_id: Option<BoardId>,
    pub language: Language,
}

/// Adds an account; a taken e-mail address is a unique-constraint violation.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    user: NewStaffUser<'_>,
    now: OffsetDateTime,
) -> Result<StaffUserId, DbErr> {
    let id = Uuid::new_v4();
    staff_user::Entity::insert(staff_user::ActiveModel {
        id: Set(id),
        email: Set(normalise_email(user.email)),
        password_hash: Set(user.password_hash.unwrap_or_default()),
        display_name: Set(user.display_name.to_owned()),
        role: Set(user.role.into()),
        region_id: Set(user.region_id.as_uuid()),
        school_id: Set(user.school_id.map(|s| s.as_uuid())),
        board_id: Set(user.board_id.map(|b| b.as_uuid())),
        active: Set(true),
        created_at: Set(now),
        language: Set(user.language.into()),
    })
    .exec(db)
    .await?;
    Ok(StaffUserId::from_uuid(id))
}

/// What a manager may change of an account.
pub struct StaffChange<'a> {
    pub display_name: &'a str,
    pub role: Role,
    pub school_id: Option<SchoolId>,
    pub board_id: Option<BoardId>,
    pub language: Language,
}

pub async fn update<C: ConnectionTrait>(
    db: &C,
    id: StaffUserId,
    change: StaffChange<'_>,
) -> Result<(), DbErr> {
    staff_user::Entity::update_many()
        .col_expr(
            staff_user::Column::DisplayName,
            Expr::value(change.display_name),
        )
        .col_expr(staff_user::Column::Role, Expr::value(change.role.as_str()))
        .col_expr(
            staff_user::Column::SchoolId,
            Expr::value(change.school_id.map(|s| s.as_uuid())),
        )
        .col_expr(
            staff_user::Column::BoardId,
            Expr::value(change.board_id.map(|b| b.as_uuid())),
        )
        .col_expr(
            staff_user::Column::Language,
            Expr::value(change.language.as_str()),
        )
        .filter(staff_user::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_active<C: ConnectionTrait>(
    db: &C,
    id: StaffUserId,
    active: bool,
) -> Result<(), DbErr> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::Active, Expr::value(active))
        .filter(staff_user::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

/// Replaces a staff member's password hash.
pub async fn set_password<C: ConnectionTrait>(
    db: &C,
    id: StaffUserId,
    password_hash: String,
) -> Result<(), DbErr> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::PasswordHash, Expr::value(password_hash))
        .filter(staff_user::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

/// The schools `id` works at besides its own, in no particular order.
pub async fn other_schools<C: ConnectionTrait>(
    db: &C,
    id: StaffUserId,
) -> Result<Vec<SchoolId>, DbErr> {
    Ok(other_schools_of(db, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default())
}

/// The other schools of each of `ids` that has any.
pub async fn other_schools_of<C: ConnectionTrait>(
    db: &C,
    ids: &[StaffUserId],
) -> Result<HashMap<StaffUserId, Vec<SchoolId>>, DbErr> {
    let mut found: HashMap<StaffUserId, Vec<SchoolId>> = HashMap::new();
    for chunk in ids.chunks(500) {
        let rows = staff_school::Entity::find()
            .filter(staff_school::Column::StaffUserId.is_in(chunk.iter().map(|i| i.as_uuid())))
            .all(db)
            .await?;
        for row in rows {
            found
                .entry(StaffUserId::from_uuid(row.staff_user_id))
                .or_default()
                .push(SchoolId::from_uuid(row.school_id));
        }
    }
    Ok(found)
}

/// Replaces the schools `id` works at besides its own.
pub async fn set_other_schools<C: ConnectionTrait>(
    db: &C,
    id: StaffUserId,
    schools: &[SchoolId],
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    staff_school::Entity::delete_many()
        .filter(staff_school::Column::StaffUserId.eq(id.as_uuid()))
        .exec(db)
        .await?;
    if schools.is_empty() {
        return Ok(());
    }
    staff_school::Entity::insert_many(schools.iter().map(|school| staff_school::ActiveModel {
        staff_user_id: Set(id.as_uuid()),
        school_id: Set(school.as_uuid()),
        created_at: Set(now),
    }))
    .exec(db)
    .await?;
    Ok(())
}

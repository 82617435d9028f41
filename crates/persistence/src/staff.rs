//! Staff accounts: PO and VO staff, board admins and coordinators.

use overstap_domain::{BoardId, RegionId, Role, SchoolId, StaffUserId};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::staff_user;

#[derive(Debug, Clone)]
pub struct StaffUser {
    pub id: StaffUserId,
    pub email: String,
    pub password_hash: String,
    pub display_name: String,
    pub role: Role,
    pub region_id: RegionId,
    pub school_id: Option<SchoolId>,
    pub board_id: Option<BoardId>,
    pub active: bool,
}

fn from_row(row: staff_user::Model) -> Result<StaffUser, DbErr> {
    Ok(StaffUser {
        id: StaffUserId::from_uuid(row.id),
        role: row
            .role
            .parse()
            .map_err(|e| DbErr::Type(format!("staff_users.role: {e}")))?,
        email: row.email,
        password_hash: row.password_hash,
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

pub struct NewStaffUser<'a> {
    pub email: &'a str,
    pub password_hash: String,
    pub display_name: &'a str,
    pub role: Role,
    pub region_id: RegionId,
    pub school_id: Option<SchoolId>,
    pub board_id: Option<BoardId>,
}

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    user: NewStaffUser<'_>,
    now: OffsetDateTime,
) -> Result<StaffUserId, DbErr> {
    let id = Uuid::new_v4();
    staff_user::Entity::insert(staff_user::ActiveModel {
        id: Set(id),
        email: Set(normalise_email(user.email)),
        password_hash: Set(user.password_hash),
        display_name: Set(user.display_name.to_owned()),
        role: Set(user.role.as_str().to_owned()),
        region_id: Set(user.region_id.as_uuid()),
        school_id: Set(user.school_id.map(|s| s.as_uuid())),
        board_id: Set(user.board_id.map(|b| b.as_uuid())),
        active: Set(true),
        created_at: Set(now),
    })
    .exec(db)
    .await?;
    Ok(StaffUserId::from_uuid(id))
}

/// Replaces a staff member's password hash.
pub async fn set_password<C: ConnectionTrait>(
    db: &C,
    id: StaffUserId,
    password_hash: String,
) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::PasswordHash, Expr::value(password_hash))
        .filter(staff_user::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

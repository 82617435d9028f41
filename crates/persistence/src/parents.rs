//! Parent accounts: one per pupil, signed in with the pupil's ELK number.

use overstap_domain::{Language, ParentAccountId, PupilId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::{parent_account, pupil};

#[derive(Debug, Clone)]
pub struct ParentAccount {
    pub id: ParentAccountId,
    pub pupil_id: PupilId,
    /// None until the parent has activated the account.
    pub password_hash: Option<String>,
    /// The language the parent chose for the portal and e-mails.
    pub language: Language,
}

/// The language to write to the parent of `pupil` in: the account's, Dutch without one.
pub async fn language_for_pupil<C: ConnectionTrait>(
    db: &C,
    pupil_id: PupilId,
) -> Result<Language, DbErr> {
    Ok(find_for_pupil(db, pupil_id)
        .await?
        .map_or(Language::Nl, |account| account.language))
}

fn from_row(row: parent_account::Model) -> ParentAccount {
    ParentAccount {
        id: ParentAccountId::from_uuid(row.id),
        pupil_id: PupilId::from_uuid(row.pupil_id),
        password_hash: row.password_hash,
        language: row.language.0,
    }
}

/// The account of the pupil with this (normalised) ELK number.
pub async fn find_by_elk_number<C: ConnectionTrait>(
    db: &C,
    elk_number: &str,
) -> Result<Option<ParentAccount>, DbErr> {
    let Some(pupil) = pupil::Entity::find()
        .filter(pupil::Column::ElkNumber.eq(elk_number))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(parent_account::Entity::find()
        .filter(parent_account::Column::PupilId.eq(pupil.id))
        .one(db)
        .await?
        .map(from_row))
}

pub async fn find<C: ConnectionTrait>(
    db: &C,
    id: ParentAccountId,
) -> Result<Option<ParentAccount>, DbErr> {
    Ok(parent_account::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(from_row))
}

/// Creates the account of a pupil; with a password hash it is active at once (demo data).
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    pupil_id: PupilId,
    password_hash: Option<String>,
    language: Language,
    now: OffsetDateTime,
) -> Result<ParentAccountId, DbErr> {
    let id = Uuid::new_v4();
    let activated_at = password_hash.as_ref().map(|_| now);
    parent_account::Entity::insert(parent_account::ActiveModel {
        id: Set(id),
        pupil_id: Set(pupil_id.as_uuid()),
        password_hash: Set(password_hash),
        activated_at: Set(activated_at),
        language: Set(language.into()),
        created_at: Set(now),
    })
    .exec(db)
    .await?;
    Ok(ParentAccountId::from_uuid(id))
}

/// The account of a pupil, if the parent has one.
pub async fn find_for_pupil<C: ConnectionTrait>(
    db: &C,
    pupil_id: PupilId,
) -> Result<Option<ParentAccount>, DbErr> {
    Ok(parent_account::Entity::find()
        .filter(parent_account::Column::PupilId.eq(pupil_id.as_uuid()))
        .one(db)
        .await?
        .map(from_row))
}

/// The pupil with this ELK number, if any (ELK numbers are unique across the region).
pub async fn pupil_with_elk_number<C: ConnectionTrait>(
    db: &C,
    elk_number: &str,
) -> Result<Option<PupilId>, DbErr> {
    Ok(pupil::Entity::find()
        .filter(pupil::Column::ElkNumber.eq(elk_number))
        .one(db)
        .await?
        .map(|p| PupilId::from_uuid(p.id)))
}

/// Activation: gives the pupil's account its first password (creating the account if the
/// login e-mail did not), and marks the login link used. False when the link was used or
/// replaced meanwhile (a concurrent activation won).
pub async fn activate<C: ConnectionTrait>(
    db: &C,
    pupil_id: PupilId,
    login_id: Uuid,
    password_hash: String,
    language: Language,
    now: OffsetDateTime,
) -> Result<Option<ParentAccountId>, DbErr> {
    use crate::entities::parent_login;
    use sea_orm::sea_query::Expr;
    let used = parent_login::Entity::update_many()
        .col_expr(parent_login::Column::UsedAt, Expr::value(now))
        .filter(parent_login::Column::Id.eq(login_id))
        .filter(parent_login::Column::UsedAt.is_null())
        .filter(parent_login::Column::InvalidatedAt.is_null())
        .exec(db)
        .await?;
    if used.rows_affected != 1 {
        return Ok(None);
    }
    match find_for_pupil(db, pupil_id).await? {
        Some(account) => {
            parent_account::Entity::update_many()
                .col_expr(
                    parent_account::Column::PasswordHash,
                    Expr::value(Some(password_hash)),
                )
                .col_expr(parent_account::Column::ActivatedAt, Expr::value(Some(now)))
                .col_expr(
                    parent_account::Column::Language,
                    Expr::value(language.as_str()),
                )
                .filter(parent_account::Column::Id.eq(account.id.as_uuid()))
                .exec(db)
                .await?;
            Ok(Some(account.id))
        }
        None => Ok(Some(
            insert(db, pupil_id, Some(password_hash), language, now).await?,
        )),
    }
}

pub async fn set_password<C: ConnectionTrait>(
    db: &C,
    id: ParentAccountId,
    password_hash: String,
) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    parent_account::Entity::update_many()
        .col_expr(
            parent_account::Column::PasswordHash,
            Expr::value(Some(password_hash)),
        )
        .filter(parent_account::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_language<C: ConnectionTrait>(
    db: &C,
    id: ParentAccountId,
    language: Language,
) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    parent_account::Entity::update_many()
        .col_expr(
            parent_account::Column::Language,
            Expr::value(language.as_str()),
        )
        .filter(parent_account::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

/// What every parent-portal request reads, from one statement: whether the sign-in session is
/// still live, and the account with its child and the child's registration (the pupil's
/// status taken from that registration), plus the twin's first name when there is a twin.
#[derive(Debug, Clone)]
pub struct PortalRead {
    /// False once the session was signed out or ended by a password reset.
    pub session_live: bool,
    /// None when the account does not exist, belongs to another pupil, or has no registration.
    pub found: Option<PortalRecord>,
}

#[derive(Debug, Clone)]
pub struct PortalRecord {
    pub account: ParentAccount,
    pub pupil: crate::pupils::Pupil,
    pub stored: crate::registrations::Stored,
    pub twin_first_name: Option<String>,
}

/// `alias.column AS prefix_column, …` for every column of `E`.
fn select_list<E: sea_orm::EntityTrait>(alias: &str, prefix: &str) -> String {
    use sea_orm::{IdenStatic, Iterable};
    E::Column::iter()
        .map(|c| format!("{alias}.{name} AS {prefix}{name}", name = c.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn portal_sql(backend: DbBackend) -> &'static str {
    use std::sync::OnceLock;
    static POSTGRES: OnceLock<String> = OnceLock::new();
    static SQLITE: OnceLock<String> = OnceLock::new();
    let (cell, params) = match backend {
        DbBackend::Postgres => (&POSTGRES, ["$1", "$2", "$3"]),
        _ => (&SQLITE, ["?1", "?2", "?3"]),
    };
    cell.get_or_init(|| {
        use crate::entities::registration;
        let [family, account, pupil_id] = params;
        // A one-row base, so the session's state comes back even when nothing else matches.
        format!(
            "SELECT EXISTS (SELECT 1 FROM refresh_tokens t \
                            WHERE t.family_id = {family} AND t.revoked_at IS NULL \
                              AND t.subject_id = {account} AND t.role = 'parent') AS session_live, \
                    {accounts}, {pupils}, {registrations}, tw.first_name AS twin_first_name \
             FROM (SELECT 1 AS one) base \
             LEFT JOIN parent_accounts a ON a.id = {account} AND a.pupil_id = {pupil_id} \
             LEFT JOIN pupils p ON p.id = a.pupil_id \
             LEFT JOIN registrations r ON r.pupil_id = a.pupil_id \
             LEFT JOIN pupils tw ON tw.id = p.twin_pupil_id",
            accounts = select_list::<parent_account::Entity>("a", "a_"),
            pupils = select_list::<pupil::Entity>("p", "p_"),
            registrations = select_list::<registration::Entity>("r", "r_"),
        )
    })
}

/// The parent portal's read of account `id` of `pupil_id` in session `session_family`, in one
/// round trip: the session check that would otherwise be a query of its own, the account,
/// the pupil and the registration.
pub async fn portal_read<C: ConnectionTrait>(
    db: &C,
    session_family: Uuid,
    id: ParentAccountId,
    pupil_id: PupilId,
) -> Result<PortalRead, DbErr> {
    use crate::entities::registration;
    use sea_orm::{FromQueryResult, Statement};
    let backend = db.get_database_backend();
    let statement = Statement::from_sql_and_values(
        backend,
        portal_sql(backend),
        [
            session_family.into(),
            id.as_uuid().into(),
            pupil_id.as_uuid().into(),
        ],
    );
    let Some(row) = db.query_one_raw(statement).await? else {
        return Err(DbErr::RecordNotFound(
            "the portal read returned no row".to_owned(),
        ));
    };
    let session_live: bool = row.try_get("", "session_live")?;
    let account = Option::<parent_account::Model>::from_query_result(&row, "a_")?;
    let pupil = Option::<pupil::Model>::from_query_result(&row, "p_")?;
    let registration = Option::<registration::Model>::from_query_result(&row, "r_")?;
    let found = match (account, pupil, registration) {
        (Some(account), Some(pupil), Some(registration)) => {
            let stored = crate::registrations::from_row(registration)?;
            let status = stored.registration.status();
            Some(PortalRecord {
                account: from_row(account),
                pupil: crate::pupils::from_row(pupil, status),
                stored,
                twin_first_name: row.try_get("", "twin_first_name")?,
            })
        }
        _ => None,
    };
    Ok(PortalRead {
        session_live,
        found,
    })
}

//! Parent login links: one row per login e-mail; a new one invalidates the earlier ones.
//!
//! `dispatch` sends logins in bulk: for many pupils at once, the registration moves on (guarded
//! by the status and login version it was loaded with), earlier unused links are invalidated,
//! the new link and the e-mail are stored and the status counters follow. On PostgreSQL that is
//! one statement (data-modifying CTEs over the rows passed as one JSON parameter), so a school's
//! dispatch costs one round trip whatever its size, and no bind-parameter limit applies. On
//! SQLite (embedded: no round trips, and no data-modifying CTEs) the per-table functions make
//! the same writes.

use std::collections::BTreeMap;
use std::time::{SystemTime, UNIX_EPOCH};

use overstap_domain::{PupilId, RegistrationId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter,
    Statement,
};
use serde::Serialize;
use time::{OffsetDateTime, UtcOffset};
use uuid::Uuid;

use crate::entities::parent_login;
use crate::outbox::{self, NewMail};
use crate::registrations;
use crate::status_counts::{self, Deltas};

pub struct NewLogin {
    /// The link's id, chosen by the caller: the login e-mail refers to it, and the token is
    /// minted when the e-mail is delivered (see [`mint`]).
    pub id: Uuid,
    pub pupil: PupilId,
    /// The registration's login version this e-mail carries.
    pub version: u32,
    /// SHA-256 of the token in the link; the token itself is never stored. Until the e-mail
    /// is delivered this is [`unminted`]: no token hashes to it.
    pub token_hash: String,
    pub sent_to: String,
    pub expires_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Login {
    pub id: Uuid,
    pub pupil: PupilId,
    pub version: u32,
    pub sent_to: String,
    pub expires_at: OffsetDateTime,
    pub used_at: Option<OffsetDateTime>,
    pub invalidated_at: Option<OffsetDateTime>,
}

fn from_row(row: parent_login::Model) -> Login {
    Login {
        id: row.id,
        pupil: PupilId::from_uuid(row.pupil_id),
        version: u32::try_from(row.version).unwrap_or(0),
        sent_to: row.sent_to,
        expires_at: row.expires_at,
        used_at: row.used_at,
        invalidated_at: row.invalidated_at,
    }
}

/// Records new login links and invalidates every earlier unused link of those pupils.
pub async fn issue_many<C: ConnectionTrait>(
    db: &C,
    logins: Vec<NewLogin>,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    for chunk in logins.chunks(500) {
        parent_login::Entity::update_many()
            .col_expr(parent_login::Column::InvalidatedAt, Expr::value(now))
            .filter(parent_login::Column::PupilId.is_in(chunk.iter().map(|l| l.pupil.as_uuid())))
            .filter(parent_login::Column::UsedAt.is_null())
            .filter(parent_login::Column::InvalidatedAt.is_null())
            .exec(db)
            .await?;
        parent_login::Entity::insert_many(chunk.iter().map(|login| parent_login::ActiveModel {
            id: Set(login.id),
            pupil_id: Set(login.pupil.as_uuid()),
            version: Set(i32::try_from(login.version).unwrap_or(i32::MAX)),
            token_hash: Set(login.token_hash.clone()),
            sent_to: Set(login.sent_to.clone()),
            created_at: Set(now),
            expires_at: Set(login.expires_at),
            used_at: Set(None),
            invalidated_at: Set(None),
        }))
        .exec(db)
        .await?;
    }
    Ok(())
}

pub async fn find_by_token_hash<C: ConnectionTrait>(
    db: &C,
    token_hash: &str,
) -> Result<Option<Login>, DbErr> {
    Ok(parent_login::Entity::find()
        .filter(parent_login::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?
        .map(from_row))
}

/// The stored hash of a link whose token is not minted yet: unique, and no token hashes to it
/// (a token's hash is 64 hex digits).
pub fn unminted(id: Uuid) -> String {
    format!("unminted:{id}")
}

/// Gives the link `id` the token whose hash is `token_hash`, at delivery of its e-mail, if the
/// link can still be used at `now` (not used, not replaced by a newer one, not expired). A link
/// minted before (a delivery that is retried) gets the new token, and the old one stops working.
/// `None`: the link is no longer valid, and its e-mail must not go out.
pub async fn mint<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    token_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<Login>, DbErr> {
    let Some(login) = parent_login::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(from_row)
    else {
        return Ok(None);
    };
    // Compared here, not in SQL: SQLite compares instants as text.
    if login.used_at.is_some() || login.invalidated_at.is_some() || login.expires_at <= now {
        return Ok(None);
    }
    let updated = parent_login::Entity::update_many()
        .col_expr(parent_login::Column::TokenHash, Expr::value(token_hash))
        .filter(parent_login::Column::Id.eq(id))
        .filter(parent_login::Column::UsedAt.is_null())
        .filter(parent_login::Column::InvalidatedAt.is_null())
        .exec(db)
        .await?;
    Ok((updated.rows_affected == 1).then_some(login))
}

/// Invalidates every open (unused, not yet invalidated) link of `pupil`: its parent's address
/// changed. Returns how many links stopped working.
pub async fn invalidate_open<C: ConnectionTrait>(
    db: &C,
    pupil: PupilId,
    now: OffsetDateTime,
) -> Result<u64, DbErr> {
    Ok(parent_login::Entity::update_many()
        .col_expr(parent_login::Column::InvalidatedAt, Expr::value(now))
        .filter(parent_login::Column::PupilId.eq(pupil.as_uuid()))
        .filter(parent_login::Column::UsedAt.is_null())
        .filter(parent_login::Column::InvalidatedAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}

/// All login links of a pupil, oldest first (for tests and support).
pub async fn for_pupil<C: ConnectionTrait>(db: &C, pupil: PupilId) -> Result<Vec<Login>, DbErr> {
    let mut logins: Vec<Login> = parent_login::Entity::find()
        .filter(parent_login::Column::PupilId.eq(pupil.as_uuid()))
        .all(db)
        .await?
        .into_iter()
        .map(from_row)
        .collect();
    logins.sort_by_key(|l| l.version);
    Ok(logins)
}

/// One pupil's login e-mail; the registration moves to blauw with the login's version.
pub struct LoginDispatch {
    pub registration: RegistrationId,
    pub pupil: PupilId,
    /// The registration as loaded: it only moves on if it is still in this status with this
    /// login version.
    pub from_status: &'static str,
    pub from_login_version: u32,
    /// The new link (its `version` is the registration's next login version).
    pub login: NewLogin,
    pub mail: NewMail,
}

/// Writes the dispatch of `logins` and applies `deltas`. Returns how many registrations moved
/// on; fewer than `logins.len()` means that another change came first, and the caller must roll
/// back (the other writes were made regardless).
pub async fn dispatch<C: ConnectionTrait>(
    db: &C,
    logins: Vec<LoginDispatch>,
    deltas: &Deltas,
    now: OffsetDateTime,
) -> Result<u64, DbErr> {
    if logins.is_empty() {
        status_counts::apply(db, deltas).await?;
        return Ok(0);
    }
    match db.get_database_backend() {
        DbBackend::Postgres => send_postgres(db, &logins, deltas, now).await,
        _ => send_per_table(db, logins, deltas, now).await,
    }
}

async fn send_per_table<C: ConnectionTrait>(
    db: &C,
    logins: Vec<LoginDispatch>,
    deltas: &Deltas,
    now: OffsetDateTime,
) -> Result<u64, DbErr> {
    // One UPDATE per (old status, old login version).
    let mut groups: BTreeMap<(&'static str, u32), Vec<PupilId>> = BTreeMap::new();
    for login in &logins {
        groups
            .entry((login.from_status, login.from_login_version))
            .or_default()
            .push(login.pupil);
    }
    let mut updated = 0;
    for ((status, login_version), pupils) in &groups {
        updated += registrations::advance_login(db, pupils, status, *login_version, now).await?;
    }
    let (links, mails): (Vec<NewLogin>, Vec<NewMail>) =
        logins.into_iter().map(|l| (l.login, l.mail)).unzip();
    issue_many(db, links, now).await?;
    status_counts::apply(db, deltas).await?;
    outbox::enqueue_many(db, mails, now).await?;
    Ok(updated)
}

#[derive(Serialize)]
struct Row<'a> {
    registration: Uuid,
    pupil: Uuid,
    from_status: &'static str,
    from_version: i64,
    to_version: i64,
    login_id: Uuid,
    token_hash: &'a str,
    sent_to: &'a str,
    expires_at: String,
    mail_id: Uuid,
    recipient: &'a str,
    subject: &'a str,
    body_text: &'a str,
    body_html: &'a str,
    template: &'a Option<serde_json::Value>,
    region: Option<Uuid>,
}

#[derive(Serialize)]
struct Earlier {
    pupil: Uuid,
    version: u32,
}

#[derive(Serialize)]
struct Count<'a> {
    id: Uuid,
    procedure: Uuid,
    school: Uuid,
    class: &'a str,
    status: &'static str,
    delta: i32,
}

// Every lookup is on a unique key (a registration's id; a link's pupil and version; a counter's
// cell). Earlier links are named by (pupil, version): versions 1 up to the registration's current
// login version, the only versions a link of that pupil can have. A pupil still wit has login
// version 0 (the domain keeps wit ⇔ 0) and so no link yet: a first dispatch leaves
// `parent_logins` unread. That matters where table statistics are stale (autovacuum off): taken
// while `parent_logins` was empty, they make PostgreSQL plan any join with it as a scan of the
// whole table, and a prepared statement keeps that plan while the table grows, so every school's
// dispatch read every link sent before it.
//
// Links and mails are only written for registrations that moved on (the join on `advanced`), so
// a dispatch that lost a race shows as a smaller count, not as a unique-key violation. The
// sub-statements share one snapshot: the invalidation does not see the links inserted beside it.
macro_rules! advance_sql {
    () => {
        "\
WITH input AS (
    SELECT * FROM json_to_recordset($1::json) AS i(
        registration uuid, pupil uuid, from_status text, from_version integer,
        to_version integer, login_id uuid, token_hash text, sent_to text,
        expires_at timestamptz, mail_id uuid, recipient text, subject text, body_text text,
        body_html text, template json, region uuid)
),
advanced AS (
    UPDATE registrations r
       SET status = 'blauw', login_version = i.to_version, revision = r.revision + 1,
           updated_at = $2
      FROM input i
     WHERE r.id = i.registration AND r.pupil_id = i.pupil AND r.status = i.from_status
       AND r.login_version = i.from_version
    RETURNING r.pupil_id
),
"
    };
}
macro_rules! invalidate_sql {
    () => {
        "\
invalidated AS (
    UPDATE parent_logins l SET invalidated_at = $2
      FROM json_to_recordset($4::json) AS e(pupil uuid, version integer)
     WHERE l.pupil_id = e.pupil AND l.version = e.version
       AND l.used_at IS NULL AND l.invalidated_at IS NULL
),
"
    };
}
macro_rules! insert_sql {
    () => {
        "\
links AS (
    INSERT INTO parent_logins
        (id, pupil_id, version, token_hash, sent_to, created_at, expires_at, used_at,
         invalidated_at)
    SELECT login_id, pupil, to_version, token_hash, sent_to, $2, expires_at, NULL, NULL
      FROM input JOIN advanced ON advanced.pupil_id = input.pupil
),
mails AS (
    INSERT INTO mail_outbox
        (id, recipient, subject, body_text, body_html, template, region_id, status, attempts,
         next_attempt_at, last_error, created_at, sent_at)
    SELECT mail_id, recipient, subject, body_text, body_html, template, region, 'pending', 0,
           $2, NULL, $2, NULL
      FROM input JOIN advanced ON advanced.pupil_id = input.pupil
),
counted AS (
    INSERT INTO status_counts (id, procedure_id, school_id, class_name, status, count)
    SELECT c.id, c.procedure, c.school, c.class, c.status, c.delta
      FROM ROWS FROM (json_to_recordset($3::json) AS (id uuid, procedure uuid, school uuid,
                                                      class text, status text, delta integer))
           WITH ORDINALITY AS c(id, procedure, school, class, status, delta, n)
     ORDER BY c.n
    ON CONFLICT (procedure_id, school_id, class_name, status)
    DO UPDATE SET count = status_counts.count + excluded.count
)
SELECT count(*) AS advanced FROM advanced"
    };
}
/// First logins only (no earlier link to invalidate).
const SEND_POSTGRES: &str = concat!(advance_sql!(), insert_sql!());
/// With earlier links to invalidate (`$4`).
const RESEND_POSTGRES: &str = concat!(advance_sql!(), invalidate_sql!(), insert_sql!());

async fn send_postgres<C: ConnectionTrait>(
    db: &C,
    logins: &[LoginDispatch],
    deltas: &Deltas,
    now: OffsetDateTime,
) -> Result<u64, DbErr> {
    let now = now.to_offset(UtcOffset::UTC);
    let mut next_id = time_ordered_ids();
    let rows: Vec<Row<'_>> = logins
        .iter()
        .map(|l| {
            Ok(Row {
                registration: l.registration.as_uuid(),
                pupil: l.pupil.as_uuid(),
                from_status: l.from_status,
                from_version: i64::from(l.from_login_version),
                to_version: i64::from(l.login.version),
                login_id: l.login.id,
                token_hash: &l.login.token_hash,
                sent_to: &l.login.sent_to,
                expires_at: l
                    .login
                    .expires_at
                    .format(&time::format_description::well_known::Rfc3339)
                    .map_err(|e| DbErr::Custom(format!("expires_at: {e}")))?,
                mail_id: next_id(),
                recipient: &l.mail.recipient,
                subject: &l.mail.subject,
                body_text: &l.mail.body_text,
                body_html: &l.mail.body_html,
                template: &l.mail.template,
                region: l.mail.region.map(|r| r.as_uuid()),
            })
        })
        .collect::<Result<_, DbErr>>()?;
    // In key order (kept by `ORDER BY n`), so that concurrent writers lock counter rows in the
    // same order as `status_counts::apply` does.
    let counts: Vec<Count<'_>> = deltas
        .iter()
        .filter(|(_, _, _, delta)| *delta != 0)
        .map(|((procedure, school), class, status, delta)| Count {
            id: Uuid::new_v4(),
            procedure: procedure.as_uuid(),
            school: school.as_uuid(),
            class,
            status,
            delta,
        })
        .collect();
    let earlier: Vec<Earlier> = logins
        .iter()
        .flat_map(|l| {
            (1..=l.from_login_version).map(|version| Earlier {
                pupil: l.pupil.as_uuid(),
                version,
            })
        })
        .collect();
    let mut values = vec![to_json(&rows)?.into(), now.into(), to_json(&counts)?.into()];
    let sql = if earlier.is_empty() {
        SEND_POSTGRES
    } else {
        values.push(to_json(&earlier)?.into());
        RESEND_POSTGRES
    };
    let statement = Statement::from_sql_and_values(DbBackend::Postgres, sql, values);
    let row = db
        .query_one_raw(statement)
        .await?
        .ok_or_else(|| DbErr::Custom("the dispatch returned no row".to_owned()))?;
    let advanced: i64 = row.try_get("", "advanced")?;
    Ok(u64::try_from(advanced).unwrap_or(0))
}

/// Time-ordered ids (UUIDv7 from the system clock, not the application's, which may stand
/// still): the links and messages of a dispatch go to the right-hand end of the primary-key
/// indexes instead of onto random leaf pages all over them.
pub fn time_ordered_ids() -> impl FnMut() -> Uuid {
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
    let mut counter: u16 = 0;
    move || {
        let mut bytes = [0u8; 10];
        bytes.copy_from_slice(&Uuid::new_v4().as_bytes()[6..]);
        // 12 bits of counter first, so the ids of one dispatch ascend.
        let [high, low] = counter.to_be_bytes();
        bytes[0] = high & 0x0f;
        bytes[1] = low;
        counter = counter.wrapping_add(1);
        uuid::Builder::from_unix_timestamp_millis(millis, &bytes).into_uuid()
    }
}

/// A `$n::json` parameter.
fn to_json<T: Serialize>(value: &T) -> Result<String, DbErr> {
    serde_json::to_string(value).map_err(|e| DbErr::Custom(format!("dispatch input: {e}")))
}

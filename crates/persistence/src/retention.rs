//! Removal of personal data: procedures with their retention rule, erasing pupils and their
//! parents from every table, pseudonymising their audit entries, pruning spent tokens, and
//! the once-a-day claim of a job across replicas.

use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter, QuerySelect,
    Statement,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::{
    idempotency_key, mail_outbox, parent_account, parent_login, password_reset, placement,
    placement_change, placement_run, preference_entry, priority_decision, pupil, refresh_token,
    registration, registration_form_version, reserve_entry, reserve_offer, reserve_offer_decision,
    round2_list, seed_commitment,
};

/// A procedure as the purge sees it: its school year label and its region's rule.
pub struct ProcedureRetention {
    pub procedure_id: Uuid,
    pub school_year: String,
    pub retention_month: i32,
    pub retention_day: i32,
}

pub async fn procedures<C: ConnectionTrait>(db: &C) -> Result<Vec<ProcedureRetention>, DbErr> {
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT p.id AS procedure_id, p.school_year, r.retention_month, r.retention_day \
             FROM procedures p JOIN regions r ON r.id = p.region_id",
        ))
        .await?;
    rows.into_iter()
        .map(|row| {
            Ok(ProcedureRetention {
                procedure_id: row.try_get("", "procedure_id")?,
                school_year: row.try_get("", "school_year")?,
                retention_month: row.try_get("", "retention_month")?,
                retention_day: row.try_get("", "retention_day")?,
            })
        })
        .collect()
}

/// Which pupils to erase.
#[derive(Debug, Clone, Copy)]
pub enum Pupils {
    OfProcedure(Uuid),
    One(Uuid),
}

impl Pupils {
    fn ids(self) -> SelectStatement {
        let mut select = Query::select();
        select.column(pupil::Column::Id).from(pupil::Entity);
        match self {
            Pupils::OfProcedure(procedure) => {
                select.and_where(pupil::Column::ProcedureId.eq(procedure));
            }
            Pupils::One(id) => {
                select.and_where(pupil::Column::Id.eq(id));
            }
        }
        select
    }

    fn registrations(self) -> SelectStatement {
        Query::select()
            .column(registration::Column::Id)
            .from(registration::Entity)
            .and_where(registration::Column::PupilId.in_subquery(self.ids()))
            .to_owned()
    }

    fn parents(self) -> SelectStatement {
        Query::select()
            .column(parent_account::Column::Id)
            .from(parent_account::Entity)
            .and_where(parent_account::Column::PupilId.in_subquery(self.ids()))
            .to_owned()
    }
}

/// What an erasure removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Erased {
    pub pupils: u64,
    pub parent_accounts: u64,
    pub audit_entries_pseudonymised: u64,
}

/// Removes the pupils and everything that names them or their parents, child rows first (no
/// reliance on ON DELETE CASCADE), and pseudonymises their audit entries with `pseudonym`.
/// Run it inside a write transaction.
pub async fn erase<C: ConnectionTrait>(
    db: &C,
    which: Pupils,
    pseudonym: impl Fn(Uuid) -> Uuid,
) -> Result<Erased, DbErr> {
    let pupil_ids: Vec<Uuid> = pupil::Entity::find()
        .select_only()
        .column(pupil::Column::Id)
        .filter(pupil::Column::Id.in_subquery(which.ids()))
        .into_tuple()
        .all(db)
        .await?;
    let parent_ids: Vec<Uuid> = parent_account::Entity::find()
        .select_only()
        .column(parent_account::Column::Id)
        .filter(parent_account::Column::PupilId.in_subquery(which.ids()))
        .into_tuple()
        .all(db)
        .await?;
    let mut audit = 0;
    for person in pupil_ids.iter().chain(parent_ids.iter()) {
        audit += pseudonymise_audit(db, *person, pseudonym(*person)).await?;
    }

    let emails = addresses(db, which).await?;
    for chunk in emails.chunks(500) {
        mail_outbox::Entity::delete_many()
            .filter(mail_outbox::Column::Recipient.is_in(chunk.iter().cloned()))
            .exec(db)
            .await?;
    }
    refresh_token::Entity::delete_many()
        .filter(refresh_token::Column::Role.eq("parent"))
        .filter(refresh_token::Column::SubjectId.in_subquery(which.parents()))
        .exec(db)
        .await?;
    password_reset::Entity::delete_many()
        .filter(password_reset::Column::ParentAccountId.in_subquery(which.parents()))
        .exec(db)
        .await?;
    idempotency_key::Entity::delete_many()
        .filter(idempotency_key::Column::ParentAccountId.in_subquery(which.parents()))
        .exec(db)
        .await?;
    preference_entry::Entity::delete_many()
        .filter(preference_entry::Column::RegistrationId.in_subquery(which.registrations()))
        .exec(db)
        .await?;
    priority_decision::Entity::delete_many()
        .filter(priority_decision::Column::RegistrationId.in_subquery(which.registrations()))
        .exec(db)
        .await?;
    registration_form_version::Entity::delete_many()
        .filter(
            registration_form_version::Column::RegistrationId.in_subquery(which.registrations()),
        )
        .exec(db)
        .await?;
    registration::Entity::delete_many()
        .filter(registration::Column::PupilId.in_subquery(which.ids()))
        .exec(db)
        .await?;
    parent_login::Entity::delete_many()
        .filter(parent_login::Column::PupilId.in_subquery(which.ids()))
        .exec(db)
        .await?;
    let offers = Query::select()
        .column(reserve_offer::Column::Id)
        .from(reserve_offer::Entity)
        .and_where(reserve_offer::Column::PupilId.in_subquery(which.ids()))
        .to_owned();
    reserve_offer_decision::Entity::delete_many()
        .filter(reserve_offer_decision::Column::OfferId.in_subquery(offers))
        .exec(db)
        .await?;
    reserve_offer::Entity::delete_many()
        .filter(reserve_offer::Column::PupilId.in_subquery(which.ids()))
        .exec(db)
        .await?;
    reserve_entry::Entity::delete_many()
        .filter(reserve_entry::Column::PupilId.in_subquery(which.ids()))
        .exec(db)
        .await?;
    placement_change::Entity::delete_many()
        .filter(placement_change::Column::PupilId.in_subquery(which.ids()))
        .exec(db)
        .await?;
    placement::Entity::delete_many()
        .filter(placement::Column::PupilId.in_subquery(which.ids()))
        .exec(db)
        .await?;
    round2_list::Entity::delete_many()
        .filter(round2_list::Column::PupilId.in_subquery(which.ids()))
        .exec(db)
        .await?;
    let parent_accounts = parent_account::Entity::delete_many()
        .filter(parent_account::Column::PupilId.in_subquery(which.ids()))
        .exec(db)
        .await?
        .rows_affected;
    // A twin outside the selection keeps its record but no longer points at an erased pupil.
    pupil::Entity::update_many()
        .col_expr(
            pupil::Column::TwinPupilId,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(pupil::Column::TwinPupilId.in_subquery(which.ids()))
        .exec(db)
        .await?;
    let pupils = pupil::Entity::delete_many()
        .filter(pupil::Column::Id.in_subquery(which.ids()))
        .exec(db)
        .await?
        .rows_affected;
    Ok(Erased {
        pupils,
        parent_accounts,
        audit_entries_pseudonymised: audit,
    })
}

/// A whole procedure's runs go too: their snapshots list every pupil of the procedure.
pub async fn erase_runs<C: ConnectionTrait>(db: &C, procedure: Uuid) -> Result<(), DbErr> {
    let runs = Query::select()
        .column(placement_run::Column::Id)
        .from(placement_run::Entity)
        .and_where(placement_run::Column::ProcedureId.eq(procedure))
        .to_owned();
    reserve_entry::Entity::delete_many()
        .filter(reserve_entry::Column::RunId.in_subquery(runs.clone()))
        .exec(db)
        .await?;
    placement::Entity::delete_many()
        .filter(placement::Column::RunId.in_subquery(runs.clone()))
        .exec(db)
        .await?;
    placement_change::Entity::delete_many()
        .filter(placement_change::Column::RunId.in_subquery(runs))
        .exec(db)
        .await?;
    placement_run::Entity::delete_many()
        .filter(placement_run::Column::ProcedureId.eq(procedure))
        .exec(db)
        .await?;
    seed_commitment::Entity::delete_many()
        .filter(seed_commitment::Column::ProcedureId.eq(procedure))
        .exec(db)
        .await?;
    Ok(())
}

/// Every address the pupils' parents were written at: the current one and those logins and
/// resets were sent to.
async fn addresses<C: ConnectionTrait>(db: &C, which: Pupils) -> Result<Vec<String>, DbErr> {
    let mut emails: Vec<String> = pupil::Entity::find()
        .select_only()
        .column(pupil::Column::ParentEmail)
        .filter(pupil::Column::Id.in_subquery(which.ids()))
        .into_tuple()
        .all(db)
        .await?;
    let logins: Vec<String> = parent_login::Entity::find()
        .select_only()
        .column(parent_login::Column::SentTo)
        .filter(parent_login::Column::PupilId.in_subquery(which.ids()))
        .into_tuple()
        .all(db)
        .await?;
    let resets: Vec<String> = password_reset::Entity::find()
        .select_only()
        .column(password_reset::Column::SentTo)
        .filter(password_reset::Column::ParentAccountId.in_subquery(which.parents()))
        .into_tuple()
        .all(db)
        .await?;
    emails.extend(logins);
    emails.extend(resets);
    emails.sort();
    emails.dedup();
    Ok(emails)
}

/// The one sanctioned change to the append-only audit log (see the privacy migration).
async fn pseudonymise_audit<C: ConnectionTrait>(
    db: &C,
    person: Uuid,
    pseudonym: Uuid,
) -> Result<u64, DbErr> {
    match db.get_database_backend() {
        DbBackend::Postgres => {
            let row = db
                .query_one_raw(Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    "SELECT audit_log_pseudonymise($1, $2) AS changed",
                    [person.into(), pseudonym.into()],
                ))
                .await?;
            let changed: i64 = match row {
                Some(row) => row.try_get("", "changed")?,
                None => 0,
            };
            Ok(u64::try_from(changed).unwrap_or(0))
        }
        backend => {
            db.execute_unprepared("INSERT INTO audit_log_unlock (id) VALUES (1)")
                .await?;
            let changed = db
                .execute_raw(Statement::from_sql_and_values(
                    backend,
                    "UPDATE audit_log SET \
                       subject_id = CASE WHEN subject_id = ?1 THEN ?2 ELSE subject_id END, \
                       actor_id = CASE WHEN actor_id = ?1 THEN ?2 ELSE actor_id END, \
                       details = '{\"pseudonymised\":true}' \
                     WHERE subject_id = ?1 OR actor_id = ?1 \
                        OR json_extract(details, '$.pupil') = ?3",
                    [person.into(), pseudonym.into(), person.to_string().into()],
                ))
                .await?
                .rows_affected();
            db.execute_unprepared("DELETE FROM audit_log_unlock")
                .await?;
            Ok(changed)
        }
    }
}

/// What the prune removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pruned {
    pub parent_logins: u64,
    pub password_resets: u64,
    pub refresh_tokens: u64,
    pub idempotency_keys: u64,
    pub outbox_messages: u64,
    /// Sign-in failure counts whose last failure is a day old.
    pub sign_in_backoff: u64,
}

/// Spent secrets and delivered mail: used or expired login links and resets, expired or
/// revoked refresh tokens, idempotency keys and sent messages created before `older_than`.
pub async fn prune<C: ConnectionTrait>(
    db: &C,
    now: OffsetDateTime,
    older_than: OffsetDateTime,
) -> Result<Pruned, DbErr> {
    let parent_logins = parent_login::Entity::delete_many()
        .filter(
            parent_login::Column::UsedAt
                .is_not_null()
                .or(parent_login::Column::InvalidatedAt.is_not_null())
                .or(parent_login::Column::ExpiresAt.lt(now)),
        )
        .exec(db)
        .await?
        .rows_affected;
    let password_resets = password_reset::Entity::delete_many()
        .filter(
            password_reset::Column::UsedAt
                .is_not_null()
                .or(password_reset::Column::ExpiresAt.lt(now)),
        )
        .exec(db)
        .await?
        .rows_affected;
    let refresh_tokens = refresh_token::Entity::delete_many()
        .filter(
            refresh_token::Column::RevokedAt
                .is_not_null()
                .or(refresh_token::Column::ExpiresAt.lt(now)),
        )
        .exec(db)
        .await?
        .rows_affected;
    let idempotency_keys = idempotency_key::Entity::delete_many()
        .filter(idempotency_key::Column::CreatedAt.lt(older_than))
        .exec(db)
        .await?
        .rows_affected
        + crate::idempotent_requests::prune(db, now).await?;
    let outbox_messages = mail_outbox::Entity::delete_many()
        .filter(mail_outbox::Column::Status.eq("sent"))
        .filter(mail_outbox::Column::SentAt.lt(older_than))
        .exec(db)
        .await?
        .rows_affected;
    let sign_in_backoff = crate::sign_in_backoff::prune(db, now).await?;
    Ok(Pruned {
        parent_logins,
        password_resets,
        refresh_tokens,
        idempotency_keys,
        outbox_messages,
        sign_in_backoff,
    })
}

/// Claims `job` for `day` (YYYY-MM-DD): true for exactly one caller per day, whatever number
/// of replicas ask at once. Call it inside the transaction that does the work, so a failed
/// run gives the claim back.
pub async fn claim_daily<C: ConnectionTrait>(
    db: &C,
    job: &str,
    day: &str,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let backend = db.get_database_backend();
    let (insert, update) = match backend {
        DbBackend::Postgres => (
            "INSERT INTO job_runs (job, last_day, claimed_at) VALUES ($1, '', $2) \
             ON CONFLICT (job) DO NOTHING",
            "UPDATE job_runs SET last_day = $1, claimed_at = $2 WHERE job = $3 AND last_day < $1",
        ),
        _ => (
            "INSERT OR IGNORE INTO job_runs (job, last_day, claimed_at) VALUES (?1, '', ?2)",
            "UPDATE job_runs SET last_day = ?1, claimed_at = ?2 WHERE job = ?3 AND last_day < ?1",
        ),
    };
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        insert,
        [job.into(), now.into()],
    ))
    .await?;
    let claimed = db
        .execute_raw(Statement::from_sql_and_values(
            backend,
            update,
            [day.into(), now.into(), job.into()],
        ))
        .await?
        .rows_affected();
    Ok(claimed == 1)
}

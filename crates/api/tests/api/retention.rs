//! The retention purge: what is due goes from every table (audit entries stay, pseudonymised),
//! what is not due stays, spent tokens are pruned, and two runs at once do the work once.

use overstap_api::privacy::purge::run_daily;
use overstap_domain::{Calendar, ElkNumberGenerator, PupilId};
use overstap_persistence::pupils::NewPupil;
use overstap_persistence::{DatabaseConnection, procedures, pupils};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use time::OffsetDateTime;
use time::macros::{date, datetime};
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};
use crate::parent_support::{activated_parent, offer, sibling_claim};

const KEY: &[u8] = b"test-pseudonym-key";
/// 30 September 2026, 23:59 Amsterdam: the last minute before 2025-2026's data is due.
const DAY_BEFORE: OffsetDateTime = datetime!(2026-09-30 23:59 +02:00);
/// 1 October 2026, 03:00 Amsterdam: the day 2025-2026's data is due.
const DUE_DAY: OffsetDateTime = datetime!(2026-10-01 03:00 +02:00);

/// Every row of every table as text, one string per row.
async fn all_rows(db: &DatabaseConnection) -> Vec<(String, String)> {
    let backend = db.get_database_backend();
    let tables_sql = match backend {
        DbBackend::Postgres => {
            "SELECT table_name AS name FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        }
        _ => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    };
    let tables = db
        .query_all_raw(Statement::from_string(backend, tables_sql))
        .await
        .unwrap();
    let mut rows = Vec::new();
    for table in tables {
        let name: String = table.try_get("", "name").unwrap();
        let select = match backend {
            DbBackend::Postgres => format!("SELECT CAST(t AS text) AS row FROM \"{name}\" t"),
            _ => {
                let columns = db
                    .query_all_raw(Statement::from_string(
                        backend,
                        format!("SELECT name FROM pragma_table_info('{name}')"),
                    ))
                    .await
                    .unwrap();
                let parts: Vec<String> = columns
                    .iter()
                    .map(|c| {
                        let column: String = c.try_get("", "name").unwrap();
                        format!(
                            "COALESCE(CASE WHEN typeof(\"{column}\") = 'blob' \
                             THEN hex(\"{column}\") ELSE CAST(\"{column}\" AS TEXT) END, '')"
                        )
                    })
                    .collect();
                format!(
                    "SELECT {} AS row FROM \"{name}\"",
                    parts.join(" || '|' || ")
                )
            }
        };
        for row in db
            .query_all_raw(Statement::from_string(backend, select))
            .await
            .unwrap()
        {
            rows.push((name.clone(), row.try_get("", "row").unwrap()));
        }
    }
    rows
}

async fn count(db: &DatabaseConnection, sql: &str) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get("", "n").unwrap()
}

/// A parent of tenant a with an activated account, a confirmed list naming a sibling, sent
/// e-mails, refresh tokens, an idempotency key and audit entries.
async fn busy_parent(app: &TestApp) -> String {
    let offer = offer(app).await;
    let (token, elk) = activated_parent(app, app.a.pupil_ids[1], "ouder1@a.example").await;
    let sibling = sibling_claim("Zeldzaamnaam", "2B");
    let saved = app
        .save_list(&token, &offer.havo[..5], Some(sibling))
        .await
        .ok();
    app.confirm(&token, "key-1", saved.revision).await.ok();
    elk
}

/// A pupil of the next year's procedure, which is not due for another year.
async fn next_year_pupil(app: &TestApp) -> PupilId {
    let region: Uuid = one_uuid(&app.db, "SELECT region_id AS id FROM procedures").await;
    let procedure = procedures::insert(
        &app.db,
        overstap_domain::RegionId::from_uuid(region),
        "2026-2027",
        &Calendar::amstelland_2026(),
    )
    .await
    .unwrap();
    let id = PupilId::from_uuid(Uuid::new_v4());
    pupils::insert_many(
        &app.db,
        vec![NewPupil {
            id,
            procedure_id: procedure,
            school_id: app.a.po_school_id,
            external_id: "next-1".to_owned(),
            elk_number: ElkNumberGenerator::new(7).number(99).to_string(),
            first_name: "Blijvend".to_owned(),
            last_name: "Volgendjaar".to_owned(),
            class_name: "8B".to_owned(),
            birth_date: date!(2015 - 02 - 03),
            advice: overstap_domain::Advice::Vwo,
            lwoo: false,
            home_town: "Uithoorn".to_owned(),
            parent_email: "blijvend@next.example".to_owned(),
            twin_pupil_id: None,
        }],
        "test",
        DAY_BEFORE,
    )
    .await
    .unwrap();
    id
}

async fn one_uuid(db: &DatabaseConnection, sql: &str) -> Uuid {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get("", "id").unwrap()
}

#[tokio::test]
async fn the_purge_removes_exactly_what_is_due_and_leaves_no_name_elk_number_or_address_behind() {
    let app = spawn_app().await;
    let elk = busy_parent(&app).await;
    let _ = app.sign_in(&app.a.parent).await;
    next_year_pupil(&app).await;
    let needles: Vec<String> = [
        "Kind0A",
        "Kind1A",
        "Kind2B",
        "Familie a",
        "Familie b",
        "ouder1@a.example",
        "ouder0@b.example",
        "Zeldzaamnaam",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .chain([
        elk,
        app.a.parent.username.clone(),
        app.b.parent.username.clone(),
    ])
    .collect();
    let found = |rows: &[(String, String)]| -> Vec<String> {
        rows.iter()
            .filter(|(_, row)| needles.iter().any(|n| row.contains(n.as_str())))
            .map(|(table, _)| table.clone())
            .collect()
    };
    assert!(
        !found(&all_rows(&app.db).await).is_empty(),
        "the fixture names someone"
    );
    let audit_before = count(&app.db, "SELECT COUNT(*) AS n FROM audit_log").await;
    assert!(audit_before > 0);

    let early = run_daily(&app.db, DAY_BEFORE, KEY).await.unwrap();
    assert!(early.ran);
    assert_eq!(early.procedures_purged, 0);
    assert_eq!(count(&app.db, "SELECT COUNT(*) AS n FROM pupils").await, 7);

    let report = run_daily(&app.db, DUE_DAY, KEY).await.unwrap();
    assert!(report.ran);
    assert_eq!(report.procedures_purged, 1);
    assert_eq!(report.erased.pupils, 6);
    assert!(report.erased.audit_entries_pseudonymised > 0);
    // Only the next year's pupil is still counted on a status board.
    assert_eq!(
        count(
            &app.db,
            "SELECT COALESCE(SUM(count), 0) AS n FROM status_counts"
        )
        .await,
        1
    );

    let rows = all_rows(&app.db).await;
    assert_eq!(
        found(&rows),
        Vec::<String>::new(),
        "tables still naming someone"
    );
    // The next year's pupil keeps its registration; nothing else of these remains.
    assert_eq!(
        count(&app.db, "SELECT COUNT(*) AS n FROM registrations").await,
        1
    );
    for table in [
        "preference_entries",
        "parent_accounts",
        "parent_logins",
        "idempotency_keys",
        "mail_outbox",
    ] {
        assert_eq!(
            count(&app.db, &format!("SELECT COUNT(*) AS n FROM {table}")).await,
            0,
            "{table}"
        );
    }
    let kept: Vec<&String> = rows
        .iter()
        .filter(|(table, _)| table == "pupils")
        .map(|(_, row)| row)
        .collect();
    assert_eq!(kept.len(), 1);
    assert!(kept[0].contains("Blijvend") && kept[0].contains("blijvend@next.example"));
    // Audit entries are kept (plus the two purges' own), only pseudonymised.
    assert_eq!(
        count(&app.db, "SELECT COUNT(*) AS n FROM audit_log").await,
        audit_before + 2
    );
}

#[tokio::test]
async fn two_purges_started_at_once_do_the_work_once() {
    let app = spawn_app().await;
    let (first, second) = tokio::join!(
        run_daily(&app.db, DUE_DAY, KEY),
        run_daily(&app.db, DUE_DAY, KEY)
    );
    let (first, second) = (first.unwrap(), second.unwrap());
    assert!(first.ran ^ second.ran, "exactly one of the two ran");
    assert_eq!(first.erased.pupils + second.erased.pupils, 6);
    assert_eq!(
        count(
            &app.db,
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'privacy.purge'"
        )
        .await,
        1
    );
    let later_that_day = run_daily(&app.db, DUE_DAY + time::Duration::hours(5), KEY)
        .await
        .unwrap();
    assert!(!later_that_day.ran);
}

#[tokio::test]
async fn the_audit_log_still_refuses_a_plain_update_or_delete() {
    let app = spawn_app().await;
    let _ = app.sign_in(&app.a.parent).await;
    let backend = app.db.get_database_backend();
    for sql in [
        "UPDATE audit_log SET action = 'forged'",
        "DELETE FROM audit_log",
    ] {
        let refused = app
            .db
            .execute_raw(Statement::from_string(backend, sql))
            .await;
        assert!(refused.is_err(), "{sql} was allowed");
    }
}

/// PostgreSQL only: the roles of docs/operations.md ("Privacy"), migrations as the owner over
/// `OVERSTAP_DATABASE_MIGRATION_URL`, the app as a role without UPDATE/DELETE/TRUNCATE on the
/// audit log, which may still pseudonymise through the owner's function.
#[tokio::test]
async fn on_postgresql_the_application_role_cannot_update_delete_or_truncate_the_audit_log() {
    use overstap_api::config::Settings;
    use overstap_api::startup;
    use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
    use overstap_persistence::provision::{Backend, fresh_database};

    if Backend::from_env() != Backend::Postgres {
        return;
    }
    let owner_url = fresh_database(Backend::Postgres).await.unwrap();
    let role = format!("overstap_app_{}", Uuid::new_v4().simple());
    let settings = |url: String, migration: Option<String>| {
        Settings::from_lookup(move |name| match name {
            "DATABASE_URL" => Some(url.clone()),
            "OVERSTAP_DATABASE_MIGRATION_URL" => migration.clone(),
            "OVERSTAP_DB_MAX_CONNECTIONS" => Some("2".to_owned()),
            "OVERSTAP_ENV" => Some("development".to_owned()),
            _ => None,
        })
        .unwrap()
    };
    let owner = startup::database(&settings(owner_url.clone(), None))
        .await
        .unwrap();
    owner
        .execute_unprepared(&format!(
            "CREATE ROLE {role} LOGIN; \
             GRANT USAGE ON SCHEMA public TO {role}; \
             GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}; \
             REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {role}; \
             GRANT EXECUTE ON FUNCTION audit_log_pseudonymise(uuid, uuid) TO {role};"
        ))
        .await
        .unwrap();
    let person = Uuid::new_v4();
    audit::append(
        &owner,
        AuditEntry::new(
            AuditAction::SignIn,
            AuditActor::parent(overstap_domain::ParentAccountId::from_uuid(person)),
            AuditSubject::ParentAccount(overstap_domain::ParentAccountId::from_uuid(person)),
            DAY_BEFORE,
        ),
    )
    .await
    .unwrap();
    let app_url = owner_url.replacen("postgres://postgres@", &format!("postgres://{role}@"), 1);
    assert_ne!(app_url, owner_url);
    let app = startup::database(&settings(app_url, Some(owner_url.clone())))
        .await
        .unwrap();

    for sql in [
        "UPDATE audit_log SET action = 'forged'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ] {
        let refused = app.execute_unprepared(sql).await.unwrap_err().to_string();
        assert!(refused.contains("permission denied"), "{sql}: {refused}");
    }
    let pseudonymised = app
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT audit_log_pseudonymise($1, $2) AS n",
            [person.into(), Uuid::new_v4().into()],
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(pseudonymised.try_get::<i64>("", "n").unwrap(), 1);
    assert!(run_daily(&app, DUE_DAY, KEY).await.unwrap().ran);

    app.close().await.unwrap();
    owner
        .execute_unprepared(&format!("DROP OWNED BY {role}; DROP ROLE {role};"))
        .await
        .unwrap();
}

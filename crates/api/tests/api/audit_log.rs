//! The audit-log reader: the coordinator reads the region's log, a board admin its schools',
//! with filters, pages that do not shift, and a CSV export.

use std::collections::HashSet;

use overstap_api_types::{
    AuditLogQuery, ErrorCode, InviteStaffRequest, Role, SchoolKind, SchoolRequest, StaffLanguage,
};
use reqwest::StatusCode;
use time::macros::datetime;
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};
use crate::po_support::pupil_body;

const BEFORE_THE_PROCEDURE: time::OffsetDateTime = datetime!(2026-02-02 10:00 +01:00);

fn invite(email: &str, school: Uuid) -> InviteStaffRequest {
    InviteStaffRequest {
        email: email.to_owned(),
        display_name: "Meester Bas".to_owned(),
        role: Role::PoStaff,
        school_id: Some(school),
        board_id: None,
        other_school_ids: vec![],
        language: StaffLanguage::Nl,
    }
}

/// A board, a school, two invitations (one per board's school) and a new pupil at school a,
/// each a minute apart.
async fn some_history(app: &TestApp) -> (String, String) {
    let mut at = BEFORE_THE_PROCEDURE;
    let mut step = || {
        at += time::Duration::minutes(1);
        app.clock.set(at);
    };
    step();
    let coordinator = app.access_token(&app.coordinator).await;
    let api = app.api(&coordinator);
    let board = api.create_board("Stichting Log").await.ok();
    step();
    api.create_school(&SchoolRequest {
        kind: SchoolKind::Po,
        board_id: board.id,
        code: "51LG".to_owned(),
        name: "De Logboek".to_owned(),
        town: "Amstelveen".to_owned(),
        contact_email: "info@logboek.example".to_owned(),
        contact_phone: "020 123 4567".to_owned(),
        website: None,
        priority_rule: None,
    })
    .await
    .ok();
    step();
    api.invite_staff(&invite("bas@a.example", app.a.po_school_id.as_uuid()))
        .await
        .ok();
    step();
    api.invite_staff(&invite("bas@b.example", app.b.po_school_id.as_uuid()))
        .await
        .ok();
    step();
    let teacher = app.access_token(&app.a.po_staff).await;
    let pupil = app
        .api(&teacher)
        .create_pupil(&pupil_body("log-1", "ouder@log.example"))
        .await
        .ok();
    (coordinator, pupil.elk_number)
}

fn actions(page: &overstap_api_types::AuditLogResponse) -> Vec<&str> {
    page.entries.iter().map(|e| e.action.as_str()).collect()
}

#[tokio::test]
async fn the_coordinator_reads_the_regions_log_filtered_and_a_page_at_a_time() {
    let app = spawn_app().await;
    let (coordinator, elk) = some_history(&app).await;
    let api = app.api(&coordinator);
    let all = api.list_audit_log(&AuditLogQuery::default()).await.ok();
    // Newest first; sign-ins are in the log too.
    let written: Vec<&str> = actions(&all)
        .into_iter()
        .filter(|a| *a != "auth.sign_in")
        .collect();
    assert_eq!(
        written,
        [
            "pupil.created",
            "staff.invited",
            "staff.invited",
            "school.created",
            "board.created"
        ]
    );
    assert!(
        all.entries
            .windows(2)
            .all(|w| w[0].occurred_at >= w[1].occurred_at)
    );
    let created = all
        .entries
        .iter()
        .find(|e| e.action == "board.created")
        .unwrap();
    assert_eq!(created.actor_role, "coordinator");
    assert_eq!(created.actor_name.as_deref(), Some("Coördinator"));
    let invited_a = all
        .entries
        .iter()
        .find(|e| e.action == "staff.invited" && e.school_name.as_deref() == Some("po school a"))
        .expect("the invitation at school a, with its school");
    assert_eq!(invited_a.subject_kind, "staff_user");

    // A family of actions, one actor, one pupil, a period.
    let staff = AuditLogQuery {
        action: Some("staff.".to_owned()),
        ..AuditLogQuery::default()
    };
    assert_eq!(
        actions(&api.list_audit_log(&staff).await.ok()),
        ["staff.invited"; 2]
    );
    let teacher_id = all.entries[0].actor_id;
    assert_eq!(all.entries[0].actor_role, "po_staff");
    let by_teacher = AuditLogQuery {
        actor_id: teacher_id,
        action: Some("pupil.".to_owned()),
        ..AuditLogQuery::default()
    };
    assert_eq!(
        actions(&api.list_audit_log(&by_teacher).await.ok()),
        ["pupil.created"]
    );
    let about_pupil = AuditLogQuery {
        elk_number: Some(elk.clone()),
        ..AuditLogQuery::default()
    };
    let pupil_entries = api.list_audit_log(&about_pupil).await.ok();
    assert_eq!(actions(&pupil_entries), ["pupil.created"]);
    let period = AuditLogQuery {
        from: Some("2026-02-02T10:02:00+01:00".to_owned()),
        until: Some("2026-02-02T10:04:00+01:00".to_owned()),
        action: Some("school.".to_owned()),
        ..AuditLogQuery::default()
    };
    assert_eq!(
        actions(&api.list_audit_log(&period).await.ok()),
        ["school.created"]
    );

    // Pages of two: every entry once, in the same order, whatever is written meanwhile.
    let mut seen = Vec::new();
    let mut cursor = None;
    loop {
        let page = api
            .list_audit_log(&AuditLogQuery {
                limit: Some(2),
                cursor: cursor.clone(),
                ..AuditLogQuery::default()
            })
            .await
            .ok();
        assert!(page.entries.len() <= 2);
        seen.extend(page.entries.iter().map(|e| e.id));
        // A new entry while paging does not shift the pages.
        api.create_board(&format!("Tussendoor {}", seen.len()))
            .await
            .ok();
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    let expected: Vec<Uuid> = all.entries.iter().map(|e| e.id).collect();
    assert_eq!(seen, expected);
    assert_eq!(seen.iter().collect::<HashSet<_>>().len(), seen.len());

    // Bad filters are field errors.
    for (query, field) in [
        (
            AuditLogQuery {
                cursor: Some("not-a-cursor".to_owned()),
                ..AuditLogQuery::default()
            },
            "cursor",
        ),
        (
            AuditLogQuery {
                from: Some("yesterday".to_owned()),
                ..AuditLogQuery::default()
            },
            "from",
        ),
        (
            AuditLogQuery {
                elk_number: Some("12".to_owned()),
                ..AuditLogQuery::default()
            },
            "elk_number",
        ),
    ] {
        let refused = api
            .list_audit_log(&query)
            .await
            .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
        assert_eq!(refused.details.unwrap().fields[0].field, field);
    }
}

#[tokio::test]
async fn a_board_admin_reads_only_what_concerns_the_boards_schools() {
    let app = spawn_app().await;
    let (coordinator, _) = some_history(&app).await;
    let admin = app.access_token(&app.a.board_admin).await;
    let page = app
        .api(&admin)
        .list_audit_log(&AuditLogQuery::default())
        .await
        .ok();
    let schools: HashSet<Option<&str>> = page
        .entries
        .iter()
        .map(|e| e.school_name.as_deref())
        .collect();
    assert_eq!(schools, HashSet::from([Some("po school a")]));
    // The invitation at school a and the pupil (and the teacher's sign-in); not school b's
    // invitation, not the region's new board and school.
    let written: Vec<&str> = actions(&page)
        .into_iter()
        .filter(|a| *a != "auth.sign_in")
        .collect();
    assert_eq!(written, ["pupil.created", "staff.invited"]);
    // The coordinator reads school b's invitation, the board admin of a does not.
    let coordinator_sees = app
        .api(&coordinator)
        .list_audit_log(&AuditLogQuery {
            action: Some("staff.invited".to_owned()),
            ..AuditLogQuery::default()
        })
        .await
        .ok();
    assert_eq!(coordinator_sees.entries.len(), 2);

    let csv = app
        .api(&admin)
        .export_audit_log(&AuditLogQuery {
            action: Some("pupil.".to_owned()),
            ..AuditLogQuery::default()
        })
        .await
        .ok_text();
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert!(lines[0].ends_with(
        "occurred_at,actor_role,actor_id,actor_name,action,subject_kind,subject_id,school,pupil_id,details"
    ));
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(lines[1].starts_with("2026-02-02T10:05:00+01:00,po_staff,"));
    assert!(lines[1].contains(",pupil.created,pupil,"));
}

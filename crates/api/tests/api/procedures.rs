//! Procedure years: the next one is planned by copying last year's weekdays, created once the
//! current school year has ended, and edited until each phase begins; its pupils and counts
//! are its own while the earlier year stays readable.

use overstap_api_types::{
    Advice, AuditLogQuery, CreateProcedureRequest, ErrorCode, LocalCalendarBody,
    ProcedureProposalQuery, ProgrammeRequest, PupilListQuery, SchoolKind, SchoolRequest,
    SendLoginRequest, StatusBoardQuery, StatusCounts, UpdateProcedureRequest,
};
use reqwest::StatusCode;
use time::macros::datetime;

use crate::client::{facts, field_codes};
use crate::helpers::{TestApp, spawn_app};
use crate::po_support::{pupil_body, pupil_data};

/// After the 2025-2026 school year ended: the 2026-2027 procedure can be created.
const AUTUMN: time::OffsetDateTime = datetime!(2026-12-07 10:00 +01:00);

async fn signed_in_at(app: &TestApp, at: time::OffsetDateTime) -> String {
    app.clock.set(at);
    app.access_token(&app.coordinator).await
}

fn total(counts: &StatusCounts) -> u32 {
    counts.wit + counts.blauw + counts.groen + counts.ag + counts.av
}

/// The proposal for 2026-2027 with one moment changed.
fn with(
    calendar: &LocalCalendarBody,
    change: impl FnOnce(&mut LocalCalendarBody),
) -> LocalCalendarBody {
    let mut changed = calendar.clone();
    change(&mut changed);
    changed
}

/// The field and code of a refusal's single field error.
fn refused_field(error: &overstap_api_types::ErrorResponse) -> (String, String) {
    let fields = &error.details.as_ref().expect("field errors").fields;
    assert_eq!(fields.len(), 1, "{fields:?}");
    (fields[0].field.clone(), fields[0].code.clone())
}

#[tokio::test]
async fn the_next_year_is_copied_created_after_the_school_year_and_starts_an_empty_class() {
    let app = spawn_app().await;
    // In the 2026 registration week only the current year exists and the next cannot start.
    let token = app.access_token(&app.coordinator).await;
    let coordinator = app.api(&token);
    let listed = coordinator.list_procedures().await.ok();
    assert_eq!(listed.procedures.len(), 1);
    let old = &listed.procedures[0];
    assert_eq!(
        (old.school_year.as_str(), old.is_current),
        ("2025-2026", true)
    );
    assert!(!listed.can_create);
    assert_eq!(listed.next_from, Some(datetime!(2026-07-31 22:00 UTC)));
    // The week has begun: its moments are fixed; verification, placement and later are not.
    assert_eq!(
        old.editable,
        [
            "priority_verification_deadline",
            "placement_at",
            "publication_at",
            "round2_opens_at",
            "round2_closes_at"
        ]
    );
    let proposal = coordinator
        .propose_procedure(&ProcedureProposalQuery::default())
        .await
        .ok();
    assert_eq!(proposal.school_year, "2026-2027");
    assert_eq!(proposal.copied_from, "2025-2026");
    // Tuesday 17 March 2026 → Tuesday 16 March 2027; Wednesday 15 April → Wednesday 14 April.
    assert_eq!(
        proposal.calendar.login_dispatch_opens_at,
        "2027-03-16T00:00"
    );
    assert_eq!(proposal.calendar.registration_opens_at, "2027-03-24T00:00");
    assert_eq!(proposal.calendar.publication_at, "2027-04-14T16:00");
    let request = CreateProcedureRequest {
        school_year: proposal.school_year.clone(),
        calendar: proposal.calendar.clone(),
    };
    let running = coordinator
        .create_procedure(&request)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::ProcedureRunning);
    assert_eq!(facts(&running)["until"], 1_785_535_200);
    assert!(
        facts(&running)["until_display"]
            .as_str()
            .unwrap()
            .contains("1 augustus 2026")
    );

    // In the autumn the 2025-2026 year is over: no pupils join it any more.
    let token = signed_in_at(&app, AUTUMN).await;
    let coordinator = app.api(&token);
    let po_token = app.access_token(&app.a.po_staff).await;
    let late = app
        .api(&po_token)
        .create_pupil(&pupil_body("te-laat", "laat@ouder.example"))
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::Conflict);
    assert_eq!(facts(&late)["reason"], "procedure_over");
    let over = coordinator.list_procedures().await.ok();
    assert!(over.can_create);
    assert!(
        over.procedures[0].editable.is_empty(),
        "an ended year stays as it was"
    );

    // The 2026-2027 procedure is created from the proposal; a later year is not next.
    let later = coordinator
        .create_procedure(&CreateProcedureRequest {
            school_year: "2027-2028".to_owned(),
            calendar: request.calendar.clone(),
        })
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused_field(&later),
        ("school_year".to_owned(), "not_next".to_owned())
    );
    let created = coordinator.create_procedure(&request).await;
    let location = created.header("location").map(str::to_owned);
    let created = created.ok();
    assert_eq!(location, Some(format!("/api/v1/procedures/{}", created.id)));
    assert_eq!(
        coordinator.get_one_procedure(created.id).await.ok(),
        created,
        "Location names the new year"
    );
    assert!(created.is_current);
    assert_eq!(created.calendar, proposal.calendar);
    assert_eq!(created.editable.len(), 9, "nothing has begun");
    coordinator
        .create_procedure(&request)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::SchoolYearTaken);
    let earlier = coordinator
        .create_procedure(&CreateProcedureRequest {
            school_year: "2024-2025".to_owned(),
            calendar: request.calendar.clone(),
        })
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused_field(&earlier),
        ("school_year".to_owned(), "before_latest".to_owned())
    );
    let listed = coordinator.list_procedures().await.ok();
    let years: Vec<(&str, bool)> = listed
        .procedures
        .iter()
        .map(|p| (p.school_year.as_str(), p.is_current))
        .collect();
    assert_eq!(years, [("2026-2027", true), ("2025-2026", false)]);
    assert_eq!(listed.next_from, Some(datetime!(2027-07-31 22:00 UTC)));
    let old_id = listed.procedures[1].id;
    let audit = coordinator
        .list_audit_log(&AuditLogQuery {
            action: Some("procedure.".to_owned()),
            ..AuditLogQuery::default()
        })
        .await
        .ok();
    assert_eq!(audit.entries.len(), 1);
    assert_eq!(audit.entries[0].action, "procedure.created");
    assert_eq!(audit.entries[0].details["school_year"], "2026-2027");

    assert_eq!(audit.entries[0].details["programmes_copied"], 2);

    // The VO schools' programmes carried over as the new year's own rows: a capacity change
    // for 2027 leaves 2026's programme (its placements and statistics) as it was, and 2026's
    // programme no longer changes.
    let vo_school = app.a.vo_school_id.as_uuid();
    let copied = coordinator.list_school_programmes(vo_school).await.ok();
    assert_eq!(copied.programmes.len(), 1);
    let copy = &copied.programmes[0];
    assert_ne!(copy.id, app.a.vo_programme_id, "a new row for the new year");
    assert_eq!((copy.name.as_str(), copy.capacity), ("havo a", 60));
    let bigger = ProgrammeRequest {
        name: copy.name.clone(),
        admitted_advice: copy.admitted_advice.clone(),
        capacity: 75,
        info_url: None,
    };
    coordinator.update_programme(copy.id, &bigger).await.ok();
    let vo_token = app.access_token(&app.a.vo_staff).await;
    let own = app.api(&vo_token).list_programmes().await.ok();
    assert_eq!(own.programmes[0].capacity, 75, "the VO school reads 2027's");
    let old = overstap_persistence::schools::find_programme(
        &app.db,
        overstap_domain::ProgrammeId::from_uuid(app.a.vo_programme_id),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(old.capacity, 60);
    coordinator
        .update_programme(app.a.vo_programme_id, &bigger)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::EarlierProcedure);

    // The primary school's 2027 class starts empty; 2026 stays readable by its id.
    let po_token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&po_token);
    let now_listed = school.list_pupils(&PupilListQuery::default()).await.ok();
    assert_eq!(now_listed.total, 0);
    let board = school.get_status_board().await.ok();
    assert_eq!(total(&board.counts), 0);
    assert_eq!(board.school_year.as_deref(), Some("2026-2027"));
    let old_query = PupilListQuery {
        procedure_id: Some(old_id),
        ..PupilListQuery::default()
    };
    let old_pupils = school.list_pupils(&old_query).await.ok();
    assert_eq!(old_pupils.total, 3);
    let old_board_query = StatusBoardQuery {
        procedure_id: Some(old_id),
    };
    let old_board = school.get_status_board_of(&old_board_query).await.ok();
    assert_eq!(total(&old_board.counts), 3);
    assert_eq!(old_board.school_year.as_deref(), Some("2025-2026"));
    assert!(!old_board.reminders_open);

    // A 2027 pupil may carry the own pupil id a 2026 pupil had; neither year sees the other.
    let reused = pupil_body("a-0", "nieuw@ouder.example");
    let new_pupil = school.create_pupil(&reused).await.ok();
    let now_listed = school.list_pupils(&PupilListQuery::default()).await.ok();
    assert_eq!(now_listed.total, 1);
    assert_eq!(now_listed.pupils[0].id, new_pupil.id);
    let old_pupils_after = school.list_pupils(&old_query).await.ok();
    assert_eq!(old_pupils_after.total, 3);
    assert!(old_pupils_after.pupils.iter().all(|p| p.id != new_pupil.id));
    let board = school.get_status_board().await.ok();
    assert_eq!((total(&board.counts), board.counts.wit), (1, 1));
    let old_board = school.get_status_board_of(&old_board_query).await.ok();
    assert_eq!(total(&old_board.counts), 3);
    let board_token = app.access_token(&app.a.board_admin).await;
    let overview = app.api(&board_token).get_board_overview().await.ok();
    assert_eq!(
        total(&overview.total),
        1,
        "the board's totals are this year's"
    );

    // The 2026 pupils are read only now.
    let old_pupil = old_pupils.pupils[0].clone();
    let refusal = school
        .correct_pupil(old_pupil.id, &pupil_data(old_pupil.clone()))
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::EarlierProcedure);
    assert_eq!(facts(&refusal)["school_year"], "2025-2026");
    school
        .send_login(old_pupil.id, &SendLoginRequest { parent_email: None })
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::EarlierProcedure);
    let unknown = school
        .list_pupils(&PupilListQuery {
            procedure_id: Some(uuid::Uuid::new_v4()),
            ..PupilListQuery::default()
        })
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&unknown), ["not_found"]);
}

#[tokio::test]
async fn a_calendar_that_cannot_be_kept_is_refused_at_its_moment_with_a_code() {
    let app = spawn_app().await;
    let token = signed_in_at(&app, AUTUMN).await;
    let coordinator = app.api(&token);
    let proposal = coordinator
        .propose_procedure(&ProcedureProposalQuery::default())
        .await
        .ok()
        .calendar;
    let cases: Vec<(&str, LocalCalendarBody, &str, &str)> = vec![
        (
            "2026-2027",
            with(&proposal, |c| {
                c.registration_opens_at = "24-03-2027".to_owned()
            }),
            "calendar.registration_opens_at",
            "local_time_format",
        ),
        (
            "2026-2027",
            with(&proposal, |c| {
                c.registration_closes_at = "2027-03-20T00:00".to_owned()
            }),
            "calendar.registration_closes_at",
            "out_of_order",
        ),
        (
            // 28 March 2027: the clock jumps from 02:00 to 03:00.
            "2026-2027",
            with(&proposal, |c| {
                c.registration_closes_at = "2027-03-28T02:30".to_owned()
            }),
            "calendar.registration_closes_at",
            "dst_gap",
        ),
        (
            // 25 October 2026: 02:30 happens twice.
            "2026-2027",
            with(&proposal, |c| {
                c.login_dispatch_opens_at = "2026-10-25T02:30".to_owned()
            }),
            "calendar.login_dispatch_opens_at",
            "dst_repeated",
        ),
        (
            "2026-2027",
            with(&proposal, |c| {
                c.login_dispatch_opens_at = "2026-12-01T00:00".to_owned()
            }),
            "calendar.login_dispatch_opens_at",
            "in_the_past",
        ),
        (
            "2026-2027",
            with(&proposal, |c| {
                c.round2_opens_at = Some("2027-05-10T09:00".to_owned())
            }),
            "calendar.round2_closes_at",
            "round2_incomplete",
        ),
        (
            "2026-2027",
            with(&proposal, |c| {
                c.round2_opens_at = Some("2027-06-01T09:00".to_owned());
                c.round2_closes_at = Some("2027-08-02T00:00".to_owned());
            }),
            "calendar.round2_closes_at",
            "outside_school_year",
        ),
        ("2027-2028", proposal.clone(), "school_year", "not_next"),
        ("2026", proposal.clone(), "school_year", "school_year"),
    ];
    for (school_year, calendar, field, code) in cases {
        let error = coordinator
            .create_procedure(&CreateProcedureRequest {
                school_year: school_year.to_owned(),
                calendar,
            })
            .await
            .refusal(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(refused_field(&error), (field.to_owned(), code.to_owned()));
    }
    assert_eq!(coordinator.list_procedures().await.ok().procedures.len(), 1);

    // Created; then, during its login dispatch, the registration week may still move but not
    // into the past, and the dispatch itself is fixed.
    let created = coordinator
        .create_procedure(&CreateProcedureRequest {
            school_year: "2026-2027".to_owned(),
            calendar: proposal.clone(),
        })
        .await
        .ok();
    let token = signed_in_at(&app, datetime!(2027-03-20 12:00 +01:00)).await;
    let coordinator = app.api(&token);
    let update = |calendar| UpdateProcedureRequest { calendar };
    let past = coordinator
        .update_procedure(
            created.id,
            &update(with(&proposal, |c| {
                c.registration_opens_at = "2027-03-19T00:00".to_owned()
            })),
        )
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused_field(&past),
        (
            "calendar.registration_opens_at".to_owned(),
            "in_the_past".to_owned()
        )
    );
    let started = coordinator
        .update_procedure(
            created.id,
            &update(with(&proposal, |c| {
                c.login_dispatch_closes_at = "2027-03-23T00:00".to_owned()
            })),
        )
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::PhaseStarted);
    assert_eq!(facts(&started)["phase"], "login_dispatch");
    let later_week = with(&proposal, |c| {
        c.registration_opens_at = "2027-03-25T00:00".to_owned();
        c.login_dispatch_closes_at = proposal.login_dispatch_closes_at.clone();
    });
    let moved = coordinator
        .update_procedure(created.id, &update(later_week.clone()))
        .await
        .ok();
    assert_eq!(moved.calendar.registration_opens_at, "2027-03-25T00:00");
    assert!(
        !moved
            .editable
            .contains(&"login_dispatch_closes_at".to_owned())
    );
    // The same calendar again changes nothing and writes no audit entry.
    coordinator
        .update_procedure(created.id, &update(later_week))
        .await
        .ok();
    let audit = coordinator
        .list_audit_log(&AuditLogQuery {
            action: Some("procedure.updated".to_owned()),
            ..AuditLogQuery::default()
        })
        .await
        .ok();
    assert_eq!(audit.entries.len(), 1);
    assert_eq!(
        audit.entries[0].details["changes"]["registration_opens_at"],
        serde_json::json!({ "from": "2027-03-24T00:00", "to": "2027-03-25T00:00" })
    );
    // Everyone reads the moved week: the PO school's calendar names it.
    let po_token = app.access_token(&app.a.po_staff).await;
    let calendar = app.api(&po_token).get_procedure().await.ok();
    assert_eq!(calendar.school_year, "2026-2027");
    let week = calendar
        .phases
        .iter()
        .find(|p| p.phase == overstap_api_types::Phase::Registration)
        .unwrap();
    assert_eq!(week.opens_at, datetime!(2027-03-24 23:00 UTC));
    coordinator
        .update_procedure(uuid::Uuid::new_v4(), &update(proposal))
        .await
        .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
}

#[tokio::test]
async fn a_regions_first_procedure_takes_the_programmes_entered_before_it() {
    use overstap_persistence::staff::{self, NewStaffUser};
    let app = spawn_app().await;
    // A new region, set up in September: schools and programmes before any procedure.
    app.clock.set(datetime!(2026-09-01 10:00 +02:00));
    let region = overstap_persistence::regions::insert(&app.db, "nieuw", "Nieuw", "amstelland")
        .await
        .unwrap();
    let hash = staff::find_by_email(&app.db, &app.coordinator.username)
        .await
        .unwrap()
        .unwrap()
        .password_hash;
    let email = "coordinator@nieuw.example";
    staff::insert(
        &app.db,
        NewStaffUser {
            email,
            password_hash: hash,
            display_name: "Coördinator Nieuw",
            role: overstap_domain::Role::Coordinator,
            region_id: region,
            school_id: None,
            board_id: None,
            language: overstap_domain::Language::Nl,
        },
        app.clock.now(),
    )
    .await
    .unwrap();
    let persona = crate::helpers::Persona {
        role: overstap_domain::Role::Coordinator,
        username: email.to_owned(),
    };
    let token = app.access_token(&persona).await;
    let coordinator = app.api(&token);
    let board = coordinator.create_board("Stichting Nieuw").await.ok();
    let school = coordinator
        .create_school(&SchoolRequest {
            kind: SchoolKind::Vo,
            board_id: board.id,
            code: "12AB".to_owned(),
            name: "Nieuw College".to_owned(),
            town: "Amstelveen".to_owned(),
            contact_email: "info@nieuw.example".to_owned(),
            contact_phone: "020 123 4567".to_owned(),
            website: None,
            priority_rule: None,
        })
        .await
        .ok();
    let havo = ProgrammeRequest {
        name: "havo".to_owned(),
        admitted_advice: vec![Advice::Havo],
        capacity: 90,
        info_url: None,
    };
    let made = coordinator.create_programme(school.id, &havo).await.ok();
    let before = coordinator.list_school_programmes(school.id).await.ok();
    assert_eq!(before.programmes, std::slice::from_ref(&made));
    let edited = coordinator
        .update_programme(
            made.id,
            &ProgrammeRequest {
                capacity: 100,
                ..havo
            },
        )
        .await
        .ok();
    assert_eq!(edited.capacity, 100);

    let proposal = coordinator
        .propose_procedure(&ProcedureProposalQuery::default())
        .await
        .ok();
    assert_eq!(proposal.school_year, "2026-2027");
    coordinator
        .create_procedure(&CreateProcedureRequest {
            school_year: proposal.school_year.clone(),
            calendar: proposal.calendar.clone(),
        })
        .await
        .ok();
    let after = coordinator.list_school_programmes(school.id).await.ok();
    assert_eq!(
        after.programmes,
        [edited],
        "the same programme, now of 2026-2027"
    );
    let stored = overstap_persistence::schools::find_programme(
        &app.db,
        overstap_domain::ProgrammeId::from_uuid(made.id),
    )
    .await
    .unwrap()
    .unwrap();
    assert!(stored.procedure_id.is_some());
}

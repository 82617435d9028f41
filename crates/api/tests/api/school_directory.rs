//! The region's school directory: boards, schools one by one and from a CSV file, programmes,
//! and when each can change.

use overstap_api_types::{
    Advice, ErrorCode, InviteStaffRequest, PriorityRuleKind, ProgrammeRequest, Role, SchoolKind,
    SchoolRequest, StaffLanguage,
};
use overstap_persistence::entities::audit_log;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use time::macros::datetime;
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};

/// Before the 2026 login dispatch: every part of the directory may change.
const BEFORE_THE_PROCEDURE: time::OffsetDateTime = datetime!(2026-02-02 10:00 +01:00);

fn school(kind: SchoolKind, board: Uuid, code: &str) -> SchoolRequest {
    SchoolRequest {
        kind,
        board_id: board,
        code: code.to_owned(),
        name: "Het Amstel Lyceum".to_owned(),
        town: "Amsterdam".to_owned(),
        contact_email: "aanmelden@amstel.example".to_owned(),
        contact_phone: "020 123 4567".to_owned(),
        website: Some("https://www.amstel.example".to_owned()),
        priority_rule: None,
    }
}

fn programme(name: &str, advice: &[Advice], capacity: u32) -> ProgrammeRequest {
    ProgrammeRequest {
        name: name.to_owned(),
        admitted_advice: advice.to_vec(),
        capacity,
        info_url: None,
    }
}

/// `field:code` of each refused field.
fn fields(error: &overstap_api_types::ErrorResponse) -> Vec<String> {
    let details = error.details.as_ref().expect("field errors");
    details
        .fields
        .iter()
        .map(|f| format!("{}:{}", f.field, f.code))
        .collect()
}

async fn audited(app: &TestApp, action: &str) -> usize {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .all(&app.db)
        .await
        .unwrap()
        .len()
}

async fn coordinator_at(app: &TestApp, at: time::OffsetDateTime) -> String {
    app.clock.set(at);
    app.access_token(&app.coordinator).await
}

#[tokio::test]
async fn a_coordinator_adds_a_board_a_vo_school_and_its_programmes() {
    let app = spawn_app().await;
    let token = coordinator_at(&app, BEFORE_THE_PROCEDURE).await;
    let api = app.api(&token);

    let board = api.create_board("  Stichting Amstel  ").await.ok();
    assert_eq!(
        (board.name.as_str(), board.active),
        ("Stichting Amstel", true)
    );
    let same = api
        .create_board("stichting amstel")
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(fields(&same), ["name:taken"]);

    // Every wrong field at once, each with its own code.
    let wrong = SchoolRequest {
        contact_phone: "123".to_owned(),
        website: Some("www.amstel.example".to_owned()),
        priority_rule: Some(PriorityRuleKind::Hardship),
        ..school(SchoolKind::Vo, board.id, "1AB")
    };
    let refused = api
        .create_school(&wrong)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(
        fields(&refused),
        [
            "code:brin",
            "contact_phone:phone",
            "priority_rule:not_offered",
            "website:url"
        ]
    );
    let po_with_rule = SchoolRequest {
        priority_rule: Some(PriorityRuleKind::Sibling),
        ..school(SchoolKind::Po, board.id, "21AB")
    };
    let refused = api
        .create_school(&po_with_rule)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(fields(&refused), ["priority_rule:vo_only"]);
    let unknown_board = school(SchoolKind::Vo, Uuid::new_v4(), "21AB");
    let refused = api
        .create_school(&unknown_board)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(fields(&refused), ["board_id:unknown_board"]);

    let vo = SchoolRequest {
        priority_rule: Some(PriorityRuleKind::Sibling),
        ..school(SchoolKind::Vo, board.id, " 21 ab 01 ")
    };
    let created = api.create_school(&vo).await.ok();
    assert_eq!(created.code, "21AB01");
    assert_eq!(created.priority_rule, Some(PriorityRuleKind::Sibling));
    assert!(created.active);
    let listed = api.list_region_schools().await.ok();
    assert!(
        listed
            .schools
            .iter()
            .any(|s| s.id == created.id && s.board_id == board.id)
    );
    assert!(listed.boards.iter().any(|b| b.id == board.id));

    // A BRIN number is one school's, in any region; a school stays PO or VO.
    api.create_school(&school(SchoolKind::Po, board.id, "21AB01"))
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::BrinTaken);
    let refused = api
        .update_school(created.id, &school(SchoolKind::Po, board.id, "21AB01"))
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(fields(&refused), ["kind:fixed"]);
    let renamed = SchoolRequest {
        name: "Amstel Lyceum".to_owned(),
        ..vo.clone()
    };
    assert_eq!(
        api.update_school(created.id, &renamed).await.ok().name,
        "Amstel Lyceum"
    );

    let havo = api
        .create_programme(
            created.id,
            &programme("havo", &[Advice::Havo, Advice::HavoVwo], 60),
        )
        .await
        .ok();
    assert_eq!(havo.admitted_advice, [Advice::Havo, Advice::HavoVwo]);
    let refused = api
        .create_programme(created.id, &programme("HAVO", &[Advice::Havo], 30))
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(fields(&refused), ["name:taken"]);
    let refused = api
        .create_programme(created.id, &programme("vwo", &[], 0))
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(
        fields(&refused),
        ["admitted_advice:required", "capacity:range"]
    );
    let vwo = api
        .create_programme(
            created.id,
            &ProgrammeRequest {
                info_url: Some("https://www.amstel.example/vwo".to_owned()),
                ..programme("vwo", &[Advice::Vwo], 90)
            },
        )
        .await
        .ok();
    let changed = api
        .update_programme(
            vwo.id,
            &programme("vwo", &[Advice::HavoVwo, Advice::Vwo], 120),
        )
        .await
        .ok();
    assert_eq!((changed.capacity, changed.info_url), (120, None));
    api.delete_programme(havo.id).await.ok();
    let left = api.list_school_programmes(created.id).await.ok();
    assert_eq!(
        left.programmes
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["vwo"]
    );
    // A PO school has no programmes to show.
    api.list_school_programmes(app.a.po_school_id.as_uuid())
        .await
        .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);

    assert_eq!(audited(&app, "board.created").await, 1);
    assert_eq!(audited(&app, "school.created").await, 1);
    assert_eq!(audited(&app, "school.updated").await, 1);
    assert_eq!(audited(&app, "programme.created").await, 2);
    assert_eq!(audited(&app, "programme.updated").await, 1);
    assert_eq!(audited(&app, "programme.deleted").await, 1);
    // The deletion is recorded at its school, so the school's board admin can read it.
    let deleted = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("programme.deleted"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(deleted.school_id, Some(created.id));
}

#[tokio::test]
async fn what_takes_part_cannot_be_switched_off_and_a_board_goes_last() {
    let app = spawn_app().await;
    let token = coordinator_at(&app, BEFORE_THE_PROCEDURE).await;
    let api = app.api(&token);
    let board_a = app.a.board_id.as_uuid();

    // School a has pupils in the current procedure; its board has active schools.
    api.set_school_active(app.a.po_school_id.as_uuid(), false)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::InUse);
    api.set_board_active(board_a, false)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::InUse);

    let board = api.create_board("Nieuw Bestuur").await.ok();
    let new = api
        .create_school(&school(SchoolKind::Vo, board.id, "31CD"))
        .await
        .ok();
    let off = api.set_school_active(new.id, false).await.ok();
    assert!(!off.active);
    // A deactivated school takes no staff.
    let invite = InviteStaffRequest {
        email: "docent@nieuw.example".to_owned(),
        display_name: "Docent".to_owned(),
        role: Role::VoStaff,
        school_id: Some(new.id),
        board_id: None,
        other_school_ids: vec![],
        language: StaffLanguage::Nl,
    };
    let refused = api
        .invite_staff(&invite)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(fields(&refused), ["school_id:inactive"]);
    assert!(!api.set_board_active(board.id, false).await.ok().active);
    // Nothing new on a deactivated board, and its school waits for it.
    api.set_school_active(new.id, true)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::Conflict);
    let refused = api
        .create_school(&school(SchoolKind::Po, board.id, "31CE"))
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(fields(&refused), ["board_id:inactive"]);
    assert!(api.set_board_active(board.id, true).await.ok().active);
    assert!(api.set_school_active(new.id, true).await.ok().active);
    assert_eq!(audited(&app, "school.deactivated").await, 1);
    assert_eq!(audited(&app, "school.reactivated").await, 1);
    assert_eq!(audited(&app, "board.deactivated").await, 1);
}

#[tokio::test]
async fn programmes_are_fixed_from_the_registration_week_and_seats_from_the_placement() {
    let app = spawn_app().await;
    // During the registration week (the test app's clock).
    let token = app.access_token(&app.coordinator).await;
    let api = app.api(&token);
    let vo = app.a.vo_school_id.as_uuid();
    let existing = app.a.vo_programme_id;
    let refused = api
        .create_programme(vo, &programme("vwo", &[Advice::Vwo], 30))
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::PhaseStarted);
    let facts = refused.details.unwrap().facts.unwrap();
    assert_eq!(facts["phase"], "registration");
    assert_eq!(
        facts["started_at_display"],
        "woensdag 25 maart 2026 om 00:00"
    );
    api.update_programme(existing, &programme("havo a", &[Advice::Havo], 60))
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::PhaseStarted);
    api.delete_programme(existing)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::PhaseStarted);
    // Seats and the information page still change.
    let same = [Advice::Havo, Advice::HavoVwo];
    let changed = api
        .update_programme(
            existing,
            &ProgrammeRequest {
                info_url: Some("https://www.school.example/havo".to_owned()),
                ..programme("havo a", &same, 75)
            },
        )
        .await
        .ok();
    assert_eq!(changed.capacity, 75);

    // From the placement moment the seats are fixed too.
    let token = coordinator_at(&app, datetime!(2026-04-08 09:00 +02:00)).await;
    app.api(&token)
        .update_programme(existing, &programme("havo a", &same, 80))
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::PhaseStarted);
}

const HEADER: &str = "code;kind;name;board;town;contact_email;contact_phone;website;priority_rule";

#[tokio::test]
async fn schools_are_imported_whole_or_not_at_all() {
    let app = spawn_app().await;
    let token = coordinator_at(&app, BEFORE_THE_PROCEDURE).await;
    let api = app.api(&token);
    let before = api.list_region_schools().await.ok();

    let bad = format!(
        "{HEADER}\r\n\
         41EF;po;De Regenboog;Stichting Nieuw;Uithoorn;info@regenboog.example;0297 123 456;;\r\n\
         41E;vo;Fout;Stichting Nieuw;Uithoorn;info@fout.example;0297 123 456;;\r\n\
         41EG;ho;Fout;Stichting Nieuw;Uithoorn;info@fout.example;0297 123 456;;\r\n\
         41EF;po;Dubbel;Stichting Nieuw;Uithoorn;info@dubbel.example;0297;;\r\n\
         41EH;po;De Wilg;Stichting Nieuw;Uithoorn;geen-adres;0297 123 456;;sibling\r\n"
    );
    let refused = api
        .import_schools(bad)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    let rows: Vec<(u32, String, String)> = refused
        .details
        .unwrap()
        .rows
        .into_iter()
        .map(|r| (r.line, r.column, r.code))
        .collect();
    let row = |line: u32, column: &str, code: &str| (line, column.to_owned(), code.to_owned());
    assert_eq!(
        rows,
        [
            row(3, "code", "brin"),
            row(4, "kind", "kind"),
            row(5, "code", "duplicate"),
            row(6, "contact_email", "email"),
            row(6, "priority_rule", "vo_only"),
        ]
    );
    // Nothing was written: no school, no board.
    assert_eq!(api.list_region_schools().await.ok(), before);

    let good = format!(
        "\u{feff}{HEADER}\r\n\
         41EF;po;De Regenboog;Stichting Nieuw;Uithoorn;info@regenboog.example;0297 123 456;;\r\n\
         41EG;VO;Veen College;Stichting Nieuw;Mijdrecht;info@veen.example;0297 654 321;https://veen.example;staff_child\r\n\
         11PA;po;po school a;Board a;Amstelveen;school@test.example;020 000 00 00;;\r\n"
    );
    let summary = api.import_schools(good.clone()).await.ok();
    assert_eq!(
        (
            summary.created,
            summary.updated,
            summary.unchanged,
            summary.boards_created
        ),
        (2, 0, 1, 1)
    );
    let after = api.list_region_schools().await.ok();
    let veen = after.schools.iter().find(|s| s.code == "41EG").unwrap();
    assert_eq!(veen.kind, SchoolKind::Vo);
    assert_eq!(veen.priority_rule, Some(PriorityRuleKind::StaffChild));
    let board = after.boards.iter().find(|b| b.id == veen.board_id).unwrap();
    assert_eq!(board.name, "Stichting Nieuw");

    // The same file again changes nothing; a new town is one update.
    let again = api.import_schools(good.clone()).await.ok();
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 3));
    let moved = good.replace("Uithoorn", "De Kwakel");
    let moved = api.import_schools(moved).await.ok();
    assert_eq!((moved.created, moved.updated, moved.unchanged), (0, 1, 2));
    assert_eq!(audited(&app, "school.imported").await, 3);
    // Each school and board the imports wrote is in the log on its own too.
    assert_eq!(audited(&app, "school.created").await, 2);
    assert_eq!(audited(&app, "school.updated").await, 1);
    assert_eq!(audited(&app, "board.created").await, 1);

    api.import_schools("\u{0}\u{1}binary")
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::UnsupportedFile);
}

//! A board admin's read-only help: each primary school's counts, its status board, and a
//! search for a pupil (audited).

use overstap_api_types::{ErrorCode, RegistrationStatus};
use overstap_persistence::entities::audit_log;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::spawn_app;

#[tokio::test]
async fn a_board_admin_sees_each_primary_school_and_the_boards_totals() {
    let app = spawn_app().await;
    let admin = app.access_token(&app.a.board_admin).await;
    let overview = app.api(&admin).get_board_overview().await.ok();
    assert_eq!(
        overview.schools.len(),
        1,
        "the VO school has no status board"
    );
    assert_eq!(overview.schools[0].school_id, app.a.po_school_id.as_uuid());
    let pupils = u32::try_from(app.a.pupil_ids.len()).unwrap();
    let counts = overview.schools[0].counts;
    assert_eq!(
        counts.wit + counts.blauw + counts.groen + counts.ag + counts.av,
        pupils
    );
    assert_eq!(overview.total, counts);

    // The school's own board, read only; the same as the school sees.
    let teacher = app.access_token(&app.a.po_staff).await;
    let own = app.api(&teacher).get_status_board().await.ok();
    let seen = app
        .api(&admin)
        .get_board_school_status_board(app.a.po_school_id)
        .await
        .ok();
    assert_eq!(seen.counts, own.counts);
    assert_eq!(seen.classes, own.classes);
    assert!(!seen.reminders_open);
    for school in [app.b.po_school_id, app.a.vo_school_id] {
        app.api(&admin)
            .get_board_school_status_board(school)
            .await
            .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    }
}

#[tokio::test]
async fn a_board_admin_finds_a_pupil_by_elk_number_or_name_and_each_search_is_audited() {
    let app = spawn_app().await;
    let admin = app.access_token(&app.a.board_admin).await;
    let api = app.api(&admin);
    let by_name = api.search_board_pupils("kind1a").await.ok();
    assert_eq!(by_name.pupils.len(), 1, "{by_name:?}");
    let pupil = &by_name.pupils[0];
    assert_eq!(pupil.id, app.a.pupil_ids[1].as_uuid());
    assert_eq!(pupil.class_name, "8A");
    assert_eq!(pupil.status, RegistrationStatus::Wit);
    assert!(!by_name.more);

    // The ELK number as a parent reads it out, with spaces.
    let elk = pupil.elk_number.clone();
    let spaced = format!("{} {}", &elk[..3], &elk[3..]);
    let by_number = api.search_board_pupils(&spaced).await.ok();
    assert_eq!(by_number.pupils.len(), 1);
    assert_eq!(by_number.pupils[0].id, pupil.id);

    // Another board's pupil is not found; a wildcard is not a wildcard.
    assert!(
        api.search_board_pupils("kind1b")
            .await
            .ok()
            .pupils
            .is_empty()
    );
    assert!(api.search_board_pupils("%_").await.ok().pupils.is_empty());
    api.search_board_pupils("k")
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);

    let viewed = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("board.pupil_viewed"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(viewed.len(), 2, "one entry per pupil shown");
    assert!(viewed.iter().all(|e| e.subject_id == Some(pupil.id)));
    assert_eq!(viewed[0].details["searched_by"], "name");
}

//! Staff who work at more than one school: a manager gives an account other schools of its
//! kind, the staff member's session works on one of them and switches, the refresh keeps the
//! choice, and taking a school away ends the account's sessions.

use std::collections::BTreeSet;

use overstap_api_types::{
    ErrorCode, InviteStaffRequest, PupilListQuery, RefreshRequest, Role, SchoolKind, SchoolRequest,
    StaffLanguage, StaffMemberResponse, UpdateStaffRequest,
};
use overstap_persistence::entities::audit_log;
use overstap_persistence::staff;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};

async fn staff_id(app: &TestApp, email: &str) -> Uuid {
    staff::find_by_email(&app.db, email)
        .await
        .unwrap()
        .expect("the account")
        .id
        .as_uuid()
}

fn keep(member: &StaffMemberResponse, other_school_ids: Option<Vec<Uuid>>) -> UpdateStaffRequest {
    UpdateStaffRequest {
        display_name: member.display_name.clone(),
        role: member.role,
        school_id: member.school_id,
        board_id: member.board_id,
        other_school_ids,
        language: member.language,
    }
}

/// The pupils a PO session sees in its school's list.
async fn listed_pupils(app: &TestApp, token: &str) -> BTreeSet<Uuid> {
    app.api(token)
        .list_pupils(&PupilListQuery::default())
        .await
        .ok()
        .pupils
        .into_iter()
        .map(|p| p.id)
        .collect()
}

fn field_codes(error: &overstap_api_types::ErrorResponse) -> Vec<(String, String)> {
    error
        .details
        .as_ref()
        .map(|d| {
            d.fields
                .iter()
                .map(|f| (f.field.clone(), f.code.clone()))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_teacher_at_two_schools_switches_between_them_and_loses_a_school_taken_away() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let manager = app.api(&coordinator);
    let second = manager
        .create_school(&SchoolRequest {
            kind: SchoolKind::Po,
            board_id: app.a.board_id.as_uuid(),
            code: "09ZZ".to_owned(),
            name: "De Tweede Locatie".to_owned(),
            town: "Amstelveen".to_owned(),
            contact_email: "info@tweede.example".to_owned(),
            contact_phone: "020 765 4321".to_owned(),
            website: None,
            priority_rule: None,
        })
        .await
        .ok();
    let own = app.a.po_school_id.as_uuid();
    let other_board = app.b.po_school_id.as_uuid();
    let teacher_id = staff_id(&app, &app.a.po_staff.username).await;
    let signed_in = app.sign_in(&app.a.po_staff).await;
    let before_me = app.api(&signed_in.access_token).get_me().await.ok();
    assert!(before_me.schools.is_empty(), "one school: no switcher");
    let teacher_member = manager
        .list_staff()
        .await
        .ok()
        .staff
        .into_iter()
        .find(|m| m.id == teacher_id)
        .unwrap();
    assert!(teacher_member.other_schools.is_empty());

    // Refused: a VO school for a PO teacher, other schools for a board admin; nothing changes.
    let refused = manager
        .update_staff(
            teacher_id,
            &keep(&teacher_member, Some(vec![app.a.vo_school_id.as_uuid()])),
        )
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(
        field_codes(&refused),
        [(
            "other_school_ids".to_owned(),
            "primary_school_required".to_owned()
        )]
    );
    let admin_id = staff_id(&app, &app.a.board_admin.username).await;
    let admin_member = manager
        .list_staff()
        .await
        .ok()
        .staff
        .into_iter()
        .find(|m| m.id == admin_id)
        .unwrap();
    let refused = manager
        .update_staff(admin_id, &keep(&admin_member, Some(vec![own])))
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(
        field_codes(&refused),
        [(
            "other_school_ids".to_owned(),
            "one_workplace_only".to_owned()
        )]
    );
    manager
        .update_staff(
            teacher_id,
            &keep(&teacher_member, Some(vec![Uuid::new_v4()])),
        )
        .await
        .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    assert!(
        staff::other_schools(
            &app.db,
            staff::find_by_email(&app.db, &app.a.po_staff.username)
                .await
                .unwrap()
                .unwrap()
                .id
        )
        .await
        .unwrap()
        .is_empty()
    );

    // The coordinator adds two schools (one of another board; the own school and repeats
    // drop out). Adding ends no session.
    let changed = manager
        .update_staff(
            teacher_id,
            &keep(
                &teacher_member,
                Some(vec![other_board, second.id, own, second.id]),
            ),
        )
        .await
        .ok();
    let names: Vec<&str> = changed
        .other_schools
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["De Tweede Locatie", "po school b"]);
    let token_a = signed_in.access_token.clone();
    let me = app.api(&token_a).get_me().await.ok();
    assert_eq!(me.school.as_ref().map(|s| s.id), Some(own));
    let listed: Vec<Uuid> = me.schools.iter().map(|s| s.id).collect();
    assert_eq!(listed, [own, second.id, other_board], "own school first");
    let a_pupils = listed_pupils(&app, &token_a).await;
    assert!(
        app.a
            .pupil_ids
            .iter()
            .all(|p| a_pupils.contains(&p.as_uuid()))
    );

    // Switching issues no token (a switch never lengthens a session): the session's refresh
    // answers tokens that work on school b and see b's pupils, not a's.
    app.api(&token_a).switch_school(other_board).await.ok();
    let me_still_a = app.api(&token_a).get_me().await.ok();
    assert_eq!(me_still_a.school.map(|s| s.id), Some(own));
    let refreshed = app
        .anonymous()
        .refresh_session(&RefreshRequest {
            refresh_token: signed_in.refresh_token.clone(),
        })
        .await
        .ok();
    let token_b = refreshed.access_token.clone();
    let me_b = app.api(&token_b).get_me().await.ok();
    assert_eq!(me_b.school.as_ref().map(|s| s.id), Some(other_board));
    let b_pupils = listed_pupils(&app, &token_b).await;
    assert!(
        app.b
            .pupil_ids
            .iter()
            .all(|p| b_pupils.contains(&p.as_uuid()))
    );
    assert!(a_pupils.is_disjoint(&b_pupils));
    // Every later refresh keeps the school the session chose.
    let again = app
        .anonymous()
        .refresh_session(&RefreshRequest {
            refresh_token: refreshed.refresh_token.clone(),
        })
        .await
        .ok();
    let me_refreshed = app.api(&again.access_token).get_me().await.ok();
    assert_eq!(me_refreshed.school.map(|s| s.id), Some(other_board));
    // Not a school of mine: 404; not PO or VO staff: 403.
    app.api(&token_b)
        .switch_school(app.a.vo_school_id.as_uuid())
        .await
        .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    manager
        .switch_school(own)
        .await
        .refused(StatusCode::FORBIDDEN, ErrorCode::Forbidden);

    // Board admin A may not give out board B's school, but may keep it on an account that
    // has it already (and its list shows it).
    let admin = app.access_token(&app.a.board_admin).await;
    let board_api = app.api(&admin);
    let invite = InviteStaffRequest {
        email: "invaller@a.example".to_owned(),
        display_name: "Meester Invaller".to_owned(),
        role: Role::PoStaff,
        school_id: Some(own),
        board_id: None,
        other_school_ids: vec![other_board],
        language: StaffLanguage::Nl,
    };
    board_api
        .invite_staff(&invite)
        .await
        .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    let invited = board_api
        .invite_staff(&InviteStaffRequest {
            other_school_ids: vec![second.id],
            ..invite
        })
        .await
        .ok();
    assert_eq!(invited.other_schools.len(), 1);
    let kept = board_api
        .update_staff(teacher_id, &keep(&changed, None))
        .await
        .ok();
    assert_eq!(kept.other_schools, changed.other_schools);
    app.api(&token_b).get_me().await.ok();

    // A board admin cannot take away a school outside the board (it stays, no session ends);
    // the coordinator can.
    let outside_kept = board_api
        .update_staff(teacher_id, &keep(&changed, Some(vec![second.id])))
        .await
        .ok();
    assert_eq!(outside_kept.other_schools, changed.other_schools);
    app.api(&token_b).get_me().await.ok();
    // Taking a school away ends the teacher's sessions: the next request is 401, and a new
    // sign-in cannot work on the school any more.
    let taken = manager
        .update_staff(teacher_id, &keep(&changed, Some(vec![second.id])))
        .await
        .ok();
    assert_eq!(taken.other_schools.len(), 1);
    app.api(&token_b)
        .get_me()
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    let again = app.access_token(&app.a.po_staff).await;
    app.api(&again)
        .switch_school(other_board)
        .await
        .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    app.api(&again).switch_school(second.id).await.ok();

    // The changes are audited with the schools (the clock stands still: found by content).
    let updates: Vec<serde_json::Value> = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("staff.updated"))
        .filter(audit_log::Column::SubjectId.eq(teacher_id))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|entry| entry.details)
        .collect();
    assert_eq!(updates.len(), 4, "{updates:?}");
    let ended: Vec<_> = updates
        .iter()
        .filter(|d| d["sessions_ended"] == serde_json::json!(true))
        .collect();
    assert_eq!(ended.len(), 1, "only taking a school away ends sessions");
    assert_eq!(ended[0]["other_schools"], serde_json::json!([second.id]));
}

//! Staff accounts made in the product: invitations with single-use links, the managed list,
//! role and workplace changes, deactivation, and the staff's own password reset.

use overstap_api_types::{
    ErrorCode, InviteStaffRequest, Role, StaffAccountState, StaffLanguage, StaffSignInRequest,
    UpdateStaffRequest,
};
use overstap_persistence::entities::audit_log;
use overstap_persistence::staff;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;
use uuid::Uuid;

use crate::helpers::{PASSWORD, TestApp, spawn_app};
use crate::parent_support::token_in;

const NEW_PASSWORD: &str = "zeven-wolken-boven-amstelveen";

fn invite(
    email: &str,
    role: Role,
    school: Option<Uuid>,
    board: Option<Uuid>,
) -> InviteStaffRequest {
    InviteStaffRequest {
        email: email.to_owned(),
        display_name: "Juf Anna".to_owned(),
        role,
        school_id: school,
        board_id: board,
        other_school_ids: vec![],
        language: StaffLanguage::Nl,
    }
}

fn sign_in(email: &str, password: &str) -> StaffSignInRequest {
    StaffSignInRequest {
        email: email.to_owned(),
        password: password.to_owned(),
        one_time_password: None,
        recovery_code: None,
    }
}

/// The token of the latest e-mail to `email` (delivered now, as the outbox worker would).
async fn latest_token(app: &TestApp, email: &str) -> String {
    let mails = app.outbox_to(email).await;
    token_in(&mails.last().expect("an e-mail").body_text)
}

/// `(field, code)` of each refused field.
fn fields(error: &overstap_api_types::ErrorResponse) -> Vec<(String, String)> {
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

async fn staff_id(app: &TestApp, email: &str) -> Uuid {
    staff::find_by_email(&app.db, email)
        .await
        .unwrap()
        .expect("the account")
        .id
        .as_uuid()
}

async fn audited(app: &TestApp, action: &str) -> usize {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .all(&app.db)
        .await
        .unwrap()
        .len()
}

#[tokio::test]
async fn a_coordinator_invites_a_teacher_who_chooses_a_password_and_signs_in() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let email = "anna@regenboog.example";
    let invited = app
        .api(&coordinator)
        .invite_staff(&invite(
            email,
            Role::PoStaff,
            Some(app.a.po_school_id.as_uuid()),
            None,
        ))
        .await
        .ok();
    assert_eq!(invited.state, StaffAccountState::Invited);
    assert_eq!(invited.school_name.as_deref(), Some("po school a"));
    // Not before the e-mail goes out does the link have an expiry (or a token).
    assert_eq!(invited.invitation_expires_at, None);
    // Without a password nobody signs in to the account.
    app.anonymous()
        .sign_in_staff(&sign_in(email, ""))
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);

    let mails = app.outbox_to(email).await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].subject, "Uitnodiging voor Overstap (Amstelland)");
    assert!(mails[0].body_text.contains("Coördinator heeft een account"));
    assert!(mails[0].body_text.contains("/uitnodiging?token="));
    let token = token_in(&mails[0].body_text);

    let preview = app.anonymous().preview_invitation(&token).await.ok();
    assert_eq!(preview.email, email);
    assert_eq!(preview.role, Role::PoStaff);
    assert_eq!(preview.school_name.as_deref(), Some("po school a"));
    assert_eq!(preview.region_name, "Amstelland");
    let listed = app.api(&coordinator).list_staff().await.ok();
    let row = listed.staff.iter().find(|s| s.email == email).unwrap();
    assert_eq!(
        row.invitation_expires_at.as_deref(),
        Some(preview.expires_at.as_str())
    );

    // The staff password rules hold; a refused password leaves the link working.
    let weak = app
        .anonymous()
        .accept_invitation(&token, "anna")
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(fields(&weak)[0].0, "password");
    app.anonymous()
        .accept_invitation(&token, NEW_PASSWORD)
        .await
        .ok();
    app.anonymous()
        .accept_invitation(&token, NEW_PASSWORD)
        .await
        .refused(StatusCode::GONE, ErrorCode::InvitationUsed);

    let tokens = app
        .anonymous()
        .sign_in_staff(&sign_in(email, NEW_PASSWORD))
        .await
        .ok();
    let me = app.api(&tokens.access_token).get_me().await.ok();
    assert_eq!(me.role, Role::PoStaff);
    assert_eq!(me.display_name, "Juf Anna");
    assert_eq!(me.school.unwrap().id, app.a.po_school_id.as_uuid());
    let listed = app.api(&coordinator).list_staff().await.ok();
    let row = listed.staff.iter().find(|s| s.email == email).unwrap();
    assert_eq!(row.state, StaffAccountState::Active);
    assert_eq!(row.invitation_expires_at, None);
    assert_eq!(audited(&app, "staff.invited").await, 1);
    assert_eq!(audited(&app, "staff.invitation_accepted").await, 1);
}

#[tokio::test]
async fn a_superseded_an_expired_and_an_unknown_invitation_are_each_refused_with_their_code() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let email = "piet@vo.example";
    let invited = app
        .api(&coordinator)
        .invite_staff(&invite(
            email,
            Role::VoStaff,
            Some(app.a.vo_school_id.as_uuid()),
            None,
        ))
        .await
        .ok();
    let first = latest_token(&app, email).await;
    app.api(&coordinator)
        .resend_invitation(invited.id)
        .await
        .ok();
    let second = latest_token(&app, email).await;
    assert_ne!(first, second);
    app.anonymous()
        .preview_invitation(&first)
        .await
        .refused(StatusCode::GONE, ErrorCode::InvitationSuperseded);
    app.anonymous()
        .accept_invitation(&first, NEW_PASSWORD)
        .await
        .refused(StatusCode::GONE, ErrorCode::InvitationSuperseded);
    app.anonymous().preview_invitation(&second).await.ok();
    app.anonymous()
        .preview_invitation("not-a-token")
        .await
        .refused(StatusCode::GONE, ErrorCode::InvalidLink);

    app.clock.set(app.clock.now() + time::Duration::days(7));
    app.anonymous()
        .accept_invitation(&second, NEW_PASSWORD)
        .await
        .refused(StatusCode::GONE, ErrorCode::InvitationExpired);
    // A new invitation works again; once the password is chosen there is nothing to resend.
    let coordinator = app.access_token(&app.coordinator).await;
    app.api(&coordinator)
        .resend_invitation(invited.id)
        .await
        .ok();
    let third = latest_token(&app, email).await;
    app.anonymous()
        .accept_invitation(&third, NEW_PASSWORD)
        .await
        .ok();
    app.api(&coordinator)
        .resend_invitation(invited.id)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::Conflict);
    assert_eq!(audited(&app, "staff.invitation_resent").await, 2);
}

#[tokio::test]
async fn a_deactivated_account_is_refused_on_its_next_request_and_works_again_once_reactivated() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let teacher = app.access_token(&app.a.po_staff).await;
    let id = staff_id(&app, &app.a.po_staff.username).await;
    app.api(&teacher).get_me().await.ok();

    let off = app.api(&coordinator).set_staff_active(id, false).await.ok();
    assert_eq!(off.state, StaffAccountState::Deactivated);
    app.api(&teacher)
        .get_me()
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    app.anonymous()
        .sign_in_staff(&sign_in(&app.a.po_staff.username, PASSWORD))
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);

    let on = app.api(&coordinator).set_staff_active(id, true).await.ok();
    assert_eq!(on.state, StaffAccountState::Active);
    let again = app.access_token(&app.a.po_staff).await;
    app.api(&again).get_me().await.ok();
    assert_eq!(audited(&app, "staff.deactivated").await, 1);
    assert_eq!(audited(&app, "staff.reactivated").await, 1);

    // Nobody deactivates themselves.
    let own = staff_id(&app, &app.coordinator.username).await;
    app.api(&coordinator)
        .set_staff_active(own, false)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::Conflict);
}

#[tokio::test]
async fn a_changed_role_or_school_ends_the_sessions_and_applies_at_the_next_sign_in() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let teacher = app.access_token(&app.a.po_staff).await;
    let id = staff_id(&app, &app.a.po_staff.username).await;
    let moved = app
        .api(&coordinator)
        .update_staff(
            id,
            &UpdateStaffRequest {
                display_name: "Meester Bas".to_owned(),
                role: Role::PoStaff,
                school_id: Some(app.b.po_school_id.as_uuid()),
                board_id: None,
                other_school_ids: None,
                language: StaffLanguage::En,
            },
        )
        .await
        .ok();
    assert_eq!(moved.school_id, Some(app.b.po_school_id.as_uuid()));
    assert_eq!(moved.language, StaffLanguage::En);
    app.api(&teacher)
        .get_me()
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    let again = app.access_token(&app.a.po_staff).await;
    let me = app.api(&again).get_me().await.ok();
    assert_eq!(me.school.unwrap().id, app.b.po_school_id.as_uuid());
    assert_eq!(me.display_name, "Meester Bas");

    // A PO teacher at a secondary school, or a coordinator at a school, is refused by field.
    let wrong = app
        .api(&coordinator)
        .update_staff(
            id,
            &UpdateStaffRequest {
                display_name: "Meester Bas".to_owned(),
                role: Role::PoStaff,
                school_id: Some(app.b.vo_school_id.as_uuid()),
                board_id: None,
                other_school_ids: None,
                language: StaffLanguage::Nl,
            },
        )
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(
        fields(&wrong),
        [("school_id".to_owned(), "primary_school_required".to_owned())]
    );
    let region_wide = app
        .api(&coordinator)
        .invite_staff(&invite(
            "c2@example.org",
            Role::Coordinator,
            Some(app.a.po_school_id.as_uuid()),
            None,
        ))
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(fields(&region_wide)[0].1, "region_wide_role");
}

#[tokio::test]
async fn a_board_admin_manages_the_staff_of_the_boards_schools_and_nobody_else() {
    let app = spawn_app().await;
    let admin = app.access_token(&app.a.board_admin).await;
    let api = app.api(&admin);

    // Another board's school is out of reach; coordinators and board admins are not theirs to make.
    api.invite_staff(&invite(
        "x@b.example",
        Role::PoStaff,
        Some(app.b.po_school_id.as_uuid()),
        None,
    ))
    .await
    .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    api.invite_staff(&invite("c@a.example", Role::Coordinator, None, None))
        .await
        .refused(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    api.invite_staff(&invite(
        "b@a.example",
        Role::BoardAdmin,
        None,
        Some(app.a.board_id.as_uuid()),
    ))
    .await
    .refused(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    let second = api
        .invite_staff(&invite(
            "tweede@a.example",
            Role::PoStaff,
            Some(app.a.po_school_id.as_uuid()),
            None,
        ))
        .await
        .ok();
    assert_eq!(second.state, StaffAccountState::Invited);
    api.invite_staff(&invite(
        "TWEEDE@a.example",
        Role::VoStaff,
        Some(app.a.vo_school_id.as_uuid()),
        None,
    ))
    .await
    .refused(StatusCode::CONFLICT, ErrorCode::EmailTaken);

    let listed = api.list_staff().await.ok();
    let own_schools = [app.a.po_school_id.as_uuid(), app.a.vo_school_id.as_uuid()];
    assert!(listed.staff.len() >= 3, "{listed:?}");
    for member in &listed.staff {
        assert!(
            own_schools.contains(&member.school_id.unwrap()),
            "{member:?}"
        );
        assert!(matches!(member.role, Role::PoStaff | Role::VoStaff));
    }
    let foreign = staff_id(&app, &app.b.po_staff.username).await;
    api.set_staff_active(foreign, false)
        .await
        .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    let coordinator = staff_id(&app, &app.coordinator.username).await;
    api.set_staff_active(coordinator, false)
        .await
        .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    // Each refusal changed nothing.
    assert_eq!(audited(&app, "staff.invited").await, 1);
    assert_eq!(audited(&app, "staff.deactivated").await, 0);
}

#[tokio::test]
async fn an_unknown_role_is_a_422_and_a_parent_never_gets_a_staff_account() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    // Deliberately raw: a role outside the contract's enum.
    let response = app
        .client
        .post(app.url("/api/v1/staff"))
        .bearer_auth(&coordinator)
        .json(&json!({
            "email": "x@example.org", "display_name": "X", "role": "teacher",
            "school_id": app.a.po_school_id.as_uuid(),
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: overstap_api_types::ErrorResponse = response.json().await.unwrap();
    assert_eq!(body.code, ErrorCode::InvalidInput);
    let parent = app
        .api(&coordinator)
        .invite_staff(&invite("ouder@example.org", Role::Parent, None, None))
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(fields(&parent)[0].1, "not_a_staff_role");
    assert_eq!(audited(&app, "staff.invited").await, 0);
}

#[tokio::test]
async fn a_staff_member_resets_a_forgotten_password_and_every_session_ends() {
    let app = spawn_app().await;
    let email = app.a.vo_staff.username.clone();
    let before = app.access_token(&app.a.vo_staff).await;
    app.anonymous()
        .request_staff_password_reset(&email)
        .await
        .ok();
    // An unknown address gets the same answer and no e-mail.
    app.anonymous()
        .request_staff_password_reset("niemand@example.org")
        .await
        .ok();
    let mails = app.outbox_to(&email).await;
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0]
            .body_text
            .contains("/inloggen/school/nieuw-wachtwoord?token=")
    );
    assert!(app.outbox_to("niemand@example.org").await.is_empty());
    let token = token_in(&mails[0].body_text);
    // A reset link is not an invitation.
    app.anonymous()
        .accept_invitation(&token, NEW_PASSWORD)
        .await
        .refused(StatusCode::GONE, ErrorCode::InvalidLink);
    app.anonymous()
        .complete_staff_password_reset(&token, NEW_PASSWORD)
        .await
        .ok();
    app.anonymous()
        .complete_staff_password_reset(&token, NEW_PASSWORD)
        .await
        .refused(StatusCode::GONE, ErrorCode::InvalidLink);
    app.api(&before)
        .get_me()
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    app.anonymous()
        .sign_in_staff(&sign_in(&email, PASSWORD))
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    app.anonymous()
        .sign_in_staff(&sign_in(&email, NEW_PASSWORD))
        .await
        .ok();
    assert_eq!(audited(&app, "staff.password_reset").await, 1);
}

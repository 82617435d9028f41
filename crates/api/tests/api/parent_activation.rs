//! Activation from the e-mailed link, sign-in with the new password, and password reset.

use overstap_api_types::{
    ActivationPreviewRequest, ErrorCode, ParentSignInRequest, PasswordResetCompleteRequest,
    PasswordResetRequest, PortalLanguage, RefreshRequest, RegistrationStatus, SendLoginRequest,
};
use reqwest::StatusCode;
use time::macros::datetime;

use crate::client::field_codes;
use crate::helpers::{TestApp, spawn_app};
use crate::parent_support::{
    NEW_PASSWORD, activate_request, activated_parent, parent_sign_in, send_login, token_in,
};

fn preview_of(token: &str) -> ActivationPreviewRequest {
    ActivationPreviewRequest {
        token: token.to_owned(),
    }
}

fn reset_of(elk_number: &str) -> PasswordResetRequest {
    PasswordResetRequest {
        elk_number: elk_number.to_owned(),
    }
}

fn complete(token: &str, password: &str) -> PasswordResetCompleteRequest {
    PasswordResetCompleteRequest {
        token: token.to_owned(),
        password: password.to_owned(),
    }
}

async fn sign_in_status(app: &TestApp, elk: &str, password: &str) -> StatusCode {
    app.anonymous()
        .sign_in_parent(&ParentSignInRequest {
            elk_number: elk.to_owned(),
            password: password.to_owned(),
        })
        .await
        .status()
}

#[tokio::test]
async fn the_link_shows_the_child_then_activates_once_with_a_good_password() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[1];
    let token = send_login(&app, pupil, "ouder1@a.example").await;
    let anonymous = app.anonymous();

    let preview = anonymous.preview_activation(&preview_of(&token)).await.ok();
    assert_eq!(preview.child_first_name, "Kind1A");
    assert_eq!(preview.elk_number.len(), 10);

    for (password, code) in [
        ("kort", "too_short"),
        ("password123", "too_common"),
        (preview.elk_number.as_str(), "too_common"),
        (&"x9!".repeat(22), "too_long"),
    ] {
        let error = anonymous
            .activate(&activate_request(&token, password))
            .await
            .refusal(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(error.details.as_ref().unwrap().fields[0].field, "password");
        assert_eq!(field_codes(&error), vec![code], "{password}");
    }

    let mut chosen = activate_request(&token, NEW_PASSWORD);
    chosen.language = Some(PortalLanguage::Tr);
    let tokens = anonymous.activate(&chosen).await.ok();
    let child = app.api(&tokens.access_token).get_child().await.ok();
    assert_eq!(
        child.status,
        RegistrationStatus::Groen,
        "activation turns the dot green"
    );
    assert_eq!(
        child.language,
        PortalLanguage::Tr,
        "the language chosen is remembered"
    );
    assert_eq!(child.primary_school.phone, "020 000 00 00");

    // The link works once.
    anonymous
        .preview_activation(&preview_of(&token))
        .await
        .refused(StatusCode::GONE, ErrorCode::InvalidLink);
    anonymous
        .activate(&activate_request(&token, NEW_PASSWORD))
        .await
        .refused(StatusCode::GONE, ErrorCode::InvalidLink);

    // The ELK number and the new password sign in.
    parent_sign_in(&app, &child.elk_number, NEW_PASSWORD).await;
}

#[tokio::test]
async fn unknown_replaced_and_expired_links_are_refused_with_invalid_link() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[1];
    let first = send_login(&app, pupil, "ouder1@a.example").await;
    let second = send_login(&app, pupil, "ouder1@a.example").await;
    for token in ["not-a-token", first.as_str()] {
        let error = app
            .anonymous()
            .preview_activation(&preview_of(token))
            .await
            .refused(StatusCode::GONE, ErrorCode::InvalidLink);
        assert!(error.message.contains("primary school"), "{token}");
    }
    // The newest link expires when the registration week closes.
    app.clock.set(datetime!(2026-04-01 00:00 +02:00));
    let response = app
        .anonymous()
        .activate(&activate_request(&second, NEW_PASSWORD))
        .await;
    assert_eq!(response.status(), StatusCode::GONE);
}

#[tokio::test]
async fn a_password_reset_goes_to_the_address_on_file_works_once_and_ends_sessions() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[1];
    let (_, elk) = activated_parent(&app, pupil, "ouder1@a.example").await;
    let signed_in = parent_sign_in(&app, &elk, NEW_PASSWORD).await;
    let anonymous = app.anonymous();

    // An unknown number gets the same answer; its request is dropped at delivery.
    anonymous
        .request_password_reset(&reset_of("0000000000"))
        .await
        .ok();
    anonymous.request_password_reset(&reset_of(&elk)).await.ok();
    let mails = app.outbox_to("ouder1@a.example").await;
    let reset = mails.last().unwrap();
    assert!(reset.body_text.contains("/wachtwoord-herstellen?token="));
    let token = token_in(&reset.body_text);

    let weak = anonymous
        .complete_password_reset(&complete(&token, "12345678"))
        .await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    anonymous
        .complete_password_reset(&complete(&token, "nieuwe fiets met drie wielen"))
        .await
        .ok();
    let again = anonymous
        .complete_password_reset(&complete(&token, "nog een heel ander wachtwoord"))
        .await;
    assert_eq!(again.status(), StatusCode::GONE);

    assert_eq!(
        sign_in_status(&app, &elk, NEW_PASSWORD).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in_status(&app, &elk, "nieuwe fiets met drie wielen").await,
        StatusCode::OK
    );
    let refresh = anonymous
        .refresh_session(&RefreshRequest {
            refresh_token: signed_in.refresh_token,
        })
        .await;
    assert_eq!(
        refresh.status(),
        StatusCode::UNAUTHORIZED,
        "earlier sessions end"
    );
}

/// Tried as an attacker with a teacher's account would: a refused send to a new address must
/// not save that address, so a later password reset still goes to the parent.
#[tokio::test]
async fn a_refused_send_login_to_another_address_changes_nothing() {
    let app = spawn_app().await;
    let pupil = app.a.pupil_ids[1];
    let (_, elk) = activated_parent(&app, pupil, "ouder1@a.example").await;
    let teacher = app.access_token(&app.a.po_staff).await;
    let school = app.api(&teacher);
    school
        .send_login(
            pupil,
            &SendLoginRequest {
                parent_email: Some("aanvaller@evil.example".to_owned()),
            },
        )
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::NotAllowedInStatus);

    let record = school.get_pupil(pupil).await.ok();
    assert_eq!(record.parent_email, "ouder1@a.example");

    app.anonymous()
        .request_password_reset(&reset_of(&elk))
        .await
        .ok();
    assert!(app.outbox_to("aanvaller@evil.example").await.is_empty());
    let mails = app.outbox_to("ouder1@a.example").await;
    assert!(
        mails
            .last()
            .is_some_and(|m| m.body_text.contains("/wachtwoord-herstellen?token=")),
        "the reset goes to the parent's own address"
    );
}

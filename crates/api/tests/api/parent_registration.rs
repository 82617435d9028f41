//! The preference list: drafts with optimistic concurrency, the rules per code, an idempotent
//! confirmation with its e-mail, withdrawal, twins, the week's window and the result page.

use overstap_api_types::{
    ErrorCode, LanguageRequest, ListEntryBody, PortalLanguage, PriorityClaimBody, PriorityRuleKind,
    RegistrationStatus, ResultState, RevisionRequest, SignOutRequest, Submitted,
};
use overstap_persistence::preference_entries;
use overstap_persistence::registrations;
use reqwest::StatusCode;
use serde_json::json;
use time::macros::datetime;

use crate::client::{facts, field_codes};
use crate::helpers::spawn_app;
use crate::parent_support::{
    NEW_PASSWORD, activated_parent, draft, offer, parent_sign_in, sibling_claim,
};

#[tokio::test]
async fn a_havo_parent_builds_confirms_withdraws_and_confirms_again() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let pupil = app.a.pupil_ids[1];
    let (token, _) = activated_parent(&app, pupil, "ouder1@a.example").await;
    let parent = app.api(&token);

    let programmes = parent.get_programmes().await.ok();
    let ids: Vec<_> = programmes.programmes.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), 6, "the six havo programmes, not the vmbo one");
    assert!(!ids.contains(&offer.vmbo));

    let registration = app.registration(&token).await;
    assert_eq!(registration.status, RegistrationStatus::Groen);
    assert_eq!(registration.min_distinct_schools, 5);
    assert!(registration.editable);
    assert_eq!(
        registration.week.last_moment_text,
        "dinsdag 31 maart 2026 om 23:59"
    );

    let sibling = sibling_claim("Daan", "2B");
    let saved = app
        .save_list(&token, &offer.havo[..5], Some(sibling))
        .await
        .ok();
    assert_eq!(saved.status, RegistrationStatus::Ag);
    assert_eq!(saved.distinct_schools, 5);
    assert_eq!(
        saved.entries[0]
            .priority_claim
            .as_ref()
            .unwrap()
            .sibling_name
            .as_deref(),
        Some("Daan")
    );

    // A second tab still holding the first revision is refused; nothing is overwritten.
    let stale = parent
        .save_draft(&draft(registration.revision, &offer.havo[5..6], None))
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::StaleRevision);
    assert_eq!(facts(&stale)["current_revision"], json!(saved.revision));
    assert_eq!(app.registration(&token).await.entries.len(), 5);

    // Confirm needs an Idempotency-Key; a retry with the same key changes and sends nothing.
    let no_key = parent
        .confirm_registration(&RevisionRequest {
            revision: saved.revision,
        })
        .await;
    assert_eq!(no_key.status(), StatusCode::BAD_REQUEST);
    let confirmed = app.confirm(&token, "key-1", saved.revision).await.ok();
    assert_eq!(confirmed.status, RegistrationStatus::Av);
    let retried = app.confirm(&token, "key-1", saved.revision).await.ok();
    assert_eq!(retried.revision, confirmed.revision);
    let mails = app.outbox_to("ouder1@a.example").await;
    let confirmations: Vec<_> = mails
        .iter()
        .filter(|m| m.body_text.contains("Daan"))
        .collect();
    assert_eq!(
        confirmations.len(),
        1,
        "one confirmation e-mail, also after a retry"
    );
    let text = &confirmations[0].body_text;
    let first = text.find("havo a").unwrap();
    let second = text.find("havo b").unwrap();
    assert!(first < second, "the programmes in their order");
    let stored = registrations::find_for_pupil(&app.db, pupil)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        preference_entries::programmes(&app.db, stored.registration.id())
            .await
            .unwrap(),
        offer.havo[..5].to_vec()
    );

    // Withdraw keeps the list as a draft; reorder and confirm again.
    let withdrawn = parent
        .withdraw_registration(&RevisionRequest {
            revision: confirmed.revision,
        })
        .await
        .ok();
    assert_eq!(withdrawn.status, RegistrationStatus::Ag);
    assert_eq!(withdrawn.entries.len(), 5);
    // A late replay of the first confirm (key-1) now does not look like a fresh confirmation:
    // the registration is no longer confirmed, so it is a 409 and changes nothing.
    let replayed = app
        .confirm(&token, "key-1", saved.revision)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::Conflict);
    assert_eq!(facts(&replayed)["status"], "AG");
    assert_eq!(
        app.registration(&token).await.status,
        RegistrationStatus::Ag
    );
    assert!(
        preference_entries::programmes(&app.db, stored.registration.id())
            .await
            .unwrap()
            .is_empty(),
        "a withdrawn list no longer counts"
    );
    let reordered: Vec<_> = offer.havo[..5].iter().rev().copied().collect();
    app.save_list(&token, &reordered, None).await.ok();
    let revision = app.registration(&token).await.revision;
    let again = app.confirm(&token, "key-2", revision).await.ok();
    assert_eq!(again.status, RegistrationStatus::Av);
    assert_eq!(again.entries[0].programme.id, offer.havo[4]);

    // The primary school's board counts the pupil as AV.
    let staff = app.access_token(&app.a.po_staff).await;
    let board = app.api(&staff).get_status_board().await.ok();
    let on_board = board
        .classes
        .iter()
        .flat_map(|class| &class.pupils)
        .find(|p| p.id == pupil.as_uuid())
        .unwrap();
    assert_eq!(on_board.status, RegistrationStatus::Av);
    assert_eq!(board.counts.av, 1);
}

#[tokio::test]
async fn every_broken_rule_has_its_own_code() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (token, _) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    let claim = |kind: Submitted<PriorityRuleKind>| PriorityClaimBody {
        kind,
        sibling_name: None,
        sibling_class: None,
    };

    let cases = [
        (vec![offer.havo[0], offer.vmbo], None, "not_eligible"),
        (vec![offer.havo[0], offer.havo[0]], None, "duplicate"),
        (vec![uuid::Uuid::new_v4()], None, "unknown_programme"),
        (
            vec![offer.havo[2], offer.havo[0]],
            Some(sibling_claim("Daan", "2B")),
            "priority_rule_not_offered",
        ),
        (
            vec![offer.havo[0]],
            Some(claim(PriorityRuleKind::Hardship.into())),
            "priority_rule_not_in_region",
        ),
        (
            vec![offer.havo[0]],
            Some(claim(Submitted::Unknown("nonsense".to_owned()))),
            "unknown_priority_rule",
        ),
    ];
    for (programmes, claim, code) in cases {
        let refused = app
            .save_list(&token, &programmes, claim)
            .await
            .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
        assert!(
            field_codes(&refused).contains(&code.to_owned()),
            "{code}: {refused:?}"
        );
    }
    // Priority on a later choice.
    let revision = app.registration(&token).await.revision;
    let mut later = draft(revision, &[offer.havo[1], offer.havo[0]], None);
    later.entries[1] = ListEntryBody {
        programme_id: offer.havo[0],
        priority_claim: Some(sibling_claim("Daan", "2B")),
    };
    let later = app
        .api(&token)
        .save_draft(&later)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(field_codes(&later), vec!["priority_not_at_first_choice"]);
    assert_eq!(
        later.details.unwrap().fields[0].field,
        "entries[1].priority_claim"
    );

    // A short list and a sibling claim without details are fine as a draft, not to confirm.
    let short = app
        .save_list(
            &token,
            &offer.havo[..3],
            Some(claim(PriorityRuleKind::Sibling.into())),
        )
        .await
        .ok();
    let refused = app
        .confirm(&token, "k", short.revision)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    let mut codes = field_codes(&refused);
    codes.sort();
    assert_eq!(
        codes,
        vec!["sibling_class_missing", "sibling_name_missing", "too_short"]
    );
    assert_eq!(
        app.registration(&token).await.status,
        RegistrationStatus::Ag,
        "nothing confirmed"
    );
    // The refused attempt did not use up its key.
    let five = app.save_list(&token, &offer.havo[..5], None).await.ok();
    app.confirm(&token, "k", five.revision).await.ok();
}

#[tokio::test]
async fn outside_the_week_every_change_is_refused_with_the_week_s_dates() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (_, elk) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    app.clock.set(datetime!(2026-04-01 09:00 +02:00));
    let token = parent_sign_in(&app, &elk, NEW_PASSWORD).await.access_token;
    let refused = app
        .save_list(&token, &offer.havo[..5], None)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::WindowClosed);
    assert_eq!(
        facts(&refused)["closes_at_display"],
        "dinsdag 31 maart 2026 om 23:59"
    );
    assert_eq!(
        facts(&refused)["opens_at_display"],
        "woensdag 25 maart 2026 om 00:00"
    );
    let registration = app.registration(&token).await;
    assert!(!registration.editable);
    assert!(registration.week_closed);
}

#[tokio::test]
async fn the_twin_button_keeps_both_lists_identical() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (one, two) = (app.a.pupil_ids[1], app.a.pupil_ids[2]);
    app.correct_pupil(one, |body| body.twin_pupil_id = Some(two.as_uuid()))
        .await
        .ok();
    let (token, _) = activated_parent(&app, one, "ouder1@a.example").await;
    let (twin_token, _) = activated_parent(&app, two, "ouder2@a.example").await;

    let registration = app.registration(&token).await;
    let twin = registration.twin.unwrap();
    assert_eq!(twin.first_name, "Kind2A");
    assert!(!twin.linked);
    let mut linking = draft(registration.revision, &offer.havo[..5], None);
    linking.link_twin = true;
    let saved = app.api(&token).save_draft(&linking).await.ok();
    assert!(saved.twin.as_ref().unwrap().linked);
    let twin = app.registration(&twin_token).await;
    assert_eq!(twin.status, RegistrationStatus::Ag);
    assert_eq!(twin.entries, saved.entries, "the twin's list follows");

    // A later save need not repeat `link_twin`: the link holds and the twin follows again,
    // whichever of the two parents saves.
    let reordered: Vec<_> = offer.havo[..5].iter().rev().copied().collect();
    let saved = app
        .api(&token)
        .save_draft(&draft(saved.revision, &reordered, None))
        .await
        .ok();
    assert!(saved.twin.as_ref().unwrap().linked, "still linked");
    let twin = app.registration(&twin_token).await;
    assert_eq!(
        twin.entries, saved.entries,
        "the twin's list follows the reorder"
    );
    assert!(twin.twin.as_ref().unwrap().linked);
    let from_twin = app
        .api(&twin_token)
        .save_draft(&draft(twin.revision, &offer.havo[..4], None))
        .await
        .ok();
    let mine = app.registration(&token).await;
    assert_eq!(mine.entries, from_twin.entries, "and the other way round");
}

#[tokio::test]
async fn the_result_says_when_it_comes_until_publication() {
    let app = spawn_app().await;
    let (token, _) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    let result = app.api(&token).get_result().await.ok();
    assert_eq!(result.state, ResultState::NotYet);
    assert_eq!(result.publication_text, "woensdag 15 april 2026 om 16:00");
    assert!(result.placed.is_none());
}

#[tokio::test]
async fn the_confirmation_e_mail_is_in_the_language_the_parent_chose() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (token, _) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    app.api(&token)
        .put_language(&LanguageRequest {
            language: PortalLanguage::Ar,
        })
        .await
        .ok();
    let saved = app.save_list(&token, &offer.havo[..5], None).await.ok();
    app.confirm(&token, "ar-1", saved.revision).await.ok();
    let mails = app.outbox_to("ouder1@a.example").await;
    let html = &mails.last().unwrap().body_html;
    assert!(
        html.contains("dir=\"rtl\"") && html.contains("lang=\"ar\""),
        "{html}"
    );
}

#[tokio::test]
async fn a_signed_out_parent_session_is_refused_on_every_parent_page_at_once() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (other_session, elk) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    let signed_in = parent_sign_in(&app, &elk, NEW_PASSWORD).await;
    let token = signed_in.access_token;
    let revision = app.registration(&token).await.revision;

    app.anonymous()
        .sign_out(&SignOutRequest {
            refresh_token: signed_in.refresh_token,
        })
        .await
        .ok();

    // The access token has not expired, but its session has ended: the very next request of
    // every kind is 401, and nothing is written.
    let parent = app.api(&token);
    parent
        .get_registration()
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    parent
        .get_child()
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    parent
        .get_programmes()
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    parent
        .get_result()
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    let saved = parent
        .save_draft(&draft(revision, &offer.havo[..5], None))
        .await;
    assert_eq!(saved.status(), StatusCode::UNAUTHORIZED);
    let confirm = app.confirm(&token, "after-sign-out", revision).await;
    assert_eq!(confirm.status(), StatusCode::UNAUTHORIZED);
    let withdraw = parent
        .withdraw_registration(&RevisionRequest { revision })
        .await;
    assert_eq!(withdraw.status(), StatusCode::UNAUTHORIZED);

    // The parent's other session (from the activation) is untouched, and so is the list.
    let registration = app.registration(&other_session).await;
    assert_eq!(registration.revision, revision);
    assert_eq!(registration.status, RegistrationStatus::Groen);
}

#[tokio::test]
async fn another_role_on_a_parent_page_is_forbidden_and_a_signed_out_one_unauthenticated() {
    let app = spawn_app().await;
    let signed_in = app.sign_in(&app.a.po_staff).await;
    let staff = app.api(&signed_in.access_token);
    let forbidden = staff.get_registration().await;
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);
    app.anonymous()
        .sign_out(&SignOutRequest {
            refresh_token: signed_in.refresh_token.clone(),
        })
        .await
        .ok();
    let refused = staff.get_registration().await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
}

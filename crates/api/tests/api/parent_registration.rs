//! The preference list: drafts with optimistic concurrency, the rules per code, an idempotent
//! confirmation with its e-mail, withdrawal, twins, the week's window and the result page.

use overstap_domain::RegistrationStatus;
use overstap_persistence::preference_entries;
use overstap_persistence::registrations;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use time::macros::datetime;

use crate::helpers::spawn_app;
use crate::parent_support::{NEW_PASSWORD, activated_parent, field_codes, offer};

#[tokio::test]
async fn a_havo_parent_builds_confirms_withdraws_and_confirms_again() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let pupil = app.a.pupil_ids[1];
    let (token, _) = activated_parent(&app, pupil, "ouder1@a.example").await;

    let programmes: Value = app
        .get_as("/api/v1/parent/programmes", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    let ids: Vec<&str> = programmes["programmes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 6, "the six havo programmes, not the vmbo one");
    assert!(!ids.contains(&offer.vmbo.to_string().as_str()));

    let registration = app.registration(&token).await;
    assert_eq!(registration["status"], "groen");
    assert_eq!(registration["min_distinct_schools"], 5);
    assert_eq!(registration["editable"], true);
    assert_eq!(
        registration["week"]["last_moment_text"],
        "dinsdag 31 maart 2026 om 23:59"
    );

    let sibling = json!({ "kind": "sibling", "sibling_name": "Daan", "sibling_class": "2B" });
    let saved = app.save_list(&token, &offer.havo[..5], Some(sibling)).await;
    assert_eq!(saved.status(), StatusCode::OK);
    let saved: Value = saved.json().await.unwrap();
    assert_eq!(saved["status"], "AG");
    assert_eq!(saved["distinct_schools"], 5);
    assert_eq!(
        saved["entries"][0]["priority_claim"]["sibling_name"],
        "Daan"
    );

    // A second tab still holding the first revision is refused; nothing is overwritten.
    let stale = app
        .call(
            Method::PUT,
            "/api/v1/parent/registration/draft",
            Some(&token),
            Some(&json!({ "revision": registration["revision"], "entries": [{ "programme_id": offer.havo[5] }] })),
        )
        .await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    let stale: Value = stale.json().await.unwrap();
    assert_eq!(stale["code"], "stale_revision");
    assert_eq!(
        stale["details"]["facts"]["current_revision"],
        saved["revision"]
    );
    assert_eq!(
        app.registration(&token).await["entries"]
            .as_array()
            .unwrap()
            .len(),
        5
    );

    // Confirm needs an Idempotency-Key; a retry with the same key changes and sends nothing.
    let no_key = app
        .call(
            Method::POST,
            "/api/v1/parent/registration/confirm",
            Some(&token),
            Some(&json!({ "revision": saved["revision"] })),
        )
        .await;
    assert_eq!(no_key.status(), StatusCode::BAD_REQUEST);
    let confirmed = app.confirm(&token, "key-1", &saved["revision"]).await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    let confirmed: Value = confirmed.json().await.unwrap();
    assert_eq!(confirmed["status"], "AV");
    let retried = app.confirm(&token, "key-1", &saved["revision"]).await;
    assert_eq!(retried.status(), StatusCode::OK);
    let retried: Value = retried.json().await.unwrap();
    assert_eq!(retried["revision"], confirmed["revision"]);
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
    let withdrawn = app
        .call(
            Method::POST,
            "/api/v1/parent/registration/withdraw",
            Some(&token),
            Some(&json!({ "revision": confirmed["revision"] })),
        )
        .await;
    assert_eq!(withdrawn.status(), StatusCode::OK);
    let withdrawn: Value = withdrawn.json().await.unwrap();
    assert_eq!(withdrawn["status"], "AG");
    assert_eq!(withdrawn["entries"].as_array().unwrap().len(), 5);
    // A late replay of the first confirm (key-1) now does not look like a fresh confirmation:
    // the registration is no longer confirmed, so it is a 409 and changes nothing.
    let replayed = app.confirm(&token, "key-1", &saved["revision"]).await;
    assert_eq!(replayed.status(), StatusCode::CONFLICT);
    let replayed: Value = replayed.json().await.unwrap();
    assert_eq!(replayed["code"], "conflict");
    assert_eq!(replayed["details"]["facts"]["status"], "AG");
    assert_eq!(app.registration(&token).await["status"], "AG");
    assert!(
        preference_entries::programmes(&app.db, stored.registration.id())
            .await
            .unwrap()
            .is_empty(),
        "a withdrawn list no longer counts"
    );
    let reordered: Vec<_> = offer.havo[..5].iter().rev().copied().collect();
    assert_eq!(
        app.save_list(&token, &reordered, None).await.status(),
        StatusCode::OK
    );
    let revision = app.registration(&token).await["revision"].clone();
    let again = app.confirm(&token, "key-2", &revision).await;
    assert_eq!(again.status(), StatusCode::OK);
    let again: Value = again.json().await.unwrap();
    assert_eq!(again["status"], "AV");
    assert_eq!(
        again["entries"][0]["programme"]["id"],
        offer.havo[4].to_string()
    );

    // The primary school's board counts the pupil as AV.
    let staff = app.access_token(&app.a.po_staff).await;
    let board: Value = app
        .get_as("/api/v1/school/status-board", Some(&staff))
        .await
        .json()
        .await
        .unwrap();
    assert!(board.to_string().contains("\"AV\""));
}

#[tokio::test]
async fn every_broken_rule_has_its_own_code() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (token, _) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;

    let cases = [
        (vec![offer.havo[0], offer.vmbo], None, "not_eligible"),
        (vec![offer.havo[0], offer.havo[0]], None, "duplicate"),
        (vec![uuid::Uuid::new_v4()], None, "unknown_programme"),
        (
            vec![offer.havo[2], offer.havo[0]],
            Some(json!({ "kind": "sibling", "sibling_name": "Daan", "sibling_class": "2B" })),
            "priority_rule_not_offered",
        ),
        (
            vec![offer.havo[0]],
            Some(json!({ "kind": "hardship" })),
            "priority_rule_not_in_region",
        ),
        (
            vec![offer.havo[0]],
            Some(json!({ "kind": "nonsense" })),
            "unknown_priority_rule",
        ),
    ];
    for (programmes, claim, code) in cases {
        let response = app.save_list(&token, &programmes, claim).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{code}"
        );
        let body: Value = response.json().await.unwrap();
        assert!(
            field_codes(&body).contains(&code.to_owned()),
            "{code}: {body}"
        );
    }
    // Priority on a later choice.
    let revision = app.registration(&token).await["revision"].clone();
    let later = app
        .call(
            Method::PUT,
            "/api/v1/parent/registration/draft",
            Some(&token),
            Some(&json!({ "revision": revision, "entries": [
                { "programme_id": offer.havo[1] },
                { "programme_id": offer.havo[0], "priority_claim": { "kind": "sibling", "sibling_name": "Daan", "sibling_class": "2B" } }
            ] })),
        )
        .await;
    assert_eq!(later.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let later: Value = later.json().await.unwrap();
    assert_eq!(field_codes(&later), vec!["priority_not_at_first_choice"]);
    assert_eq!(
        later["details"]["fields"][0]["field"],
        "entries[1].priority_claim"
    );

    // A short list and a sibling claim without details are fine as a draft, not to confirm.
    let short = app
        .save_list(&token, &offer.havo[..3], Some(json!({ "kind": "sibling" })))
        .await;
    assert_eq!(short.status(), StatusCode::OK);
    let short: Value = short.json().await.unwrap();
    let refused = app.confirm(&token, "k", &short["revision"]).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused: Value = refused.json().await.unwrap();
    let mut codes = field_codes(&refused);
    codes.sort();
    assert_eq!(
        codes,
        vec!["sibling_class_missing", "sibling_name_missing", "too_short"]
    );
    assert_eq!(
        app.registration(&token).await["status"],
        "AG",
        "nothing confirmed"
    );
    // The refused attempt did not use up its key.
    let five = app.save_list(&token, &offer.havo[..5], None).await;
    let five: Value = five.json().await.unwrap();
    assert_eq!(
        app.confirm(&token, "k", &five["revision"]).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn outside_the_week_every_change_is_refused_with_the_week_s_dates() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (_, elk) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    app.clock.set(datetime!(2026-04-01 09:00 +02:00));
    let signed_in: Value = app
        .post_json(
            "/api/v1/auth/parent/sign-in",
            &json!({ "elk_number": elk, "password": crate::parent_support::NEW_PASSWORD }),
        )
        .await
        .json()
        .await
        .unwrap();
    let token = signed_in["access_token"].as_str().unwrap().to_owned();
    let response = app.save_list(&token, &offer.havo[..5], None).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "window_closed");
    assert_eq!(
        body["details"]["facts"]["closes_at_display"],
        "dinsdag 31 maart 2026 om 23:59"
    );
    assert_eq!(
        body["details"]["facts"]["opens_at_display"],
        "woensdag 25 maart 2026 om 00:00"
    );
    let registration = app.registration(&token).await;
    assert_eq!(registration["editable"], false);
    assert_eq!(registration["week_closed"], true);
}

#[tokio::test]
async fn the_twin_button_keeps_both_lists_identical() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (one, two) = (app.a.pupil_ids[1], app.a.pupil_ids[2]);
    let linked = app
        .correct_pupil(one, |body| body["twin_pupil_id"] = json!(two))
        .await;
    assert_eq!(linked.status(), StatusCode::OK);
    let (token, _) = activated_parent(&app, one, "ouder1@a.example").await;
    let (twin_token, _) = activated_parent(&app, two, "ouder2@a.example").await;

    let registration = app.registration(&token).await;
    assert_eq!(registration["twin"]["first_name"], "Kind2A");
    assert_eq!(registration["twin"]["linked"], false);
    let revision = registration["revision"].clone();
    let entries: Vec<Value> = offer.havo[..5]
        .iter()
        .map(|p| json!({ "programme_id": p }))
        .collect();
    let saved = app
        .call(
            Method::PUT,
            "/api/v1/parent/registration/draft",
            Some(&token),
            Some(&json!({ "revision": revision, "entries": entries, "link_twin": true })),
        )
        .await;
    assert_eq!(saved.status(), StatusCode::OK);
    let saved: Value = saved.json().await.unwrap();
    assert_eq!(saved["twin"]["linked"], true);
    let twin = app.registration(&twin_token).await;
    assert_eq!(twin["status"], "AG");
    assert_eq!(twin["entries"], saved["entries"], "the twin's list follows");
    let _ = RegistrationStatus::Ag;

    // A later save need not repeat `link_twin`: the link holds and the twin follows again,
    // whichever of the two parents saves.
    let reordered: Vec<Value> = offer.havo[..5]
        .iter()
        .rev()
        .map(|p| json!({ "programme_id": p }))
        .collect();
    let saved = app
        .call(
            Method::PUT,
            "/api/v1/parent/registration/draft",
            Some(&token),
            Some(&json!({ "revision": saved["revision"], "entries": reordered })),
        )
        .await;
    assert_eq!(saved.status(), StatusCode::OK);
    let saved: Value = saved.json().await.unwrap();
    assert_eq!(saved["twin"]["linked"], true, "still linked");
    let twin = app.registration(&twin_token).await;
    assert_eq!(
        twin["entries"], saved["entries"],
        "the twin's list follows the reorder"
    );
    assert_eq!(twin["twin"]["linked"], true);
    let shorter: Vec<Value> = offer.havo[..4]
        .iter()
        .map(|p| json!({ "programme_id": p }))
        .collect();
    let from_twin = app
        .call(
            Method::PUT,
            "/api/v1/parent/registration/draft",
            Some(&twin_token),
            Some(&json!({ "revision": twin["revision"], "entries": shorter })),
        )
        .await;
    assert_eq!(from_twin.status(), StatusCode::OK);
    let from_twin: Value = from_twin.json().await.unwrap();
    let mine = app.registration(&token).await;
    assert_eq!(
        mine["entries"], from_twin["entries"],
        "and the other way round"
    );
}

#[tokio::test]
async fn the_result_says_when_it_comes_until_publication() {
    let app = spawn_app().await;
    let (token, _) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    let result: Value = app
        .get_as("/api/v1/parent/result", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(result["state"], "not_yet");
    assert_eq!(
        result["publication_text"],
        "woensdag 15 april 2026 om 16:00"
    );
    assert!(result.get("placed").is_none());
}

#[tokio::test]
async fn the_confirmation_e_mail_is_in_the_language_the_parent_chose() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (token, _) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    let language = app
        .call(
            Method::PUT,
            "/api/v1/parent/language",
            Some(&token),
            Some(&json!({ "language": "ar" })),
        )
        .await;
    assert_eq!(language.status(), StatusCode::NO_CONTENT);
    let saved: Value = app
        .save_list(&token, &offer.havo[..5], None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        app.confirm(&token, "ar-1", &saved["revision"])
            .await
            .status(),
        StatusCode::OK
    );
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
    let signed_in: Value = app
        .post_json(
            "/api/v1/auth/parent/sign-in",
            &json!({ "elk_number": elk, "password": NEW_PASSWORD }),
        )
        .await
        .json()
        .await
        .unwrap();
    let token = signed_in["access_token"].as_str().unwrap().to_owned();
    let revision = app.registration(&token).await["revision"].clone();

    let signed_out = app
        .post_json(
            "/api/v1/auth/sign-out",
            &json!({ "refresh_token": signed_in["refresh_token"] }),
        )
        .await;
    assert_eq!(signed_out.status(), StatusCode::NO_CONTENT);

    // The access token has not expired, but its session has ended: the very next request of
    // every kind is 401, and nothing is written.
    for path in [
        "/api/v1/parent/registration",
        "/api/v1/parent/child",
        "/api/v1/parent/programmes",
        "/api/v1/parent/result",
    ] {
        let response = app.get_as(path, Some(&token)).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(
            response.json::<Value>().await.unwrap()["code"],
            "unauthenticated"
        );
    }
    let entries: Vec<Value> = offer.havo[..5]
        .iter()
        .map(|p| json!({ "programme_id": p }))
        .collect();
    let draft = app
        .call(
            Method::PUT,
            "/api/v1/parent/registration/draft",
            Some(&token),
            Some(&json!({ "revision": revision, "entries": entries })),
        )
        .await;
    assert_eq!(draft.status(), StatusCode::UNAUTHORIZED);
    let confirm = app.confirm(&token, "after-sign-out", &revision).await;
    assert_eq!(confirm.status(), StatusCode::UNAUTHORIZED);
    let withdraw = app
        .call(
            Method::POST,
            "/api/v1/parent/registration/withdraw",
            Some(&token),
            Some(&json!({ "revision": revision })),
        )
        .await;
    assert_eq!(withdraw.status(), StatusCode::UNAUTHORIZED);

    // The parent's other session (from the activation) is untouched, and so is the list.
    let registration = app.registration(&other_session).await;
    assert_eq!(registration["revision"], revision);
    assert_eq!(registration["status"], "groen");
}

#[tokio::test]
async fn another_role_on_a_parent_page_is_forbidden_and_a_signed_out_one_unauthenticated() {
    let app = spawn_app().await;
    let signed_in = app.sign_in(&app.a.po_staff).await;
    let token = signed_in["access_token"].as_str().unwrap().to_owned();
    let forbidden = app
        .get_as("/api/v1/parent/registration", Some(&token))
        .await;
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);
    let signed_out = app
        .post_json(
            "/api/v1/auth/sign-out",
            &json!({ "refresh_token": signed_in["refresh_token"] }),
        )
        .await;
    assert_eq!(signed_out.status(), StatusCode::NO_CONTENT);
    let refused = app
        .get_as("/api/v1/parent/registration", Some(&token))
        .await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
}

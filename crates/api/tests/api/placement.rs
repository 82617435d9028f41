//! Placement runs: dry runs after the week, one official run with a committed seed, a snapshot
//! that reproduces the output hash, results hidden until publication, and the audit log.

use overstap_domain::placement::{PlacementSnapshot, Seed, place};
use overstap_persistence::entities::{audit_log, mail_outbox};
use reqwest::{Method, StatusCode};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement};
use serde_json::{Value, json};
use time::macros::datetime;

use crate::helpers::{TestApp, spawn_app};
use crate::parent_support::{NEW_PASSWORD, activated_parent, offer};

async fn parent_token(app: &TestApp, elk: &str) -> String {
    let signed_in: Value = app
        .post_json(
            "/api/v1/auth/parent/sign-in",
            &json!({ "elk_number": elk, "password": NEW_PASSWORD }),
        )
        .await
        .json()
        .await
        .unwrap();
    signed_in["access_token"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_dry_run_then_one_official_run_whose_results_appear_at_publication() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let mut parents = Vec::new();
    for (n, email) in [(1, "ouder1@a.example"), (2, "ouder2@a.example")] {
        let (token, elk) = activated_parent(&app, app.a.pupil_ids[n], email).await;
        let saved: Value = app
            .save_list(&token, &offer.havo[..5], None)
            .await
            .json()
            .await
            .unwrap();
        let key = format!("confirm-{n}");
        assert_eq!(
            app.confirm(&token, &key, &saved["revision"]).await.status(),
            StatusCode::OK
        );
        parents.push(elk);
    }
    let coordinator = app.access_token(&app.coordinator).await;

    // During the week nothing runs.
    let early = app
        .call(
            Method::POST,
            "/api/v1/region/placement/runs",
            Some(&coordinator),
            Some(&json!({ "kind": "dry" })),
        )
        .await;
    assert_eq!(early.status(), StatusCode::CONFLICT);

    app.clock.set(datetime!(2026-04-02 10:00 +02:00));
    let coordinator = app.access_token(&app.coordinator).await;
    let dry = app
        .call(
            Method::POST,
            "/api/v1/region/placement/runs",
            Some(&coordinator),
            Some(&json!({ "kind": "dry" })),
        )
        .await;
    assert_eq!(dry.status(), StatusCode::CREATED);
    let dry: Value = dry.json().await.unwrap();
    assert_eq!(dry["kind"], "dry");
    assert_eq!(dry["participants"], 2);
    assert_eq!(dry["placed"], 2);

    let commitment = app
        .call(
            Method::POST,
            "/api/v1/region/placement/seed-commitments",
            Some(&coordinator),
            None,
        )
        .await;
    assert_eq!(commitment.status(), StatusCode::CREATED);
    let commitment: Value = commitment.json().await.unwrap();
    let official_body = json!({ "kind": "official", "commitment_id": commitment["id"] });
    // The official run waits for the placement moment.
    let too_early = app
        .call(
            Method::POST,
            "/api/v1/region/placement/runs",
            Some(&coordinator),
            Some(&official_body),
        )
        .await;
    assert_eq!(too_early.status(), StatusCode::CONFLICT);
    let too_early: Value = too_early.json().await.unwrap();
    assert_eq!(too_early["code"], "window_closed");

    app.clock.set(datetime!(2026-04-08 09:00 +02:00));
    let coordinator = app.access_token(&app.coordinator).await;
    let no_commitment = app
        .call(
            Method::POST,
            "/api/v1/region/placement/runs",
            Some(&coordinator),
            Some(&json!({ "kind": "official" })),
        )
        .await;
    assert_eq!(no_commitment.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let official = app
        .call(
            Method::POST,
            "/api/v1/region/placement/runs",
            Some(&coordinator),
            Some(&official_body),
        )
        .await;
    assert_eq!(official.status(), StatusCode::CREATED);
    let official: Value = official.json().await.unwrap();
    assert_eq!(official["kind"], "official");
    let seed = Seed::parse(official["seed"].as_str().unwrap()).unwrap();
    assert_eq!(
        seed.commitment(),
        commitment["commitment"].as_str().unwrap(),
        "the seed matches the commitment made before"
    );
    let again = app
        .call(
            Method::POST,
            "/api/v1/region/placement/runs",
            Some(&coordinator),
            Some(&official_body),
        )
        .await;
    assert_eq!(
        again.status(),
        StatusCode::CONFLICT,
        "one official run per round"
    );

    // The exported snapshot reproduces the output hash (what `overstap-match replay` does).
    let snapshot: PlacementSnapshot = app
        .get_as(
            &format!(
                "/api/v1/region/placement/runs/{}/snapshot",
                official["id"].as_str().unwrap()
            ),
            Some(&coordinator),
        )
        .await
        .json()
        .await
        .unwrap();
    let replay = place(&snapshot).unwrap();
    assert_eq!(
        replay.output_hash,
        official["output_hash"].as_str().unwrap()
    );
    assert_eq!(replay.input_hash, official["input_hash"].as_str().unwrap());

    let runs: Value = app
        .get_as("/api/v1/region/placement/runs", Some(&coordinator))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(runs["runs"].as_array().unwrap().len(), 2);

    // Hidden until the publication moment, then shown.
    let token = parent_token(&app, &parents[0]).await;
    let before: Value = app
        .get_as("/api/v1/parent/result", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(before["state"], "not_yet");
    assert!(before.get("placed").is_none());
    let staff = app.access_token(&app.a.po_staff).await;
    let board: Value = app
        .get_as("/api/v1/school/status-board", Some(&staff))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        !board.to_string().contains("placement"),
        "hidden from the PO school too"
    );
    let mails = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::Recipient.eq("ouder1@a.example"))
        .all(&app.db)
        .await
        .unwrap();
    let result_mail = mails
        .iter()
        .find(|m| m.next_attempt_at > app.clock.now())
        .expect("the result e-mail is queued");
    assert_eq!(
        result_mail.next_attempt_at,
        datetime!(2026-04-15 14:00 UTC),
        "due at the publication moment"
    );
    // Stored as parameters (on PostgreSQL built by the database from the placements), it
    // renders as the worker will send it; one per participant.
    let mut rendered = result_mail.clone();
    overstap_api::mail::deferred::render(&mut rendered).unwrap();
    assert_eq!(
        rendered.subject,
        "Uitslag van de plaatsing: Kind1A is geplaatst"
    );
    assert!(
        rendered.body_text.contains("havo a"),
        "{}",
        rendered.body_text
    );
    assert!(
        rendered.body_text.contains("/ouder/uitslag"),
        "{}",
        rendered.body_text
    );
    let due_at_publication = mail_outbox::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.next_attempt_at == datetime!(2026-04-15 14:00 UTC))
        .count();
    assert_eq!(
        due_at_publication as u64,
        official["participants"].as_u64().unwrap()
    );

    app.clock.set(datetime!(2026-04-15 16:00 +02:00));
    let token = parent_token(&app, &parents[0]).await;
    let after: Value = app
        .get_as("/api/v1/parent/result", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(after["state"], "placed");
    assert_eq!(after["placed_rank"], 1);
    assert_eq!(after["placed"]["id"], offer.havo[0].to_string());

    // The primary school's board shows the placement from now on.
    let staff = app.access_token(&app.a.po_staff).await;
    let board: Value = app
        .get_as("/api/v1/school/status-board", Some(&staff))
        .await
        .json()
        .await
        .unwrap();
    let pupil = board["classes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["pupils"].as_array().unwrap().iter())
        .find(|p| p["id"] == app.a.pupil_ids[1].to_string())
        .unwrap()
        .clone();
    assert_eq!(pupil["placement"]["placed"], true);
    assert_eq!(pupil["placement"]["choice_rank"], 1);
    assert_eq!(pupil["placement"]["programme_name"], "havo a");

    let attention: Value = app
        .get_as(
            &format!(
                "/api/v1/region/placement/runs/{}/attention",
                official["id"].as_str().unwrap()
            ),
            Some(&app.access_token(&app.coordinator).await),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(
        attention["pupils"].as_array().unwrap().is_empty(),
        "both got their 1st choice"
    );
}

#[tokio::test]
async fn the_audit_log_refuses_updates_and_deletes_in_the_database() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let commitment = app
        .call(
            Method::POST,
            "/api/v1/region/placement/seed-commitments",
            Some(&coordinator),
            None,
        )
        .await;
    assert_eq!(commitment.status(), StatusCode::CREATED);
    let before = audit_log::Entity::find().all(&app.db).await.unwrap();
    assert!(
        before
            .iter()
            .any(|e| e.action == "placement.seed_committed")
    );
    let backend = app.db.get_database_backend();
    for sql in [
        "UPDATE audit_log SET action = 'changed'",
        "DELETE FROM audit_log",
    ] {
        let result = app
            .db
            .execute_raw(Statement::from_string(backend, sql.to_owned()))
            .await;
        assert!(result.is_err(), "{sql} must fail");
    }
    let after = audit_log::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(before, after, "nothing changed");
}

#[tokio::test]
async fn a_freed_seat_goes_to_the_top_of_the_reserve_list_and_the_answer_is_recorded() {
    use overstap_persistence::entities::programme;
    use sea_orm::sea_query::Expr;
    let app = spawn_app().await;
    let offer = offer(&app).await;
    programme::Entity::update_many()
        .col_expr(programme::Column::Capacity, Expr::value(1))
        .filter(programme::Column::Id.eq(offer.havo[0]))
        .exec(&app.db)
        .await
        .unwrap();
    let mut elks = Vec::new();
    for n in 0..3 {
        let email = format!("ouder{n}@a.example");
        let (token, elk) = activated_parent(&app, app.a.pupil_ids[n], &email).await;
        let saved: Value = app
            .save_list(&token, &offer.havo[..5], None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            app.confirm(&token, &format!("k{n}"), &saved["revision"])
                .await
                .status(),
            StatusCode::OK
        );
        elks.push(elk);
    }
    app.clock.set(datetime!(2026-04-08 09:00 +02:00));
    let coordinator = app.access_token(&app.coordinator).await;
    let commitment = app.seed_commitment(&coordinator).await;
    let run = app
        .call(
            Method::POST,
            "/api/v1/region/placement/runs",
            Some(&coordinator),
            Some(&json!({ "kind": "official", "commitment_id": commitment["id"] })),
        )
        .await;
    assert_eq!(run.status(), StatusCode::CREATED);

    let vo = app.access_token(&app.a.vo_staff).await;
    let path = format!("/api/v1/school/programmes/{}/reserve-offers", offer.havo[0]);
    let early = app.call(Method::POST, &path, Some(&vo), None).await;
    assert_eq!(
        early.status(),
        StatusCode::CONFLICT,
        "not before publication"
    );

    app.clock.set(datetime!(2026-04-16 09:00 +02:00));
    let vo = app.access_token(&app.a.vo_staff).await;
    let foreign = app
        .call(
            Method::POST,
            &format!("/api/v1/school/programmes/{}/reserve-offers", offer.havo[1]),
            Some(&vo),
            None,
        )
        .await;
    assert_eq!(
        foreign.status(),
        StatusCode::NOT_FOUND,
        "another school's programme"
    );

    let first = app.call(Method::POST, &path, Some(&vo), None).await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let first: Value = first.json().await.unwrap();
    assert_eq!(first["position"], 1);
    let accepted = app
        .call(
            Method::POST,
            &format!(
                "/api/v1/school/reserve-offers/{}/decision",
                first["id"].as_str().unwrap()
            ),
            Some(&vo),
            Some(&json!({ "outcome": "accepted" })),
        )
        .await;
    assert_eq!(accepted.status(), StatusCode::OK);
    let again = app
        .call(
            Method::POST,
            &format!(
                "/api/v1/school/reserve-offers/{}/decision",
                first["id"].as_str().unwrap()
            ),
            Some(&vo),
            Some(&json!({ "outcome": "declined" })),
        )
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT, "an answer is final");
    // The parent is e-mailed the recorded answer once (the refused second answer sends nothing).
    let pupil_id =
        overstap_domain::PupilId::from_uuid(first["pupil_id"].as_str().unwrap().parse().unwrap());
    let address = overstap_persistence::pupils::find(&app.db, pupil_id)
        .await
        .unwrap()
        .unwrap()
        .parent_email;
    let answers: Vec<_> = app
        .outbox_to(&address)
        .await
        .into_iter()
        .filter(|m| m.body_text.contains("aangeboden plaats"))
        .collect();
    assert_eq!(answers.len(), 1);
    assert!(
        answers[0].subject.contains("geplaatst"),
        "{}",
        answers[0].subject
    );

    // The accepted pupil now has the 1st choice.
    let n = (0..3)
        .find(|&n| app.a.pupil_ids[n].to_string() == first["pupil_id"].as_str().unwrap())
        .unwrap();
    let token = parent_token(&app, &elks[n]).await;
    let result: Value = app
        .get_as("/api/v1/parent/result", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(result["state"], "placed");
    assert_eq!(result["placed_rank"], 1);
    assert_eq!(result["placed"]["id"], offer.havo[0].to_string());

    let second = app.call(Method::POST, &path, Some(&vo), None).await;
    assert_eq!(second.status(), StatusCode::CREATED);
    let second: Value = second.json().await.unwrap();
    assert_eq!(second["position"], 2);
    assert_ne!(second["pupil_id"], first["pupil_id"]);
    let exhausted = app.call(Method::POST, &path, Some(&vo), None).await;
    assert_eq!(
        exhausted.status(),
        StatusCode::CONFLICT,
        "two on the list, both offered"
    );
    let list: Value = app
        .get_as("/api/v1/school/reserve-offers", Some(&vo))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["offers"].as_array().unwrap().len(), 2);
    assert_eq!(list["offers"][0]["outcome"], "accepted");

    // The school's placement list follows: the accepted pupil is placed, no longer waiting.
    let placements: Value = app
        .get_as("/api/v1/school/placements", Some(&vo))
        .await
        .json()
        .await
        .unwrap();
    let programme = placements["programmes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["programme_id"] == offer.havo[0].to_string())
        .unwrap();
    let ids = |key: &str| -> Vec<String> {
        programme[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["pupil_id"].as_str().unwrap().to_owned())
            .collect()
    };
    let accepted_pupil = first["pupil_id"].as_str().unwrap().to_owned();
    assert!(ids("placed").contains(&accepted_pupil));
    assert_eq!(
        ids("placed").len(),
        2,
        "the original seat and the accepted one"
    );
    assert!(!ids("reserve").contains(&accepted_pupil));
}

#[tokio::test]
async fn two_official_runs_at_once_get_one_201_and_one_409() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (token, _) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    app.confirmed_list(&token, &offer.havo[..5], "confirm-1")
        .await;
    app.clock.set(datetime!(2026-04-08 09:00 +02:00));
    let coordinator = app.access_token(&app.coordinator).await;
    let mut bodies = Vec::new();
    for _ in 0..2 {
        let commitment = app.seed_commitment(&coordinator).await;
        bodies.push(json!({ "kind": "official", "commitment_id": commitment["id"] }));
    }
    let path = "/api/v1/region/placement/runs";
    let (first, second) = tokio::join!(
        app.call(Method::POST, path, Some(&coordinator), Some(&bodies[0])),
        app.call(Method::POST, path, Some(&coordinator), Some(&bodies[1])),
    );
    let mut statuses = [first.status(), second.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::CONFLICT]);
    let refused = if first.status() == StatusCode::CONFLICT {
        first
    } else {
        second
    };
    let refused: Value = refused.json().await.unwrap();
    assert!(
        ["conflict", "already_exists"].contains(&refused["code"].as_str().unwrap()),
        "{refused}"
    );
    let runs = overstap_persistence::entities::placement_run::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(runs.len(), 1, "one official run stored");

    // Whichever request lost the race, the unique index is the last word: a second official
    // row for the round is refused by the database, and that refusal is a 409, not a 500.
    let stored = &runs[0];
    let duplicate = overstap_persistence::placement_runs::insert_run(
        &app.db,
        overstap_persistence::placement_runs::NewRun {
            procedure_id: overstap_domain::ProcedureId::from_uuid(stored.procedure_id),
            round: 1,
            kind: overstap_domain::RunKind::Official,
            commitment_id: None,
            seed: &stored.seed,
            engine_version: &stored.engine_version,
            input_hash: &stored.input_hash,
            output_hash: &stored.output_hash,
            snapshot: "{}".to_owned(),
            started_by: stored.started_by,
            started_at: stored.started_at,
            finished_at: stored.finished_at,
        },
        &[],
        &[],
    )
    .await
    .unwrap_err();
    let answer = overstap_api::error::ApiError::from(duplicate);
    assert!(
        matches!(answer, overstap_api::error::ApiError::AlreadyExists),
        "{answer:?}"
    );
    use actix_web::ResponseError;
    assert_eq!(answer.status_code().as_u16(), 409);
}

//! Placement runs: dry runs after the week, one official run with a committed seed, a snapshot
//! that reproduces the output hash, results hidden until publication, and the audit log.

use overstap_api_types::{
    ErrorCode, OfferDecisionRequest, OfferOutcome, ResultState, RunKind, SeedCommitmentResponse,
    StartRunRequest,
};
use overstap_domain::placement::{PlacementSnapshot, Seed, place};
use overstap_persistence::entities::{audit_log, mail_outbox};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement};
use time::macros::datetime;

use crate::helpers::{TestApp, spawn_app};
use crate::parent_support::{NEW_PASSWORD, activated_parent, offer, parent_sign_in};

async fn parent_token(app: &TestApp, elk: &str) -> String {
    parent_sign_in(app, elk, NEW_PASSWORD).await.access_token
}

fn run(kind: RunKind, commitment: Option<&SeedCommitmentResponse>) -> StartRunRequest {
    StartRunRequest {
        kind: kind.into(),
        commitment_id: commitment.map(|c| c.id),
        round: None,
    }
}

#[tokio::test]
async fn a_dry_run_then_one_official_run_whose_results_appear_at_publication() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let mut parents = Vec::new();
    for (n, email) in [(1, "ouder1@a.example"), (2, "ouder2@a.example")] {
        let (token, elk) = activated_parent(&app, app.a.pupil_ids[n], email).await;
        app.confirmed_list(&token, &offer.havo[..5], &format!("confirm-{n}"))
            .await;
        parents.push(elk);
    }
    let coordinator = app.access_token(&app.coordinator).await;

    // During the week nothing runs.
    let early = app
        .api(&coordinator)
        .start_run(&run(RunKind::Dry, None))
        .await;
    assert_eq!(early.status(), StatusCode::CONFLICT);

    app.clock.set(datetime!(2026-04-02 10:00 +02:00));
    let coordinator = app.access_token(&app.coordinator).await;
    let region = app.api(&coordinator);
    let dry = region.start_run(&run(RunKind::Dry, None)).await.ok();
    assert_eq!(dry.kind, RunKind::Dry);
    assert_eq!(dry.participants, 2);
    assert_eq!(dry.placed, 2);

    let commitment = app.seed_commitment(&coordinator).await;
    let official_body = run(RunKind::Official, Some(&commitment));
    // The official run waits for the placement moment.
    region
        .start_run(&official_body)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::WindowClosed);

    app.clock.set(datetime!(2026-04-08 09:00 +02:00));
    let coordinator = app.access_token(&app.coordinator).await;
    let region = app.api(&coordinator);
    let no_commitment = region.start_run(&run(RunKind::Official, None)).await;
    assert_eq!(no_commitment.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let official = region.start_run(&official_body).await.ok();
    assert_eq!(official.kind, RunKind::Official);
    let seed = Seed::parse(&official.seed).unwrap();
    assert_eq!(
        seed.commitment(),
        commitment.commitment,
        "the seed matches the commitment made before"
    );
    let again = region.start_run(&official_body).await;
    assert_eq!(
        again.status(),
        StatusCode::CONFLICT,
        "one official run per round"
    );

    // The exported snapshot reproduces the output hash (what `overstap-match replay` does).
    let snapshot: PlacementSnapshot = region.export_snapshot(official.id).await.ok_as();
    let replay = place(&snapshot).unwrap();
    assert_eq!(replay.output_hash, official.output_hash);
    assert_eq!(replay.input_hash, official.input_hash);

    let runs = region.list_runs().await.ok();
    assert_eq!(runs.runs.len(), 2);

    // Hidden until the publication moment, then shown.
    let token = parent_token(&app, &parents[0]).await;
    let before = app.api(&token).get_result().await.ok();
    assert_eq!(before.state, ResultState::NotYet);
    assert!(before.placed.is_none());
    let staff = app.access_token(&app.a.po_staff).await;
    let board = app.api(&staff).get_status_board().await.ok();
    assert!(
        board
            .classes
            .iter()
            .flat_map(|c| &c.pupils)
            .all(|p| p.placement.is_none()),
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
    assert_eq!(due_at_publication, official.participants as usize);

    app.clock.set(datetime!(2026-04-15 16:00 +02:00));
    let token = parent_token(&app, &parents[0]).await;
    let after = app.api(&token).get_result().await.ok();
    assert_eq!(after.state, ResultState::Placed);
    assert_eq!(after.placed_rank, Some(1));
    assert_eq!(after.placed.unwrap().id, offer.havo[0]);

    // The primary school's board shows the placement from now on.
    let staff = app.access_token(&app.a.po_staff).await;
    let board = app.api(&staff).get_status_board().await.ok();
    let pupil = board
        .classes
        .iter()
        .flat_map(|c| &c.pupils)
        .find(|p| p.id == app.a.pupil_ids[1].as_uuid())
        .unwrap();
    let placement = pupil.placement.as_ref().unwrap();
    assert!(placement.placed);
    assert_eq!(placement.choice_rank, Some(1));
    assert_eq!(placement.programme_name.as_deref(), Some("havo a"));

    let coordinator = app.access_token(&app.coordinator).await;
    let attention = app.api(&coordinator).attention(official.id).await.ok();
    assert!(attention.pupils.is_empty(), "both got their 1st choice");
}

#[tokio::test]
async fn the_audit_log_refuses_updates_and_deletes_in_the_database() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    app.seed_commitment(&coordinator).await;
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
        app.confirmed_list(&token, &offer.havo[..5], &format!("k{n}"))
            .await;
        elks.push(elk);
    }
    app.clock.set(datetime!(2026-04-08 09:00 +02:00));
    let coordinator = app.access_token(&app.coordinator).await;
    let commitment = app.seed_commitment(&coordinator).await;
    app.api(&coordinator)
        .start_run(&run(RunKind::Official, Some(&commitment)))
        .await
        .ok();

    let vo = app.access_token(&app.a.vo_staff).await;
    let early = app.api(&vo).make_offer(offer.havo[0]).await;
    assert_eq!(
        early.status(),
        StatusCode::CONFLICT,
        "not before publication"
    );

    app.clock.set(datetime!(2026-04-16 09:00 +02:00));
    let vo = app.access_token(&app.a.vo_staff).await;
    let school = app.api(&vo);
    let foreign = school.make_offer(offer.havo[1]).await;
    assert_eq!(
        foreign.status(),
        StatusCode::NOT_FOUND,
        "another school's programme"
    );

    let first = school.make_offer(offer.havo[0]).await.ok();
    assert_eq!(first.position, 1);
    let decision = |outcome: OfferOutcome| OfferDecisionRequest {
        outcome: outcome.into(),
    };
    school
        .decide_offer(first.id, &decision(OfferOutcome::Accepted))
        .await
        .ok();
    let again = school
        .decide_offer(first.id, &decision(OfferOutcome::Declined))
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT, "an answer is final");
    // The parent is e-mailed the recorded answer once (the refused second answer sends nothing).
    let pupil_id = overstap_domain::PupilId::from_uuid(first.pupil_id);
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
        .find(|&n| app.a.pupil_ids[n].as_uuid() == first.pupil_id)
        .unwrap();
    let token = parent_token(&app, &elks[n]).await;
    let result = app.api(&token).get_result().await.ok();
    assert_eq!(result.state, ResultState::Placed);
    assert_eq!(result.placed_rank, Some(1));
    assert_eq!(result.placed.unwrap().id, offer.havo[0]);

    let second = school.make_offer(offer.havo[0]).await.ok();
    assert_eq!(second.position, 2);
    assert_ne!(second.pupil_id, first.pupil_id);
    let exhausted = school.make_offer(offer.havo[0]).await;
    assert_eq!(
        exhausted.status(),
        StatusCode::CONFLICT,
        "two on the list, both offered"
    );
    let list = school.list_offers().await.ok();
    assert_eq!(list.offers.len(), 2);
    assert_eq!(list.offers[0].outcome, Some(OfferOutcome::Accepted));

    // The school's placement list follows: the accepted pupil is placed, no longer waiting.
    let placements = school.get_school_placements().await.ok();
    let programme = placements
        .programmes
        .iter()
        .find(|p| p.programme_id == offer.havo[0])
        .unwrap();
    let placed: Vec<_> = programme.placed.iter().map(|p| p.pupil_id).collect();
    let reserve: Vec<_> = programme.reserve.iter().map(|p| p.pupil_id).collect();
    assert!(placed.contains(&first.pupil_id));
    assert_eq!(placed.len(), 2, "the original seat and the accepted one");
    assert!(!reserve.contains(&first.pupil_id));
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
        bodies.push(run(RunKind::Official, Some(&commitment)));
    }
    let region = app.api(&coordinator);
    let (first, second) = tokio::join!(region.start_run(&bodies[0]), region.start_run(&bodies[1]));
    let mut statuses = [first.status(), second.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::CONFLICT]);
    let refused = if first.status() == StatusCode::CONFLICT {
        first
    } else {
        second
    };
    assert!(
        [ErrorCode::Conflict, ErrorCode::AlreadyExists].contains(&refused.error_code()),
        "{refused:?}"
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

//! Round 2: who takes part (unplaced, or a place withdrawn at the parents' request), its window
//! and list rules, the parents' own child only, the round-2 run through the same pipeline, and
//! its results on the result page, the PO board, the VO list, the statistics and in e-mails.

use overstap_api_types::placement::RoundQuery;
use overstap_api_types::round2::{
    Round2ListRequest, Round2Response, WithdrawPlacementRequest, WithdrawalResponse,
};
use overstap_api_types::statistics::StatisticsQuery;
use overstap_api_types::{
    BoardPupil, ErrorCode, LanguageRequest, PortalLanguage, ResultResponse, ResultState,
    Round2Reason, Round2Result, Round2WindowState, RunKind, RunResponse, SeedCommitmentResponse,
    StartRunRequest, StatusBoardResponse,
};
use overstap_domain::PupilId;
use overstap_domain::placement::{PlacementSnapshot, place};
use overstap_persistence::entities::{audit_log, procedure, programme};
use reqwest::StatusCode;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use time::OffsetDateTime;
use time::macros::datetime;
use uuid::Uuid;

use crate::client::{Reply, facts, field_codes};
use crate::helpers::{TestApp, spawn_app};
use crate::parent_support::{NEW_PASSWORD, Offer, activated_parent, offer, parent_sign_in};

const OPENS: OffsetDateTime = datetime!(2026-04-16 09:00 +02:00);
const CLOSES: OffsetDateTime = datetime!(2026-04-23 00:00 +02:00);

/// Round 2 takes lists from 16 April 09:00 until 22 April inclusive. Set before any request
/// reads the procedure (the portal caches it for 30 seconds).
async fn plan_round2(app: &TestApp) {
    procedure::Entity::update_many()
        .col_expr(procedure::Column::Round2OpensAt, Expr::value(Some(OPENS)))
        .col_expr(procedure::Column::Round2ClosesAt, Expr::value(Some(CLOSES)))
        .exec(&app.db)
        .await
        .unwrap();
}

async fn set_capacity(app: &TestApp, id: Uuid, capacity: i32) {
    programme::Entity::update_many()
        .col_expr(programme::Column::Capacity, Expr::value(capacity))
        .filter(programme::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .unwrap();
}

async fn parent_token(app: &TestApp, elk: &str) -> String {
    parent_sign_in(app, elk, NEW_PASSWORD).await.access_token
}

/// Three parents of tenant a confirmed havo[0..5]; havo[0] (school a) has one seat and
/// havo[1..5] none, so round 1 places one pupil and leaves two without a place. havo[5] (90
/// seats) was on nobody's list.
struct World {
    offer: Offer,
    elks: Vec<String>,
}

async fn round1_published(app: &TestApp) -> World {
    plan_round2(app).await;
    let offer = offer(app).await;
    set_capacity(app, offer.havo[0], 1).await;
    for id in &offer.havo[1..5] {
        set_capacity(app, *id, 0).await;
    }
    let mut elks = Vec::new();
    for n in 0..3 {
        let email = format!("ouder{n}@a.example");
        let (token, elk) = activated_parent(app, app.a.pupil_ids[n], &email).await;
        app.confirmed_list(&token, &offer.havo[..5], &format!("k{n}"))
            .await;
        elks.push(elk);
    }
    app.clock.set(datetime!(2026-04-08 09:00 +02:00));
    let coordinator = app.access_token(&app.coordinator).await;
    let commitment = app.commitment(&coordinator, 1).await;
    app.run(&coordinator, RunKind::Official, Some(&commitment), 1)
        .await
        .ok();
    app.clock.set(datetime!(2026-04-15 16:00 +02:00));
    World { offer, elks }
}

impl TestApp {
    async fn commitment(&self, coordinator: &str, round: u32) -> SeedCommitmentResponse {
        self.api(coordinator)
            .commit_seed(&RoundQuery { round: Some(round) })
            .await
            .ok()
    }

    async fn run(
        &self,
        coordinator: &str,
        kind: RunKind,
        commitment: Option<&SeedCommitmentResponse>,
        round: u32,
    ) -> Reply<RunResponse> {
        self.api(coordinator)
            .start_run(&StartRunRequest {
                kind: kind.into(),
                commitment_id: commitment.map(|c| c.id),
                round: Some(round),
            })
            .await
    }

    async fn round2(&self, token: &str) -> Round2Response {
        self.api(token).get_round2().await.ok()
    }

    async fn put_round2(&self, token: &str, programmes: &[Uuid]) -> Reply<Round2Response> {
        self.api(token)
            .save_round2_list(&Round2ListRequest {
                programmes: programmes.to_vec(),
            })
            .await
    }

    async fn confirm_round2(&self, token: &str) -> Reply<Round2Response> {
        self.api(token).confirm_round2_list().await
    }

    async fn result(&self, token: &str) -> ResultResponse {
        self.api(token).get_result().await.ok()
    }

    async fn withdraw(
        &self,
        staff: &str,
        pupil: PupilId,
        reason: &str,
    ) -> Reply<WithdrawalResponse> {
        self.api(staff)
            .withdraw_placement(
                pupil,
                &WithdrawPlacementRequest {
                    reason: reason.to_owned(),
                },
            )
            .await
    }
}

fn offered_ids(state: &Round2Response) -> Vec<Uuid> {
    state.programmes.iter().map(|p| p.programme.id).collect()
}

fn seats_of(state: &Round2Response, programme: Uuid) -> Option<u32> {
    state
        .programmes
        .iter()
        .find(|p| p.programme.id == programme)
        .map(|p| p.seats_left)
}

/// Which of the three parents round 1 placed, by index.
async fn placed_in_round1(app: &TestApp, world: &World) -> usize {
    let mut placed = Vec::new();
    for (n, elk) in world.elks.iter().enumerate() {
        let token = parent_token(app, elk).await;
        if app.result(&token).await.state == ResultState::Placed {
            placed.push(n);
        }
    }
    assert_eq!(placed.len(), 1, "one seat in round 1");
    placed[0]
}

#[tokio::test]
async fn only_pupils_without_a_place_take_part_and_see_the_programmes_with_seats_left() {
    let app = spawn_app().await;
    let world = round1_published(&app).await;
    // Before publication nobody takes part yet.
    app.clock.set(datetime!(2026-04-14 10:00 +02:00));
    let token = parent_token(&app, &world.elks[0]).await;
    let before = app.round2(&token).await;
    assert!(!before.eligible);
    assert_eq!(before.window, Round2WindowState::NotYetOpen);

    app.clock.set(datetime!(2026-04-15 16:00 +02:00));
    let placed = placed_in_round1(&app, &world).await;
    let unplaced = (0..3).find(|&n| n != placed).unwrap();
    let placed_token = parent_token(&app, &world.elks[placed]).await;
    let state = app.round2(&placed_token).await;
    assert!(!state.eligible, "a pupil with a place takes no part");
    assert!(state.programmes.is_empty());

    let token = parent_token(&app, &world.elks[unplaced]).await;
    let state = app.round2(&token).await;
    assert!(state.eligible);
    assert_eq!(state.reason, Some(Round2Reason::Unplaced));
    assert_eq!(state.window, Round2WindowState::NotYetOpen);
    assert_eq!(
        state.opens_at_display.as_deref(),
        Some("donderdag 16 april 2026 om 09:00")
    );
    assert_eq!(
        state.closes_at_display.as_deref(),
        Some("woensdag 22 april 2026 om 23:59")
    );
    assert_eq!(
        offered_ids(&state),
        vec![world.offer.havo[5]],
        "only havo[5] has seats left; the vmbo programme does not admit havo"
    );
    assert_eq!(seats_of(&state, world.offer.havo[5]), Some(90));

    // A pupil who never registered (tenant b's parent) takes no part.
    let outsider = app.access_token(&app.b.parent).await;
    let state = app.round2(&outsider).await;
    assert!(!state.eligible);
    assert!(state.programmes.is_empty());
}

#[tokio::test]
async fn lists_are_taken_only_inside_the_window_and_keep_the_rules() {
    let app = spawn_app().await;
    let world = round1_published(&app).await;
    let placed = placed_in_round1(&app, &world).await;
    let unplaced = (0..3).find(|&n| n != placed).unwrap();
    let havo5 = world.offer.havo[5];

    // After publication, before the window: 409 window_closed with both ends.
    let token = parent_token(&app, &world.elks[unplaced]).await;
    let early = app
        .put_round2(&token, &[havo5])
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::WindowClosed);
    assert_eq!(facts(&early)["opens_at"], OPENS.unix_timestamp());
    assert_eq!(facts(&early)["closes_at"], CLOSES.unix_timestamp());

    app.clock.set(OPENS);
    let token = parent_token(&app, &world.elks[unplaced]).await;
    assert_eq!(app.round2(&token).await.window, Round2WindowState::Open);
    let cases: [(&[Uuid], &str); 4] = [
        (&[], "list_empty"),
        (&[havo5, havo5], "duplicate_programme"),
        (&[world.offer.vmbo], "programme_not_offered"),
        (&[world.offer.havo[1]], "programme_not_offered"),
    ];
    for (list, code) in cases {
        let refused = app
            .put_round2(&token, list)
            .await
            .refusal(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(field_codes(&refused), vec![code], "{list:?}");
    }
    let confirm_nothing = app
        .confirm_round2(&token)
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&confirm_nothing), vec!["list_empty"]);

    let saved = app.put_round2(&token, &[havo5]).await.ok();
    assert_eq!(saved.revision, Some(1));
    assert_eq!(saved.list[0].id, havo5);
    assert!(saved.confirmed_at.is_none());

    // A pupil with a place, and a pupil of another school who never registered: 403.
    let placed_token = parent_token(&app, &world.elks[placed]).await;
    app.put_round2(&placed_token, &[havo5])
        .await
        .refused(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    let outsider = app.access_token(&app.b.parent).await;
    assert_eq!(
        app.put_round2(&outsider, &[havo5]).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.confirm_round2(&outsider).await.status(),
        StatusCode::FORBIDDEN
    );

    // The last second of the window still counts; its closing moment does not.
    app.clock.set(CLOSES - time::Duration::seconds(1));
    let token = parent_token(&app, &world.elks[unplaced]).await;
    app.put_round2(&token, &[havo5]).await.ok();
    app.clock.set(CLOSES);
    let token = parent_token(&app, &world.elks[unplaced]).await;
    app.put_round2(&token, &[havo5])
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::WindowClosed);
    let late = app
        .confirm_round2(&token)
        .await
        .refusal(StatusCode::CONFLICT);
    assert_eq!(facts(&late)["closes_at"], CLOSES.unix_timestamp());
    assert_eq!(app.round2(&token).await.window, Round2WindowState::Closed);
}

#[tokio::test]
async fn confirming_is_idempotent_and_mails_once_in_the_parents_language() {
    let app = spawn_app().await;
    let world = round1_published(&app).await;
    let placed = placed_in_round1(&app, &world).await;
    let unplaced = (0..3).find(|&n| n != placed).unwrap();
    app.clock.set(datetime!(2026-04-17 10:00 +02:00));
    let token = parent_token(&app, &world.elks[unplaced]).await;
    app.api(&token)
        .put_language(&LanguageRequest {
            language: PortalLanguage::En,
        })
        .await
        .ok();
    app.put_round2(&token, &[world.offer.havo[5]]).await.ok();
    let email = format!("ouder{unplaced}@a.example");
    let before = app.outbox_to(&email).await.len();
    for _ in 0..2 {
        let confirmed = app.confirm_round2(&token).await;
        assert_eq!(
            confirmed.json()["confirmed_at"],
            "2026-04-17T08:00:00Z",
            "the first confirmation's moment, as sent"
        );
        assert_eq!(
            confirmed.ok().confirmed_at,
            Some(datetime!(2026-04-17 08:00 UTC))
        );
    }
    let mails = app.outbox_to(&email).await;
    assert_eq!(mails.len(), before + 1, "one e-mail for two confirmations");
    let mail = mails.last().unwrap();
    assert_eq!(
        mail.subject,
        format!("Kind{unplaced}A's list for round 2 has been received")
    );
    assert!(
        mail.body_text
            .contains("1. havo 3 – Extra college 3, Uithoorn"),
        "{}",
        mail.body_text
    );
    assert!(
        mail.body_text.contains("22 April 2026"),
        "{}",
        mail.body_text
    );

    let again = app
        .put_round2(&token, &[world.offer.havo[5]])
        .await
        .refusal(StatusCode::CONFLICT);
    assert_eq!(
        again.code,
        ErrorCode::NotAllowedInStatus,
        "a definitive list stays"
    );
    let audit = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("round2.list_confirmed"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audit.len(), 1);
}

#[tokio::test]
async fn a_withdrawn_place_frees_the_seat_and_the_pupil_takes_part() {
    let app = spawn_app().await;
    let world = round1_published(&app).await;
    let placed = placed_in_round1(&app, &world).await;
    let unplaced = (0..3).find(|&n| n != placed).unwrap();
    let pupil = app.a.pupil_ids[placed];

    let vo = app.access_token(&app.a.vo_staff).await;
    let no_reason = app
        .withdraw(&vo, pupil, "  ")
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&no_reason), vec!["reason_required"]);
    let other_school = app.access_token(&app.b.vo_staff).await;
    assert_eq!(
        app.withdraw(&other_school, pupil, "verhuizing")
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "the pupil holds no place at school b"
    );
    let unplaced_pupil = app.a.pupil_ids[unplaced];
    assert_eq!(
        app.withdraw(&vo, unplaced_pupil, "verhuizing")
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "a pupil without a place here"
    );
    // Sent twice at the same moment (a double click, two staff members): one place, one
    // withdrawal, one log entry.
    let (first, second) = tokio::join!(
        app.withdraw(&vo, pupil, "verhuizing naar Utrecht"),
        app.withdraw(&vo, pupil, "verhuizing naar Utrecht")
    );
    let mut statuses = [first.status(), second.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::NOT_FOUND]);
    let withdrawn = if first.status() == StatusCode::OK {
        first
    } else {
        second
    };
    assert_eq!(withdrawn.ok().programme_id, world.offer.havo[0]);
    assert_eq!(
        app.withdraw(&vo, pupil, "twice").await.status(),
        StatusCode::NOT_FOUND,
        "no place left to withdraw"
    );
    // The parent is told once, in their language, with the programme and the school.
    let address = overstap_persistence::pupils::find(&app.db, pupil)
        .await
        .unwrap()
        .unwrap()
        .parent_email;
    let notices: Vec<_> = app
        .outbox_to(&address)
        .await
        .into_iter()
        .filter(|m| m.subject.contains("vervallen"))
        .collect();
    assert_eq!(notices.len(), 1);
    assert!(
        notices[0].body_text.contains("ronde 2"),
        "{}",
        notices[0].body_text
    );
    let audit = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("placement.withdrawn"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].details["reason"], "verhuizing naar Utrecht");

    // The result page, the VO list and the PO board follow the withdrawal.
    let token = parent_token(&app, &world.elks[placed]).await;
    assert_eq!(app.result(&token).await.state, ResultState::Unplaced);
    let state = app.round2(&token).await;
    assert!(state.eligible);
    assert_eq!(state.reason, Some(Round2Reason::Withdrawn));
    let list = app.api(&vo).get_school_placements().await;
    assert!(!list.text().contains(&pupil.to_string()), "{list:?}");
    list.ok();
    let po = app.access_token(&app.a.po_staff).await;
    let board = app.api(&po).get_status_board().await.ok();
    let entry = board_entry(&board, pupil);
    assert!(!entry.placement.unwrap().placed);

    // The freed seat counts for round 2.
    let token = parent_token(&app, &world.elks[unplaced]).await;
    let state = app.round2(&token).await;
    assert_eq!(seats_of(&state, world.offer.havo[0]), Some(1));
}

fn board_entry(board: &StatusBoardResponse, pupil: PupilId) -> BoardPupil {
    board
        .classes
        .iter()
        .flat_map(|c| &c.pupils)
        .find(|p| p.id == pupil.as_uuid())
        .unwrap()
        .clone()
}

#[tokio::test]
async fn the_round2_run_places_the_lists_on_the_seats_left_and_publishes_them() {
    let app = spawn_app().await;
    let world = round1_published(&app).await;
    let placed = placed_in_round1(&app, &world).await;
    let unplaced: Vec<usize> = (0..3).filter(|&n| n != placed).collect();
    let (havo0, havo5) = (world.offer.havo[0], world.offer.havo[5]);
    let vo = app.access_token(&app.a.vo_staff).await;
    app.withdraw(&vo, app.a.pupil_ids[placed], "naar het buitenland")
        .await
        .ok();

    app.clock.set(datetime!(2026-04-18 10:00 +02:00));
    // The withdrawn pupil wants the old seat back; the others havo[5].
    for (n, list) in [
        (placed, vec![havo0]),
        (unplaced[0], vec![havo5]),
        (unplaced[1], vec![havo5, havo0]),
    ] {
        let token = parent_token(&app, &world.elks[n]).await;
        app.put_round2(&token, &list).await.ok();
        app.confirm_round2(&token).await.ok();
    }

    let coordinator = app.access_token(&app.coordinator).await;
    let dry = app.run(&coordinator, RunKind::Dry, None, 2).await.ok();
    assert_eq!(dry.round, 2);
    assert_eq!(dry.participants, 3);
    let commitment = app.commitment(&coordinator, 2).await;
    assert_eq!(commitment.round, 2);
    let during = app
        .run(&coordinator, RunKind::Official, Some(&commitment), 2)
        .await
        .refusal(StatusCode::CONFLICT);
    assert_eq!(
        during.code,
        ErrorCode::WindowClosed,
        "the official run waits for the close"
    );

    app.clock.set(datetime!(2026-04-23 10:00 +02:00));
    let coordinator = app.access_token(&app.coordinator).await;
    let round1_commitment = app.commitment(&coordinator, 1).await;
    assert_eq!(
        app.run(&coordinator, RunKind::Official, Some(&round1_commitment), 2)
            .await
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a commitment of round 1 does not serve round 2"
    );
    let official = app
        .run(&coordinator, RunKind::Official, Some(&commitment), 2)
        .await
        .ok();
    assert_eq!(official.round, 2);
    assert_eq!(official.kind, RunKind::Official);
    assert_eq!(official.participants, 3);
    assert_eq!(official.placed, 3, "one seat at havo[0], plenty at havo[5]");
    let second = app.commitment(&coordinator, 2).await;
    assert_eq!(
        app.run(&coordinator, RunKind::Official, Some(&second), 2)
            .await
            .status(),
        StatusCode::CONFLICT,
        "one official run for round 2"
    );
    let snapshot: PlacementSnapshot = app
        .api(&coordinator)
        .export_snapshot(official.id)
        .await
        .ok_as();
    assert_eq!(snapshot.units.len(), 3);
    let seats: Vec<(String, u32)> = snapshot
        .programmes
        .iter()
        .filter(|p| p.capacity > 0)
        .map(|p| (p.id.to_string(), p.capacity))
        .collect();
    assert!(seats.contains(&(havo0.to_string(), 1)), "{seats:?}");
    assert!(seats.contains(&(havo5.to_string(), 90)), "{seats:?}");
    let replay = place(&snapshot).unwrap();
    assert_eq!(replay.output_hash, official.output_hash);
    let audit = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("placement.official_run"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audit.len(), 2, "round 1 and round 2");
    assert!(audit.iter().any(|a| a.details["round"] == 2));

    // Published with the run: the parents see their round-2 place and get the e-mail now.
    let mut round2_placed_at_havo0 = None;
    for &n in &[placed, unplaced[0], unplaced[1]] {
        let token = parent_token(&app, &world.elks[n]).await;
        let result = app.result(&token).await;
        assert_eq!(result.state, ResultState::Placed, "{result:?}");
        assert_eq!(result.round, Some(2));
        let state = app.round2(&token).await;
        assert_eq!(state.result, Round2Result::Placed);
        let placed_programme = result.placed.clone().unwrap();
        assert_eq!(state.placed.unwrap().id, placed_programme.id);
        assert_eq!(state.placed_rank, result.placed_rank);
        if placed_programme.id == havo0 {
            round2_placed_at_havo0 = Some(n);
        }
        let mails = app.outbox_to(&format!("ouder{n}@a.example")).await;
        let result_mails: Vec<_> = mails
            .iter()
            .filter(|m| {
                m.next_attempt_at <= app.clock.now()
                    && m.created_at >= datetime!(2026-04-23 08:00 UTC)
            })
            .collect();
        assert_eq!(
            result_mails.len(),
            1,
            "the round-2 result e-mail is due now"
        );
        assert!(
            result_mails[0].body_text.contains(&placed_programme.name),
            "{}",
            result_mails[0].body_text
        );
    }
    let at_havo0 = round2_placed_at_havo0.expect("the freed seat was filled");
    let pupil = app.a.pupil_ids[at_havo0];

    // The VO list, the PO board and the statistics show round 2.
    let vo = app.access_token(&app.a.vo_staff).await;
    let list = app.api(&vo).get_school_placements().await.ok();
    let programme = list
        .programmes
        .iter()
        .find(|p| p.programme_id == havo0)
        .unwrap();
    let placed_ids: Vec<Uuid> = programme.placed.iter().map(|p| p.pupil_id).collect();
    assert_eq!(placed_ids, vec![pupil.as_uuid()]);
    let po = app.access_token(&app.a.po_staff).await;
    let board = app.api(&po).get_status_board().await.ok();
    for n in 0..3 {
        let entry = board_entry(&board, app.a.pupil_ids[n]);
        assert!(entry.placement.as_ref().unwrap().placed, "{entry:?}");
    }
    let region = app.api(&coordinator);
    let statistics = region
        .get_region_statistics(&StatisticsQuery::default())
        .await
        .ok();
    assert_eq!(statistics.rounds, [1, 2]);
    assert!(statistics.follows_changes);
    assert_eq!(statistics.summary.participants, 3);
    assert_eq!(statistics.summary.placed.count, 3);
    assert_eq!(statistics.summary.unplaced.count, 0);
    assert_eq!(statistics.summary.round_2.count, 3);
    let csv = region
        .export_region_statistics(&StatisticsQuery::default())
        .await
        .ok_text();
    assert!(csv.contains("round_2,3,100.0"), "{csv}");
    assert!(csv.contains("rounds,1+2,"), "{csv}");
}

#[tokio::test]
async fn without_round2_dates_there_is_no_round2() {
    let app = spawn_app().await;
    app.clock.set(datetime!(2026-04-17 10:00 +02:00));
    let token = app.access_token(&app.a.parent).await;
    let state = app.round2(&token).await;
    assert_eq!(state.window, Round2WindowState::NotPlanned);
    assert!(state.opens_at.is_none());
    let refused = app
        .put_round2(&token, &[app.a.vo_programme_id])
        .await
        .refusal(StatusCode::CONFLICT);
    assert_eq!(facts(&refused)["reason"], "round2_not_planned");
    let coordinator = app.access_token(&app.coordinator).await;
    assert_eq!(
        app.run(&coordinator, RunKind::Dry, None, 2).await.status(),
        StatusCode::CONFLICT
    );
}

//! The VO school's workspace: 1st-choice registrations and list counts, priority decisions
//! and capacities at their window edges, and the published placement with its CSV.

use overstap_api_types::vo::{
    CapacityRequest, ClaimResponse, ListRankCount, PriorityDecisionRequest,
    PriorityDecisionResponse, PriorityVerdict,
};
use overstap_api_types::{
    Advice, ErrorCode, PriorityClaimBody, PriorityRuleKind, ProgrammeResponse, RevisionRequest,
};
use overstap_domain::{PupilId, RegistrationId};
use overstap_persistence::entities::{
    audit_log, placement, placement_run, priority_decision, reserve_entry,
};
use overstap_persistence::procedures::{self, Procedure};
use overstap_persistence::{pupils, registrations, schools};
use reqwest::StatusCode;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::client::{Reply, WireId, facts, field_codes};
use crate::helpers::{Persona, TestApp, spawn_app};
use crate::parent_support::{Offer, activated_parent, offer, sibling_claim};

/// A parent of `pupil` (of school a) confirms `programmes`, the first with `claim`.
pub async fn av_registration(
    app: &TestApp,
    pupil: PupilId,
    email: &str,
    programmes: &[Uuid],
    claim: Option<PriorityClaimBody>,
) -> RegistrationId {
    let (token, _) = activated_parent(app, pupil, email).await;
    let saved = app.save_list(&token, programmes, claim).await.ok();
    app.confirm(&token, &Uuid::new_v4().to_string(), saved.revision)
        .await
        .ok();
    registrations::find_for_pupil(&app.db, pupil)
        .await
        .unwrap()
        .unwrap()
        .registration
        .id()
}

pub async fn procedure(app: &TestApp) -> Procedure {
    let region = schools::find(&app.db, app.a.vo_school_id)
        .await
        .unwrap()
        .unwrap()
        .region_id;
    procedures::current_for_region(&app.db, region)
        .await
        .unwrap()
        .unwrap()
}

/// Records a run of `procedure` with `placed` (pupil, programme or unplaced, rank) and
/// `reserve` (programme, position, pupil, rank), as the placement run would.
pub async fn insert_run(
    app: &TestApp,
    procedure: Uuid,
    official: bool,
    placed: &[(PupilId, Option<Uuid>, Option<i32>)],
    reserve: &[(Uuid, i32, PupilId, i32)],
) -> Uuid {
    let id = Uuid::new_v4();
    let now = app.clock.now();
    placement_run::Entity::insert(placement_run::ActiveModel {
        id: Set(id),
        procedure_id: Set(procedure),
        round: Set(1),
        kind: Set(if official {
            overstap_domain::RunKind::Official
        } else {
            overstap_domain::RunKind::Dry
        }
        .into()),
        official_round: Set(official.then_some(1)),
        commitment_id: Set(None),
        seed: Set("00".repeat(32)),
        engine_version: Set("test".to_owned()),
        input_hash: Set(String::new()),
        output_hash: Set(String::new()),
        snapshot: Set("{}".to_owned()),
        participants: Set(i32::try_from(placed.len()).unwrap()),
        placed: Set(i32::try_from(placed.iter().filter(|p| p.1.is_some()).count()).unwrap()),
        started_by: Set(Uuid::new_v4()),
        started_at: Set(now),
        finished_at: Set(now),
    })
    .exec(&app.db)
    .await
    .unwrap();
    for (lot, (pupil, programme, rank)) in placed.iter().enumerate() {
        placement::Entity::insert(placement::ActiveModel {
            id: Set(Uuid::new_v4()),
            run_id: Set(id),
            pupil_id: Set(pupil.as_uuid()),
            programme_id: Set(*programme),
            choice_rank: Set(*rank),
            lot_number: Set(Some(i32::try_from(lot).unwrap())),
        })
        .exec(&app.db)
        .await
        .unwrap();
    }
    for (programme, position, pupil, rank) in reserve {
        reserve_entry::Entity::insert(reserve_entry::ActiveModel {
            id: Set(Uuid::new_v4()),
            run_id: Set(id),
            programme_id: Set(*programme),
            position: Set(*position),
            pupil_id: Set(pupil.as_uuid()),
            choice_rank: Set(*rank),
            lot_number: Set(*position),
        })
        .exec(&app.db)
        .await
        .unwrap();
    }
    id
}

/// Pupil a1 lists school a 1st with a sibling claim; pupil a2 lists school b 1st, a 2nd.
async fn two_registrations(app: &TestApp, offer: &Offer) -> (RegistrationId, RegistrationId) {
    let sibling = sibling_claim("Daan", "2B");
    let first = av_registration(
        app,
        app.a.pupil_ids[1],
        "ouder1@a.example",
        &offer.havo[..5],
        Some(sibling),
    )
    .await;
    let second = av_registration(
        app,
        app.a.pupil_ids[2],
        "ouder2@a.example",
        &[
            offer.havo[1],
            offer.havo[0],
            offer.havo[2],
            offer.havo[3],
            offer.havo[4],
        ],
        None,
    )
    .await;
    (first, second)
}

/// Moves the clock to `instant` and signs `persona` in again (tokens expire as time passes).
pub async fn at(app: &TestApp, instant: OffsetDateTime, persona: &Persona) -> String {
    app.clock.set(instant);
    app.access_token(persona).await
}

#[tokio::test]
async fn the_school_sees_its_first_choice_registrations_and_the_lists_naming_it() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (first, second) = two_registrations(&app, &offer).await;
    let vo_a = app.access_token(&app.a.vo_staff).await;
    let body = app.api(&vo_a).list_school_registrations().await.ok();
    let registrations = &body.registrations;
    assert_eq!(
        registrations.len(),
        1,
        "only the 1st choices here: {body:?}"
    );
    let r = &registrations[0];
    assert_eq!(r.registration_id, first.as_uuid());
    assert_eq!(r.first_name, "Kind1A");
    assert_eq!(r.last_name, "Familie a");
    assert_eq!(r.advice, Advice::Havo);
    assert_eq!(r.primary_school_name, "po school a");
    assert_eq!(r.programme_id, offer.havo[0]);
    assert_eq!(r.programme_name, "havo a");
    assert_eq!(
        r.claim,
        Some(ClaimResponse {
            kind: PriorityRuleKind::Sibling,
            sibling_name: Some("Daan".to_owned()),
            sibling_class: Some("2B".to_owned()),
        })
    );
    assert!(r.decision.is_none());
    let pupil = pupils::find(&app.db, app.a.pupil_ids[1])
        .await
        .unwrap()
        .unwrap();
    assert_eq!(r.elk_number, pupil.elk_number);

    let counts = &body.counts;
    let havo = counts
        .iter()
        .find(|c| c.programme_id == offer.havo[0])
        .unwrap();
    assert_eq!(
        havo.by_rank,
        [
            ListRankCount { rank: 1, count: 1 },
            ListRankCount { rank: 2, count: 1 }
        ]
    );
    assert_eq!(havo.total, 2);
    let vmbo = counts
        .iter()
        .find(|c| c.programme_id == offer.vmbo)
        .unwrap();
    assert_eq!(vmbo.total, 0);
    assert!(vmbo.by_rank.is_empty());
    assert_eq!(body.lists_naming_school, 2);

    // School b sees the second pupil (no claim) and not the first one's claim.
    let vo_b = app.access_token(&app.b.vo_staff).await;
    let body_b = app.api(&vo_b).list_school_registrations().await.ok();
    let ids: Vec<Uuid> = body_b
        .registrations
        .iter()
        .map(|r| r.registration_id)
        .collect();
    assert_eq!(ids, vec![second.as_uuid()]);
    assert!(body_b.registrations[0].claim.is_none());
    assert_eq!(
        body_b.counts[0].by_rank[1],
        ListRankCount { rank: 2, count: 1 }
    );
}

#[tokio::test]
async fn a_withdrawn_list_no_longer_counts() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (token, _) = activated_parent(&app, app.a.pupil_ids[1], "ouder1@a.example").await;
    let saved = app.save_list(&token, &offer.havo[..5], None).await.ok();
    let confirmed = app.confirm(&token, "k1", saved.revision).await.ok();
    app.api(&token)
        .withdraw_registration(&RevisionRequest {
            revision: confirmed.revision,
        })
        .await
        .ok();
    let vo_a = app.access_token(&app.a.vo_staff).await;
    let body = app.api(&vo_a).list_school_registrations().await.ok();
    assert!(body.registrations.is_empty());
    assert_eq!(body.lists_naming_school, 0);
}

async fn decide(
    app: &TestApp,
    token: &str,
    registration: impl WireId,
    body: &PriorityDecisionRequest,
) -> Reply<PriorityDecisionResponse> {
    app.api(token).decide_priority(registration, body).await
}

fn verdict(decision: PriorityVerdict, reason: Option<&str>) -> PriorityDecisionRequest {
    PriorityDecisionRequest {
        decision,
        reason: reason.map(str::to_owned),
    }
}

#[tokio::test]
async fn a_claim_is_decided_from_the_close_of_the_week_until_the_deadline() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (first, _) = two_registrations(&app, &offer).await;
    let instants = procedure(&app).await.instants;
    let approve = verdict(PriorityVerdict::Approved, None);
    let second = Duration::seconds(1);

    // During the week the list may still change: refused, with the window in the facts.
    let vo_a = at(
        &app,
        instants.registration_closes_at - second,
        &app.a.vo_staff,
    )
    .await;
    let early = decide(&app, &vo_a, first, &approve)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::WindowClosed);
    assert_eq!(
        facts(&early)["opens_at"],
        instants.registration_closes_at.unix_timestamp()
    );
    assert_eq!(
        facts(&early)["closes_at"],
        instants.priority_verification_deadline.unix_timestamp()
    );

    app.clock.set(instants.registration_closes_at);
    let approved = decide(&app, &vo_a, first, &approve).await.ok();
    assert_eq!(approved.decision, PriorityVerdict::Approved);
    assert_eq!(approved.registration_id, first.as_uuid());

    let vo_a = at(
        &app,
        instants.priority_verification_deadline - second,
        &app.a.vo_staff,
    )
    .await;
    let rejected = decide(
        &app,
        &vo_a,
        first,
        &verdict(
            PriorityVerdict::Rejected,
            Some(" Geen broer of zus op school "),
        ),
    )
    .await
    .ok();
    assert_eq!(
        rejected.reason.as_deref(),
        Some("Geen broer of zus op school")
    );

    app.clock.set(instants.priority_verification_deadline);
    decide(&app, &vo_a, first, &approve)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::WindowClosed);

    // The last verdict stands (one row), the school sees it, and both were logged.
    let rows = priority_decision::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].decision, "rejected");
    assert_eq!(rows[0].programme_id, offer.havo[0]);
    let body = app.api(&vo_a).list_school_registrations().await.ok();
    let decision = body.registrations[0].decision.as_ref().unwrap();
    assert_eq!(decision.decision, PriorityVerdict::Rejected);
    assert_eq!(
        decision.reason.as_deref(),
        Some("Geen broer of zus op school")
    );
    let logged = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("priority.decided"))
        .filter(audit_log::Column::SubjectId.eq(first.as_uuid()))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(logged, 2);
}

#[tokio::test]
async fn a_rejection_needs_a_reason_and_only_own_claims_can_be_decided() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (first, second) = two_registrations(&app, &offer).await;
    app.clock
        .set(procedure(&app).await.instants.registration_closes_at);
    let vo_a = app.access_token(&app.a.vo_staff).await;
    let vo_b = app.access_token(&app.b.vo_staff).await;
    let approve = verdict(PriorityVerdict::Approved, None);

    for reason in [None, Some("   ")] {
        let refused = decide(
            &app,
            &vo_a,
            first,
            &verdict(PriorityVerdict::Rejected, reason),
        )
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(field_codes(&refused), vec!["required"]);
    }
    let long = "x".repeat(1001);
    let refused = decide(
        &app,
        &vo_a,
        first,
        &verdict(PriorityVerdict::Rejected, Some(&long)),
    )
    .await
    .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&refused), vec!["too_long"]);

    // School b: the first registration is another school's; the second has no claim.
    for (token, registration) in [
        (&vo_b, first.as_uuid()),
        (&vo_b, second.as_uuid()),
        (&vo_a, second.as_uuid()),
        (&vo_a, Uuid::new_v4()),
    ] {
        decide(&app, token, registration, &approve)
            .await
            .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    }
    assert_eq!(
        priority_decision::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
}

async fn set_capacity(
    app: &TestApp,
    token: &str,
    programme: Uuid,
    capacity: i64,
) -> Reply<ProgrammeResponse> {
    app.api(token)
        .set_programme_capacity(programme, &CapacityRequest { capacity })
        .await
}

#[tokio::test]
async fn capacities_can_be_set_within_bounds_until_the_placement_moment() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let placement_at = procedure(&app).await.instants.placement_at;
    let vo_a = app.access_token(&app.a.vo_staff).await;
    let own = offer.havo[0];

    for capacity in [-1, 2001] {
        let refused = set_capacity(&app, &vo_a, own, capacity)
            .await
            .refusal(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(field_codes(&refused), vec!["range"]);
    }
    for capacity in [0, 2000, 75] {
        let body = set_capacity(&app, &vo_a, own, capacity).await.ok();
        assert_eq!(i64::from(body.capacity), capacity);
        assert_eq!(body.id, own);
    }
    let listed = app.api(&vo_a).list_programmes().await.ok();
    let havo = listed.programmes.iter().find(|p| p.id == own).unwrap();
    assert_eq!(havo.capacity, 75);

    // Another school's programme, or an unknown one, is not found and stays as it was.
    for programme in [offer.havo[1], Uuid::new_v4()] {
        set_capacity(&app, &vo_a, programme, 10)
            .await
            .refusal(StatusCode::NOT_FOUND);
    }
    let procedure = pupils::find(&app.db, app.b.pupil_ids[0])
        .await
        .unwrap()
        .unwrap()
        .procedure_id;
    let b = schools::list_programmes(&app.db, app.b.vo_school_id, procedure)
        .await
        .unwrap();
    assert_eq!(b[0].capacity, 60);

    let vo_a = at(&app, placement_at - Duration::seconds(1), &app.a.vo_staff).await;
    set_capacity(&app, &vo_a, own, 80).await.ok();
    app.clock.set(placement_at);
    let late = set_capacity(&app, &vo_a, own, 90)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::WindowClosed);
    assert_eq!(facts(&late)["closes_at"], placement_at.unix_timestamp());
    let logged = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("programme.capacity_set"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(logged, 4);
}

#[tokio::test]
async fn placements_and_reserve_lists_are_shown_from_publication_on() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let procedure = procedure(&app).await;
    let publication_at: OffsetDateTime = procedure.instants.publication_at;
    let (a0, a1, a2, b1) = (
        app.a.pupil_ids[0],
        app.a.pupil_ids[1],
        app.a.pupil_ids[2],
        app.b.pupil_ids[1],
    );

    // Published moment, but no official run yet (a dry run does not count).
    let vo_a = at(&app, publication_at, &app.a.vo_staff).await;
    insert_run(
        &app,
        procedure.id.as_uuid(),
        false,
        &[(a1, Some(offer.havo[0]), Some(1))],
        &[],
    )
    .await;
    let none = app
        .api(&vo_a)
        .get_school_placements()
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::WindowClosed);
    assert_eq!(facts(&none)["opens_at"], publication_at.unix_timestamp());

    insert_run(
        &app,
        procedure.id.as_uuid(),
        true,
        &[
            (a1, Some(offer.havo[0]), Some(1)),
            (b1, Some(offer.havo[0]), Some(4)),
            (a2, Some(offer.havo[2]), Some(3)),
            (a0, None, None),
        ],
        &[(offer.havo[0], 1, a2, 2), (offer.havo[0], 2, a0, 5)],
    )
    .await;
    app.clock.set(publication_at - Duration::seconds(1));
    let school = app.api(&vo_a);
    school
        .get_school_placements()
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::WindowClosed);
    school
        .export_school_placements()
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::WindowClosed);

    app.clock.set(publication_at);
    let body = school.get_school_placements().await.ok();
    assert_eq!(body.round, 1);
    let programmes = &body.programmes;
    assert_eq!(programmes.len(), 2, "havo a and vmbo-k");
    let havo = programmes
        .iter()
        .find(|p| p.programme_id == offer.havo[0])
        .unwrap();
    let placed: Vec<(&str, &str, Option<u32>)> = havo
        .placed
        .iter()
        .map(|p| {
            (
                p.first_name.as_str(),
                p.primary_school_name.as_str(),
                p.choice_rank,
            )
        })
        .collect();
    assert_eq!(
        placed,
        vec![
            ("Kind1A", "po school a", Some(1)),
            ("Kind1B", "po school b", Some(4))
        ]
    );
    let reserve: Vec<(Option<u32>, &str, Option<u32>)> = havo
        .reserve
        .iter()
        .map(|p| (p.position, p.first_name.as_str(), p.choice_rank))
        .collect();
    assert_eq!(
        reserve,
        vec![(Some(1), "Kind2A", Some(2)), (Some(2), "Kind0A", Some(5))]
    );
    assert!(havo.placed[0].position.is_none());

    // School b has nobody placed: a's pupils are not listed there.
    let vo_b = app.access_token(&app.b.vo_staff).await;
    let b = app.api(&vo_b).get_school_placements().await.ok();
    assert!(b.programmes[0].placed.is_empty());
    assert!(b.programmes[0].reserve.is_empty());

    let export = school.export_school_placements().await;
    assert_eq!(
        export.header("content-type"),
        Some("text/csv; charset=utf-8")
    );
    assert!(
        export
            .header("content-disposition")
            .unwrap()
            .starts_with("attachment")
    );
    let csv = export.ok_text();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "programme,kind,position,first_name,last_name,elk_number,advice,primary_school,choice_rank"
    );
    assert_eq!(lines.len(), 5, "a header and four pupils: {csv}");
    assert!(lines[1].starts_with("havo a,placed,,Kind1A,Familie a,"));
    assert!(lines[1].ends_with(",havo,po school a,1"));
    assert!(lines[3].starts_with("havo a,reserve,1,Kind2A,"));
    assert!(lines[4].starts_with("havo a,reserve,2,Kind0A,"));
    assert!(lines[4].ends_with(",5"));

    // After the school year it is closed again.
    let end = time::macros::datetime!(2026-08-01 00:00 +02:00);
    let vo_a = at(&app, end - Duration::seconds(1), &app.a.vo_staff).await;
    app.api(&vo_a).get_school_placements().await.ok();
    app.clock.set(end);
    app.api(&vo_a)
        .get_school_placements()
        .await
        .refusal(StatusCode::CONFLICT);
}

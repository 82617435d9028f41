//! The twin link between two parents' lists holds only while the primary school records the
//! twins: after the school unlinks, a save no longer touches the other list and both parents
//! are told; a parent can unlink; every write into the twin's registration is audited.

use overstap_api_types::{ListEntryResponse, RegistrationResponse};
use overstap_domain::PupilId;
use overstap_persistence::entities::audit_log;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, spawn_app};
use crate::parent_support::{activated_parent, draft, offer};

/// The school records `twin` as the twin of `pupil` (or unlinks with `None`).
async fn record_twin(app: &TestApp, pupil: PupilId, twin: Option<PupilId>) {
    app.correct_pupil(pupil, |body| {
        body.twin_pupil_id = twin.map(|t| t.as_uuid());
    })
    .await
    .ok();
}

/// How a save treats the twin link.
#[derive(Clone, Copy)]
enum Twin {
    Keep,
    Link,
    Unlink,
}

async fn save(
    app: &TestApp,
    token: &str,
    programmes: &[uuid::Uuid],
    twin: Twin,
) -> RegistrationResponse {
    let revision = app.registration(token).await.revision;
    let mut body = draft(revision, programmes, None);
    body.link_twin = matches!(twin, Twin::Link);
    body.unlink_twin = matches!(twin, Twin::Unlink);
    app.api(token).save_draft(&body).await.ok()
}

fn linked(registration: &RegistrationResponse) -> bool {
    registration.twin.as_ref().is_some_and(|t| t.linked)
}

async fn entries(app: &TestApp, token: &str) -> Vec<ListEntryResponse> {
    app.registration(token).await.entries
}

async fn audited(app: &TestApp, action: &str) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .all(&app.db)
        .await
        .unwrap()
}

/// Two activated parents of recorded twins whose lists are linked (parent one pressed the
/// twin button): (token one, token two).
async fn linked_twins(app: &TestApp, havo: &[uuid::Uuid]) -> (String, String) {
    let (one, two) = (app.a.pupil_ids[1], app.a.pupil_ids[2]);
    record_twin(app, one, Some(two)).await;
    let (token, _) = activated_parent(app, one, "ouder1@a.example").await;
    let (twin_token, _) = activated_parent(app, two, "ouder2@a.example").await;
    let saved = save(app, &token, &havo[..5], Twin::Link).await;
    assert!(linked(&saved));
    assert_eq!(entries(app, &twin_token).await, saved.entries);
    (token, twin_token)
}

#[tokio::test]
async fn after_the_school_unlinks_the_twins_a_save_no_longer_touches_the_other_list() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (token, twin_token) = linked_twins(&app, &offer.havo).await;
    // The copy into the twin's registration is on record, with the parent who made it.
    let copies = audited(&app, "registration.twin_list_copied").await;
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].actor_role, "parent");
    assert!(copies[0].actor_id.is_some());
    assert_eq!(
        copies[0].details["pupil"],
        json!(app.a.pupil_ids[2].as_uuid())
    );

    record_twin(&app, app.a.pupil_ids[1], None).await;

    let mine = app.registration(&token).await;
    let theirs = app.registration(&twin_token).await;
    assert!(!linked(&mine));
    assert!(!linked(&theirs));
    let before = theirs.entries;
    let saved = save(&app, &token, &offer.havo[1..6], Twin::Keep).await;
    assert_ne!(saved.entries, before);
    assert_eq!(
        entries(&app, &twin_token).await,
        before,
        "the other list is untouched"
    );
    // Both parents were told, each about their own child.
    for (address, child) in [
        ("ouder1@a.example", "Kind1A"),
        ("ouder2@a.example", "Kind2A"),
    ] {
        let told: Vec<_> = app
            .outbox_to(address)
            .await
            .into_iter()
            .filter(|m| m.subject.contains("niet meer gekoppeld"))
            .collect();
        assert_eq!(told.len(), 1, "{address}");
        assert!(told[0].body_text.contains(child), "{}", told[0].body_text);
    }
    assert_eq!(audited(&app, "registration.twin_unlinked").await.len(), 2);
}

#[tokio::test]
async fn a_parent_can_unlink_and_the_lists_then_go_their_own_way() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (token, twin_token) = linked_twins(&app, &offer.havo).await;

    let unlinked = save(&app, &token, &offer.havo[..5], Twin::Unlink).await;
    assert!(!unlinked.twin.unwrap().linked);
    let theirs = app.registration(&twin_token).await;
    assert!(!theirs.twin.unwrap().linked);
    let before = theirs.entries;
    save(&app, &token, &offer.havo[1..6], Twin::Keep).await;
    assert_eq!(entries(&app, &twin_token).await, before);
    let unlinks = audited(&app, "registration.twin_unlinked").await;
    assert_eq!(unlinks.len(), 1);
    assert_eq!(unlinks[0].actor_role, "parent");
    // The school still records the twins: the button can link the lists again.
    let relinked = save(&app, &token, &offer.havo[..5], Twin::Link).await;
    assert!(linked(&relinked));
}

#[tokio::test]
async fn the_placement_snapshot_joins_twins_only_while_the_school_records_them() {
    use overstap_domain::RegionProfile;
    use overstap_domain::placement::Seed;
    use overstap_persistence::{procedures, schools};

    let app = spawn_app().await;
    let offer = offer(&app).await;
    let (token, twin_token) = linked_twins(&app, &offer.havo).await;
    for (token, key) in [(&token, "confirm-one"), (&twin_token, "confirm-two")] {
        let revision = app.registration(token).await.revision;
        app.confirm(token, key, revision).await.ok();
    }
    let region = schools::find(&app.db, app.a.po_school_id)
        .await
        .unwrap()
        .unwrap()
        .region_id;
    let snapshot = async || {
        let procedure = procedures::current_for_region(&app.db, region)
            .await
            .unwrap()
            .unwrap();
        overstap_api::placement::snapshot::build(
            &app.db,
            &procedure,
            region,
            &RegionProfile::amstelland(),
            Seed::from_bytes([7; 32]),
        )
        .await
        .unwrap()
    };
    let (one, two) = (app.a.pupil_ids[1], app.a.pupil_ids[2]);
    let joined = snapshot().await;
    let pair: Vec<_> = joined
        .units
        .iter()
        .filter(|u| u.pupil == one || u.pupil == two)
        .collect();
    assert_eq!(pair.len(), 1, "one unit for the pair");
    assert!(pair[0].twin.is_some());

    // The school unlinks after both confirmed: the confirmed lists keep their link, but the
    // snapshot no longer joins them.
    record_twin(&app, one, None).await;
    let apart = snapshot().await;
    let units: Vec<_> = apart
        .units
        .iter()
        .filter(|u| u.pupil == one || u.pupil == two)
        .collect();
    assert_eq!(units.len(), 2, "two units");
    assert!(units.iter().all(|u| u.twin.is_none()));
}

//! The coordinator's statistics on a small hand-checked instance: the latest official run
//! (before publication too), a named dry run, another region's run, and the CSV.

use overstap_api_types::statistics::{StatisticsOutcome, StatisticsQuery};
use overstap_api_types::{ErrorCode, RunKind};
use overstap_domain::{Calendar, RegionId};
use overstap_persistence::{procedures, regions};
use reqwest::StatusCode;
use uuid::Uuid;

use crate::client::facts;
use crate::helpers::spawn_app;
use crate::parent_support::offer;
use crate::vo_workspace::{av_registration, insert_run, procedure};

fn outcome(count: u32, share: f64) -> StatisticsOutcome {
    StatisticsOutcome { count, share }
}

fn of_run(run_id: Uuid) -> StatisticsQuery {
    StatisticsQuery {
        run_id: Some(run_id),
    }
}

const LATEST: StatisticsQuery = StatisticsQuery { run_id: None };

#[tokio::test]
async fn the_statistics_of_the_official_run_add_up_by_hand() {
    let app = spawn_app().await;
    let offer = offer(&app).await;
    let procedure = procedure(&app).await.id.as_uuid();
    let coordinator = app.access_token(&app.coordinator).await;
    let [a0, a1, a2] = [app.a.pupil_ids[0], app.a.pupil_ids[1], app.a.pupil_ids[2]];
    let [b0, b1, b2] = [app.b.pupil_ids[0], app.b.pupil_ids[1], app.b.pupil_ids[2]];
    // First choices: a1 at havo a, a2 at havo b.
    av_registration(&app, a1, "ouder1@a.example", &offer.havo[..5], None).await;
    let mut list = offer.havo[..5].to_vec();
    list.swap(0, 1);
    av_registration(&app, a2, "ouder2@a.example", &list, None).await;

    let region = app.api(&coordinator);
    let none = region
        .get_region_statistics(&LATEST)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::Conflict);
    assert_eq!(facts(&none)["reason"], "no_official_run");

    let [havo_a, havo_b, extra0, extra1, extra2, extra3] = [
        offer.havo[0],
        offer.havo[1],
        offer.havo[2],
        offer.havo[3],
        offer.havo[4],
        offer.havo[5],
    ];
    let official = insert_run(
        &app,
        procedure,
        true,
        &[
            (a1, Some(havo_a), Some(1)),
            (b2, Some(havo_b), Some(2)),
            (a2, Some(extra0), Some(3)),
            (a0, Some(extra1), Some(5)),
            (b0, Some(extra2), Some(6)),
            (b1, None, None),
        ],
        &[],
    )
    .await;
    let dry = insert_run(
        &app,
        procedure,
        false,
        &[(a1, None, None), (a2, None, None)],
        &[],
    )
    .await;

    // The coordinator sees the official run before publication (the clock is in the week).
    let body = region.get_region_statistics(&LATEST).await.ok();
    assert_eq!(body.run.id, official);
    assert_eq!(body.run.kind, RunKind::Official);
    let summary = &body.summary;
    assert_eq!(summary.participants, 6);
    // havo a 60 + havo b 60 + four extra colleges of 90 + vmbo-k 30.
    assert_eq!(summary.seats, 510);
    assert_eq!(summary.placed, outcome(5, 0.8333));
    assert_eq!(summary.first_choice, outcome(1, 0.1667));
    assert_eq!(summary.top_3, outcome(3, 0.5));
    assert_eq!(summary.top_5, outcome(4, 0.6667));
    assert_eq!(summary.outside_top_5, outcome(1, 0.1667));
    assert_eq!(summary.unplaced, outcome(1, 0.1667));

    let programmes = &body.programmes;
    assert_eq!(programmes.len(), 7);
    let row = |id: Uuid| {
        let p = programmes.iter().find(|p| p.programme_id == id).unwrap();
        (p.capacity, p.first_choices, p.placed)
    };
    assert_eq!(row(havo_a), (60, 1, 1));
    assert_eq!(row(havo_b), (60, 1, 1));
    assert_eq!(row(extra0), (90, 0, 1));
    assert_eq!(row(extra1), (90, 0, 1));
    assert_eq!(row(extra2), (90, 0, 1));
    assert_eq!(row(extra3), (90, 0, 0));
    assert_eq!(row(offer.vmbo), (30, 0, 0));
    let havo_a_row = programmes
        .iter()
        .find(|p| p.programme_id == havo_a)
        .unwrap();
    assert_eq!(havo_a_row.school_name, "vo school a");
    assert_eq!(havo_a_row.programme_name, "havo a");

    // A named dry run of the region.
    let body = region.get_region_statistics(&of_run(dry)).await.ok();
    assert_eq!(body.run.kind, RunKind::Dry);
    assert_eq!(body.summary.participants, 2);
    assert_eq!(body.summary.unplaced, outcome(2, 1.0));
    assert_eq!(body.summary.first_choice, outcome(0, 0.0));

    let export = region.export_region_statistics(&LATEST).await;
    assert_eq!(
        export.header("content-type"),
        Some("text/csv; charset=utf-8")
    );
    let csv = export.ok_text();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], "school,programme,capacity,first_choices,placed");
    assert!(lines.contains(&"vo school a,havo a,60,1,1"), "{csv}");
    assert!(lines.contains(&"vo school a,vmbo-k,30,0,0"), "{csv}");
    assert_eq!(lines[8], "", "a blank line after the seven programmes");
    assert_eq!(
        lines[9..].to_vec(),
        vec![
            "measure,count,share_percent",
            "participants,6,",
            "seats,510,",
            "placed,5,83.3",
            "first_choice,1,16.7",
            "top_3,3,50.0",
            "top_5,4,66.7",
            "outside_top_5,1,16.7",
            "unplaced,1,16.7",
            "round_2,0,0.0",
            "rounds,1,",
        ]
    );
}

#[tokio::test]
async fn another_regions_run_is_not_found() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let other: RegionId = regions::insert(&app.db, "amsterdam", "Amsterdam", "amsterdam")
        .await
        .unwrap();
    let procedure = procedures::insert(&app.db, other, "2025-2026", &Calendar::amstelland_2026())
        .await
        .unwrap();
    let run = insert_run(&app, procedure.as_uuid(), true, &[], &[]).await;
    let region = app.api(&coordinator);
    for id in [run, Uuid::new_v4()] {
        region
            .get_region_statistics(&of_run(id))
            .await
            .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
        region
            .export_region_statistics(&of_run(id))
            .await
            .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    }
    // The other region's official run is not this region's latest either.
    region
        .get_region_statistics(&LATEST)
        .await
        .refusal(StatusCode::CONFLICT);
}

#[tokio::test]
async fn an_empty_run_has_no_shares_to_divide() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let procedure = procedure(&app).await.id.as_uuid();
    insert_run(&app, procedure, true, &[], &[]).await;
    let body = app
        .api(&coordinator)
        .get_region_statistics(&LATEST)
        .await
        .ok();
    assert_eq!(body.summary.participants, 0);
    assert_eq!(body.summary.unplaced, outcome(0, 0.0));
    assert_eq!(body.summary.seats, 120);
}

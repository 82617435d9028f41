//! The coordinator's statistics on a small hand-checked instance: the latest official run
//! (before publication too), a named dry run, another region's run, and the CSV.

use overstap_domain::{Calendar, RegionId};
use overstap_persistence::{procedures, regions};
use reqwest::StatusCode;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};
use crate::parent_support::offer;
use crate::vo_workspace::{av_registration, insert_run, procedure};

async fn get(app: &TestApp, token: &str, path: &str, status: StatusCode) -> Value {
    let response = app.get_as(path, Some(token)).await;
    let got = response.status();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(got, status, "{path}: {body}");
    body
}

fn outcome(count: u32, share: f64) -> Value {
    json!({ "count": count, "share": share })
}

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

    let none = get(
        &app,
        &coordinator,
        "/api/v1/region/statistics",
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(none["code"], "conflict");
    assert_eq!(none["details"]["facts"]["reason"], "no_official_run");

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
    let body = get(
        &app,
        &coordinator,
        "/api/v1/region/statistics",
        StatusCode::OK,
    )
    .await;
    assert_eq!(body["run"]["id"], official.to_string());
    assert_eq!(body["run"]["kind"], "official");
    let summary = &body["summary"];
    assert_eq!(summary["participants"], 6);
    // havo a 60 + havo b 60 + four extra colleges of 90 + vmbo-k 30.
    assert_eq!(summary["seats"], 510);
    assert_eq!(summary["placed"], outcome(5, 0.8333));
    assert_eq!(summary["first_choice"], outcome(1, 0.1667));
    assert_eq!(summary["top_3"], outcome(3, 0.5));
    assert_eq!(summary["top_5"], outcome(4, 0.6667));
    assert_eq!(summary["outside_top_5"], outcome(1, 0.1667));
    assert_eq!(summary["unplaced"], outcome(1, 0.1667));

    let programmes = body["programmes"].as_array().unwrap();
    assert_eq!(programmes.len(), 7);
    let row = |id: Uuid| {
        let p = programmes
            .iter()
            .find(|p| p["programme_id"] == id.to_string())
            .unwrap();
        (
            p["capacity"].as_u64().unwrap(),
            p["first_choices"].as_u64().unwrap(),
            p["placed"].as_u64().unwrap(),
        )
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
        .find(|p| p["programme_id"] == havo_a.to_string())
        .unwrap();
    assert_eq!(havo_a_row["school_name"], "vo school a");
    assert_eq!(havo_a_row["programme_name"], "havo a");

    // A named dry run of the region.
    let body = get(
        &app,
        &coordinator,
        &format!("/api/v1/region/statistics?run_id={dry}"),
        StatusCode::OK,
    )
    .await;
    assert_eq!(body["run"]["kind"], "dry");
    assert_eq!(body["summary"]["participants"], 2);
    assert_eq!(body["summary"]["unplaced"], outcome(2, 1.0));
    assert_eq!(body["summary"]["first_choice"], outcome(0, 0.0));

    let export = app
        .get_as("/api/v1/region/statistics/export", Some(&coordinator))
        .await;
    assert_eq!(export.status(), StatusCode::OK);
    assert_eq!(export.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = export.text().await.unwrap();
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
    for id in [run, Uuid::new_v4()] {
        for path in [
            "/api/v1/region/statistics",
            "/api/v1/region/statistics/export",
        ] {
            let body = get(
                &app,
                &coordinator,
                &format!("{path}?run_id={id}"),
                StatusCode::NOT_FOUND,
            )
            .await;
            assert_eq!(body["code"], "not_found");
        }
    }
    // The other region's official run is not this region's latest either.
    get(
        &app,
        &coordinator,
        "/api/v1/region/statistics",
        StatusCode::CONFLICT,
    )
    .await;
}

#[tokio::test]
async fn an_empty_run_has_no_shares_to_divide() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let procedure = procedure(&app).await.id.as_uuid();
    insert_run(&app, procedure, true, &[], &[]).await;
    let body = get(
        &app,
        &coordinator,
        "/api/v1/region/statistics",
        StatusCode::OK,
    )
    .await;
    assert_eq!(body["summary"]["participants"], 0);
    assert_eq!(body["summary"]["unplaced"], outcome(0, 0.0));
    assert_eq!(body["summary"]["seats"], 120);
}

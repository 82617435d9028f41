//! CSV import and export of pupils: all-or-nothing, every row error reported, no duplicates.

use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};

const HEADER: &str = "external_id;first_name;last_name;class_name;birth_date;advice;lwoo;home_town;parent_email;twin_external_id";

async fn pupil_count(app: &TestApp, token: &str) -> usize {
    let list: Value = app
        .call(Method::GET, "/api/v1/school/pupils", Some(token), None)
        .await
        .json()
        .await
        .unwrap();
    list["pupils"].as_array().unwrap().len()
}

#[tokio::test]
async fn an_import_creates_then_a_reimport_updates_by_own_pupil_id_without_duplicates() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let file = format!(
        "{HEADER}\n\
         n-1;Sem;de Boer;8B;2014-03-01;vwo;nee;Aalsmeer;sem@ouders.example;n-2\n\
         n-2;Saar;de Boer;8B;01-03-2014;vwo;nee;Aalsmeer;saar@ouders.example;n-1\n"
    );
    let response = app
        .upload_csv("/api/v1/school/pupils/import", Some(&token), file.clone())
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        serde_json::json!({ "created": 2, "updated": 0, "unchanged": 0 })
    );
    assert_eq!(pupil_count(&app, &token).await, 5);

    let changed = file.replace("Aalsmeer;saar@", "Uithoorn;saar@");
    let again: Value = app
        .upload_csv("/api/v1/school/pupils/import", Some(&token), changed)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        again,
        serde_json::json!({ "created": 0, "updated": 1, "unchanged": 1 })
    );
    assert_eq!(pupil_count(&app, &token).await, 5, "no duplicates");
    let list: Value = app
        .call(
            Method::GET,
            "/api/v1/school/pupils?q=saar",
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    let saar = &list["pupils"][0];
    assert_eq!(saar["home_town"], "Uithoorn");
    assert_eq!(saar["form_version"], 2);
    let sem: Value = app
        .call(
            Method::GET,
            "/api/v1/school/pupils?q=sem",
            Some(&token),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        sem["pupils"][0]["twin_pupil_id"], saar["id"],
        "twins linked from the file"
    );
}

#[tokio::test]
async fn three_bad_rows_are_all_reported_with_their_lines_and_nothing_is_imported() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let file = format!(
        "{HEADER}\n\
         n-1;Sem;de Boer;8B;2014-03-01;vwo;nee;Aalsmeer;sem@ouders.example;\n\
         n-2;;de Boer;8B;2014-03-01;vwo;nee;Aalsmeer;saar@ouders.example;\n\
         n-3;Mila;Kaya;8B;2014-03-01;vwo;nee;Aalsmeer;not-an-address;\n\
         n-4;Ravi;Pinas;8B;2014-03-01;gymnasium+;nee;Aalsmeer;ravi@ouders.example;\n"
    );
    let response = app
        .upload_csv("/api/v1/school/pupils/import", Some(&token), file)
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["code"], "invalid_input");
    let rows: Vec<(u64, &str, &str)> = error["details"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap(),
                r["column"].as_str().unwrap(),
                r["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (3, "first_name", "required"),
            (4, "parent_email", "email"),
            (5, "advice", "advice")
        ]
    );
    assert_eq!(
        pupil_count(&app, &token).await,
        3,
        "the good row was not imported either"
    );
}

#[tokio::test]
async fn a_twin_that_does_not_exist_is_a_row_error() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let file = format!(
        "{HEADER}\nn-1;Sem;de Boer;8B;2014-03-01;vwo;nee;Aalsmeer;sem@ouders.example;n-9\n"
    );
    let error: Value = app
        .upload_csv("/api/v1/school/pupils/import", Some(&token), file)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(error["details"]["rows"][0]["code"], "twin_not_found");
    assert_eq!(pupil_count(&app, &token).await, 3);
}

#[tokio::test]
async fn a_file_that_is_not_csv_or_too_large_is_refused_clearly() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let binary = app
        .client
        .post(app.url("/api/v1/school/pupils/import"))
        .bearer_auth(&token)
        .header("content-type", "text/csv")
        .body(vec![0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe])
        .send()
        .await
        .unwrap();
    assert_eq!(binary.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        binary.json::<Value>().await.unwrap()["code"],
        "unsupported_file"
    );
    let json = app
        .call(
            Method::POST,
            "/api/v1/school/pupils/import",
            Some(&token),
            Some(&serde_json::json!({})),
        )
        .await;
    assert_eq!(json.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let huge = format!("{HEADER}\n{}", "x".repeat(1024 * 1024 + 1));
    let response = app
        .upload_csv("/api/v1/school/pupils/import", Some(&token), huge)
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        response.json::<Value>().await.unwrap()["code"],
        "payload_too_large"
    );
}

#[tokio::test]
async fn an_export_can_be_imported_again_unchanged() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let export = app
        .call(
            Method::GET,
            "/api/v1/school/pupils/export",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(export.status(), StatusCode::OK);
    assert!(
        export.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = export.text().await.unwrap();
    assert!(csv.contains(&app.a.parent.username));
    let again: Value = app
        .upload_csv("/api/v1/school/pupils/import", Some(&token), csv)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        again,
        serde_json::json!({ "created": 0, "updated": 0, "unchanged": 3 })
    );
}

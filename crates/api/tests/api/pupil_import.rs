//! CSV import and export of pupils: all-or-nothing, every row error reported, no duplicates.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};
use crate::po_support::pupil_body;

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

/// What the CSV import refuses, the API refuses too (one rule, in the domain), so whatever a
/// school stored through either way comes back out of its export and imports again.
#[tokio::test]
async fn the_api_refuses_what_the_import_refuses_and_the_export_always_reimports() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let refused = [
        ("first_name", json!("   "), "required"),
        ("first_name", json!("No\u{0}or"), "invalid_character"),
        ("last_name", json!("de\u{200B}Vries"), "invalid_character"),
        ("last_name", json!("\u{202E}seirV ed"), "invalid_character"),
        ("home_town", json!("Uit\nhoorn"), "invalid_character"),
        ("birth_date", json!("1800-01-01"), "implausible_date"),
        ("birth_date", json!("9999-12-31"), "implausible_date"),
    ];
    let existing = app.a.pupil_ids[0];
    for (field, value, code) in refused {
        let mut body = pupil_body("N-9", "noor@ouders.example");
        body[field] = value.clone();
        let created = app
            .call(
                Method::POST,
                "/api/v1/school/pupils",
                Some(&token),
                Some(&body),
            )
            .await;
        assert_eq!(
            created.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field} {value}"
        );
        let error: Value = created.json().await.unwrap();
        assert_eq!(error["details"]["fields"][0]["field"], field, "{error}");
        assert_eq!(error["details"]["fields"][0]["code"], code, "{error}");
        let corrected = app
            .call(
                Method::PUT,
                &format!("/api/v1/school/pupils/{existing}"),
                Some(&token),
                Some(&body),
            )
            .await;
        assert_eq!(
            corrected.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field} {value}"
        );

        // The same value in a CSV row gets the same code.
        let mut csv = String::from(
            "external_id;first_name;last_name;class_name;birth_date;advice;lwoo;home_town;parent_email\n",
        );
        let cell = |name: &str| match name {
            _ if name == field => value.as_str().unwrap().to_owned(),
            "external_id" => "N-9".to_owned(),
            "first_name" => "Noor".to_owned(),
            "last_name" => "de Vries".to_owned(),
            "class_name" => "8A".to_owned(),
            "birth_date" => "2014-05-17".to_owned(),
            "advice" => "havo".to_owned(),
            "lwoo" => "nee".to_owned(),
            "home_town" => "Uithoorn".to_owned(),
            _ => "noor@ouders.example".to_owned(),
        };
        let row: Vec<String> = [
            "external_id",
            "first_name",
            "last_name",
            "class_name",
            "birth_date",
            "advice",
            "lwoo",
            "home_town",
            "parent_email",
        ]
        .iter()
        .map(|name| format!("\"{}\"", cell(name)))
        .collect();
        csv.push_str(&row.join(";"));
        csv.push('\n');
        let response = app
            .upload_csv("/api/v1/school/pupils/import", Some(&token), csv)
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let imported: Value = response.json().await.unwrap();
        if value.as_str().unwrap().contains('\0') {
            // A NUL makes the whole file binary, refused before any row is read.
            assert_eq!(imported["code"], "unsupported_file", "{imported}");
            continue;
        }
        assert_eq!(
            imported["details"]["rows"][0]["column"], field,
            "{imported}"
        );
        assert_eq!(imported["details"]["rows"][0]["code"], code, "{imported}");
    }

    // Names in other scripts, with quotes and separators, pass both ways and round-trip.
    let mut body = pupil_body("N-10", "zeynep@ouders.example");
    body["first_name"] = json!("Zeynep Şükrü");
    body["last_name"] = json!("O'Brien; \"de\" Vries, jr.");
    let created = app
        .call(
            Method::POST,
            "/api/v1/school/pupils",
            Some(&token),
            Some(&body),
        )
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let csv = app
        .call(
            Method::GET,
            "/api/v1/school/pupils/export",
            Some(&token),
            None,
        )
        .await
        .text()
        .await
        .unwrap();
    let again: Value = app
        .upload_csv("/api/v1/school/pupils/import", Some(&token), csv)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again, json!({ "created": 0, "updated": 0, "unchanged": 4 }));
}

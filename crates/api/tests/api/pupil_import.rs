//! CSV import and export of pupils: all-or-nothing, every row error reported, no duplicates.

use overstap_api_types::{
    ErrorCode, ErrorResponse, ImportResponse, PupilDataRequest, PupilListQuery,
};
use reqwest::{Method, StatusCode};

use crate::helpers::{TestApp, spawn_app};
use crate::po_support::pupil_body;

const HEADER: &str = "external_id;first_name;last_name;class_name;birth_date;advice;lwoo;home_town;parent_email;twin_external_id";

async fn pupil_count(app: &TestApp, token: &str) -> usize {
    app.api(token)
        .list_pupils(&PupilListQuery::default())
        .await
        .ok()
        .pupils
        .len()
}

fn imported(created: u32, updated: u32, unchanged: u32) -> ImportResponse {
    ImportResponse {
        created,
        updated,
        unchanged,
    }
}

fn words(q: &str) -> PupilListQuery {
    PupilListQuery {
        q: Some(q.to_owned()),
        ..PupilListQuery::default()
    }
}

/// The (line, column, code) of every row error.
fn row_errors(error: &ErrorResponse) -> Vec<(u32, String, String)> {
    error
        .details
        .iter()
        .flat_map(|d| &d.rows)
        .map(|r| (r.line, r.column.clone(), r.code.clone()))
        .collect()
}

#[tokio::test]
async fn an_import_creates_then_a_reimport_updates_by_own_pupil_id_without_duplicates() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&token);
    let file = format!(
        "{HEADER}\n\
         n-1;Sem;de Boer;8B;2014-03-01;vwo;nee;Aalsmeer;sem@ouders.example;n-2\n\
         n-2;Saar;de Boer;8B;01-03-2014;vwo;nee;Aalsmeer;saar@ouders.example;n-1\n"
    );
    let first = school.import_pupils(file.clone()).await.ok();
    assert_eq!(first, imported(2, 0, 0));
    assert_eq!(pupil_count(&app, &token).await, 5);

    let changed = file.replace("Aalsmeer;saar@", "Uithoorn;saar@");
    let again = school.import_pupils(changed).await.ok();
    assert_eq!(again, imported(0, 1, 1));
    assert_eq!(pupil_count(&app, &token).await, 5, "no duplicates");
    let list = school.list_pupils(&words("saar")).await.ok();
    let saar = &list.pupils[0];
    assert_eq!(saar.home_town, "Uithoorn");
    assert_eq!(saar.form_version, 2);
    let sem = school.list_pupils(&words("sem")).await.ok();
    assert_eq!(
        sem.pupils[0].twin_pupil_id,
        Some(saar.id),
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
    let error = app
        .api(&token)
        .import_pupils(file)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    let rows = row_errors(&error);
    let rows: Vec<(u32, &str, &str)> = rows
        .iter()
        .map(|(line, column, code)| (*line, column.as_str(), code.as_str()))
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
    let error = app
        .api(&token)
        .import_pupils(file)
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(row_errors(&error)[0].2, "twin_not_found");
    assert_eq!(pupil_count(&app, &token).await, 3);
}

#[tokio::test]
async fn a_file_that_is_not_csv_or_too_large_is_refused_clearly() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    // Deliberately raw: bytes that are not text, and a JSON body instead of a file.
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
        binary.json::<ErrorResponse>().await.unwrap().code,
        ErrorCode::UnsupportedFile
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
    app.api(&token)
        .import_pupils(huge)
        .await
        .refused(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge);
}

#[tokio::test]
async fn an_export_can_be_imported_again_unchanged() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&token);
    let export = school.export_pupils().await;
    assert!(
        export
            .header("content-type")
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = export.ok_text();
    assert!(csv.contains(&app.a.parent.username));
    let again = school.import_pupils(csv).await.ok();
    assert_eq!(again, imported(0, 0, 3));
}

/// Sets the text field `name` of a pupil body.
fn set(body: &mut PupilDataRequest, name: &str, value: &str) {
    let value = value.to_owned();
    match name {
        "first_name" => body.first_name = value,
        "last_name" => body.last_name = value,
        "home_town" => body.home_town = value,
        "birth_date" => {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            body.birth_date = time::Date::parse(&value, format).unwrap();
        }
        other => panic!("no text field {other}"),
    }
}

/// What the CSV import refuses, the API refuses too (one rule, in the domain), so whatever a
/// school stored through either way comes back out of its export and imports again.
#[tokio::test]
async fn the_api_refuses_what_the_import_refuses_and_the_export_always_reimports() {
    let app = spawn_app().await;
    let token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&token);
    let refused = [
        ("first_name", "   ", "required"),
        ("first_name", "No\u{0}or", "invalid_character"),
        ("last_name", "de\u{200B}Vries", "invalid_character"),
        ("last_name", "\u{202E}seirV ed", "invalid_character"),
        ("home_town", "Uit\nhoorn", "invalid_character"),
        ("birth_date", "1800-01-01", "implausible_date"),
        ("birth_date", "9999-12-31", "implausible_date"),
    ];
    let existing = app.a.pupil_ids[0];
    for (field, value, code) in refused {
        let mut body = pupil_body("N-9", "noor@ouders.example");
        set(&mut body, field, value);
        let error = school
            .create_pupil(&body)
            .await
            .refusal(StatusCode::UNPROCESSABLE_ENTITY);
        let first = &error.details.as_ref().unwrap().fields[0];
        assert_eq!(first.field, field, "{error:?}");
        assert_eq!(first.code, code, "{error:?}");
        let corrected = school.correct_pupil(existing, &body).await;
        assert_eq!(
            corrected.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field} {value:?}"
        );

        // The same value in a CSV row gets the same code.
        let mut csv = String::from(
            "external_id;first_name;last_name;class_name;birth_date;advice;lwoo;home_town;parent_email\n",
        );
        let cell = |name: &str| match name {
            _ if name == field => value.to_owned(),
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
        let imported = school
            .import_pupils(csv)
            .await
            .refusal(StatusCode::UNPROCESSABLE_ENTITY);
        if value.contains('\0') {
            // A NUL makes the whole file binary, refused before any row is read.
            assert_eq!(imported.code, ErrorCode::UnsupportedFile, "{imported:?}");
            continue;
        }
        let rows = row_errors(&imported);
        assert_eq!(rows[0].1, field, "{imported:?}");
        assert_eq!(rows[0].2, code, "{imported:?}");
    }

    // Names in other scripts, with quotes and separators, pass both ways and round-trip.
    let mut body = pupil_body("N-10", "zeynep@ouders.example");
    body.first_name = "Zeynep Şükrü".to_owned();
    body.last_name = "O'Brien; \"de\" Vries, jr.".to_owned();
    school.create_pupil(&body).await.ok();
    let csv = school.export_pupils().await.ok_text();
    let again = school.import_pupils(csv).await.ok();
    assert_eq!(again, imported(0, 0, 4));
}

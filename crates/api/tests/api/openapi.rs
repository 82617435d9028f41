//! The committed OpenAPI document equals the served one; the docs page works offline.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::spawn_app;

const COMMITTED: &str = include_str!("../../../../openapi/openapi.json");

#[tokio::test]
async fn the_committed_openapi_document_equals_the_served_one() {
    let app = spawn_app().await;
    let served: Value = app
        .get_as("/api/v1/openapi.json", None)
        .await
        .json()
        .await
        .unwrap();
    let committed: Value = serde_json::from_str(COMMITTED).unwrap();
    assert_eq!(
        served, committed,
        "openapi/openapi.json is stale: run `just openapi` (scripts/openapi.sh) and commit it"
    );
    assert!(served["openapi"].as_str().unwrap().starts_with("3.1"));
    assert_eq!(
        overstap_api::openapi::document_json().unwrap(),
        COMMITTED,
        "the committed file is not in the generated form"
    );
}

#[tokio::test]
async fn the_docs_page_loads_everything_from_this_server() {
    let app = spawn_app().await;
    let page = app.get_as("/api/v1/docs/", None).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "external reference in {html}"
    );
    // Every script and stylesheet it names is served here.
    let assets: Vec<&str> = html
        .split(['"', '\''])
        .filter(|s| s.ends_with(".js") || s.ends_with(".css"))
        .collect();
    assert!(!assets.is_empty());
    for asset in assets {
        let url = format!("/api/v1/docs/{}", asset.trim_start_matches("./"));
        let response = app.get_as(&url, None).await;
        assert_eq!(response.status(), StatusCode::OK, "{url}");
    }
}

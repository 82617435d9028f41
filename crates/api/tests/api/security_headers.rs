//! Security headers on every response, `no-store` on every API answer, HSTS in production.

use overstap_api_types::PupilListQuery;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::helpers::{TestApp, spawn_app_with};

fn header<'a>(response: &'a HeaderMap, name: &str) -> Option<&'a str> {
    response.get(name).and_then(|v| v.to_str().ok())
}

fn assert_browser_headers(response: &HeaderMap, what: &str) {
    let policy = header(response, "content-security-policy").unwrap_or_default();
    assert!(
        policy.contains("frame-ancestors 'none'"),
        "{what}: {policy}"
    );
    assert!(policy.contains("default-src 'self'"), "{what}: {policy}");
    assert_eq!(
        header(response, "x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert_eq!(
        header(response, "referrer-policy"),
        Some("no-referrer"),
        "{what}"
    );
}

async fn app_with_spa(production: bool) -> (TestApp, String) {
    let dir = std::env::temp_dir().join(format!("overstap-csp-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(dir.join("staff")).unwrap();
    let inline = "import init from '/app.js'; await init();";
    std::fs::write(
        dir.join("index.html"),
        format!("<html><head><script type=\"module\">{inline}</script></head></html>"),
    )
    .unwrap();
    std::fs::write(dir.join("staff").join("index.html"), "<html>staff</html>").unwrap();
    std::fs::write(dir.join("app.js"), "export default 1").unwrap();
    let spa_dir = dir.display().to_string();
    let app = spawn_app_with(move |name| match name {
        "OVERSTAP_SPA_DIR" => Some(spa_dir.clone()),
        "OVERSTAP_ENV" if production => Some("production".to_owned()),
        "OVERSTAP_JWT_SECRET" if production => {
            Some("a-production-secret-for-the-header-test-0123".to_owned())
        }
        _ => None,
    })
    .await;
    (app, inline.to_owned())
}

#[tokio::test]
async fn every_kind_of_response_carries_the_security_headers() {
    let (app, inline) = app_with_spa(false).await;
    let token = app.access_token(&app.a.po_staff).await;
    let all = PupilListQuery::default();
    let api = app.api(&token).list_pupils(&all).await;
    api.assert_ok();
    assert_browser_headers(api.headers(), "API answer");
    assert_eq!(header(api.headers(), "cache-control"), Some("no-store"));

    // Raw: a path outside the contract, and pages that are not API answers.
    let not_found = app.get_as("/api/v1/nothing-here", None).await;
    assert_eq!(not_found.status(), StatusCode::NOT_FOUND);
    assert_browser_headers(not_found.headers(), "API 404");
    assert_eq!(
        header(not_found.headers(), "cache-control"),
        Some("no-store")
    );

    let refused = app.anonymous().list_pupils(&all).await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    assert_browser_headers(refused.headers(), "API 401");
    assert_eq!(header(refused.headers(), "cache-control"), Some("no-store"));

    for path in ["/", "/ouder", "/app.js", "/healthz"] {
        let response = app.get_as(path, None).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_browser_headers(response.headers(), path);
    }
    // The app's policy allows its own inline start-up script by hash, and no other inline code.
    let page = app.get_as("/", None).await;
    let policy = header(page.headers(), "content-security-policy")
        .unwrap()
        .to_owned();
    use base64::Engine;
    use sha2::Digest;
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(inline));
    assert!(policy.contains(&format!("'sha256-{hash}'")), "{policy}");
    assert!(policy.contains("'wasm-unsafe-eval'"), "{policy}");
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    // No HSTS outside production.
    assert_eq!(header(page.headers(), "strict-transport-security"), None);
}

#[tokio::test]
async fn production_adds_hsts() {
    let (app, _) = app_with_spa(true).await;
    for path in ["/", "/api/v1/procedure", "/healthz"] {
        let response = app.get_as(path, None).await;
        assert_eq!(
            header(response.headers(), "strict-transport-security"),
            Some("max-age=31536000; includeSubDomains"),
            "{path}"
        );
        assert_browser_headers(response.headers(), path);
    }
}

//! API clients as a role of the matrix: a client reaches exactly the endpoints its scopes open
//! (the table below is the specification, written apart from the server's), and there it is
//! answered as its school's staff are, tenant checks included; everything else is 403.

use overstap_api_types::{ApiClientRequest, ApiScope};
use overstap_domain::Role;
use reqwest::StatusCode;
use serde_json::Value;

use super::{ENDPOINTS, Tenant, sends_to};
use crate::helpers::{TestApp, spawn_app};

/// Which scopes open which endpoint to an API client (any one of them).
const OPENED_BY: &[(&str, &str, &[ApiScope])] = {
    use ApiScope::{PlacementsRead, PupilsRead, PupilsWrite, RegistrationsRead};
    &[
        (
            "get",
            "/api/v1/procedure",
            &[PupilsRead, PupilsWrite, RegistrationsRead, PlacementsRead],
        ),
        ("get", "/api/v1/school/pupils", &[PupilsRead]),
        ("get", "/api/v1/school/pupils/export", &[PupilsRead]),
        ("get", "/api/v1/school/pupils/{pupil_id}", &[PupilsRead]),
        ("post", "/api/v1/school/pupils", &[PupilsWrite]),
        ("put", "/api/v1/school/pupils/{pupil_id}", &[PupilsWrite]),
        ("post", "/api/v1/school/pupils/import", &[PupilsWrite]),
        ("get", "/api/v1/school/status-board", &[RegistrationsRead]),
        ("get", "/api/v1/school/registrations", &[RegistrationsRead]),
        (
            "get",
            "/api/v1/school/programmes",
            &[RegistrationsRead, PlacementsRead],
        ),
        ("get", "/api/v1/school/placements", &[PlacementsRead]),
        ("get", "/api/v1/school/placements/export", &[PlacementsRead]),
        ("get", "/api/v1/school/reserve-offers", &[PlacementsRead]),
    ]
};

struct ClientCaller {
    /// The staff role of its school's kind.
    acts_as: Role,
    scopes: &'static [ApiScope],
    token: String,
}

async fn client(
    app: &TestApp,
    name: &str,
    acts_as: Role,
    scopes: &'static [ApiScope],
) -> ClientCaller {
    let coordinator = app.access_token(&app.coordinator).await;
    let school = match acts_as {
        Role::PoStaff => app.a.po_school_id,
        _ => app.a.vo_school_id,
    };
    let made = app
        .api(&coordinator)
        .create_api_client(&ApiClientRequest {
            name: name.to_owned(),
            school_ids: vec![school.as_uuid()],
            scopes: scopes.to_vec(),
            requests_per_minute: None,
        })
        .await
        .ok();
    let token = app
        .anonymous()
        .issue_client_token(&[
            ("grant_type", "client_credentials"),
            ("client_id", &made.client.id.to_string()),
            ("client_secret", &made.client_secret),
        ])
        .await
        .ok()
        .access_token;
    ClientCaller {
        acts_as,
        scopes,
        token,
    }
}

#[tokio::test]
async fn every_endpoint_answers_api_clients_as_their_scopes_say() {
    const ALL: &[ApiScope] = &ApiScope::ALL;
    let app = spawn_app().await;
    let callers = [
        client(&app, "PO alles", Role::PoStaff, ALL).await,
        client(&app, "VO alles", Role::VoStaff, ALL).await,
        client(&app, "PO lezen", Role::PoStaff, &[ApiScope::PupilsRead]).await,
    ];
    let mut opened = 0;
    for endpoint in ENDPOINTS {
        for tenant in [Tenant::Own, Tenant::Foreign] {
            for caller in &callers {
                let reply = (endpoint.call)(&app, app.api(&caller.token), tenant).await;
                let request = reply.request().to_owned();
                assert!(sends_to(&request, endpoint.method, endpoint.path));
                let open = OPENED_BY
                    .iter()
                    .find(|(m, p, _)| *m == endpoint.method && *p == endpoint.path)
                    .is_some_and(|(_, _, needed)| needed.iter().any(|s| caller.scopes.contains(s)));
                let expected = if open {
                    (endpoint.expect)(Some(caller.acts_as), tenant)
                } else {
                    StatusCode::FORBIDDEN
                };
                let status = reply.status();
                let text = reply.text().to_owned();
                let body: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
                assert_eq!(
                    status, expected,
                    "{:?} client {:?} {tenant:?} {request}: {body}",
                    caller.acts_as, caller.scopes
                );
                if status.is_success() {
                    (endpoint.check)(&app, &body);
                    opened += 1;
                } else if !open {
                    assert_eq!(body["code"], "insufficient_scope", "{request}: {body}");
                }
            }
        }
    }
    // Every scope table row is an endpoint of the matrix.
    for (method, path, _) in OPENED_BY {
        assert!(
            ENDPOINTS
                .iter()
                .any(|e| e.method == *method && e.path == *path),
            "{method} {path}"
        );
    }
    assert!(opened > 20, "clients reached {opened} endpoints");
}

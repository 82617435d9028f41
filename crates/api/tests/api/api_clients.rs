//! API clients: made by a coordinator or board admin, signing in with client credentials, and
//! reaching exactly what their school and scopes allow.

use base64::Engine;
use overstap_api_types::{ApiClientRequest, ApiScope, AuditLogQuery, ErrorCode, PupilListQuery};
use reqwest::StatusCode;
use serde_json::Value;
use time::Duration;
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};
use crate::po_support::pupil_body;

fn request(name: &str, schools: &[Uuid], scopes: &[ApiScope]) -> ApiClientRequest {
    ApiClientRequest {
        name: name.to_owned(),
        school_ids: schools.to_vec(),
        scopes: scopes.to_vec(),
        requests_per_minute: None,
    }
}

/// A 422's field errors as `field: code`.
fn field_errors(error: &overstap_api_types::ErrorResponse) -> Vec<String> {
    error
        .details
        .iter()
        .flat_map(|d| d.fields.iter().map(|f| format!("{}: {}", f.field, f.code)))
        .collect()
}

fn basic(id: Uuid, secret: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}"))
    )
}

/// A token for client `id` with `secret` (HTTP Basic), with extra form fields.
async fn token(app: &TestApp, id: Uuid, secret: &str, extra: &[(&str, &str)]) -> String {
    let mut form = vec![("grant_type", "client_credentials")];
    form.extend_from_slice(extra);
    app.anonymous()
        .with_header("authorization", basic(id, secret))
        .issue_client_token(&form)
        .await
        .ok()
        .access_token
}

/// The RFC 6749 error of a refused token request, after checking its status and that it is
/// never cached.
fn oauth_error(
    reply: &crate::client::Reply<overstap_api_types::ClientTokenResponse>,
    status: StatusCode,
) -> String {
    assert_eq!(reply.status(), status, "{}", reply.text());
    assert_eq!(reply.header("cache-control"), Some("no-store"));
    let body: Value = serde_json::from_str(reply.text()).unwrap();
    assert!(
        body["error_description"]
            .as_str()
            .is_some_and(|d| !d.is_empty())
    );
    body["error"].as_str().unwrap().to_owned()
}

async fn pupil_count(app: &TestApp) -> usize {
    let staff = app.access_token(&app.a.po_staff).await;
    app.api(&staff)
        .list_pupils(&PupilListQuery::default())
        .await
        .ok()
        .pupils
        .len()
}

#[tokio::test]
async fn a_client_with_pupils_read_for_school_a_reads_its_pupils_and_nothing_else() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let created = app
        .api(&coordinator)
        .create_api_client(&request(
            "Leerlingadministratie A",
            &[app.a.po_school_id.as_uuid()],
            &[ApiScope::PupilsRead],
        ))
        .await;
    assert_eq!(created.header("location"), Some("/api/v1/api-clients"));
    let created = created.ok();
    assert_eq!(created.client_secret.len(), 64);
    assert_eq!(created.client.scopes, vec![ApiScope::PupilsRead]);
    assert_eq!(created.client.last_used_at, None);
    let id = created.client.id;

    let issued = app
        .anonymous()
        .with_header("authorization", basic(id, &created.client_secret))
        .issue_client_token(&[("grant_type", "client_credentials")])
        .await;
    assert_eq!(issued.header("cache-control"), Some("no-store"));
    let issued = issued.ok();
    assert_eq!(issued.token_type, "Bearer");
    assert_eq!(issued.scope, "pupils:read");
    assert_eq!(issued.school_id, app.a.po_school_id.as_uuid());
    let client = app.api(&issued.access_token);

    // Its school's pupils, with the rate-limit headers.
    let list = client.list_pupils(&PupilListQuery::default()).await;
    assert_eq!(
        list.header("ratelimit-policy"),
        Some("\"client\";q=600;w=60")
    );
    assert!(
        list.header("ratelimit")
            .is_some_and(|v| v.starts_with("\"client\";r=599;t="))
    );
    let own: Vec<Uuid> = app.a.pupil_ids.iter().map(|p| p.as_uuid()).collect();
    let listed = list.ok().pupils;
    assert!(!listed.is_empty());
    assert!(
        listed.iter().all(|p| own.contains(&p.id)),
        "only school A's pupils"
    );
    client.get_pupil(app.a.pupil_ids[0]).await.ok();
    // Another school's pupil is unknown.
    client
        .get_pupil(app.b.pupil_ids[0])
        .await
        .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);

    // A write needs pupils:write: 403, nothing made.
    let before = pupil_count(&app).await;
    let refused = client
        .create_pupil(&pupil_body("API-1", "api@ouders.example"))
        .await;
    assert_eq!(
        refused.header("www-authenticate"),
        Some(r#"Bearer error="insufficient_scope", scope="pupils:write""#)
    );
    let error = refused.refused(StatusCode::FORBIDDEN, ErrorCode::InsufficientScope);
    assert_eq!(crate::client::facts(&error)["scope"], "pupils:write");
    assert_eq!(pupil_count(&app).await, before);
    // Nothing outside its scopes: the status board, staff accounts, a parent's page.
    client
        .get_status_board()
        .await
        .refused(StatusCode::FORBIDDEN, ErrorCode::InsufficientScope);
    client
        .list_staff()
        .await
        .refused(StatusCode::FORBIDDEN, ErrorCode::InsufficientScope);
    client
        .get_child()
        .await
        .refused(StatusCode::FORBIDDEN, ErrorCode::InsufficientScope);
    client
        .get_me()
        .await
        .refused(StatusCode::FORBIDDEN, ErrorCode::InsufficientScope);

    let listed = app.api(&coordinator).list_api_clients().await.ok().clients;
    assert_eq!(listed.len(), 1);
    assert_eq!(
        listed[0].last_used_at,
        Some(app.clock.now().replace_nanosecond(0).unwrap())
    );
}

#[tokio::test]
async fn a_clients_writes_are_audited_under_its_name() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let created = app
        .api(&coordinator)
        .create_api_client(&request(
            "ParnasSys koppeling",
            &[app.a.po_school_id.as_uuid(), app.b.po_school_id.as_uuid()],
            &[ApiScope::PupilsRead, ApiScope::PupilsWrite],
        ))
        .await
        .ok();
    let id = created.client.id;
    let school_b = app.b.po_school_id.as_uuid().to_string();
    let access = token(
        &app,
        id,
        &created.client_secret,
        &[("school_id", &school_b)],
    )
    .await;
    let pupil = app
        .api(&access)
        .create_pupil(&pupil_body("API-2", "api2@ouders.example"))
        .await
        .ok();
    // Made at school B, the token's school.
    let staff_b = app.access_token(&app.b.po_staff).await;
    app.api(&staff_b).get_pupil(pupil.id).await.ok();

    let log = app
        .api(&coordinator)
        .list_audit_log(&AuditLogQuery {
            action: Some("pupil.created".to_owned()),
            ..AuditLogQuery::default()
        })
        .await
        .ok();
    let entry = log
        .entries
        .iter()
        .find(|e| e.subject_id == Some(pupil.id))
        .expect("the creation is audited");
    assert_eq!(entry.actor_role, "api_client");
    assert_eq!(entry.actor_id, Some(id));
    assert_eq!(entry.actor_name.as_deref(), Some("ParnasSys koppeling"));
    let made = app
        .api(&coordinator)
        .list_audit_log(&AuditLogQuery {
            action: Some("api_client.created".to_owned()),
            ..AuditLogQuery::default()
        })
        .await
        .ok();
    assert_eq!(made.entries.len(), 1);
    assert_eq!(
        made.entries[0].details["scopes"],
        "pupils:read pupils:write"
    );
}

#[tokio::test]
async fn the_token_endpoint_answers_rfc_6749_errors() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let two_schools = app
        .api(&coordinator)
        .create_api_client(&request(
            "Twee scholen",
            &[app.a.po_school_id.as_uuid(), app.a.vo_school_id.as_uuid()],
            &[ApiScope::PupilsRead, ApiScope::PlacementsRead],
        ))
        .await
        .ok();
    let id = two_schools.client.id;
    let secret = two_schools.client_secret.as_str();
    let anonymous = app.anonymous();
    let grant = [("grant_type", "client_credentials")];
    let with_basic = |id: Uuid, secret: &str| {
        anonymous
            .clone()
            .with_header("authorization", basic(id, secret))
    };

    // invalid_client: wrong secret, unknown client, no authentication at all.
    let wrong = with_basic(id, "0".repeat(64).as_str())
        .issue_client_token(&grant)
        .await;
    assert_eq!(
        wrong.header("www-authenticate"),
        Some(r#"Basic realm="overstap""#)
    );
    assert_eq!(
        oauth_error(&wrong, StatusCode::UNAUTHORIZED),
        "invalid_client"
    );
    let unknown = with_basic(Uuid::new_v4(), secret)
        .issue_client_token(&grant)
        .await;
    assert_eq!(
        oauth_error(&unknown, StatusCode::UNAUTHORIZED),
        "invalid_client"
    );
    let nobody = anonymous.issue_client_token(&grant).await;
    assert_eq!(
        oauth_error(&nobody, StatusCode::UNAUTHORIZED),
        "invalid_client"
    );
    let garbled = anonymous
        .clone()
        .with_header("authorization", "Basic not-base64!")
        .issue_client_token(&grant)
        .await;
    assert_eq!(
        oauth_error(&garbled, StatusCode::UNAUTHORIZED),
        "invalid_client"
    );

    // invalid_request and unsupported_grant_type.
    let school_a = app.a.po_school_id.as_uuid().to_string();
    let no_grant = with_basic(id, secret)
        .issue_client_token(&[("school_id", &school_a)])
        .await;
    assert_eq!(
        oauth_error(&no_grant, StatusCode::BAD_REQUEST),
        "invalid_request"
    );
    let password = with_basic(id, secret)
        .issue_client_token(&[("grant_type", "password"), ("school_id", &school_a)])
        .await;
    assert_eq!(
        oauth_error(&password, StatusCode::BAD_REQUEST),
        "unsupported_grant_type"
    );
    let which_school = with_basic(id, secret).issue_client_token(&grant).await;
    assert_eq!(
        oauth_error(&which_school, StatusCode::BAD_REQUEST),
        "invalid_request"
    );
    let other_school = app.b.po_school_id.as_uuid().to_string();
    let not_its_school = with_basic(id, secret)
        .issue_client_token(&[
            ("grant_type", "client_credentials"),
            ("school_id", &other_school),
        ])
        .await;
    assert_eq!(
        oauth_error(&not_its_school, StatusCode::BAD_REQUEST),
        "invalid_request"
    );
    // One method: HTTP Basic with a second secret in the form, or naming another client.
    let two_secrets = with_basic(id, secret)
        .issue_client_token(&[
            ("grant_type", "client_credentials"),
            ("school_id", &school_a),
            ("client_secret", secret),
        ])
        .await;
    assert_eq!(
        oauth_error(&two_secrets, StatusCode::BAD_REQUEST),
        "invalid_request"
    );
    let other_id = Uuid::new_v4().to_string();
    let two_clients = with_basic(id, secret)
        .issue_client_token(&[
            ("grant_type", "client_credentials"),
            ("school_id", &school_a),
            ("client_id", &other_id),
        ])
        .await;
    assert_eq!(
        oauth_error(&two_clients, StatusCode::BAD_REQUEST),
        "invalid_request"
    );
    // The same client_id repeated beside HTTP Basic is fine (many libraries send it).
    with_basic(id, secret)
        .issue_client_token(&[
            ("grant_type", "client_credentials"),
            ("school_id", &school_a),
            ("client_id", &id.to_string()),
        ])
        .await
        .ok();
    let json = app
        .client
        .post(app.url("/api/v1/oauth/token"))
        .header("authorization", basic(id, secret))
        .json(&serde_json::json!({ "grant_type": "client_credentials" }))
        .send()
        .await
        .unwrap();
    assert_eq!(json.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        json.json::<Value>().await.unwrap()["error"],
        "invalid_request"
    );

    // invalid_scope: more than the client has, or no scope at all.
    for asked in ["pupils:write", "pupils:read admin"] {
        let scope = with_basic(id, secret)
            .issue_client_token(&[
                ("grant_type", "client_credentials"),
                ("school_id", &school_a),
                ("scope", asked),
            ])
            .await;
        assert_eq!(
            oauth_error(&scope, StatusCode::BAD_REQUEST),
            "invalid_scope",
            "{asked}"
        );
    }

    // client_secret_post works too, and a narrower scope is granted as asked.
    let vo = app.a.vo_school_id.as_uuid().to_string();
    let posted = anonymous
        .issue_client_token(&[
            ("grant_type", "client_credentials"),
            ("client_id", &id.to_string()),
            ("client_secret", secret),
            ("school_id", &vo),
            ("scope", "placements:read"),
        ])
        .await
        .ok();
    assert_eq!(posted.scope, "placements:read");
    assert_eq!(posted.school_id, app.a.vo_school_id.as_uuid());
    // That token acts for the VO school: its programmes, not its pupils.
    let vo_client = app.api(&posted.access_token);
    vo_client.list_programmes().await.ok();
    vo_client
        .list_pupils(&PupilListQuery::default())
        .await
        .refused(StatusCode::FORBIDDEN, ErrorCode::InsufficientScope);
}

#[tokio::test]
async fn a_rotated_out_secret_works_until_its_grace_ends_and_a_revoked_client_stops_at_once() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let manager = app.api(&coordinator);
    let created = manager
        .create_api_client(&request(
            "Rotatie",
            &[app.a.po_school_id.as_uuid()],
            &[ApiScope::PupilsRead],
        ))
        .await
        .ok();
    let id = created.client.id;
    let old = created.client_secret;
    let rotated = manager.rotate_api_client_secret(id).await.ok();
    let new = rotated.client_secret;
    assert_ne!(new, old);
    assert_eq!(
        rotated.client.previous_secret_until,
        Some(
            (app.clock.now() + Duration::hours(24))
                .replace_nanosecond(0)
                .unwrap()
        )
    );
    // Both work during the grace period.
    token(&app, id, &old, &[]).await;
    let access = token(&app, id, &new, &[]).await;
    // After it, only the new one.
    app.clock
        .set(app.clock.now() + Duration::hours(24) + Duration::seconds(1));
    let expired = app
        .anonymous()
        .with_header("authorization", basic(id, &old))
        .issue_client_token(&[("grant_type", "client_credentials")])
        .await;
    assert_eq!(
        oauth_error(&expired, StatusCode::UNAUTHORIZED),
        "invalid_client"
    );
    let access_after = token(&app, id, &new, &[]).await;
    app.api(&access_after)
        .list_pupils(&PupilListQuery::default())
        .await
        .ok();
    drop(access);

    // Revoked: no more tokens, and the token it holds stops at once.
    let coordinator = app.access_token(&app.coordinator).await;
    let manager = app.api(&coordinator);
    manager.revoke_api_client(id).await.ok();
    app.api(&access_after)
        .list_pupils(&PupilListQuery::default())
        .await
        .refused(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    let refused = app
        .anonymous()
        .with_header("authorization", basic(id, &new))
        .issue_client_token(&[("grant_type", "client_credentials")])
        .await;
    assert_eq!(
        oauth_error(&refused, StatusCode::UNAUTHORIZED),
        "invalid_client"
    );
    let listed = manager.list_api_clients().await.ok().clients;
    assert!(listed[0].revoked_at.is_some());
    manager
        .rotate_api_client_secret(id)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::Conflict);
    // Revoking again changes nothing.
    manager.revoke_api_client(id).await.ok();
}

#[tokio::test]
async fn a_board_admin_manages_the_boards_clients_and_nobody_elses() {
    let app = spawn_app().await;
    let admin_a = app.access_token(&app.a.board_admin).await;
    let admin_b = app.access_token(&app.b.board_admin).await;
    let made = app
        .api(&admin_a)
        .create_api_client(&request(
            "Bestuur A",
            &[app.a.po_school_id.as_uuid()],
            &[ApiScope::PupilsRead],
        ))
        .await
        .ok();
    assert_eq!(made.client.board_id, Some(app.a.board_id.as_uuid()));
    // Another board's school is not the admin's to give.
    let error = app
        .api(&admin_a)
        .create_api_client(&request(
            "Bestuur A 2",
            &[app.b.po_school_id.as_uuid()],
            &[ApiScope::PupilsRead],
        ))
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(field_errors(&error), vec!["school_ids: unknown_school"]);
    // The name is the region's: taken.
    let error = app
        .api(&admin_b)
        .create_api_client(&request(
            "Bestuur A",
            &[app.b.po_school_id.as_uuid()],
            &[ApiScope::PupilsRead],
        ))
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(field_errors(&error), vec!["name: taken"]);
    // Board B sees none of board A's clients and cannot touch them.
    assert!(
        app.api(&admin_b)
            .list_api_clients()
            .await
            .ok()
            .clients
            .is_empty()
    );
    app.api(&admin_b)
        .rotate_api_client_secret(made.client.id)
        .await
        .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    app.api(&admin_b)
        .revoke_api_client(made.client.id)
        .await
        .refused(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    // Each board admin reads the audit entries about the board's clients only.
    for (token, expected) in [(&admin_a, 1), (&admin_b, 0)] {
        let entries = app
            .api(token)
            .list_audit_log(&AuditLogQuery {
                action: Some("api_client.created".to_owned()),
                ..AuditLogQuery::default()
            })
            .await
            .ok()
            .entries;
        assert_eq!(entries.len(), expected);
    }
    // The coordinator sees every client of the region.
    let coordinator = app.access_token(&app.coordinator).await;
    assert_eq!(
        app.api(&coordinator)
            .list_api_clients()
            .await
            .ok()
            .clients
            .len(),
        1
    );
    // No scope, no client.
    let error = app
        .api(&coordinator)
        .create_api_client(&request("Leeg", &[app.a.po_school_id.as_uuid()], &[]))
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(field_errors(&error), vec!["scopes: length"]);
}

#[tokio::test]
async fn a_client_over_its_rate_limit_waits_for_the_next_minute() {
    let app = spawn_app().await;
    let coordinator = app.access_token(&app.coordinator).await;
    let created = app
        .api(&coordinator)
        .create_api_client(&ApiClientRequest {
            requests_per_minute: Some(3),
            ..request(
                "Traag",
                &[app.a.po_school_id.as_uuid()],
                &[ApiScope::PupilsRead],
            )
        })
        .await
        .ok();
    // A minute of its own, so that the count starts at the minute's start.
    let now = app.clock.now();
    let minute_start = now - Duration::seconds(now.unix_timestamp().rem_euclid(60));
    app.clock
        .set(minute_start + Duration::minutes(1) + Duration::seconds(10));
    let access = token(&app, created.client.id, &created.client_secret, &[]).await;
    let client = app.api(&access);
    for remaining in [2, 1, 0] {
        let reply = client.list_pupils(&PupilListQuery::default()).await;
        assert_eq!(
            reply.header("ratelimit"),
            Some(format!("\"client\";r={remaining};t=50").as_str())
        );
        reply.ok();
    }
    let over = client.list_pupils(&PupilListQuery::default()).await;
    assert_eq!(over.header("retry-after"), Some("50"));
    assert_eq!(over.header("ratelimit"), Some("\"client\";r=0;t=50"));
    over.refused(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    app.clock.set(app.clock.now() + Duration::seconds(50));
    client.list_pupils(&PupilListQuery::default()).await.ok();
}

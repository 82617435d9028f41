//! Every endpoint × every role × own/foreign tenant: the allowed answer, or 401/403/404.
//! A new endpoint that is not in `ENDPOINTS` fails `every_documented_endpoint_is_in_the_matrix`.

use std::collections::BTreeSet;

use overstap_domain::Role;
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};

/// Who is asking, relative to the resource: its own tenant or the other one.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tenant {
    Own,
    Foreign,
}

enum Body {
    None,
    Json(fn(&TestApp, Tenant) -> Value),
    Csv(fn(&TestApp, Tenant) -> String),
}

struct Endpoint {
    /// Lower-case, as in the OpenAPI document.
    method: &'static str,
    /// The OpenAPI path template.
    path: &'static str,
    /// The concrete path for a caller of tenant "a" addressing `tenant`'s resource.
    concrete: fn(&TestApp, Tenant) -> String,
    body: Body,
    /// The status each role gets (None = anonymous).
    expect: fn(Option<Role>, Tenant) -> StatusCode,
    /// Extra assertions on a 200 body: it must hold the caller's own data only.
    check: fn(&TestApp, &Value),
}

fn by_role(asking: Option<Role>, allowed: Role) -> StatusCode {
    match asking {
        None => StatusCode::UNAUTHORIZED,
        Some(role) if role == allowed => StatusCode::OK,
        Some(_) => StatusCode::FORBIDDEN,
    }
}

fn any_signed_in(asking: Option<Role>, _: Tenant) -> StatusCode {
    if asking.is_some() {
        StatusCode::OK
    } else {
        StatusCode::UNAUTHORIZED
    }
}

fn no_check(_: &TestApp, _: &Value) {}

/// Any staff role gets `status`; parents 403; anonymous 401.
const fn staff_only(status: StatusCode) -> fn(Option<Role>, Tenant) -> StatusCode {
    // A const fn cannot capture; the few statuses used are spelled out.
    match status.as_u16() {
        200 => |r, _| staff_answer(r, StatusCode::OK),
        201 => |r, _| staff_answer(r, StatusCode::CREATED),
        409 => |r, _| staff_answer(r, StatusCode::CONFLICT),
        _ => |r, _| staff_answer(r, StatusCode::UNPROCESSABLE_ENTITY),
    }
}

fn staff_answer(asking: Option<Role>, status: StatusCode) -> StatusCode {
    match asking {
        None => StatusCode::UNAUTHORIZED,
        Some(Role::Parent) => StatusCode::FORBIDDEN,
        Some(_) => status,
    }
}

/// PO staff only; a pupil id of another school is answered as unknown.
fn po_own_pupil(asking: Option<Role>, tenant: Tenant) -> StatusCode {
    match (by_role(asking, Role::PoStaff), tenant) {
        (StatusCode::OK, Tenant::Foreign) => StatusCode::NOT_FOUND,
        (status, _) => status,
    }
}

fn pupil_of(app: &TestApp, tenant: Tenant) -> uuid::Uuid {
    match tenant {
        Tenant::Own => app.a.pupil_ids[1].as_uuid(),
        Tenant::Foreign => app.b.pupil_ids[1].as_uuid(),
    }
}

fn po_only(asking: Option<Role>, _: Tenant) -> StatusCode {
    by_role(asking, Role::PoStaff)
}

/// Bulk actions name pupils; another school's are skipped as unknown, never touched.
fn only_own_pupils_done(app: &TestApp, body: &Value) {
    let foreign: Vec<String> = app.b.pupil_ids.iter().map(ToString::to_string).collect();
    for id in body["done"].as_array().unwrap() {
        assert!(
            !foreign.contains(&id.as_str().unwrap().to_owned()),
            "touched a foreign pupil"
        );
    }
}

const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        method: "get",
        path: "/api/v1/me",
        concrete: |_, _| "/api/v1/me".into(),
        body: Body::None,
        expect: any_signed_in,
        check: |app, me| {
            if let Some(school) = me.get("school") {
                let id = school["id"].as_str().unwrap();
                assert!(
                    id == app.a.po_school_id.to_string() || id == app.a.vo_school_id.to_string()
                );
            }
            if let Some(board) = me.get("board") {
                assert_eq!(board["id"], app.a.board_id.to_string());
            }
            if let Some(child) = me.get("child") {
                assert_eq!(child["elk_number"], app.a.parent.username);
            }
        },
    },
    Endpoint {
        method: "get",
        path: "/api/v1/procedure",
        concrete: |_, _| "/api/v1/procedure".into(),
        body: Body::None,
        expect: any_signed_in,
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/school/pupils",
        concrete: |_, _| "/api/v1/school/pupils".into(),
        body: Body::None,
        expect: |r, _| by_role(r, Role::PoStaff),
        check: |app, body| {
            let ids: BTreeSet<String> = body["pupils"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["id"].as_str().unwrap().to_owned())
                .collect();
            let own: BTreeSet<String> = app.a.pupil_ids.iter().map(ToString::to_string).collect();
            assert_eq!(ids, own, "a PO school sees exactly its own pupils");
        },
    },
    Endpoint {
        method: "get",
        path: "/api/v1/school/pupils/{pupil_id}",
        concrete: |app, t| {
            format!(
                "/api/v1/school/pupils/{}",
                if t == Tenant::Own {
                    app.a.pupil_ids[1]
                } else {
                    app.b.pupil_ids[1]
                }
            )
        },
        body: Body::None,
        expect: |r, t| match (by_role(r, Role::PoStaff), t) {
            (StatusCode::OK, Tenant::Foreign) => StatusCode::NOT_FOUND,
            (status, _) => status,
        },
        check: |app, body| assert_eq!(body["id"], app.a.pupil_ids[1].to_string()),
    },
    Endpoint {
        method: "get",
        path: "/api/v1/school/programmes",
        concrete: |_, _| "/api/v1/school/programmes".into(),
        body: Body::None,
        expect: |r, _| by_role(r, Role::VoStaff),
        check: |app, body| {
            let programmes = body["programmes"].as_array().unwrap();
            assert!(!programmes.is_empty());
            assert!(
                programmes
                    .iter()
                    .all(|p| p["school_id"] == app.a.vo_school_id.to_string())
            );
        },
    },
    Endpoint {
        method: "get",
        path: "/api/v1/school/registrations",
        concrete: |_, _| "/api/v1/school/registrations".into(),
        body: Body::None,
        expect: |r, _| by_role(r, Role::VoStaff),
        check: |_, body| {
            let counts = body["counts"].as_array().unwrap();
            assert!(counts.iter().all(|c| c["programme_name"] == "havo a"));
        },
    },
    // No registration or programme id is known here: every id is unknown to a VO school (the
    // own/foreign cases are in vo_workspace.rs); everyone else is stopped first.
    Endpoint {
        method: "put",
        path: "/api/v1/school/registrations/{registration_id}/priority",
        concrete: |_, _| {
            format!(
                "/api/v1/school/registrations/{}/priority",
                uuid::Uuid::new_v4()
            )
        },
        body: Body::Json(|_, _| serde_json::json!({ "decision": "approved" })),
        expect: |r, _| match by_role(r, Role::VoStaff) {
            StatusCode::OK => StatusCode::NOT_FOUND,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "put",
        path: "/api/v1/school/programmes/{programme_id}/capacity",
        concrete: |_, _| {
            format!(
                "/api/v1/school/programmes/{}/capacity",
                uuid::Uuid::new_v4()
            )
        },
        body: Body::Json(|_, _| serde_json::json!({ "capacity": 10 })),
        expect: |r, _| match by_role(r, Role::VoStaff) {
            StatusCode::OK => StatusCode::NOT_FOUND,
            other => other,
        },
        check: no_check,
    },
    // Before publication the placement is closed to the VO school.
    Endpoint {
        method: "get",
        path: "/api/v1/school/placements",
        concrete: |_, _| "/api/v1/school/placements".into(),
        body: Body::None,
        expect: |r, _| match by_role(r, Role::VoStaff) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/school/placements/export",
        concrete: |_, _| "/api/v1/school/placements/export".into(),
        body: Body::None,
        expect: |r, _| match by_role(r, Role::VoStaff) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    // Without an official run there are no statistics yet.
    Endpoint {
        method: "get",
        path: "/api/v1/region/statistics",
        concrete: |_, _| "/api/v1/region/statistics".into(),
        body: Body::None,
        expect: |r, _| match by_role(r, Role::Coordinator) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/region/statistics/export",
        concrete: |_, _| "/api/v1/region/statistics/export".into(),
        body: Body::None,
        expect: |r, _| match by_role(r, Role::Coordinator) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/board/schools",
        concrete: |_, _| "/api/v1/board/schools".into(),
        body: Body::None,
        expect: |r, _| by_role(r, Role::BoardAdmin),
        check: |app, body| {
            let ids: BTreeSet<String> = body["schools"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["id"].as_str().unwrap().to_owned())
                .collect();
            assert_eq!(
                ids,
                BTreeSet::from([
                    app.a.po_school_id.to_string(),
                    app.a.vo_school_id.to_string()
                ])
            );
        },
    },
    Endpoint {
        method: "get",
        path: "/api/v1/region/schools",
        concrete: |_, _| "/api/v1/region/schools".into(),
        body: Body::None,
        expect: |r, _| by_role(r, Role::Coordinator),
        check: |_, body| assert_eq!(body["schools"].as_array().unwrap().len(), 4),
    },
    Endpoint {
        method: "get",
        path: "/api/v1/parent/child",
        concrete: |_, _| "/api/v1/parent/child".into(),
        body: Body::None,
        expect: |r, _| by_role(r, Role::Parent),
        check: |app, body| assert_eq!(body["elk_number"], app.a.parent.username),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/region/placement/seed-commitments",
        concrete: |_, _| "/api/v1/region/placement/seed-commitments".into(),
        body: Body::Json(|_, _| serde_json::json!({})),
        expect: |r, _| match by_role(r, Role::Coordinator) {
            StatusCode::OK => StatusCode::CREATED,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/region/placement/runs",
        concrete: |_, _| "/api/v1/region/placement/runs".into(),
        body: Body::None,
        expect: |r, _| by_role(r, Role::Coordinator),
        check: |_, body| assert!(body["runs"].is_array()),
    },
    // During the registration week a run is refused: authorized, but outside its window.
    Endpoint {
        method: "post",
        path: "/api/v1/region/placement/runs",
        concrete: |_, _| "/api/v1/region/placement/runs".into(),
        body: Body::Json(|_, _| serde_json::json!({ "kind": "dry" })),
        expect: |r, _| match by_role(r, Role::Coordinator) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    // An unknown run (or one of another region) is not found.
    Endpoint {
        method: "get",
        path: "/api/v1/region/placement/runs/{run_id}/snapshot",
        concrete: |_, _| {
            format!(
                "/api/v1/region/placement/runs/{}/snapshot",
                uuid::Uuid::new_v4()
            )
        },
        body: Body::None,
        expect: |r, _| match by_role(r, Role::Coordinator) {
            StatusCode::OK => StatusCode::NOT_FOUND,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/region/placement/runs/{run_id}/attention",
        concrete: |_, _| {
            format!(
                "/api/v1/region/placement/runs/{}/attention",
                uuid::Uuid::new_v4()
            )
        },
        body: Body::None,
        expect: |r, _| match by_role(r, Role::Coordinator) {
            StatusCode::OK => StatusCode::NOT_FOUND,
            other => other,
        },
        check: no_check,
    },
    // Before publication the reserve lists are closed: authorized, but outside the window.
    Endpoint {
        method: "get",
        path: "/api/v1/school/reserve-offers",
        concrete: |_, _| "/api/v1/school/reserve-offers".into(),
        body: Body::None,
        expect: |r, _| match by_role(r, Role::VoStaff) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/school/programmes/{programme_id}/reserve-offers",
        concrete: |app, t| {
            let school = if t == Tenant::Own {
                app.a.vo_programme_id
            } else {
                app.b.vo_programme_id
            };
            format!("/api/v1/school/programmes/{school}/reserve-offers")
        },
        body: Body::Json(|_, _| serde_json::json!({})),
        expect: |r, t| match (by_role(r, Role::VoStaff), t) {
            (StatusCode::OK, Tenant::Own) => StatusCode::CONFLICT,
            (StatusCode::OK, Tenant::Foreign) => StatusCode::NOT_FOUND,
            (status, _) => status,
        },
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/school/reserve-offers/{offer_id}/decision",
        concrete: |_, _| {
            format!(
                "/api/v1/school/reserve-offers/{}/decision",
                uuid::Uuid::new_v4()
            )
        },
        body: Body::Json(|_, _| serde_json::json!({ "outcome": "accepted" })),
        expect: |r, _| match by_role(r, Role::VoStaff) {
            StatusCode::OK => StatusCode::NOT_FOUND,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "put",
        path: "/api/v1/parent/language",
        concrete: |_, _| "/api/v1/parent/language".into(),
        body: Body::Json(|_, _| serde_json::json!({ "language": "en" })),
        expect: |r, _| match by_role(r, Role::Parent) {
            StatusCode::OK => StatusCode::NO_CONTENT,
            other => other,
        },
        check: no_check,
    },
    // Round 2: the parent's own child only (the session names it); the test procedure plans
    // no round 2, so saving and confirming are authorized but refused.
    Endpoint {
        method: "get",
        path: "/api/v1/parent/round2",
        concrete: |_, _| "/api/v1/parent/round2".into(),
        body: Body::None,
        expect: |r, _| by_role(r, Role::Parent),
        check: |_, body| {
            assert_eq!(body["eligible"], false);
            assert!(body["programmes"].as_array().unwrap().is_empty());
        },
    },
    Endpoint {
        method: "put",
        path: "/api/v1/parent/round2/list",
        concrete: |_, _| "/api/v1/parent/round2/list".into(),
        body: Body::Json(|app, _| serde_json::json!({ "programmes": [app.a.vo_programme_id] })),
        expect: |r, _| match by_role(r, Role::Parent) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/parent/round2/confirm",
        concrete: |_, _| "/api/v1/parent/round2/confirm".into(),
        body: Body::None,
        expect: |r, _| match by_role(r, Role::Parent) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    // Before publication a withdrawal is refused for any pupil: authorized, outside its window.
    Endpoint {
        method: "post",
        path: "/api/v1/school/placements/{pupil_id}/withdrawal",
        concrete: |app, t| format!("/api/v1/school/placements/{}/withdrawal", pupil_of(app, t)),
        body: Body::Json(|_, _| serde_json::json!({ "reason": "verhuizing" })),
        expect: |r, _| match by_role(r, Role::VoStaff) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/parent/programmes",
        concrete: |_, _| "/api/v1/parent/programmes".into(),
        body: Body::None,
        expect: |r, _| by_role(r, Role::Parent),
        check: |_, body| assert_eq!(body["advice"], "havo"),
    },
    Endpoint {
        method: "get",
        path: "/api/v1/parent/registration",
        concrete: |_, _| "/api/v1/parent/registration".into(),
        body: Body::None,
        expect: |r, _| by_role(r, Role::Parent),
        check: |_, body| assert!(body["revision"].is_number()),
    },
    Endpoint {
        method: "get",
        path: "/api/v1/parent/result",
        concrete: |_, _| "/api/v1/parent/result".into(),
        body: Body::None,
        expect: |r, _| by_role(r, Role::Parent),
        check: |_, body| assert_eq!(body["state"], "not_yet"),
    },
    // The parent's own registration is the only one reachable: no id in the path. A stale
    // revision proves the request got past authorization without changing anything.
    Endpoint {
        method: "put",
        path: "/api/v1/parent/registration/draft",
        concrete: |_, _| "/api/v1/parent/registration/draft".into(),
        body: Body::Json(
            |_, _| serde_json::json!({ "revision": -1, "entries": [{ "programme_id": uuid::Uuid::new_v4() }] }),
        ),
        expect: |r, _| match by_role(r, Role::Parent) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/parent/registration/confirm",
        concrete: |_, _| "/api/v1/parent/registration/confirm".into(),
        body: Body::Json(|_, _| serde_json::json!({ "revision": -1 })),
        // Without an Idempotency-Key header a parent gets 400; everyone else is stopped first.
        expect: |r, _| match by_role(r, Role::Parent) {
            StatusCode::OK => StatusCode::BAD_REQUEST,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/parent/registration/withdraw",
        concrete: |_, _| "/api/v1/parent/registration/withdraw".into(),
        body: Body::Json(|_, _| serde_json::json!({ "revision": -1 })),
        expect: |r, _| match by_role(r, Role::Parent) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/school/pupils",
        concrete: |_, _| "/api/v1/school/pupils".into(),
        body: Body::Json(|_, _| {
            let id = uuid::Uuid::new_v4().simple().to_string();
            crate::po_support::pupil_body(&id[..12], "matrix@ouders.example")
        }),
        expect: |r, _| match by_role(r, Role::PoStaff) {
            StatusCode::OK => StatusCode::CREATED,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "put",
        path: "/api/v1/school/pupils/{pupil_id}",
        concrete: |app, t| format!("/api/v1/school/pupils/{}", pupil_of(app, t)),
        body: Body::Json(|_, _| crate::po_support::pupil_body("matrix-put", "put@ouders.example")),
        expect: po_own_pupil,
        check: |app, body| assert_eq!(body["id"], app.a.pupil_ids[1].to_string()),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/school/pupils/{pupil_id}/send-login",
        concrete: |app, t| format!("/api/v1/school/pupils/{}/send-login", pupil_of(app, t)),
        body: Body::Json(|_, _| serde_json::json!({})),
        expect: po_own_pupil,
        check: |app, body| assert_eq!(body["id"], app.a.pupil_ids[1].to_string()),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/school/pupils/send-login",
        concrete: |_, _| "/api/v1/school/pupils/send-login".into(),
        body: Body::Json(|app, t| serde_json::json!({ "pupil_ids": [pupil_of(app, t)] })),
        expect: po_only,
        check: only_own_pupils_done,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/school/status-board",
        concrete: |_, _| "/api/v1/school/status-board".into(),
        body: Body::None,
        expect: po_only,
        check: |app, body| {
            let ids: BTreeSet<String> = body["classes"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|c| {
                    c["pupils"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|p| p["id"].as_str().unwrap().to_owned())
                })
                .collect();
            assert!(app.a.pupil_ids.iter().all(|a| ids.contains(&a.to_string())));
            assert!(
                app.b
                    .pupil_ids
                    .iter()
                    .all(|b| !ids.contains(&b.to_string())),
                "a foreign pupil on the board"
            );
        },
    },
    Endpoint {
        method: "post",
        path: "/api/v1/school/reminders",
        concrete: |_, _| "/api/v1/school/reminders".into(),
        body: Body::Json(|app, t| serde_json::json!({ "pupil_ids": [pupil_of(app, t)] })),
        expect: po_only,
        check: only_own_pupils_done,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/school/pupils/import",
        concrete: |_, _| "/api/v1/school/pupils/import".into(),
        // A row naming an own pupil id only changes this school's pupil of that id.
        body: Body::Csv(|_, _| {
            "external_id,first_name,last_name,class_name,birth_date,advice,home_town,parent_email\n\
             a-2,Kind2A,Familie a,8A,2014-05-17,havo,Amstelveen,ouder2@a.example\n"
                .to_owned()
        }),
        expect: po_only,
        check: |_, body| {
            assert_eq!(
                body["unchanged"].as_u64().unwrap() + body["updated"].as_u64().unwrap(),
                1
            )
        },
    },
    Endpoint {
        method: "get",
        path: "/api/v1/school/pupils/export",
        concrete: |_, _| "/api/v1/school/pupils/export".into(),
        body: Body::None,
        expect: po_only,
        check: |app, body| {
            let csv = body.as_str().unwrap();
            assert!(csv.contains(&app.a.parent.username), "own pupils exported");
            assert!(
                !csv.contains(&app.b.parent.username),
                "a foreign pupil exported"
            );
        },
    },
    Endpoint {
        method: "get",
        path: "/api/v1/parent/data-export",
        concrete: |_, _| "/api/v1/parent/data-export".into(),
        body: Body::None,
        expect: |r, _| by_role(r, Role::Parent),
        check: |app, body| {
            assert_eq!(body["data"]["pupil"]["id"], app.a.pupil_ids[0].to_string());
            assert_eq!(body["data"]["pupil"]["elk_number"], app.a.parent.username);
        },
    },
    Endpoint {
        method: "get",
        path: "/api/v1/region/pupils",
        concrete: |app, tenant| match tenant {
            Tenant::Own => format!("/api/v1/region/pupils?elk_number={}", app.a.parent.username),
            // Tenant b is in the coordinator's region too: a number no pupil has.
            Tenant::Foreign => "/api/v1/region/pupils?elk_number=0000000000".into(),
        },
        body: Body::None,
        expect: |r, tenant| match (by_role(r, Role::Coordinator), tenant) {
            (StatusCode::OK, Tenant::Foreign) => StatusCode::NOT_FOUND,
            (status, _) => status,
        },
        check: |app, body| {
            assert_eq!(body["elk_number"], app.a.parent.username);
            assert_eq!(body["id"], app.a.pupil_ids[0].to_string());
        },
    },
    // Last: it erases its pupil (one no other row of this table uses). Tenant b is in the
    // coordinator's own region, so the foreign case is a pupil id no region has.
    Endpoint {
        method: "delete",
        path: "/api/v1/region/pupils/{pupil_id}",
        concrete: |app, tenant| match tenant {
            Tenant::Own => format!("/api/v1/region/pupils/{}", app.a.pupil_ids[2]),
            Tenant::Foreign => format!("/api/v1/region/pupils/{}", uuid::Uuid::new_v4()),
        },
        body: Body::None,
        expect: |r, tenant| match (by_role(r, Role::Coordinator), tenant) {
            (StatusCode::OK, Tenant::Own) => StatusCode::NO_CONTENT,
            (StatusCode::OK, Tenant::Foreign) => StatusCode::NOT_FOUND,
            (status, _) => status,
        },
        check: no_check,
    },
    // Two-step sign-in and the password are the caller's own: no tenant to cross. Staff
    // only for two-step (parents 403); the wrong codes and password change nothing.
    Endpoint {
        method: "get",
        path: "/api/v1/auth/two-step",
        concrete: |_, _| "/api/v1/auth/two-step".into(),
        body: Body::None,
        expect: staff_only(StatusCode::OK),
        check: |_, body| assert_eq!(body["enabled"], false),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/auth/two-step/setup",
        concrete: |_, _| "/api/v1/auth/two-step/setup".into(),
        body: Body::None,
        expect: staff_only(StatusCode::CREATED),
        check: |_, body| {
            assert!(
                body["otpauth_uri"]
                    .as_str()
                    .unwrap()
                    .starts_with("otpauth://totp/")
            );
        },
    },
    Endpoint {
        method: "post",
        path: "/api/v1/auth/two-step/confirm",
        concrete: |_, _| "/api/v1/auth/two-step/confirm".into(),
        body: Body::Json(|_, _| serde_json::json!({ "code": "abcdef" })),
        expect: staff_only(StatusCode::UNPROCESSABLE_ENTITY),
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/auth/two-step/recovery-codes",
        concrete: |_, _| "/api/v1/auth/two-step/recovery-codes".into(),
        body: Body::Json(|_, _| serde_json::json!({ "code": "abcdef" })),
        expect: staff_only(StatusCode::CONFLICT),
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/auth/two-step/disable",
        concrete: |_, _| "/api/v1/auth/two-step/disable".into(),
        body: Body::Json(|_, _| serde_json::json!({ "code": "abcdef" })),
        expect: staff_only(StatusCode::CONFLICT),
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/auth/password",
        concrete: |_, _| "/api/v1/auth/password".into(),
        body: Body::Json(|_, _| {
            serde_json::json!({
                "current_password": "not-the-current-one",
                "new_password": "zwaluw-kompas-regenjas-71"
            })
        }),
        expect: |r, _| match r {
            None => StatusCode::UNAUTHORIZED,
            Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        },
        check: no_check,
    },
];

/// Public endpoints: reachable without a token by design, tested in `auth.rs`.
const PUBLIC: &[(&str, &str)] = &[
    ("post", "/api/v1/auth/staff/sign-in"),
    ("post", "/api/v1/auth/parent/sign-in"),
    ("post", "/api/v1/auth/refresh"),
    ("post", "/api/v1/auth/sign-out"),
    ("post", "/api/v1/auth/parent/activation/preview"),
    ("post", "/api/v1/auth/parent/activate"),
    ("post", "/api/v1/auth/parent/password-reset"),
    ("post", "/api/v1/auth/parent/password-reset/complete"),
];

#[tokio::test]
async fn every_endpoint_answers_each_role_and_tenant_as_the_table_says() {
    let app = spawn_app().await;
    let mut callers: Vec<(Option<Role>, Option<String>)> = vec![(None, None)];
    for role in Role::ALL {
        let persona = if role == Role::Coordinator {
            &app.coordinator
        } else {
            app.a.persona(role).unwrap()
        };
        callers.push((Some(role), Some(app.access_token(persona).await)));
    }
    let mut checked = 0;
    for endpoint in ENDPOINTS {
        for tenant in [Tenant::Own, Tenant::Foreign] {
            for (role, token) in &callers {
                let path = (endpoint.concrete)(&app, tenant);
                let method = Method::from_bytes(endpoint.method.to_uppercase().as_bytes()).unwrap();
                let response = match endpoint.body {
                    Body::None => {
                        app.call(method.clone(), &path, token.as_deref(), None)
                            .await
                    }
                    Body::Json(body) => {
                        let body = body(&app, tenant);
                        app.call(method.clone(), &path, token.as_deref(), Some(&body))
                            .await
                    }
                    Body::Csv(body) => {
                        app.upload_csv(&path, token.as_deref(), body(&app, tenant))
                            .await
                    }
                };
                let expected = (endpoint.expect)(*role, tenant);
                let status = response.status();
                let text = response.text().await.unwrap_or_default();
                let body: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
                assert_eq!(
                    status, expected,
                    "{role:?} {tenant:?} {method} {path}: {body}"
                );
                if status.is_success() {
                    (endpoint.check)(&app, &body);
                } else {
                    assert!(
                        body["code"].is_string(),
                        "error envelope for {role:?} {method} {path}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, ENDPOINTS.len() * 2 * 6);
}

#[tokio::test]
async fn every_documented_endpoint_is_in_the_matrix() {
    let doc = overstap_api::openapi::document();
    let documented: BTreeSet<(String, String)> = serde_json::to_value(&doc).unwrap()["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .map(move |method| (method.clone(), path.clone()))
        })
        .collect();
    let covered: BTreeSet<(String, String)> = ENDPOINTS
        .iter()
        .map(|e| (e.method.to_owned(), e.path.to_owned()))
        .chain(
            PUBLIC
                .iter()
                .map(|(m, p)| ((*m).to_owned(), (*p).to_owned())),
        )
        .collect();
    assert_eq!(
        documented, covered,
        "add new endpoints to ENDPOINTS (or PUBLIC)"
    );
}

//! Every endpoint × every role × own/foreign tenant: the allowed answer, or 401/403/404.
//! A new endpoint that is not in `ENDPOINTS` fails `every_documented_endpoint_is_in_the_matrix`.

use std::collections::BTreeSet;
use std::future::Future;
use std::pin::Pin;

use overstap_api_types::placement::RoundQuery;
use overstap_api_types::round2::{Round2ListRequest, WithdrawPlacementRequest};
use overstap_api_types::statistics::StatisticsQuery;
use overstap_api_types::vo::{CapacityRequest, PriorityDecisionRequest, PriorityVerdict};
use overstap_api_types::{
    ApiClientRequest, ApiScope, AuditLogQuery, BulkSendLoginRequest, ChangePasswordRequest,
    CreateProcedureRequest, InviteStaffRequest, LanguageRequest, OfferDecisionRequest,
    OneTimePasswordRequest, PaperRouteRequest, PortalLanguage, ProcedureProposalQuery,
    ProgrammeRequest, PupilListQuery, RegionPupilQuery, RegionSettingsRequest, ReminderRequest,
    RevisionRequest, RunKind, SchoolRequest, SendLoginRequest, StaffLanguage, StartRunRequest,
    UpdateProcedureRequest, UpdateStaffRequest,
};
use overstap_domain::Role;
use reqwest::StatusCode;
use serde_json::Value;

use crate::client::{Api, Reply};

mod clients;
use crate::helpers::{TestApp, spawn_app};
use crate::parent_support::draft;
use crate::po_support::pupil_body;

/// Who is asking, relative to the resource: its own tenant or the other one.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tenant {
    Own,
    Foreign,
}

/// One request through the typed client, as a caller of tenant "a" addressing `tenant`'s
/// resource; a successful answer is checked against its contract type.
type Call =
    for<'a> fn(&'a TestApp, Api<'a>, Tenant) -> Pin<Box<dyn Future<Output = Reply<Value>> + 'a>>;

/// `|app, api, tenant| request` as a `Call`: the request's answer, checked and untyped.
macro_rules! call {
    (|$app:pat_param, $api:ident, $tenant:pat_param| $request:expr) => {
        |$app, $api, $tenant| Box::pin(async move { $request.await.checked() })
    };
}

/// A `Call` of a text (CSV) endpoint.
macro_rules! call_text {
    (|$app:pat_param, $api:ident, $tenant:pat_param| $request:expr) => {
        |$app, $api, $tenant| Box::pin(async move { $request.await.untyped() })
    };
}

struct Endpoint {
    /// Lower-case, as in the OpenAPI document.
    method: &'static str,
    /// The OpenAPI path template; the request `call` sends must match it.
    path: &'static str,
    call: Call,
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
        path: "/api/v1/api-clients",
        call: call!(|_, api, _| api.list_api_clients()),
        expect: |r, _| match r {
            None => StatusCode::UNAUTHORIZED,
            Some(Role::Coordinator | Role::BoardAdmin) => StatusCode::OK,
            Some(_) => StatusCode::FORBIDDEN,
        },
        // A board admin's list holds only the board's clients.
        check: |app, body| {
            for client in body["clients"].as_array().unwrap() {
                if let Some(board) = client["board_id"].as_str() {
                    assert!(
                        board == app.a.board_id.to_string() || board == app.b.board_id.to_string()
                    );
                }
            }
        },
    },
    Endpoint {
        method: "post",
        path: "/api/v1/api-clients",
        call: call!(|app, api, t| api.create_api_client(&ApiClientRequest {
            name: format!("matrix-{}", uuid::Uuid::new_v4().simple()),
            school_ids: vec![po_school_of(app, t)],
            scopes: vec![ApiScope::PupilsRead],
            requests_per_minute: None,
        })),
        // Another board's school is not the board admin's to give (a field error).
        expect: |r, t| match staff_manager(r, t, StatusCode::CREATED) {
            StatusCode::NOT_FOUND => StatusCode::UNPROCESSABLE_ENTITY,
            other => other,
        },
        check: |_, body| assert_eq!(body["client_secret"].as_str().unwrap().len(), 64),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/api-clients/{client_id}/secret",
        call: call!(|app, api, t| async move {
            let id = api_client_of(app, t).await;
            api.rotate_api_client_secret(id).await
        }),
        expect: |r, t| staff_manager(r, t, StatusCode::OK),
        check: no_check,
    },
    Endpoint {
        method: "delete",
        path: "/api/v1/api-clients/{client_id}",
        call: call!(|app, api, t| async move {
            let id = api_client_of(app, t).await;
            api.revoke_api_client(id).await
        }),
        expect: |r, t| staff_manager(r, t, StatusCode::NO_CONTENT),
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/me",
        call: call!(|_, api, _| api.get_me()),
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
        call: call!(|_, api, _| api.get_procedure()),
        expect: any_signed_in,
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/procedures",
        call: call!(|_, api, _| api.list_procedures()),
        expect: staff_of_the_region,
        check: |_, body| assert_eq!(body["procedures"][0]["school_year"], "2025-2026"),
    },
    Endpoint {
        method: "get",
        path: "/api/v1/procedures/{procedure_id}",
        // One region, one procedure: a made-up id stands for another region's.
        call: call!(|app, api, t| async move {
            let id = match t {
                Tenant::Own => current_procedure(app).await.0,
                Tenant::Foreign => uuid::Uuid::new_v4(),
            };
            api.get_one_procedure(id).await
        }),
        expect: |r, t| match (staff_of_the_region(r, t), t) {
            (StatusCode::OK, Tenant::Foreign) => StatusCode::NOT_FOUND,
            (status, _) => status,
        },
        check: |_, body| assert_eq!(body["school_year"], "2025-2026"),
    },
    Endpoint {
        method: "get",
        path: "/api/v1/procedures/proposal",
        call: call!(|_, api, _| api.propose_procedure(&ProcedureProposalQuery::default())),
        expect: |r, _| coordinator_only(r, StatusCode::OK),
        check: |_, body| assert_eq!(body["school_year"], "2026-2027"),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/procedures",
        // In the registration week the current procedure runs: the coordinator gets 409.
        call: call!(|app, api, _| async move {
            let (_, calendar) = current_procedure(app).await;
            api.create_procedure(&CreateProcedureRequest {
                school_year: "2026-2027".to_owned(),
                calendar,
            })
            .await
        }),
        expect: |r, _| coordinator_only(r, StatusCode::CONFLICT),
        check: no_check,
    },
    Endpoint {
        method: "put",
        path: "/api/v1/procedures/{procedure_id}",
        // The calendar as it is: nothing changes.
        call: call!(|app, api, _| async move {
            let (id, calendar) = current_procedure(app).await;
            api.update_procedure(id, &UpdateProcedureRequest { calendar })
                .await
        }),
        expect: |r, _| coordinator_only(r, StatusCode::OK),
        check: |_, body| assert_eq!(body["is_current"], true),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/auth/school",
        call: call!(|app, api, t| api.switch_school(match t {
            Tenant::Own => app.a.po_school_id.as_uuid(),
            Tenant::Foreign => app.b.po_school_id.as_uuid(),
        })),
        // Only PO and VO staff work at schools; a school not theirs is unknown to them.
        expect: |r, t| match (r, t) {
            (None, _) => StatusCode::UNAUTHORIZED,
            (Some(Role::PoStaff), Tenant::Own) => StatusCode::NO_CONTENT,
            (Some(Role::PoStaff | Role::VoStaff), _) => StatusCode::NOT_FOUND,
            (Some(_), _) => StatusCode::FORBIDDEN,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/school/pupils",
        call: call!(|_, api, _| api.list_pupils(&PupilListQuery::default())),
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
        call: call!(|app, api, t| api.get_pupil(pupil_of(app, t))),
        expect: |r, t| match (by_role(r, Role::PoStaff), t) {
            (StatusCode::OK, Tenant::Foreign) => StatusCode::NOT_FOUND,
            (status, _) => status,
        },
        check: |app, body| assert_eq!(body["id"], app.a.pupil_ids[1].to_string()),
    },
    Endpoint {
        method: "get",
        path: "/api/v1/school/programmes",
        call: call!(|_, api, _| api.list_programmes()),
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
        call: call!(|_, api, _| api.list_school_registrations()),
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
        call: call!(|_, api, _| api.decide_priority(
            uuid::Uuid::new_v4(),
            &PriorityDecisionRequest {
                decision: PriorityVerdict::Approved,
                reason: None,
            },
        )),
        expect: |r, _| match by_role(r, Role::VoStaff) {
            StatusCode::OK => StatusCode::NOT_FOUND,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "put",
        path: "/api/v1/school/programmes/{programme_id}/capacity",
        call: call!(|_, api, _| api
            .set_programme_capacity(uuid::Uuid::new_v4(), &CapacityRequest { capacity: 10 },)),
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
        call: call!(|_, api, _| api.get_school_placements()),
        expect: |r, _| match by_role(r, Role::VoStaff) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/school/placements/export",
        call: call_text!(|_, api, _| api.export_school_placements()),
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
        call: call!(|_, api, _| api.get_region_statistics(&StatisticsQuery::default())),
        expect: |r, _| match by_role(r, Role::Coordinator) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/region/statistics/export",
        call: call_text!(|_, api, _| api.export_region_statistics(&StatisticsQuery::default())),
        expect: |r, _| match by_role(r, Role::Coordinator) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/board/schools",
        call: call!(|_, api, _| api.list_board_schools()),
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
        call: call!(|_, api, _| api.list_region_schools()),
        expect: |r, _| by_role(r, Role::Coordinator),
        check: |_, body| assert_eq!(body["schools"].as_array().unwrap().len(), 4),
    },
    Endpoint {
        method: "get",
        path: "/api/v1/audit-log",
        call: call!(|_, api, _| api.list_audit_log(&AuditLogQuery::default())),
        expect: audit_reader,
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/audit-log/export",
        call: call_text!(|_, api, _| api.export_audit_log(&AuditLogQuery::default())),
        expect: audit_reader,
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/region/settings",
        call: call!(|_, api, _| api.get_region_settings()),
        expect: |r, _| coordinator_only(r, StatusCode::OK),
        check: |_, body| assert_eq!(body["template"], "amstelland"),
    },
    Endpoint {
        method: "put",
        path: "/api/v1/region/settings",
        // The rules as they are (they are fixed in the registration week); the name may change.
        call: call!(
            |_, api, _| api.update_region_settings(&RegionSettingsRequest {
                name: "Amstelland".to_owned(),
                contact_email: None,
                contact_phone: None,
                website: None,
                mail_sender_name: None,
                template: "amstelland".to_owned(),
                rules: overstap_api::region_settings::rules(
                    &overstap_domain::RegionProfile::amstelland()
                ),
            })
        ),
        expect: |r, _| coordinator_only(r, StatusCode::OK),
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/region/templates",
        call: call!(|_, api, _| api.list_region_templates()),
        expect: |r, _| coordinator_only(r, StatusCode::OK),
        check: |_, body| assert_eq!(body["templates"].as_array().unwrap().len(), 2),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/region/boards",
        call: call!(
            |_, api, _| api.create_board(&format!("Matrix {}", uuid::Uuid::new_v4().simple()))
        ),
        expect: |r, _| coordinator_only(r, StatusCode::CREATED),
        check: |_, body| assert_eq!(body["active"], true),
    },
    Endpoint {
        method: "put",
        path: "/api/v1/region/boards/{board_id}",
        call: call!(|app, api, t| {
            let (board, name) = match t {
                Tenant::Own => (app.a.board_id, "Board a"),
                Tenant::Foreign => (app.b.board_id, "Board b"),
            };
            api.update_board(board.as_uuid(), name)
        }),
        expect: |r, _| coordinator_only(r, StatusCode::OK),
        check: no_check,
    },
    Endpoint {
        method: "put",
        path: "/api/v1/region/boards/{board_id}/active",
        call: call!(|app, api, t| {
            let board = match t {
                Tenant::Own => app.a.board_id,
                Tenant::Foreign => app.b.board_id,
            };
            api.set_board_active(board.as_uuid(), true)
        }),
        expect: |r, _| coordinator_only(r, StatusCode::OK),
        check: |_, body| assert_eq!(body["active"], true),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/region/schools",
        call: call!(|app, api, _| async move {
            let n = uuid::Uuid::new_v4().as_u128();
            let letter = |k: u128| char::from(b'A' + u8::try_from(k % 26).unwrap());
            let code = format!("{:02}{}{}", n % 100, letter(n / 100), letter(n / 2600));
            api.create_school(&vo_school_request(app.a.board_id.as_uuid(), &code))
                .await
        }),
        expect: |r, _| coordinator_only(r, StatusCode::CREATED),
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/region/schools/import",
        call: call!(|_, api, _| api.import_schools(
            "code;kind;name;board;town;contact_email;contact_phone\n\
             77MX;vo;Matrix College;Matrix Bestuur;Amstelveen;info@matrix.example;020 123 4567\n"
        )),
        expect: |r, _| coordinator_only(r, StatusCode::OK),
        check: no_check,
    },
    Endpoint {
        method: "put",
        path: "/api/v1/region/schools/{school_id}",
        call: call!(|app, api, t| async move {
            let (school, board, tag) = match t {
                Tenant::Own => (app.a.vo_school_id, app.a.board_id, "A"),
                Tenant::Foreign => (app.b.vo_school_id, app.b.board_id, "B"),
            };
            let unchanged = SchoolRequest {
                name: format!("vo school {}", tag.to_lowercase()),
                town: "Amstelveen".to_owned(),
                contact_email: "school@test.example".to_owned(),
                contact_phone: "020 000 00 00".to_owned(),
                website: None,
                priority_rule: Some(overstap_api_types::PriorityRuleKind::Sibling),
                ..vo_school_request(board.as_uuid(), &format!("12V{tag}"))
            };
            api.update_school(school.as_uuid(), &unchanged).await
        }),
        expect: |r, _| coordinator_only(r, StatusCode::OK),
        check: no_check,
    },
    Endpoint {
        method: "put",
        path: "/api/v1/region/schools/{school_id}/active",
        call: call!(|app, api, t| api.set_school_active(vo_school_of(app, t), true)),
        expect: |r, _| coordinator_only(r, StatusCode::OK),
        check: |_, body| assert_eq!(body["active"], true),
    },
    Endpoint {
        method: "get",
        path: "/api/v1/region/schools/{school_id}/programmes",
        call: call!(|app, api, t| api.list_school_programmes(vo_school_of(app, t))),
        expect: |r, _| coordinator_only(r, StatusCode::OK),
        check: |_, body| assert_eq!(body["programmes"].as_array().unwrap().len(), 1),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/region/schools/{school_id}/programmes",
        call: call!(|app, api, t| api.create_programme(
            vo_school_of(app, t),
            &ProgrammeRequest {
                name: "vwo".to_owned(),
                admitted_advice: vec![overstap_api_types::Advice::Vwo],
                capacity: 30,
                info_url: None,
            }
        )),
        // The registration week is open (the app's clock): the programmes are fixed.
        expect: |r, _| coordinator_only(r, StatusCode::CONFLICT),
        check: no_check,
    },
    Endpoint {
        method: "put",
        path: "/api/v1/region/programmes/{programme_id}",
        call: call!(|app, api, t| async move {
            let (programme, tag) = match t {
                Tenant::Own => (app.a.vo_programme_id, "a"),
                Tenant::Foreign => (app.b.vo_programme_id, "b"),
            };
            api.update_programme(
                programme,
                &ProgrammeRequest {
                    name: format!("havo {tag}"),
                    admitted_advice: vec![
                        overstap_api_types::Advice::Havo,
                        overstap_api_types::Advice::HavoVwo,
                    ],
                    capacity: 60,
                    info_url: None,
                },
            )
            .await
        }),
        expect: |r, _| coordinator_only(r, StatusCode::OK),
        check: no_check,
    },
    Endpoint {
        method: "delete",
        path: "/api/v1/region/programmes/{programme_id}",
        call: call!(|app, api, t| api.delete_programme(match t {
            Tenant::Own => app.a.vo_programme_id,
            Tenant::Foreign => app.b.vo_programme_id,
        })),
        expect: |r, _| coordinator_only(r, StatusCode::CONFLICT),
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/parent/child",
        call: call!(|_, api, _| api.get_child()),
        expect: |r, _| by_role(r, Role::Parent),
        check: |app, body| assert_eq!(body["elk_number"], app.a.parent.username),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/region/placement/seed-commitments",
        call: call!(|_, api, _| api.commit_seed(&RoundQuery::default())),
        expect: |r, _| match by_role(r, Role::Coordinator) {
            StatusCode::OK => StatusCode::CREATED,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/region/placement/runs",
        call: call!(|_, api, _| api.list_runs()),
        expect: |r, _| by_role(r, Role::Coordinator),
        check: |_, body| assert!(body["runs"].is_array()),
    },
    // During the registration week a run is refused: authorized, but outside its window.
    Endpoint {
        method: "post",
        path: "/api/v1/region/placement/runs",
        call: call!(|_, api, _| api.start_run(&StartRunRequest {
            kind: RunKind::Dry.into(),
            commitment_id: None,
            round: None,
        })),
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
        call: call!(|_, api, _| api.export_snapshot(uuid::Uuid::new_v4())),
        expect: |r, _| match by_role(r, Role::Coordinator) {
            StatusCode::OK => StatusCode::NOT_FOUND,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/region/placement/runs/{run_id}/attention",
        call: call!(|_, api, _| api.attention(uuid::Uuid::new_v4())),
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
        call: call!(|_, api, _| api.list_offers()),
        expect: |r, _| match by_role(r, Role::VoStaff) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/school/programmes/{programme_id}/reserve-offers",
        call: call!(|app, api, t| api.make_offer(if t == Tenant::Own {
            app.a.vo_programme_id
        } else {
            app.b.vo_programme_id
        })),
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
        call: call!(|_, api, _| api.decide_offer(
            uuid::Uuid::new_v4(),
            &OfferDecisionRequest {
                outcome: overstap_api_types::OfferOutcome::Accepted.into(),
            },
        )),
        expect: |r, _| match by_role(r, Role::VoStaff) {
            StatusCode::OK => StatusCode::NOT_FOUND,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "put",
        path: "/api/v1/parent/language",
        call: call!(|_, api, _| api.put_language(&LanguageRequest {
            language: PortalLanguage::En,
        })),
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
        call: call!(|_, api, _| api.get_round2()),
        expect: |r, _| by_role(r, Role::Parent),
        check: |_, body| {
            assert_eq!(body["eligible"], false);
            assert!(body["programmes"].as_array().unwrap().is_empty());
        },
    },
    Endpoint {
        method: "put",
        path: "/api/v1/parent/round2/list",
        call: call!(|app, api, _| api.save_round2_list(&Round2ListRequest {
            programmes: vec![app.a.vo_programme_id],
        })),
        expect: |r, _| match by_role(r, Role::Parent) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/parent/round2/confirm",
        call: call!(|_, api, _| api.confirm_round2_list()),
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
        call: call!(|app, api, t| api.withdraw_placement(
            pupil_of(app, t),
            &WithdrawPlacementRequest {
                reason: "verhuizing".to_owned(),
            },
        )),
        expect: |r, _| match by_role(r, Role::VoStaff) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/parent/programmes",
        call: call!(|_, api, _| api.get_programmes()),
        expect: |r, _| by_role(r, Role::Parent),
        check: |_, body| assert_eq!(body["advice"], "havo"),
    },
    Endpoint {
        method: "get",
        path: "/api/v1/parent/registration",
        call: call!(|_, api, _| api.get_registration()),
        expect: |r, _| by_role(r, Role::Parent),
        check: |_, body| assert!(body["revision"].is_number()),
    },
    Endpoint {
        method: "get",
        path: "/api/v1/parent/result",
        call: call!(|_, api, _| api.get_result()),
        expect: |r, _| by_role(r, Role::Parent),
        check: |_, body| assert_eq!(body["state"], "not_yet"),
    },
    // The parent's own registration is the only one reachable: no id in the path. A stale
    // revision proves the request got past authorization without changing anything.
    Endpoint {
        method: "put",
        path: "/api/v1/parent/registration/draft",
        call: call!(|_, api, _| api.save_draft(&draft(-1, &[uuid::Uuid::new_v4()], None))),
        expect: |r, _| match by_role(r, Role::Parent) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/parent/registration/confirm",
        call: call!(|_, api, _| api.confirm_registration(&RevisionRequest { revision: -1 })),
        expect: |r, _| match by_role(r, Role::Parent) {
            StatusCode::OK => StatusCode::BAD_REQUEST,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/parent/registration/withdraw",
        call: call!(|_, api, _| api.withdraw_registration(&RevisionRequest { revision: -1 })),
        expect: |r, _| match by_role(r, Role::Parent) {
            StatusCode::OK => StatusCode::CONFLICT,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/school/pupils",
        call: |_, api, _| {
            Box::pin(async move {
                let id = uuid::Uuid::new_v4().simple().to_string();
                let body = pupil_body(&id[..12], "matrix@ouders.example");
                api.create_pupil(&body).await.checked()
            })
        },
        expect: |r, _| match by_role(r, Role::PoStaff) {
            StatusCode::OK => StatusCode::CREATED,
            other => other,
        },
        check: no_check,
    },
    Endpoint {
        method: "put",
        path: "/api/v1/school/pupils/{pupil_id}",
        call: call!(|app, api, t| api.correct_pupil(
            pupil_of(app, t),
            &pupil_body("matrix-put", "put@ouders.example"),
        )),
        expect: po_own_pupil,
        check: |app, body| assert_eq!(body["id"], app.a.pupil_ids[1].to_string()),
    },
    Endpoint {
        method: "put",
        path: "/api/v1/school/pupils/{pupil_id}/paper-route",
        // No route for a pupil without one: nothing changes.
        call: call!(
            |app, api, t| api.set_paper_route(pupil_of(app, t), &PaperRouteRequest::default())
        ),
        expect: po_own_pupil,
        check: |app, body| assert_eq!(body["id"], app.a.pupil_ids[1].to_string()),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/school/pupils/{pupil_id}/send-login",
        call: call!(|app, api, t| api.send_login(pupil_of(app, t), &SendLoginRequest::default())),
        expect: po_own_pupil,
        check: |app, body| assert_eq!(body["id"], app.a.pupil_ids[1].to_string()),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/school/pupils/send-login",
        call: call!(|app, api, t| api.send_logins(&BulkSendLoginRequest {
            pupil_ids: vec![pupil_of(app, t)],
            all_not_sent: false,
        })),
        expect: po_only,
        check: only_own_pupils_done,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/school/status-board",
        call: call!(|_, api, _| api.get_status_board()),
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
        call: call!(|app, api, t| api.send_reminders(&ReminderRequest {
            pupil_ids: vec![pupil_of(app, t)],
        })),
        expect: po_only,
        check: only_own_pupils_done,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/school/pupils/import",
        // A row naming an own pupil id only changes this school's pupil of that id.
        call: call!(|_, api, _| api.import_pupils(
            "external_id,first_name,last_name,class_name,birth_date,advice,home_town,parent_email\n\
             a-2,Kind2A,Familie a,8A,2014-05-17,havo,Amstelveen,ouder2@a.example\n"
        )),
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
        call: call_text!(|_, api, _| api.export_pupils()),
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
        call: call!(|_, api, _| api.export_parent_data()),
        expect: |r, _| by_role(r, Role::Parent),
        check: |app, body| {
            assert_eq!(body["data"]["pupil"]["id"], app.a.pupil_ids[0].to_string());
            assert_eq!(body["data"]["pupil"]["elk_number"], app.a.parent.username);
        },
    },
    Endpoint {
        method: "get",
        path: "/api/v1/region/pupils",
        call: call!(|app, api, tenant| api.find_region_pupil(&RegionPupilQuery {
            elk_number: match tenant {
                Tenant::Own => app.a.parent.username.clone(),
                // Tenant b is in the coordinator's region too: a number no pupil has.
                Tenant::Foreign => "0000000000".to_owned(),
            },
        })),
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
        call: call!(|app, api, tenant| api.erase_pupil(match tenant {
            Tenant::Own => app.a.pupil_ids[2].as_uuid(),
            Tenant::Foreign => uuid::Uuid::new_v4(),
        })),
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
        call: call!(|_, api, _| api.get_two_step()),
        expect: staff_only(StatusCode::OK),
        check: |_, body| assert_eq!(body["enabled"], false),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/auth/two-step/setup",
        call: call!(|_, api, _| api.set_up_two_step()),
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
        call: call!(|_, api, _| api.confirm_two_step(&wrong_code())),
        expect: staff_only(StatusCode::UNPROCESSABLE_ENTITY),
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/auth/two-step/recovery-codes",
        call: call!(|_, api, _| api.renew_recovery_codes(&wrong_code())),
        expect: staff_only(StatusCode::CONFLICT),
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/auth/two-step/disable",
        call: call!(|_, api, _| api.disable_two_step(&wrong_code())),
        expect: staff_only(StatusCode::CONFLICT),
        check: no_check,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/auth/password",
        call: call!(|_, api, _| api.change_password(&ChangePasswordRequest {
            current_password: "not-the-current-one".to_owned(),
            new_password: "zwaluw-kompas-regenjas-71".to_owned(),
        })),
        expect: |r, _| match r {
            None => StatusCode::UNAUTHORIZED,
            Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        },
        check: no_check,
    },
    Endpoint {
        method: "get",
        path: "/api/v1/board/overview",
        call: call!(|_, api, _| api.get_board_overview()),
        expect: |r, _| by_role(r, Role::BoardAdmin),
        check: |app, body| {
            let schools = body["schools"].as_array().unwrap();
            assert_eq!(schools.len(), 1, "{body}");
            assert_eq!(schools[0]["school_id"], app.a.po_school_id.to_string());
        },
    },
    Endpoint {
        method: "get",
        path: "/api/v1/board/schools/{school_id}/status-board",
        call: call!(|app, api, t| api.get_board_school_status_board(po_school_of(app, t))),
        expect: |r, t| match (by_role(r, Role::BoardAdmin), t) {
            (StatusCode::OK, Tenant::Foreign) => StatusCode::NOT_FOUND,
            (status, _) => status,
        },
        check: |app, body| {
            // Tenant a's school (the matrix may have added pupils to it), never b's pupils.
            let foreign: Vec<String> = app.b.pupil_ids.iter().map(ToString::to_string).collect();
            let mut seen = 0;
            for class in body["classes"].as_array().unwrap() {
                for pupil in class["pupils"].as_array().unwrap() {
                    assert!(!foreign.contains(&pupil["id"].as_str().unwrap().to_owned()));
                    seen += 1;
                }
            }
            assert!(seen > 0);
            assert_eq!(body["reminders_open"], false);
        },
    },
    Endpoint {
        method: "get",
        path: "/api/v1/board/pupils",
        // Both tenants' pupils are called "Kind…": a board sees its own only.
        call: call!(|_, api, _| api.search_board_pupils("kind")),
        expect: |r, _| by_role(r, Role::BoardAdmin),
        check: |app, body| {
            let found = body["pupils"].as_array().unwrap();
            assert!(!found.is_empty(), "{body}");
            for pupil in found {
                assert_eq!(pupil["school_id"], app.a.po_school_id.to_string());
            }
        },
    },
    Endpoint {
        method: "get",
        path: "/api/v1/staff",
        call: call!(|_, api, _| api.list_staff()),
        expect: |r, _| match r {
            None => StatusCode::UNAUTHORIZED,
            Some(Role::Coordinator | Role::BoardAdmin) => StatusCode::OK,
            Some(_) => StatusCode::FORBIDDEN,
        },
        check: own_staff_only,
    },
    Endpoint {
        method: "post",
        path: "/api/v1/staff",
        call: call!(|app, api, t| api.invite_staff(&InviteStaffRequest {
            email: format!("matrix-{}@school.example", uuid::Uuid::new_v4().simple()),
            display_name: "Matrix".to_owned(),
            role: overstap_api_types::Role::PoStaff,
            school_id: Some(po_school_of(app, t)),
            board_id: None,
            other_school_ids: vec![],
            language: StaffLanguage::Nl,
        })),
        expect: |r, t| staff_manager(r, t, StatusCode::CREATED),
        check: |app, body| {
            let own = [
                app.a.po_school_id.to_string(),
                app.b.po_school_id.to_string(),
            ];
            assert!(own.contains(&body["school_id"].as_str().unwrap().to_owned()));
        },
    },
    Endpoint {
        method: "put",
        path: "/api/v1/staff/{staff_id}",
        call: call!(|app, api, t| async move {
            let id = teacher_of(app, t).await;
            api.update_staff(id, &unchanged_teacher(app, t)).await
        }),
        expect: |r, t| staff_manager(r, t, StatusCode::OK),
        check: no_check,
    },
    Endpoint {
        method: "put",
        path: "/api/v1/staff/{staff_id}/active",
        call: call!(|app, api, t| async move {
            let id = teacher_of(app, t).await;
            api.set_staff_active(id, true).await
        }),
        expect: |r, t| staff_manager(r, t, StatusCode::OK),
        check: |_, body| assert_eq!(body["state"], "active"),
    },
    Endpoint {
        method: "post",
        path: "/api/v1/staff/{staff_id}/invitation",
        call: call!(|app, api, t| async move {
            let id = teacher_of(app, t).await;
            api.resend_invitation(id).await
        }),
        // The teachers chose their passwords long ago: nothing to resend.
        expect: |r, t| staff_manager(r, t, StatusCode::CONFLICT),
        check: no_check,
    },
];

/// Every staff member reads the region's procedure years; parents only the current calendar.
fn staff_of_the_region(asking: Option<Role>, _: Tenant) -> StatusCode {
    match asking {
        None => StatusCode::UNAUTHORIZED,
        Some(Role::Parent) => StatusCode::FORBIDDEN,
        Some(_) => StatusCode::OK,
    }
}

/// The region's current procedure and its calendar as the coordinator would send it back.
async fn current_procedure(app: &TestApp) -> (uuid::Uuid, overstap_api_types::LocalCalendarBody) {
    let region = overstap_persistence::schools::find(&app.db, app.a.po_school_id)
        .await
        .unwrap()
        .unwrap()
        .region_id;
    let procedure = overstap_persistence::procedures::current_for_region(&app.db, region)
        .await
        .unwrap()
        .unwrap();
    let local = procedure.calendar().unwrap().to_local();
    (
        procedure.id.as_uuid(),
        overstap_api::procedures::body(&local),
    )
}

/// The coordinator reads the region's audit log, a board admin its schools'.
fn audit_reader(asking: Option<Role>, _: Tenant) -> StatusCode {
    match asking {
        None => StatusCode::UNAUTHORIZED,
        Some(Role::Coordinator | Role::BoardAdmin) => StatusCode::OK,
        Some(_) => StatusCode::FORBIDDEN,
    }
}

/// The coordinator keeps the region's school directory; every other role is refused.
fn coordinator_only(asking: Option<Role>, success: StatusCode) -> StatusCode {
    match by_role(asking, Role::Coordinator) {
        StatusCode::OK => success,
        other => other,
    }
}

fn vo_school_of(app: &TestApp, tenant: Tenant) -> uuid::Uuid {
    match tenant {
        Tenant::Own => app.a.vo_school_id.as_uuid(),
        Tenant::Foreign => app.b.vo_school_id.as_uuid(),
    }
}

fn vo_school_request(board: uuid::Uuid, code: &str) -> SchoolRequest {
    SchoolRequest {
        kind: overstap_api_types::SchoolKind::Vo,
        board_id: board,
        code: code.to_owned(),
        name: "Matrix Lyceum".to_owned(),
        town: "Amstelveen".to_owned(),
        contact_email: "info@matrix.example".to_owned(),
        contact_phone: "020 123 4567".to_owned(),
        website: None,
        priority_rule: None,
    }
}

/// Coordinators manage every staff account of the region; a board admin those of its board's
/// schools (another board's are unknown to it); nobody else any.
fn staff_manager(asking: Option<Role>, tenant: Tenant, success: StatusCode) -> StatusCode {
    match (asking, tenant) {
        (None, _) => StatusCode::UNAUTHORIZED,
        (Some(Role::Coordinator), _) | (Some(Role::BoardAdmin), Tenant::Own) => success,
        (Some(Role::BoardAdmin), Tenant::Foreign) => StatusCode::NOT_FOUND,
        (Some(_), _) => StatusCode::FORBIDDEN,
    }
}

/// A new API client of `tenant`'s board, as its board admin would make it (written directly:
/// signing in for each would meet the sign-in rate limit).
async fn api_client_of(app: &TestApp, tenant: Tenant) -> uuid::Uuid {
    let (admin, school, board) = match tenant {
        Tenant::Own => (&app.a.board_admin, app.a.po_school_id, app.a.board_id),
        Tenant::Foreign => (&app.b.board_admin, app.b.po_school_id, app.b.board_id),
    };
    let admin = overstap_persistence::staff::find_by_email(&app.db, &admin.username)
        .await
        .unwrap()
        .unwrap();
    overstap_persistence::api_clients::create(
        &app.db,
        overstap_persistence::api_clients::NewApiClient {
            region_id: admin.region_id,
            board_id: Some(board),
            name: &format!("matrix-{}", uuid::Uuid::new_v4().simple()),
            scopes: &overstap_domain::ScopeSet::new([overstap_domain::ApiScope::PupilsRead]),
            requests_per_minute: 600,
            schools: &[school],
            created_by: admin.id,
            secret_hash: &uuid::Uuid::new_v4().simple().to_string(),
        },
        app.clock.now(),
    )
    .await
    .unwrap()
    .as_uuid()
}

/// The PO teacher account of `tenant`.
async fn teacher_of(app: &TestApp, tenant: Tenant) -> uuid::Uuid {
    let persona = match tenant {
        Tenant::Own => &app.a.po_staff,
        Tenant::Foreign => &app.b.po_staff,
    };
    overstap_persistence::staff::find_by_email(&app.db, &persona.username)
        .await
        .unwrap()
        .unwrap()
        .id
        .as_uuid()
}

fn po_school_of(app: &TestApp, tenant: Tenant) -> uuid::Uuid {
    match tenant {
        Tenant::Own => app.a.po_school_id.as_uuid(),
        Tenant::Foreign => app.b.po_school_id.as_uuid(),
    }
}

/// The teacher's account as it is: an update that changes nothing (and ends no session).
fn unchanged_teacher(app: &TestApp, tenant: Tenant) -> UpdateStaffRequest {
    UpdateStaffRequest {
        display_name: "Test Staff".to_owned(),
        role: overstap_api_types::Role::PoStaff,
        school_id: Some(po_school_of(app, tenant)),
        board_id: None,
        other_school_ids: None,
        language: StaffLanguage::Nl,
    }
}

/// A list of staff holds the caller's own: everyone (a coordinator's) or its board's schools'.
fn own_staff_only(app: &TestApp, body: &Value) {
    let staff = body["staff"].as_array().unwrap();
    let coordinator_view = staff.iter().any(|s| s["role"] == "coordinator");
    if !coordinator_view {
        let own = [
            app.a.po_school_id.to_string(),
            app.a.vo_school_id.to_string(),
        ];
        for member in staff {
            let school = member["school_id"].as_str().unwrap_or_default().to_owned();
            assert!(
                own.contains(&school),
                "a board admin sees another board's {member}"
            );
        }
    }
}

/// Whether `request` ("GET /api/v1/school/pupils/…?…") is `method` on the OpenAPI `template`.
fn sends_to(request: &str, method: &str, template: &str) -> bool {
    let (verb, url) = request.split_once(' ').unwrap();
    let path = url.split('?').next().unwrap();
    let (parts, templates): (Vec<_>, Vec<_>) =
        (path.split('/').collect(), template.split('/').collect());
    verb.eq_ignore_ascii_case(method)
        && parts.len() == templates.len()
        && parts
            .iter()
            .zip(&templates)
            .all(|(part, t)| t.starts_with('{') || part == t)
}

/// A one-time password no authenticator app shows.
fn wrong_code() -> OneTimePasswordRequest {
    OneTimePasswordRequest {
        code: "abcdef".to_owned(),
    }
}

/// Public endpoints: reachable without a token by design, tested in `auth.rs`.
const PUBLIC: &[(&str, &str)] = &[
    ("post", "/api/v1/auth/staff/sign-in"),
    ("post", "/api/v1/oauth/token"),
    ("post", "/api/v1/auth/parent/sign-in"),
    ("post", "/api/v1/auth/refresh"),
    ("post", "/api/v1/auth/sign-out"),
    ("post", "/api/v1/auth/parent/activation/preview"),
    ("post", "/api/v1/auth/parent/activate"),
    ("post", "/api/v1/auth/parent/password-reset"),
    ("post", "/api/v1/auth/parent/password-reset/complete"),
    ("post", "/api/v1/auth/staff/invitation/preview"),
    ("post", "/api/v1/auth/staff/invitation/accept"),
    ("post", "/api/v1/auth/staff/password-reset"),
    ("post", "/api/v1/auth/staff/password-reset/complete"),
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
                let api = match token {
                    Some(token) => app.api(token),
                    None => app.anonymous(),
                };
                let reply = (endpoint.call)(&app, api, tenant).await;
                let request = reply.request().to_owned();
                assert!(
                    sends_to(&request, endpoint.method, endpoint.path),
                    "{request} is not {} {}",
                    endpoint.method,
                    endpoint.path
                );
                let expected = (endpoint.expect)(*role, tenant);
                let status = reply.status();
                let text = reply.text().to_owned();
                let body: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
                assert_eq!(status, expected, "{role:?} {tenant:?} {request}: {body}");
                if status.is_success() {
                    (endpoint.check)(&app, &body);
                } else {
                    reply.error();
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

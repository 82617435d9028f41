//! One typed async function per API endpoint, over the `overstap-api-types` contract.

mod client;
mod error;
pub mod tokens;

use gloo_net::http::Method;
use overstap_api_types::round2::{
    Round2ListRequest, Round2Response, WithdrawPlacementRequest, WithdrawalResponse,
};
use overstap_api_types::statistics::StatisticsResponse;
use overstap_api_types::vo::{
    CapacityRequest, PriorityDecisionRequest, PriorityDecisionResponse, VoPlacementsResponse,
    VoRegistrationsResponse,
};
use overstap_api_types::{
    ActivateRequest, ActivationPreviewRequest, ActivationPreviewResponse, BulkResponse,
    BulkSendLoginRequest, ChildResponse, ImportResponse, LanguageRequest, MeResponse,
    PaperRouteRequest, ParentSignInRequest, PasswordResetCompleteRequest, PasswordResetRequest,
    PortalLanguage, PortalProgrammesResponse, ProcedureResponse, ProgrammeListResponse,
    PupilDataRequest, PupilListQuery, PupilListResponse, PupilResponse, RefreshRequest,
    RegionPupilResponse, RegistrationResponse, ReminderRequest, ResultResponse, RevisionRequest,
    Role, SaveDraftRequest, SchoolListResponse, SendLoginRequest, SignOutRequest,
    StaffSignInRequest, StatusBoardQuery, StatusBoardResponse, Submitted, SwitchSchoolRequest,
    TokenResponse,
};
use overstap_api_types::{
    ActiveRequest, BoardRequest, BoardSummary, ProgrammeRequest, SchoolImportResponse,
    SchoolRequest, SchoolResponse,
};
use overstap_api_types::{
    ApiClientListResponse, ApiClientRequest, ApiClientSecretResponse, AuditLogQuery,
    AuditLogResponse,
};
use overstap_api_types::{
    AttentionResponse, OfferDecisionRequest, ProgrammeResponse, ReserveOfferListResponse,
    ReserveOfferResponse, RunListResponse, RunResponse, SeedCommitmentResponse, StartRunRequest,
};
use overstap_api_types::{
    CreateProcedureRequest, ProcedureListResponse, ProcedureProposalResponse, ProcedureSummary,
    UpdateProcedureRequest,
};
use overstap_api_types::{
    InviteStaffRequest, StaffInvitationPreviewResponse, StaffLinkRequest, StaffListResponse,
    StaffMemberResponse, StaffPasswordResetRequest, StaffSetPasswordRequest, UpdateStaffRequest,
};
use overstap_api_types::{
    OneTimePasswordRequest, RecoveryCodesResponse, TwoStepSetupResponse, TwoStepStatus,
};
use overstap_api_types::{
    RegionSettingsRequest, RegionSettingsResponse, RegionTemplateListResponse,
};
use uuid::Uuid;

use crate::query::query_string;

pub use client::{on_session_expired, on_two_step_setup_required};
pub use error::ApiError;

/// The role of the session stored in this browser, if any.
pub fn stored_role() -> Option<Role> {
    tokens::role()
}

/// `POST /auth/staff/sign-in`; keeps the token pair on success.
pub async fn staff_sign_in(request: &StaffSignInRequest) -> Result<TokenResponse, ApiError> {
    let response = client::post("/auth/staff/sign-in", request, None).await?;
    let pair: TokenResponse = client::read_json(response).await?;
    tokens::store(&pair);
    Ok(pair)
}

/// `POST /auth/parent/sign-in`; keeps the token pair on success.
pub async fn parent_sign_in(request: &ParentSignInRequest) -> Result<TokenResponse, ApiError> {
    let response = client::post("/auth/parent/sign-in", request, None).await?;
    let pair: TokenResponse = client::read_json(response).await?;
    tokens::store(&pair);
    Ok(pair)
}

/// `POST /auth/refresh`: the old refresh token stops working. Called by the client after a 401.
pub async fn refresh(request: &RefreshRequest) -> Result<TokenResponse, ApiError> {
    let response = client::post("/auth/refresh", request, None).await?;
    client::read_json(response).await
}

/// Renews the token pair now (after turning two-step sign-in on: the new access token carries
/// the second step).
pub async fn refresh_now() -> Result<(), ApiError> {
    let pair = refresh(&RefreshRequest {
        refresh_token: None,
    })
    .await?;
    tokens::store(&pair);
    Ok(())
}

/// `GET /auth/two-step`.
pub async fn two_step_status() -> Result<TwoStepStatus, ApiError> {
    client::get("/auth/two-step").await
}

/// `POST /auth/two-step/setup`: a new secret waiting for its first code.
pub async fn two_step_setup() -> Result<TwoStepSetupResponse, ApiError> {
    client::send_json(Method::POST, "/auth/two-step/setup", &serde_json::json!({})).await
}

/// `POST /auth/two-step/confirm`: on, with the recovery codes.
pub async fn two_step_confirm(code: String) -> Result<RecoveryCodesResponse, ApiError> {
    let request = OneTimePasswordRequest { code };
    client::send_json(Method::POST, "/auth/two-step/confirm", &request).await
}

/// `POST /auth/two-step/recovery-codes`: a new set; the old ones stop working.
pub async fn two_step_renew_codes(code: String) -> Result<RecoveryCodesResponse, ApiError> {
    let request = OneTimePasswordRequest { code };
    client::send_json(Method::POST, "/auth/two-step/recovery-codes", &request).await
}

/// `POST /auth/two-step/disable`.
pub async fn two_step_disable(code: String) -> Result<(), ApiError> {
    let json = serde_json::to_string(&OneTimePasswordRequest { code })
        .map_err(|_| ApiError::Unreadable { status: 0 })?;
    client::authorized(
        Method::POST,
        "/auth/two-step/disable",
        client::Body::Json(&json),
    )
    .await?;
    Ok(())
}

/// `POST /auth/sign-out`. The session is forgotten here at once, whatever the server answers.
pub fn sign_out() -> impl Future<Output = Result<(), ApiError>> {
    let access_token = tokens::access_token();
    tokens::clear();
    async move {
        if access_token.is_none() {
            return Ok(());
        }
        // The cookie names the session; the server ends it and removes the cookie.
        let request = SignOutRequest {
            refresh_token: None,
        };
        client::post("/auth/sign-out", &request, access_token.as_deref()).await?;
        Ok(())
    }
}

/// `POST /auth/school` (PO and VO staff at several schools): this session works on `school_id`
/// from now on. The switch issues no token; the refresh right after it answers a pair for the
/// new school, and tells the other tabs of this browser (they share the session) to reload.
pub async fn switch_school(school_id: Uuid) -> Result<(), ApiError> {
    let json = serde_json::to_string(&SwitchSchoolRequest { school_id })
        .map_err(|_| ApiError::Unreadable { status: 0 })?;
    client::authorized(Method::POST, "/auth/school", client::Body::Json(&json)).await?;
    refresh_now().await?;
    tokens::announce_school(school_id);
    Ok(())
}

/// `GET /me`: the signed-in person and their school, board or child.
pub async fn me() -> Result<MeResponse, ApiError> {
    client::get("/me").await
}

/// `GET /procedure`: the region's calendar.
pub async fn procedure() -> Result<ProcedureResponse, ApiError> {
    client::get("/procedure").await
}

/// `GET /school/pupils` (PO staff): the pupils of the staff member's school that match `query`.
pub async fn school_pupils(query: &PupilListQuery) -> Result<PupilListResponse, ApiError> {
    let year = ("procedure_id", query.procedure_id.map(|id| id.to_string()));
    let query = query_string(pupil_list_params(query).into_iter().chain([year]));
    client::get(&format!("/school/pupils{query}")).await
}

/// The query parameters of the pupil list's filters (not its year), for the API and for links
/// to the list.
pub fn pupil_list_params(query: &PupilListQuery) -> [(&'static str, Option<String>); 4] {
    [
        ("class", query.class.clone()),
        (
            "status",
            query.status.as_ref().map(|status| match status {
                Submitted::Known(status) => status.as_str().to_owned(),
                Submitted::Unknown(text) => text.clone(),
            }),
        ),
        ("q", query.q.clone()),
        (
            "needs_attention",
            query.needs_attention.map(|flag| flag.to_string()),
        ),
    ]
}

/// `GET /school/pupils/{id}` (PO staff): one pupil of the school.
pub async fn school_pupil(id: Uuid) -> Result<PupilResponse, ApiError> {
    client::get(&format!("/school/pupils/{id}")).await
}

/// `POST /school/pupils` (PO staff): adds a pupil.
pub async fn create_pupil(request: &PupilDataRequest) -> Result<PupilResponse, ApiError> {
    client::send_json(Method::POST, "/school/pupils", request).await
}

/// `PUT /school/pupils/{id}` (PO staff): corrects a pupil's data, making a new form version.
pub async fn correct_pupil(
    id: Uuid,
    request: &PupilDataRequest,
) -> Result<PupilResponse, ApiError> {
    client::send_json(Method::PUT, &format!("/school/pupils/{id}"), request).await
}

/// `PUT /school/pupils/{id}/paper-route` (PO staff): records, changes or (without a route) ends
/// the pupil's paper route.
pub async fn set_paper_route(
    id: Uuid,
    request: &PaperRouteRequest,
) -> Result<PupilResponse, ApiError> {
    let path = format!("/school/pupils/{id}/paper-route");
    client::send_json(Method::PUT, &path, request).await
}

/// `POST /school/pupils/{id}/send-login` (PO staff): e-mails the parent login (wit → blauw).
pub async fn send_login(id: Uuid, request: &SendLoginRequest) -> Result<PupilResponse, ApiError> {
    let path = format!("/school/pupils/{id}/send-login");
    client::send_json(Method::POST, &path, request).await
}

/// `POST /school/pupils/send-login` (PO staff): the parent login to a selection, or to all `wit`.
pub async fn send_logins(request: &BulkSendLoginRequest) -> Result<BulkResponse, ApiError> {
    client::send_json(Method::POST, "/school/pupils/send-login", request).await
}

/// `POST /school/pupils/import` (PO staff): a CSV file, imported whole or not at all.
pub async fn import_pupils(file: &web_sys::Blob) -> Result<ImportResponse, ApiError> {
    let body = client::Body::File {
        file,
        content_type: "text/csv",
    };
    let response = client::authorized(Method::POST, "/school/pupils/import", body).await?;
    client::read_json(response).await
}

/// `GET /school/pupils/export` (PO staff): all pupils as a CSV file.
pub async fn export_pupils() -> Result<Vec<u8>, ApiError> {
    client::download("/school/pupils/export", "text/csv, application/json").await
}

/// `GET /parent/data-export` (parent): everything held about the child, as JSON.
pub async fn export_my_data() -> Result<Vec<u8>, ApiError> {
    client::download("/parent/data-export", "application/json").await
}

/// `GET /school/status-board` (PO staff): the dots per class and the counts per status, of the
/// current procedure year or the earlier one in `query`.
pub async fn status_board(query: &StatusBoardQuery) -> Result<StatusBoardResponse, ApiError> {
    let query = query_string([("procedure_id", query.procedure_id.map(|id| id.to_string()))]);
    client::get(&format!("/school/status-board{query}")).await
}

/// `POST /school/reminders` (PO staff): reminds parents of pupils not yet registered.
pub async fn send_reminders(request: &ReminderRequest) -> Result<BulkResponse, ApiError> {
    client::send_json(Method::POST, "/school/reminders", request).await
}

/// `GET /school/programmes` (VO staff): the school's programmes.
pub async fn school_programmes() -> Result<ProgrammeListResponse, ApiError> {
    client::get("/school/programmes").await
}

/// `GET /board/schools` (board admin): the schools of the board.
pub async fn board_schools() -> Result<SchoolListResponse, ApiError> {
    client::get("/board/schools").await
}

/// `GET /region/schools` (coordinator): the schools of the region.
pub async fn region_schools() -> Result<SchoolListResponse, ApiError> {
    client::get("/region/schools").await
}

/// `GET /region/pupils?elk_number=` (coordinator): a pupil of the region, to check an erasure
/// request.
pub async fn find_region_pupil(elk_number: &str) -> Result<RegionPupilResponse, ApiError> {
    client::get(&format!(
        "/region/pupils?elk_number={}",
        String::from(js_sys::encode_uri_component(elk_number))
    ))
    .await
}

/// `DELETE /region/pupils/{id}` (coordinator): erases the pupil and its parent's data.
pub async fn erase_region_pupil(pupil: Uuid) -> Result<(), ApiError> {
    client::authorized(
        Method::DELETE,
        &format!("/region/pupils/{pupil}"),
        client::Body::Empty,
    )
    .await?;
    Ok(())
}

/// `GET /parent/child` (parent): the child the account belongs to.
pub async fn parent_child() -> Result<ChildResponse, ApiError> {
    client::get("/parent/child").await
}

/// `POST /auth/parent/activation/preview`: whose account an e-mailed link activates.
pub async fn activation_preview(token: &str) -> Result<ActivationPreviewResponse, ApiError> {
    let request = ActivationPreviewRequest {
        token: token.to_owned(),
    };
    let response = client::post("/auth/parent/activation/preview", &request, None).await?;
    client::read_json(response).await
}

/// `POST /auth/parent/activate`: sets the first password; keeps the token pair on success.
pub async fn activate(request: &ActivateRequest) -> Result<TokenResponse, ApiError> {
    let response = client::post("/auth/parent/activate", request, None).await?;
    let pair: TokenResponse = client::read_json(response).await?;
    tokens::store(&pair);
    Ok(pair)
}

/// `POST /auth/parent/password-reset`: always accepted, known ELK number or not.
pub async fn request_password_reset(request: &PasswordResetRequest) -> Result<(), ApiError> {
    client::post("/auth/parent/password-reset", request, None).await?;
    Ok(())
}

/// `POST /auth/parent/password-reset/complete`: the new password from the reset link.
pub async fn complete_password_reset(
    request: &PasswordResetCompleteRequest,
) -> Result<(), ApiError> {
    client::post("/auth/parent/password-reset/complete", request, None).await?;
    Ok(())
}

/// `PUT /parent/language` (parent): the language of the portal and of the e-mails.
pub async fn set_parent_language(language: PortalLanguage) -> Result<(), ApiError> {
    let json = serde_json::to_string(&LanguageRequest { language })
        .map_err(|_| ApiError::Unreadable { status: 0 })?;
    client::authorized(Method::PUT, "/parent/language", client::Body::Json(&json)).await?;
    Ok(())
}

/// `GET /parent/programmes` (parent): the programmes the child's advice admits.
pub async fn parent_programmes() -> Result<PortalProgrammesResponse, ApiError> {
    client::get("/parent/programmes").await
}

/// `GET /parent/registration` (parent): the preference list and where the registration stands.
pub async fn parent_registration() -> Result<RegistrationResponse, ApiError> {
    client::get("/parent/registration").await
}

/// `PUT /parent/registration/draft` (parent): saves the list as a draft (AG).
pub async fn save_draft(request: &SaveDraftRequest) -> Result<RegistrationResponse, ApiError> {
    client::send_json(Method::PUT, "/parent/registration/draft", request).await
}

/// `POST /parent/registration/confirm` (parent): AG → AV. A retry reuses `idempotency_key`.
pub async fn confirm_registration(
    request: &RevisionRequest,
    idempotency_key: &str,
) -> Result<RegistrationResponse, ApiError> {
    let path = "/parent/registration/confirm";
    client::send_json_once(Method::POST, path, request, idempotency_key).await
}

/// `POST /parent/registration/withdraw` (parent): AV → AG, the list stays as a draft.
pub async fn withdraw_registration(
    request: &RevisionRequest,
) -> Result<RegistrationResponse, ApiError> {
    client::send_json(Method::POST, "/parent/registration/withdraw", request).await
}

/// `GET /parent/result` (parent): the placement, once published.
pub async fn parent_result() -> Result<ResultResponse, ApiError> {
    client::get("/parent/result").await
}

/// `GET /parent/round2` (parent): whether the child takes part in round 2, its window, the
/// programmes with seats left, the saved list and the round-2 result.
pub async fn parent_round2() -> Result<Round2Response, ApiError> {
    client::get("/parent/round2").await
}

/// `PUT /parent/round2/list` (parent): saves the round-2 list while it is not definitive.
pub async fn save_round2_list(request: &Round2ListRequest) -> Result<Round2Response, ApiError> {
    client::send_json(Method::PUT, "/parent/round2/list", request).await
}

/// `POST /parent/round2/confirm` (parent): makes the saved list definitive (idempotent).
pub async fn confirm_round2_list() -> Result<Round2Response, ApiError> {
    let path = "/parent/round2/confirm";
    client::read_json(client::authorized(Method::POST, path, client::Body::Empty).await?).await
}

/// `GET /school/registrations` (VO staff): 1st-choice registrations and the list counts.
pub async fn school_registrations() -> Result<VoRegistrationsResponse, ApiError> {
    client::get("/school/registrations").await
}

/// `PUT /school/registrations/{id}/priority` (VO staff): approves or rejects a priority claim.
pub async fn decide_priority(
    registration_id: Uuid,
    request: &PriorityDecisionRequest,
) -> Result<PriorityDecisionResponse, ApiError> {
    let path = format!("/school/registrations/{registration_id}/priority");
    client::send_json(Method::PUT, &path, request).await
}

/// `PUT /school/programmes/{id}/capacity` (VO staff): a programme's number of seats.
pub async fn set_capacity(
    programme_id: Uuid,
    request: &CapacityRequest,
) -> Result<ProgrammeResponse, ApiError> {
    let path = format!("/school/programmes/{programme_id}/capacity");
    client::send_json(Method::PUT, &path, request).await
}

/// `GET /school/placements` (VO staff): the published placement and reserve lists.
pub async fn school_placements() -> Result<VoPlacementsResponse, ApiError> {
    client::get("/school/placements").await
}

/// `GET /school/placements/export` (VO staff): the same as a CSV file.
pub async fn export_placements() -> Result<Vec<u8>, ApiError> {
    client::download("/school/placements/export", "text/csv, application/json").await
}

/// `GET /school/reserve-offers` (VO staff): the offers of freed seats made so far.
pub async fn reserve_offers() -> Result<ReserveOfferListResponse, ApiError> {
    client::get("/school/reserve-offers").await
}

/// `POST /school/programmes/{id}/reserve-offers` (VO staff): a freed seat to the reserve list.
pub async fn make_offer(programme_id: Uuid) -> Result<ReserveOfferResponse, ApiError> {
    let path = format!("/school/programmes/{programme_id}/reserve-offers");
    client::read_json(client::authorized(Method::POST, &path, client::Body::Empty).await?).await
}

/// `POST /school/reserve-offers/{id}/decision` (VO staff): the parents accepted or declined.
pub async fn decide_offer(
    offer_id: Uuid,
    request: &OfferDecisionRequest,
) -> Result<ReserveOfferResponse, ApiError> {
    let path = format!("/school/reserve-offers/{offer_id}/decision");
    client::send_json(Method::POST, &path, request).await
}

/// `POST /school/placements/{pupil_id}/withdrawal` (VO staff): withdraws the pupil's place at the
/// parents' request.
pub async fn withdraw_placement(
    pupil_id: Uuid,
    request: &WithdrawPlacementRequest,
) -> Result<WithdrawalResponse, ApiError> {
    let path = format!("/school/placements/{pupil_id}/withdrawal");
    client::send_json(Method::POST, &path, request).await
}

/// `POST /region/placement/seed-commitments` (coordinator): commits to a fresh lottery seed.
pub async fn commit_seed(round: u32) -> Result<SeedCommitmentResponse, ApiError> {
    let path = if round == 1 {
        "/region/placement/seed-commitments".to_owned()
    } else {
        format!("/region/placement/seed-commitments?round={round}")
    };
    client::read_json(client::authorized(Method::POST, &path, client::Body::Empty).await?).await
}

/// `GET /region/placement/runs` (coordinator): every run, newest first.
pub async fn placement_runs() -> Result<RunListResponse, ApiError> {
    client::get("/region/placement/runs").await
}

/// `POST /region/placement/runs` (coordinator): a dry run, or the official run.
pub async fn start_run(request: &StartRunRequest) -> Result<RunResponse, ApiError> {
    client::send_json(Method::POST, "/region/placement/runs", request).await
}

/// `GET /region/placement/runs/{id}/attention` (coordinator): the pupils to phone first.
pub async fn run_attention(run_id: Uuid) -> Result<AttentionResponse, ApiError> {
    client::get(&format!("/region/placement/runs/{run_id}/attention")).await
}

/// `GET /region/placement/runs/{id}/snapshot` (coordinator): the run's frozen input (JSON).
pub async fn export_snapshot(run_id: Uuid) -> Result<Vec<u8>, ApiError> {
    let path = format!("/region/placement/runs/{run_id}/snapshot");
    client::download(&path, "application/json").await
}

/// `GET /region/statistics` (coordinator): of `run_id`, or of the official run.
pub async fn region_statistics(run_id: Option<Uuid>) -> Result<StatisticsResponse, ApiError> {
    let query = query_string([("run_id", run_id.map(|id| id.to_string()))]);
    client::get(&format!("/region/statistics{query}")).await
}

/// `GET /region/statistics/export` (coordinator): the same as a CSV file.
pub async fn export_statistics(run_id: Option<Uuid>) -> Result<Vec<u8>, ApiError> {
    let query = query_string([("run_id", run_id.map(|id| id.to_string()))]);
    let path = format!("/region/statistics/export{query}");
    client::download(&path, "text/csv, application/json").await
}

// The audit log

fn audit_log_query(query: &AuditLogQuery) -> String {
    query_string([
        ("actor_role", query.actor_role.clone()),
        ("actor_id", query.actor_id.map(|id| id.to_string())),
        ("elk_number", query.elk_number.clone()),
        ("action", query.action.clone()),
        ("from", query.from.clone()),
        ("until", query.until.clone()),
        ("limit", query.limit.map(|l| l.to_string())),
        ("cursor", query.cursor.clone()),
    ])
}

/// `GET /audit-log` (coordinator: the region's; board admin: its schools'), one page.
pub async fn audit_log(query: &AuditLogQuery) -> Result<AuditLogResponse, ApiError> {
    client::get(&format!("/audit-log{}", audit_log_query(query))).await
}

/// `GET /audit-log/export`: the same entries as a CSV file.
pub async fn export_audit_log(query: &AuditLogQuery) -> Result<Vec<u8>, ApiError> {
    let path = format!("/audit-log/export{}", audit_log_query(query));
    client::download(&path, "text/csv, application/json").await
}

// Staff accounts

/// `GET /staff` (coordinator, board admin): the accounts I manage.
pub async fn staff_accounts() -> Result<StaffListResponse, ApiError> {
    client::get("/staff").await
}

/// `POST /staff` (coordinator, board admin): makes the account and e-mails its invitation.
pub async fn invite_staff(request: &InviteStaffRequest) -> Result<StaffMemberResponse, ApiError> {
    client::send_json(Method::POST, "/staff", request).await
}

/// `PUT /staff/{id}` (coordinator, board admin): name, role, workplace and e-mail language.
pub async fn update_staff(
    id: Uuid,
    request: &UpdateStaffRequest,
) -> Result<StaffMemberResponse, ApiError> {
    client::send_json(Method::PUT, &format!("/staff/{id}"), request).await
}

/// `PUT /staff/{id}/active` (coordinator, board admin): deactivates or reactivates an account.
pub async fn set_staff_active(id: Uuid, active: bool) -> Result<StaffMemberResponse, ApiError> {
    let request = ActiveRequest { active };
    client::send_json(Method::PUT, &format!("/staff/{id}/active"), &request).await
}

/// `POST /staff/{id}/invitation` (coordinator, board admin): a new invitation; the old link
/// stops working.
pub async fn resend_staff_invitation(id: Uuid) -> Result<StaffMemberResponse, ApiError> {
    let path = format!("/staff/{id}/invitation");
    client::read_json(client::authorized(Method::POST, &path, client::Body::Empty).await?).await
}

/// `POST /auth/staff/invitation/preview`: whom an e-mailed invitation is for.
pub async fn staff_invitation_preview(
    token: &str,
) -> Result<StaffInvitationPreviewResponse, ApiError> {
    let request = StaffLinkRequest {
        token: token.to_owned(),
    };
    let response = client::post("/auth/staff/invitation/preview", &request, None).await?;
    client::read_json(response).await
}

/// `POST /auth/staff/invitation/accept`: the first password; then the person signs in.
pub async fn accept_staff_invitation(request: &StaffSetPasswordRequest) -> Result<(), ApiError> {
    client::post("/auth/staff/invitation/accept", request, None).await?;
    Ok(())
}

/// `POST /auth/staff/password-reset`: always accepted, known address or not.
pub async fn request_staff_password_reset(
    request: &StaffPasswordResetRequest,
) -> Result<(), ApiError> {
    client::post("/auth/staff/password-reset", request, None).await?;
    Ok(())
}

/// `POST /auth/staff/password-reset/complete`: the new password from the reset link.
pub async fn complete_staff_password_reset(
    request: &StaffSetPasswordRequest,
) -> Result<(), ApiError> {
    client::post("/auth/staff/password-reset/complete", request, None).await?;
    Ok(())
}

// API clients (coordinator, board admin)

/// `GET /api-clients` (coordinator: the region's; board admin: the board's), revoked ones too;
/// never a secret.
pub async fn api_clients() -> Result<ApiClientListResponse, ApiError> {
    client::get("/api-clients").await
}

/// `POST /api-clients`: makes a client for a school administration system; the answer holds
/// its `client_secret`, this once.
pub async fn create_api_client(
    request: &ApiClientRequest,
) -> Result<ApiClientSecretResponse, ApiError> {
    client::send_json(Method::POST, "/api-clients", request).await
}

/// `POST /api-clients/{id}/secret`: a new secret, shown this once; the previous one works 24
/// hours more. `conflict` once the client is revoked.
pub async fn rotate_api_client_secret(id: Uuid) -> Result<ApiClientSecretResponse, ApiError> {
    let path = format!("/api-clients/{id}/secret");
    client::read_json(client::authorized(Method::POST, &path, client::Body::Empty).await?).await
}

/// `DELETE /api-clients/{id}`: revokes the client for good; it stays listed.
pub async fn revoke_api_client(id: Uuid) -> Result<(), ApiError> {
    let path = format!("/api-clients/{id}");
    client::authorized(Method::DELETE, &path, client::Body::Empty).await?;
    Ok(())
}

// The school directory (coordinator)

/// `POST /region/boards` (coordinator): a new school board.
pub async fn create_board(request: &BoardRequest) -> Result<BoardSummary, ApiError> {
    client::send_json(Method::POST, "/region/boards", request).await
}

/// `PUT /region/boards/{id}` (coordinator): renames a board.
pub async fn update_board(id: Uuid, request: &BoardRequest) -> Result<BoardSummary, ApiError> {
    client::send_json(Method::PUT, &format!("/region/boards/{id}"), request).await
}

/// `PUT /region/boards/{id}/active` (coordinator): deactivates (once none of its schools is
/// active) or reactivates a board.
pub async fn set_board_active(id: Uuid, active: bool) -> Result<BoardSummary, ApiError> {
    let request = ActiveRequest { active };
    client::send_json(
        Method::PUT,
        &format!("/region/boards/{id}/active"),
        &request,
    )
    .await
}

/// `POST /region/schools` (coordinator): a new PO or VO school.
pub async fn create_school(request: &SchoolRequest) -> Result<SchoolResponse, ApiError> {
    client::send_json(Method::POST, "/region/schools", request).await
}

/// `PUT /region/schools/{id}` (coordinator): a school's details and board (not its kind).
pub async fn update_school(id: Uuid, request: &SchoolRequest) -> Result<SchoolResponse, ApiError> {
    client::send_json(Method::PUT, &format!("/region/schools/{id}"), request).await
}

/// `PUT /region/schools/{id}/active` (coordinator): deactivates or reactivates a school.
pub async fn set_school_active(id: Uuid, active: bool) -> Result<SchoolResponse, ApiError> {
    let request = ActiveRequest { active };
    client::send_json(
        Method::PUT,
        &format!("/region/schools/{id}/active"),
        &request,
    )
    .await
}

/// `POST /region/schools/import` (coordinator): a CSV file of schools, imported whole or not
/// at all.
pub async fn import_schools(file: &web_sys::Blob) -> Result<SchoolImportResponse, ApiError> {
    let body = client::Body::File {
        file,
        content_type: "text/csv",
    };
    let response = client::authorized(Method::POST, "/region/schools/import", body).await?;
    client::read_json(response).await
}

/// `GET /region/schools/{id}/programmes` (coordinator): a VO school's programmes.
pub async fn region_school_programmes(school_id: Uuid) -> Result<ProgrammeListResponse, ApiError> {
    client::get(&format!("/region/schools/{school_id}/programmes")).await
}

/// `POST /region/schools/{id}/programmes` (coordinator): a new programme of a VO school.
pub async fn create_programme(
    school_id: Uuid,
    request: &ProgrammeRequest,
) -> Result<ProgrammeResponse, ApiError> {
    let path = format!("/region/schools/{school_id}/programmes");
    client::send_json(Method::POST, &path, request).await
}

/// `PUT /region/programmes/{id}` (coordinator): a programme's name, advice, seats and page.
pub async fn update_programme(
    id: Uuid,
    request: &ProgrammeRequest,
) -> Result<ProgrammeResponse, ApiError> {
    client::send_json(Method::PUT, &format!("/region/programmes/{id}"), request).await
}

/// `DELETE /region/programmes/{id}` (coordinator): removes a programme nobody chose.
pub async fn delete_programme(id: Uuid) -> Result<(), ApiError> {
    let path = format!("/region/programmes/{id}");
    client::authorized(Method::DELETE, &path, client::Body::Empty).await?;
    Ok(())
}

// The region's settings (coordinator)

/// `GET /region/settings` (coordinator): the region's name, contact details, time zone and
/// rules, and whether the rules can still change.
pub async fn region_settings() -> Result<RegionSettingsResponse, ApiError> {
    client::get("/region/settings").await
}

/// `PUT /region/settings` (coordinator): the name and contact details (at any time) and the
/// rules (until the registration week opens: `phase_started`).
pub async fn update_region_settings(
    request: &RegionSettingsRequest,
) -> Result<RegionSettingsResponse, ApiError> {
    client::send_json(Method::PUT, "/region/settings", request).await
}

/// `GET /region/templates` (coordinator): the built-in rules a region can start from.
pub async fn region_templates() -> Result<RegionTemplateListResponse, ApiError> {
    client::get("/region/templates").await
}

// The region's procedure years (coordinator)

/// `GET /procedures`: the region's procedure years, latest first, and whether the next can be
/// created now.
pub async fn procedures() -> Result<ProcedureListResponse, ApiError> {
    client::get("/procedures").await
}

/// `GET /procedures/proposal` (coordinator): the next procedure year's calendar, copied from
/// the latest one on the same weekdays one year on.
pub async fn procedure_proposal() -> Result<ProcedureProposalResponse, ApiError> {
    client::get("/procedures/proposal").await
}

/// `POST /procedures` (coordinator): a new procedure year, which becomes the current one.
pub async fn create_procedure(
    request: &CreateProcedureRequest,
) -> Result<ProcedureSummary, ApiError> {
    client::send_json(Method::POST, "/procedures", request).await
}

/// `PUT /procedures/{id}` (coordinator): the moments of phases that have not begun
/// (`phase_started` otherwise).
pub async fn update_procedure(
    id: Uuid,
    request: &UpdateProcedureRequest,
) -> Result<ProcedureSummary, ApiError> {
    client::send_json(Method::PUT, &format!("/procedures/{id}"), request).await
}

// Board admin

/// `GET /board/overview` (board admin): each primary school of the board with its status
/// counts, and the board's total.
pub async fn board_overview() -> Result<overstap_api_types::BoardOverviewResponse, ApiError> {
    client::get("/board/overview").await
}

/// `GET /board/schools/{id}/status-board` (board admin): a primary school's status board, to
/// look at only.
pub async fn board_school_status_board(school_id: Uuid) -> Result<StatusBoardResponse, ApiError> {
    client::get(&format!("/board/schools/{school_id}/status-board")).await
}

/// `GET /board/pupils?q=` (board admin): pupils of the board's primary schools by ELK number
/// or name. The server records every search.
pub async fn board_pupils(
    q: &str,
) -> Result<overstap_api_types::BoardPupilSearchResponse, ApiError> {
    let query = query_string([("q", Some(q.to_owned()))]);
    client::get(&format!("/board/pupils{query}")).await
}

//! Sign-in, sessions, passwords, two-step sign-in, "who am I" and the procedure calendar.

use overstap_api_types::{
    ActivateRequest, ActivationPreviewRequest, ActivationPreviewResponse, ChangePasswordRequest,
    MeResponse, OneTimePasswordRequest, ParentSignInRequest, PasswordResetCompleteRequest,
    PasswordResetRequest, ProcedureResponse, RecoveryCodesResponse, RefreshRequest, SignOutRequest,
    StaffSignInRequest, SwitchSchoolRequest, TokenResponse, TwoStepSetupResponse, TwoStepStatus,
};
use reqwest::StatusCode;

use super::{Api, Reply};

impl Api<'_> {
    pub async fn sign_in_staff(&self, body: &StaffSignInRequest) -> Reply<TokenResponse> {
        self.post("/api/v1/auth/staff/sign-in", body, StatusCode::OK)
            .await
    }

    pub async fn sign_in_parent(&self, body: &ParentSignInRequest) -> Reply<TokenResponse> {
        self.post("/api/v1/auth/parent/sign-in", body, StatusCode::OK)
            .await
    }

    pub async fn refresh_session(&self, body: &RefreshRequest) -> Reply<TokenResponse> {
        self.post("/api/v1/auth/refresh", body, StatusCode::OK)
            .await
    }

    pub async fn sign_out(&self, body: &SignOutRequest) -> Reply<()> {
        self.post("/api/v1/auth/sign-out", body, StatusCode::NO_CONTENT)
            .await
    }

    pub async fn preview_activation(
        &self,
        body: &ActivationPreviewRequest,
    ) -> Reply<ActivationPreviewResponse> {
        self.post(
            "/api/v1/auth/parent/activation/preview",
            body,
            StatusCode::OK,
        )
        .await
    }

    pub async fn activate(&self, body: &ActivateRequest) -> Reply<TokenResponse> {
        self.post("/api/v1/auth/parent/activate", body, StatusCode::OK)
            .await
    }

    pub async fn request_password_reset(&self, body: &PasswordResetRequest) -> Reply<()> {
        self.post(
            "/api/v1/auth/parent/password-reset",
            body,
            StatusCode::ACCEPTED,
        )
        .await
    }

    pub async fn complete_password_reset(&self, body: &PasswordResetCompleteRequest) -> Reply<()> {
        self.post(
            "/api/v1/auth/parent/password-reset/complete",
            body,
            StatusCode::NO_CONTENT,
        )
        .await
    }

    pub async fn change_password(&self, body: &ChangePasswordRequest) -> Reply<()> {
        self.post("/api/v1/auth/password", body, StatusCode::NO_CONTENT)
            .await
    }

    pub async fn get_two_step(&self) -> Reply<TwoStepStatus> {
        self.get("/api/v1/auth/two-step").await
    }

    pub async fn set_up_two_step(&self) -> Reply<TwoStepSetupResponse> {
        self.post_empty("/api/v1/auth/two-step/setup", StatusCode::CREATED)
            .await
    }

    pub async fn confirm_two_step(
        &self,
        body: &OneTimePasswordRequest,
    ) -> Reply<RecoveryCodesResponse> {
        self.post("/api/v1/auth/two-step/confirm", body, StatusCode::OK)
            .await
    }

    pub async fn disable_two_step(&self, body: &OneTimePasswordRequest) -> Reply<()> {
        self.post(
            "/api/v1/auth/two-step/disable",
            body,
            StatusCode::NO_CONTENT,
        )
        .await
    }

    pub async fn renew_recovery_codes(
        &self,
        body: &OneTimePasswordRequest,
    ) -> Reply<RecoveryCodesResponse> {
        self.post("/api/v1/auth/two-step/recovery-codes", body, StatusCode::OK)
            .await
    }

    pub async fn get_me(&self) -> Reply<MeResponse> {
        self.get("/api/v1/me").await
    }

    pub async fn switch_school(&self, school: uuid::Uuid) -> Reply<()> {
        self.post(
            "/api/v1/auth/school",
            &SwitchSchoolRequest { school_id: school },
            StatusCode::NO_CONTENT,
        )
        .await
    }

    pub async fn get_procedure(&self) -> Reply<ProcedureResponse> {
        self.get("/api/v1/procedure").await
    }
}

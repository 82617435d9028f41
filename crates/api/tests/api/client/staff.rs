//! Staff accounts: invitations, the managed list, and the staff's own password reset.

use overstap_api_types::{
    ActiveRequest, InviteStaffRequest, StaffInvitationPreviewResponse, StaffLinkRequest,
    StaffListResponse, StaffMemberResponse, StaffPasswordResetRequest, StaffSetPasswordRequest,
    UpdateStaffRequest,
};
use reqwest::StatusCode;
use uuid::Uuid;

use super::{Api, Reply};

impl Api<'_> {
    pub async fn list_staff(&self) -> Reply<StaffListResponse> {
        self.get("/api/v1/staff").await
    }

    pub async fn invite_staff(&self, body: &InviteStaffRequest) -> Reply<StaffMemberResponse> {
        self.post("/api/v1/staff", body, StatusCode::CREATED).await
    }

    pub async fn update_staff(
        &self,
        id: Uuid,
        body: &UpdateStaffRequest,
    ) -> Reply<StaffMemberResponse> {
        self.put(&format!("/api/v1/staff/{id}"), body, StatusCode::OK)
            .await
    }

    pub async fn set_staff_active(&self, id: Uuid, active: bool) -> Reply<StaffMemberResponse> {
        self.put(
            &format!("/api/v1/staff/{id}/active"),
            &ActiveRequest { active },
            StatusCode::OK,
        )
        .await
    }

    pub async fn resend_invitation(&self, id: Uuid) -> Reply<StaffMemberResponse> {
        self.post_empty(&format!("/api/v1/staff/{id}/invitation"), StatusCode::OK)
            .await
    }

    pub async fn preview_invitation(&self, token: &str) -> Reply<StaffInvitationPreviewResponse> {
        self.post(
            "/api/v1/auth/staff/invitation/preview",
            &StaffLinkRequest {
                token: token.to_owned(),
            },
            StatusCode::OK,
        )
        .await
    }

    pub async fn accept_invitation(&self, token: &str, password: &str) -> Reply<()> {
        self.post(
            "/api/v1/auth/staff/invitation/accept",
            &StaffSetPasswordRequest {
                token: token.to_owned(),
                password: password.to_owned(),
            },
            StatusCode::NO_CONTENT,
        )
        .await
    }

    pub async fn request_staff_password_reset(&self, email: &str) -> Reply<()> {
        self.post(
            "/api/v1/auth/staff/password-reset",
            &StaffPasswordResetRequest {
                email: email.to_owned(),
            },
            StatusCode::ACCEPTED,
        )
        .await
    }

    pub async fn complete_staff_password_reset(&self, token: &str, password: &str) -> Reply<()> {
        self.post(
            "/api/v1/auth/staff/password-reset/complete",
            &StaffSetPasswordRequest {
                token: token.to_owned(),
                password: password.to_owned(),
            },
            StatusCode::NO_CONTENT,
        )
        .await
    }
}

//! The primary school's workspace: pupils, logins, the import and export, the status board.

use overstap_api_types::{
    BulkResponse, BulkSendLoginRequest, ImportResponse, PaperRouteRequest, PupilDataRequest,
    PupilListQuery, PupilListResponse, PupilResponse, ReminderRequest, SendLoginRequest,
    StatusBoardResponse,
};
use reqwest::StatusCode;

use super::{Api, Reply, Text, WireId, with_query};

impl Api<'_> {
    pub async fn list_pupils(&self, query: &PupilListQuery) -> Reply<PupilListResponse> {
        self.get(&with_query("/api/v1/school/pupils", query)).await
    }

    pub async fn create_pupil(&self, body: &PupilDataRequest) -> Reply<PupilResponse> {
        self.post("/api/v1/school/pupils", body, StatusCode::CREATED)
            .await
    }

    pub async fn get_pupil(&self, pupil: impl WireId) -> Reply<PupilResponse> {
        self.get(&format!("/api/v1/school/pupils/{}", pupil.wire()))
            .await
    }

    pub async fn correct_pupil(
        &self,
        pupil: impl WireId,
        body: &PupilDataRequest,
    ) -> Reply<PupilResponse> {
        self.put(
            &format!("/api/v1/school/pupils/{}", pupil.wire()),
            body,
            StatusCode::OK,
        )
        .await
    }

    pub async fn set_paper_route(
        &self,
        pupil: impl WireId,
        body: &PaperRouteRequest,
    ) -> Reply<PupilResponse> {
        self.put(
            &format!("/api/v1/school/pupils/{}/paper-route", pupil.wire()),
            body,
            StatusCode::OK,
        )
        .await
    }

    pub async fn send_login(
        &self,
        pupil: impl WireId,
        body: &SendLoginRequest,
    ) -> Reply<PupilResponse> {
        self.post(
            &format!("/api/v1/school/pupils/{}/send-login", pupil.wire()),
            body,
            StatusCode::OK,
        )
        .await
    }

    pub async fn send_logins(&self, body: &BulkSendLoginRequest) -> Reply<BulkResponse> {
        self.post("/api/v1/school/pupils/send-login", body, StatusCode::OK)
            .await
    }

    /// POSTs a CSV file the way a browser or an administration system does.
    pub async fn import_pupils(&self, csv: impl Into<String>) -> Reply<ImportResponse> {
        self.post_csv("/api/v1/school/pupils/import", csv.into())
            .await
    }

    pub async fn export_pupils(&self) -> Reply<Text> {
        self.get("/api/v1/school/pupils/export").await
    }

    pub async fn get_status_board(&self) -> Reply<StatusBoardResponse> {
        self.get("/api/v1/school/status-board").await
    }

    pub async fn send_reminders(&self, body: &ReminderRequest) -> Reply<BulkResponse> {
        self.post("/api/v1/school/reminders", body, StatusCode::OK)
            .await
    }
}

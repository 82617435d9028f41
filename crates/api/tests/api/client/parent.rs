//! The parent portal: the child, the language, the preference list, the result and round 2.

use overstap_api_types::round2::{Round2ListRequest, Round2Response};
use overstap_api_types::{
    ChildResponse, LanguageRequest, PortalProgrammesResponse, RegistrationResponse, ResultResponse,
    RevisionRequest, SaveDraftRequest,
};
use reqwest::StatusCode;
use serde_json::Value;

use super::{Api, Reply};

impl Api<'_> {
    pub async fn get_child(&self) -> Reply<ChildResponse> {
        self.get("/api/v1/parent/child").await
    }

    /// Everything stored about the child and the account (a free-form document).
    pub async fn export_parent_data(&self) -> Reply<Value> {
        self.get("/api/v1/parent/data-export").await
    }

    pub async fn put_language(&self, body: &LanguageRequest) -> Reply<()> {
        self.put("/api/v1/parent/language", body, StatusCode::NO_CONTENT)
            .await
    }

    pub async fn get_programmes(&self) -> Reply<PortalProgrammesResponse> {
        self.get("/api/v1/parent/programmes").await
    }

    pub async fn get_registration(&self) -> Reply<RegistrationResponse> {
        self.get("/api/v1/parent/registration").await
    }

    pub async fn save_draft(&self, body: &SaveDraftRequest) -> Reply<RegistrationResponse> {
        self.put("/api/v1/parent/registration/draft", body, StatusCode::OK)
            .await
    }

    /// Confirms (AV); send the `Idempotency-Key` header with `with_header`.
    pub async fn confirm_registration(
        &self,
        body: &RevisionRequest,
    ) -> Reply<RegistrationResponse> {
        self.post("/api/v1/parent/registration/confirm", body, StatusCode::OK)
            .await
    }

    pub async fn withdraw_registration(
        &self,
        body: &RevisionRequest,
    ) -> Reply<RegistrationResponse> {
        self.post("/api/v1/parent/registration/withdraw", body, StatusCode::OK)
            .await
    }

    pub async fn get_result(&self) -> Reply<ResultResponse> {
        self.get("/api/v1/parent/result").await
    }

    pub async fn get_round2(&self) -> Reply<Round2Response> {
        self.get("/api/v1/parent/round2").await
    }

    pub async fn save_round2_list(&self, body: &Round2ListRequest) -> Reply<Round2Response> {
        self.put("/api/v1/parent/round2/list", body, StatusCode::OK)
            .await
    }

    pub async fn confirm_round2_list(&self) -> Reply<Round2Response> {
        self.post_empty("/api/v1/parent/round2/confirm", StatusCode::OK)
            .await
    }
}

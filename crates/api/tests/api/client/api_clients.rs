//! API clients: their management, and the OAuth token endpoint (a form, not JSON).

use overstap_api_types::{
    ApiClientListResponse, ApiClientRequest, ApiClientSecretResponse, ClientTokenResponse,
};
use reqwest::StatusCode;
use uuid::Uuid;

use super::{Api, Payload, Reply, encode};

impl Api<'_> {
    pub async fn list_api_clients(&self) -> Reply<ApiClientListResponse> {
        self.get("/api/v1/api-clients").await
    }

    pub async fn create_api_client(
        &self,
        body: &ApiClientRequest,
    ) -> Reply<ApiClientSecretResponse> {
        self.post("/api/v1/api-clients", body, StatusCode::CREATED)
            .await
    }

    pub async fn rotate_api_client_secret(&self, id: Uuid) -> Reply<ApiClientSecretResponse> {
        self.post_empty(&format!("/api/v1/api-clients/{id}/secret"), StatusCode::OK)
            .await
    }

    pub async fn revoke_api_client(&self, id: Uuid) -> Reply<()> {
        self.delete(&format!("/api/v1/api-clients/{id}"), StatusCode::NO_CONTENT)
            .await
    }

    /// `POST /oauth/token` with `form` as `application/x-www-form-urlencoded`; the caller's
    /// extra headers carry HTTP Basic when a test wants it.
    pub async fn issue_client_token(&self, form: &[(&str, &str)]) -> Reply<ClientTokenResponse> {
        let body = form
            .iter()
            .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
            .collect::<Vec<_>>()
            .join("&");
        self.send(
            reqwest::Method::POST,
            "/api/v1/oauth/token",
            Payload::Form(body),
            StatusCode::OK,
        )
        .await
    }
}

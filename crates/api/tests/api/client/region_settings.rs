//! The region's settings and the built-in templates of its rules.

use overstap_api_types::{
    RegionSettingsRequest, RegionSettingsResponse, RegionTemplateListResponse,
};
use reqwest::StatusCode;

use super::{Api, Reply};

impl Api<'_> {
    pub async fn get_region_settings(&self) -> Reply<RegionSettingsResponse> {
        self.get("/api/v1/region/settings").await
    }

    pub async fn update_region_settings(
        &self,
        body: &RegionSettingsRequest,
    ) -> Reply<RegionSettingsResponse> {
        self.put("/api/v1/region/settings", body, StatusCode::OK)
            .await
    }

    pub async fn list_region_templates(&self) -> Reply<RegionTemplateListResponse> {
        self.get("/api/v1/region/templates").await
    }
}

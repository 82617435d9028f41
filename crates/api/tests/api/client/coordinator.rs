//! The coordinator's region (placement runs, statistics, erasure) and the board's schools.

use overstap_api_types::placement::RoundQuery;
use overstap_api_types::statistics::{StatisticsQuery, StatisticsResponse};
use overstap_api_types::{
    AttentionResponse, RegionPupilQuery, RegionPupilResponse, RunListResponse, RunResponse,
    SchoolListResponse, SeedCommitmentResponse, StartRunRequest,
};
use reqwest::StatusCode;
use serde_json::Value;

use super::{Api, Reply, Text, WireId, with_query};

impl Api<'_> {
    pub async fn commit_seed(&self, query: &RoundQuery) -> Reply<SeedCommitmentResponse> {
        self.post_empty(
            &with_query("/api/v1/region/placement/seed-commitments", query),
            StatusCode::CREATED,
        )
        .await
    }

    pub async fn list_runs(&self) -> Reply<RunListResponse> {
        self.get("/api/v1/region/placement/runs").await
    }

    pub async fn start_run(&self, body: &StartRunRequest) -> Reply<RunResponse> {
        self.post("/api/v1/region/placement/runs", body, StatusCode::CREATED)
            .await
    }

    /// The run's input and output, for an independent recount (a free-form document).
    pub async fn export_snapshot(&self, run: impl WireId) -> Reply<Value> {
        self.get(&format!(
            "/api/v1/region/placement/runs/{}/snapshot",
            run.wire()
        ))
        .await
    }

    pub async fn attention(&self, run: impl WireId) -> Reply<AttentionResponse> {
        self.get(&format!(
            "/api/v1/region/placement/runs/{}/attention",
            run.wire()
        ))
        .await
    }

    pub async fn find_region_pupil(&self, query: &RegionPupilQuery) -> Reply<RegionPupilResponse> {
        self.get(&with_query("/api/v1/region/pupils", query)).await
    }

    pub async fn erase_pupil(&self, pupil: impl WireId) -> Reply<()> {
        self.delete(
            &format!("/api/v1/region/pupils/{}", pupil.wire()),
            StatusCode::NO_CONTENT,
        )
        .await
    }

    pub async fn list_region_schools(&self) -> Reply<SchoolListResponse> {
        self.get("/api/v1/region/schools").await
    }

    pub async fn get_region_statistics(
        &self,
        query: &StatisticsQuery,
    ) -> Reply<StatisticsResponse> {
        self.get(&with_query("/api/v1/region/statistics", query))
            .await
    }

    pub async fn export_region_statistics(&self, query: &StatisticsQuery) -> Reply<Text> {
        self.get(&with_query("/api/v1/region/statistics/export", query))
            .await
    }

    pub async fn list_board_schools(&self) -> Reply<SchoolListResponse> {
        self.get("/api/v1/board/schools").await
    }
}

//! The coordinator's region (placement runs, statistics, erasure) and the board admin's pages.

use overstap_api_types::placement::RoundQuery;
use overstap_api_types::statistics::{StatisticsQuery, StatisticsResponse};
use overstap_api_types::{
    AttentionResponse, BoardOverviewResponse, BoardPupilQuery, BoardPupilSearchResponse,
    RegionPupilQuery, RegionPupilResponse, RunListResponse, RunResponse, SchoolListResponse,
    SeedCommitmentResponse, StartRunRequest, StatusBoardResponse,
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

    pub async fn get_board_overview(&self) -> Reply<BoardOverviewResponse> {
        self.get("/api/v1/board/overview").await
    }

    pub async fn get_board_school_status_board(
        &self,
        school: impl WireId,
    ) -> Reply<StatusBoardResponse> {
        self.get(&format!(
            "/api/v1/board/schools/{}/status-board",
            school.wire()
        ))
        .await
    }

    pub async fn search_board_pupils(&self, q: &str) -> Reply<BoardPupilSearchResponse> {
        self.get(&with_query(
            "/api/v1/board/pupils",
            &BoardPupilQuery { q: q.to_owned() },
        ))
        .await
    }
}

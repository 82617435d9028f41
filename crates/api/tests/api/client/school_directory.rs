//! The region's school directory: boards, schools, the school import and programmes.

use overstap_api_types::{
    ActiveRequest, BoardRequest, BoardSummary, ProgrammeListResponse, ProgrammeRequest,
    ProgrammeResponse, SchoolImportResponse, SchoolRequest, SchoolResponse,
};
use reqwest::StatusCode;
use uuid::Uuid;

use super::{Api, Reply};

impl Api<'_> {
    pub async fn create_board(&self, name: &str) -> Reply<BoardSummary> {
        let body = BoardRequest {
            name: name.to_owned(),
        };
        self.post("/api/v1/region/boards", &body, StatusCode::CREATED)
            .await
    }

    pub async fn update_board(&self, id: Uuid, name: &str) -> Reply<BoardSummary> {
        let body = BoardRequest {
            name: name.to_owned(),
        };
        self.put(
            &format!("/api/v1/region/boards/{id}"),
            &body,
            StatusCode::OK,
        )
        .await
    }

    pub async fn set_board_active(&self, id: Uuid, active: bool) -> Reply<BoardSummary> {
        self.put(
            &format!("/api/v1/region/boards/{id}/active"),
            &ActiveRequest { active },
            StatusCode::OK,
        )
        .await
    }

    pub async fn create_school(&self, body: &SchoolRequest) -> Reply<SchoolResponse> {
        self.post("/api/v1/region/schools", body, StatusCode::CREATED)
            .await
    }

    pub async fn update_school(&self, id: Uuid, body: &SchoolRequest) -> Reply<SchoolResponse> {
        self.put(
            &format!("/api/v1/region/schools/{id}"),
            body,
            StatusCode::OK,
        )
        .await
    }

    pub async fn set_school_active(&self, id: Uuid, active: bool) -> Reply<SchoolResponse> {
        self.put(
            &format!("/api/v1/region/schools/{id}/active"),
            &ActiveRequest { active },
            StatusCode::OK,
        )
        .await
    }

    pub async fn import_schools(&self, csv: impl Into<String>) -> Reply<SchoolImportResponse> {
        self.post_csv("/api/v1/region/schools/import", csv.into())
            .await
    }

    pub async fn list_school_programmes(&self, school: Uuid) -> Reply<ProgrammeListResponse> {
        self.get(&format!("/api/v1/region/schools/{school}/programmes"))
            .await
    }

    pub async fn create_programme(
        &self,
        school: Uuid,
        body: &ProgrammeRequest,
    ) -> Reply<ProgrammeResponse> {
        self.post(
            &format!("/api/v1/region/schools/{school}/programmes"),
            body,
            StatusCode::CREATED,
        )
        .await
    }

    pub async fn update_programme(
        &self,
        id: Uuid,
        body: &ProgrammeRequest,
    ) -> Reply<ProgrammeResponse> {
        self.put(
            &format!("/api/v1/region/programmes/{id}"),
            body,
            StatusCode::OK,
        )
        .await
    }

    pub async fn delete_programme(&self, id: Uuid) -> Reply<()> {
        self.delete(
            &format!("/api/v1/region/programmes/{id}"),
            StatusCode::NO_CONTENT,
        )
        .await
    }
}

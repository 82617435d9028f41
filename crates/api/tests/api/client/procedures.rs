//! The region's procedure years: list, proposal, create, edit.

use overstap_api_types::{
    CreateProcedureRequest, ProcedureListResponse, ProcedureProposalQuery,
    ProcedureProposalResponse, ProcedureSummary, StatusBoardQuery, StatusBoardResponse,
    UpdateProcedureRequest,
};
use reqwest::StatusCode;

use super::{Api, Reply, WireId, with_query};

impl Api<'_> {
    pub async fn list_procedures(&self) -> Reply<ProcedureListResponse> {
        self.get("/api/v1/procedures").await
    }

    pub async fn get_one_procedure(&self, id: uuid::Uuid) -> Reply<ProcedureSummary> {
        self.get(&format!("/api/v1/procedures/{id}")).await
    }

    pub async fn propose_procedure(
        &self,
        query: &ProcedureProposalQuery,
    ) -> Reply<ProcedureProposalResponse> {
        self.get(&with_query("/api/v1/procedures/proposal", query))
            .await
    }

    pub async fn create_procedure(&self, body: &CreateProcedureRequest) -> Reply<ProcedureSummary> {
        self.post("/api/v1/procedures", body, StatusCode::CREATED)
            .await
    }

    pub async fn update_procedure(
        &self,
        procedure: impl WireId,
        body: &UpdateProcedureRequest,
    ) -> Reply<ProcedureSummary> {
        self.put(
            &format!("/api/v1/procedures/{}", procedure.wire()),
            body,
            StatusCode::OK,
        )
        .await
    }

    /// The status board of one procedure year (the current one without `procedure_id`).
    pub async fn get_status_board_of(
        &self,
        query: &StatusBoardQuery,
    ) -> Reply<StatusBoardResponse> {
        self.get(&with_query("/api/v1/school/status-board", query))
            .await
    }
}

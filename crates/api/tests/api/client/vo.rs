//! The secondary school's workspace: registrations and priority claims, capacities,
//! placements, withdrawals and reserve offers.

use overstap_api_types::round2::{WithdrawPlacementRequest, WithdrawalResponse};
use overstap_api_types::vo::{
    CapacityRequest, PriorityDecisionRequest, PriorityDecisionResponse, VoPlacementsResponse,
    VoRegistrationsResponse,
};
use overstap_api_types::{
    OfferDecisionRequest, ProgrammeListResponse, ProgrammeResponse, ReserveOfferListResponse,
    ReserveOfferResponse,
};
use reqwest::StatusCode;

use super::{Api, Reply, Text, WireId};

impl Api<'_> {
    pub async fn list_school_registrations(&self) -> Reply<VoRegistrationsResponse> {
        self.get("/api/v1/school/registrations").await
    }

    pub async fn decide_priority(
        &self,
        registration: impl WireId,
        body: &PriorityDecisionRequest,
    ) -> Reply<PriorityDecisionResponse> {
        self.put(
            &format!(
                "/api/v1/school/registrations/{}/priority",
                registration.wire()
            ),
            body,
            StatusCode::OK,
        )
        .await
    }

    pub async fn list_programmes(&self) -> Reply<ProgrammeListResponse> {
        self.get("/api/v1/school/programmes").await
    }

    pub async fn set_programme_capacity(
        &self,
        programme: impl WireId,
        body: &CapacityRequest,
    ) -> Reply<ProgrammeResponse> {
        self.put(
            &format!("/api/v1/school/programmes/{}/capacity", programme.wire()),
            body,
            StatusCode::OK,
        )
        .await
    }

    pub async fn get_school_placements(&self) -> Reply<VoPlacementsResponse> {
        self.get("/api/v1/school/placements").await
    }

    pub async fn export_school_placements(&self) -> Reply<Text> {
        self.get("/api/v1/school/placements/export").await
    }

    pub async fn withdraw_placement(
        &self,
        pupil: impl WireId,
        body: &WithdrawPlacementRequest,
    ) -> Reply<WithdrawalResponse> {
        self.post(
            &format!("/api/v1/school/placements/{}/withdrawal", pupil.wire()),
            body,
            StatusCode::OK,
        )
        .await
    }

    /// Offers the seat to the first pupil on the programme's reserve list.
    pub async fn make_offer(&self, programme: impl WireId) -> Reply<ReserveOfferResponse> {
        self.post_empty(
            &format!(
                "/api/v1/school/programmes/{}/reserve-offers",
                programme.wire()
            ),
            StatusCode::CREATED,
        )
        .await
    }

    pub async fn list_offers(&self) -> Reply<ReserveOfferListResponse> {
        self.get("/api/v1/school/reserve-offers").await
    }

    pub async fn decide_offer(
        &self,
        offer: impl WireId,
        body: &OfferDecisionRequest,
    ) -> Reply<ReserveOfferResponse> {
        self.post(
            &format!("/api/v1/school/reserve-offers/{}/decision", offer.wire()),
            body,
            StatusCode::OK,
        )
        .await
    }
}

//! Placement runs for the coordinator: seed commitments, dry and official runs, their
//! exported snapshots, and the pupils to phone before publication.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::vocabulary::{OfferOutcome, RunKind, Submitted};

/// A lottery seed committed to by its SHA-256 hash before the run; the seed itself is revealed
/// by the run that uses it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeedCommitmentResponse {
    pub id: Uuid,
    pub round: u32,
    /// SHA-256 (hex) of the 32-byte seed.
    pub commitment: String,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: OffsetDateTime,
}

/// Start a run. A dry run draws a fresh seed each time; the official run uses a committed seed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StartRunRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = RunKind))]
    pub kind: Submitted<RunKind>,
    /// Required for the official run: the commitment made before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment_id: Option<Uuid>,
    /// 1 (the default) or 2: round 2 places the round-2 lists on the seats left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 2))]
    pub round: Option<u32>,
}

/// Which round a seed commitment is for: 1 (the default) or 2.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct RoundQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 2))]
    pub round: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RunResponse {
    pub id: Uuid,
    pub round: u32,
    pub kind: RunKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment_id: Option<Uuid>,
    /// The seed used (hex), so anyone can check it against the commitment and re-run.
    pub seed: String,
    pub engine_version: String,
    /// SHA-256 of the canonical input snapshot.
    pub input_hash: String,
    /// SHA-256 of the canonical assignment.
    pub output_hash: String,
    pub participants: u32,
    pub placed: u32,
    /// Who started it (staff user id).
    pub started_by: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub started_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RunListResponse {
    pub runs: Vec<RunResponse>,
}

/// A pupil the coordinator should phone before publication.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttentionPupil {
    pub pupil_id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub elk_number: String,
    pub primary_school_name: String,
    /// The rank of the placed programme; absent when unplaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice_rank: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme_name: Option<String>,
}

/// Pupils placed at their 9th choice or lower, or not placed, in a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttentionResponse {
    pub run_id: Uuid,
    pub pupils: Vec<AttentionPupil>,
}

/// A freed seat offered to a pupil on the programme's reserve list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReserveOfferResponse {
    pub id: Uuid,
    pub programme_id: Uuid,
    pub programme_name: String,
    pub pupil_id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub elk_number: String,
    /// The pupil's position on the reserve list.
    pub position: u32,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub offered_at: OffsetDateTime,
    /// Set once the parents answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<OfferOutcome>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReserveOfferListResponse {
    pub offers: Vec<ReserveOfferResponse>,
}

/// The parents' answer to an offer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfferDecisionRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = OfferOutcome))]
    pub outcome: Submitted<OfferOutcome>,
}

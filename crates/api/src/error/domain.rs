//! The refusals of the domain, each turned into its answer in one `From` impl.

use overstap_api_types::FieldError;
use overstap_domain::PreferenceError;
use overstap_domain::placement::RunStartError;
use overstap_domain::registration::RegistrationError;
use overstap_domain::round2::Round2ListError;

use super::ApiError;

/// The single place where a refusal to start a placement run gets its answer.
impl From<RunStartError> for ApiError {
    fn from(err: RunStartError) -> ApiError {
        match err {
            RunStartError::UnknownRound(_) => ApiError::Invalid(vec![FieldError {
                field: "round".to_owned(),
                code: "unknown_round".to_owned(),
                message: "Use round 1 or 2.".to_owned(),
            }]),
            RunStartError::Round2NotPlanned => ApiError::Conflict {
                message: "This procedure plans no round 2.".to_owned(),
                facts: Some(serde_json::json!({
                    "reason": "round2_not_planned",
                    "action": "round2_placement_run",
                })),
            },
            RunStartError::WindowClosed {
                action,
                opens_at,
                closes_at,
            } => ApiError::window_closed(action, opens_at, closes_at),
            RunStartError::NoRound1OfficialRun => ApiError::Conflict {
                message: "Round 2 needs the official run of round 1.".to_owned(),
                facts: Some(serde_json::json!({ "reason": "no_official_run" })),
            },
            RunStartError::OfficialRunExists { round } => ApiError::Conflict {
                message: "This round already has its official run.".to_owned(),
                facts: Some(serde_json::json!({ "round": round })),
            },
            RunStartError::CommitmentRequired => ApiError::Invalid(vec![FieldError {
                field: "commitment_id".to_owned(),
                code: "commitment_required".to_owned(),
                message: "The official run needs a seed commitment of this procedure and round, made before the run.".to_owned(),
            }]),
            RunStartError::CommitmentUsed => ApiError::Conflict {
                message: "This seed commitment was already used.".to_owned(),
                facts: None,
            },
        }
    }
}

/// One field error per broken rule, named after the JSON field a parent has to change.
pub fn list_errors(errors: &[PreferenceError]) -> Vec<FieldError> {
    errors
        .iter()
        .map(|error| {
            let field = match error {
                PreferenceError::UnknownProgramme { rank, .. }
                | PreferenceError::Duplicate { rank, .. }
                | PreferenceError::NotEligible { rank, .. } => {
                    format!("entries[{}].programme_id", rank - 1)
                }
                PreferenceError::PriorityNotAtFirstChoice { rank } => {
                    format!("entries[{}].priority_claim", rank - 1)
                }
                PreferenceError::PriorityRuleNotInRegion { .. }
                | PreferenceError::PriorityRuleNotOffered { .. } => {
                    "entries[0].priority_claim.kind".to_owned()
                }
                PreferenceError::SiblingNameMissing => {
                    "entries[0].priority_claim.sibling_name".to_owned()
                }
                PreferenceError::SiblingClassMissing => {
                    "entries[0].priority_claim.sibling_class".to_owned()
                }
                PreferenceError::TwinIsSelf | PreferenceError::TwinListDiffers { .. } => {
                    "link_twin".to_owned()
                }
                PreferenceError::PaperRoute { .. }
                | PreferenceError::TooShort { .. }
                | PreferenceError::TooLong { .. } => "entries".to_owned(),
            };
            FieldError {
                field,
                code: error.code().to_owned(),
                message: error.to_string(),
            }
        })
        .collect()
}

/// A refused round-2 list: one field error per broken rule; positions are 0-based as in the
/// request.
impl From<Vec<Round2ListError>> for ApiError {
    fn from(errors: Vec<Round2ListError>) -> ApiError {
        ApiError::Invalid(
            errors
                .iter()
                .map(|error| FieldError {
                    field: match error {
                        Round2ListError::Empty => "programmes".to_owned(),
                        Round2ListError::Duplicate { position, .. }
                        | Round2ListError::NotOffered { position, .. } => {
                            format!("programmes[{}]", position.saturating_sub(1))
                        }
                    },
                    code: error.code().to_owned(),
                    message: error.to_string(),
                })
                .collect(),
        )
    }
}

/// The single place where a refusal of the registration status machine gets its answer.
impl From<RegistrationError> for ApiError {
    fn from(err: RegistrationError) -> ApiError {
        match err {
            RegistrationError::WindowClosed {
                event,
                opens_at,
                closes_at,
            } => ApiError::window_closed(event.as_str(), opens_at, closes_at),
            RegistrationError::NotAllowedInStatus { status, event } => {
                ApiError::NotAllowedInStatus {
                    message: format!("{event} is not possible while the registration is {status}."),
                    facts: serde_json::json!({ "action": event.as_str(), "status": status.as_str() }),
                }
            }
            RegistrationError::InvalidList(errors) => {
                ApiError::Invalid(list_errors(errors.as_slice()))
            }
            RegistrationError::NothingChanged => ApiError::Conflict {
                message: "The correction changes nothing.".to_owned(),
                facts: None,
            },
            other => ApiError::Conflict {
                message: other.to_string(),
                facts: None,
            },
        }
    }
}

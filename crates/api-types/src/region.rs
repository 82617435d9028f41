//! The region's settings: its name, the contact details parents see, its time zone, and its
//! rules (list routes, priority rules, placement mechanism,
//! tie-breaking, whether lot numbers are shown).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::vocabulary::{Advice, ListRouteKind, PlacementMechanism, PriorityRuleKind, TieBreaking};

/// How pupils with one advice register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListRouteRule {
    pub advice: Advice,
    pub route: ListRouteKind,
    /// For the list route: the fewest distinct schools the list must name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 30))]
    pub min_distinct_schools: Option<u32>,
}

/// A region's rules: one list route per advice and the placement's choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegionRules {
    /// One entry for every advice.
    // Every one of the 9 advice levels exactly once (`region_settings::profile` in the API and
    // `RegionProfile::new` in the domain).
    #[cfg_attr(feature = "openapi", schema(min_items = 9, max_items = 9))]
    pub list_routes: Vec<ListRouteRule>,
    /// A cap on the distinct schools of a list, if the region has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 30))]
    pub max_distinct_schools: Option<u32>,
    /// The priority rules (voorrang) the region's VO schools may apply.
    pub priority_rules: Vec<PriorityRuleKind>,
    pub tie_breaking: TieBreaking,
    /// Whether parents see their lot number with the result.
    pub publishes_lot_numbers: bool,
    pub placement: PlacementMechanism,
}

/// A built-in set of rules to start from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegionTemplate {
    /// `amstelland` or `amsterdam`.
    pub key: String,
    pub name: String,
    pub rules: RegionRules,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegionTemplateListResponse {
    pub templates: Vec<RegionTemplate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegionSettingsResponse {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The name the region's e-mails come from; none: the installation's sender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mail_sender_name: Option<String>,
    /// The IANA time zone of the region's calendar (every Dutch region: Europe/Amsterdam).
    pub time_zone: String,
    /// The built-in template the rules started from.
    pub template: String,
    pub rules: RegionRules,
    /// From this moment (the current procedure's registration week) the rules are fixed;
    /// absent while no procedure is planned.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub rules_fixed_from: Option<OffsetDateTime>,
    /// Whether the rules can still change now.
    pub rules_editable: bool,
}

/// The region's settings as the coordinator sets them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct RegionSettingsRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 120, code = "length"))
    )]
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 120, example = "ELK Amstelland")
    )]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "validate",
        validate(email(code = "email"), length(max = 254, code = "too_long"))
    )]
    #[cfg_attr(
        feature = "openapi",
        schema(format = Email, max_length = 254, example = "elk@amstelland.example")
    )]
    pub contact_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    // Left out or blank: none. The contract names the plain form (8 to 15 digits, optionally a
    // leading `+`); the domain's `school::phone` also takes spaces, dashes and brackets.
    #[cfg_attr(
        feature = "openapi",
        schema(
            max_length = 30,
            pattern = r"^(\+?[0-9]{8,15})?$",
            example = "0201234567"
        )
    )]
    pub contact_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 200, example = "https://www.elkamstelland.nl")
    )]
    pub website: Option<String>,
    /// The name the region's e-mails come from (at the installation's address); left out or
    /// empty: the installation's sender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "validate", validate(length(max = 80, code = "too_long")))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 80, example = "ELK Amstelland")
    )]
    pub mail_sender_name: Option<String>,
    /// The built-in template the rules are based on (`amstelland`, `amsterdam`).
    #[cfg_attr(feature = "openapi", schema(example = "amstelland"))]
    pub template: String,
    pub rules: RegionRules,
}

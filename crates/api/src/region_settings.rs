//! The region's settings, kept by its coordinator: its name, the contact details parents see,
//! and its rules (a region profile, validated by the domain's `RegionProfile`), started from a
//! built-in template. The rules are fixed once the current procedure's registration week opens
//! (409 `phase_started`); every change is audited.

use std::collections::BTreeMap;

use overstap_api_types::{
    FieldError, ListRouteKind, ListRouteRule, PlacementMechanism as WireMechanism, RegionRules,
    RegionSettingsRequest, RegionSettingsResponse, RegionTemplate, RegionTemplateListResponse,
    TieBreaking as WireTieBreaking,
};
use overstap_domain::pupil::record;
use overstap_domain::region::RegionProfileError;
use overstap_domain::school::{phone, website};
use overstap_domain::{
    Advice, ListRoute, PlacementMechanism, RegionId, RegionProfile, RegionProfileConfig,
    SchoolKind, TieBreaking,
};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::regions::{self, Region, RegionContact, RegionSettings};
use overstap_persistence::{procedures, schools};
use sea_orm::ConnectionTrait;
use serde_json::json;
use time::OffsetDateTime;

use crate::dto;
use crate::error::{ApiError, validate};
use crate::school_directory::{Keeper, field_problem};
use crate::state::AppState;

/// The built-in templates, by key.
const TEMPLATES: [&str; 2] = ["amstelland", "amsterdam"];

pub fn rules(profile: &RegionProfile) -> RegionRules {
    let config = profile.config();
    RegionRules {
        list_routes: Advice::ALL
            .into_iter()
            .map(|advice| match profile.list_route(advice) {
                ListRoute::Paper => ListRouteRule {
                    advice: dto::advice(advice),
                    route: ListRouteKind::Paper,
                    min_distinct_schools: None,
                },
                ListRoute::List {
                    min_distinct_schools,
                } => ListRouteRule {
                    advice: dto::advice(advice),
                    route: ListRouteKind::List,
                    min_distinct_schools: u32::try_from(min_distinct_schools).ok(),
                },
            })
            .collect(),
        max_distinct_schools: config
            .max_distinct_schools
            .and_then(|m| u32::try_from(m).ok()),
        priority_rules: config
            .priority_rules
            .iter()
            .map(|r| dto::rule_kind(*r))
            .collect(),
        tie_breaking: match config.tie_breaking {
            TieBreaking::Single => WireTieBreaking::Single,
            TieBreaking::Multiple => WireTieBreaking::Multiple,
        },
        publishes_lot_numbers: config.publishes_lot_numbers,
        placement: match config.placement {
            PlacementMechanism::DeferredAcceptance => WireMechanism::DeferredAcceptance,
            PlacementMechanism::ImmediateAcceptance => WireMechanism::ImmediateAcceptance,
        },
    }
}

/// The rules as the domain checks them; every problem names its field under `rules.`.
pub fn profile(name: &str, wire: &RegionRules) -> Result<RegionProfile, ApiError> {
    let mut errors = Vec::new();
    let mut list_routes = BTreeMap::new();
    for rule in &wire.list_routes {
        let advice = dto::advice_in(rule.advice);
        let route = match (rule.route, rule.min_distinct_schools) {
            (ListRouteKind::Paper, _) => ListRoute::Paper,
            (ListRouteKind::List, Some(minimum)) if (1..=30).contains(&minimum) => {
                ListRoute::List {
                    min_distinct_schools: minimum as usize,
                }
            }
            (ListRouteKind::List, _) => {
                errors.push(FieldError::new(
                    "rules.list_routes",
                    "minimum",
                    format!(
                        "The list route of {} needs a minimum of 1 to 30 schools.",
                        advice.as_str()
                    ),
                ));
                continue;
            }
        };
        if list_routes.insert(advice, route).is_some() {
            errors.push(FieldError::new(
                "rules.list_routes",
                "duplicate_advice",
                format!("The advice {} has two routes.", advice.as_str()),
            ));
        }
    }
    if wire
        .max_distinct_schools
        .is_some_and(|m| !(1..=30).contains(&m))
    {
        errors.push(FieldError::new(
            "rules.max_distinct_schools",
            "range",
            "The cap on distinct schools is 1 to 30.",
        ));
    }
    if !errors.is_empty() {
        return Err(ApiError::Invalid(errors));
    }
    let mut priority_rules: Vec<_> = wire
        .priority_rules
        .iter()
        .map(|r| dto::rule_kind_in(*r))
        .collect();
    priority_rules.sort_by_key(|r| r.as_str());
    priority_rules.dedup();
    let config = RegionProfileConfig {
        name: name.to_owned(),
        list_routes,
        max_distinct_schools: wire.max_distinct_schools.map(|m| m as usize),
        priority_rules,
        tie_breaking: match wire.tie_breaking {
            WireTieBreaking::Single => TieBreaking::Single,
            WireTieBreaking::Multiple => TieBreaking::Multiple,
        },
        publishes_lot_numbers: wire.publishes_lot_numbers,
        placement: match wire.placement {
            WireMechanism::DeferredAcceptance => PlacementMechanism::DeferredAcceptance,
            WireMechanism::ImmediateAcceptance => PlacementMechanism::ImmediateAcceptance,
        },
    };
    RegionProfile::new(config).map_err(|e| {
        let (field, code) = match &e {
            RegionProfileError::MissingRoute { .. } => ("rules.list_routes", "missing_advice"),
            RegionProfileError::EmptyMinimum { .. } => ("rules.list_routes", "minimum"),
            RegionProfileError::MaximumBelowMinimum { .. } => {
                ("rules.max_distinct_schools", "below_minimum")
            }
        };
        ApiError::field(field, code, format!("{e}."))
    })
}

/// Do both hold the same rules (whatever their display names)?
fn same_rules(a: &RegionProfile, b: &RegionProfile) -> bool {
    let (mut a, mut b) = (a.config().clone(), b.config().clone());
    a.name.clear();
    b.name.clear();
    a.priority_rules.sort_by_key(|r| r.as_str());
    b.priority_rules.sort_by_key(|r| r.as_str());
    a == b
}

pub fn templates() -> RegionTemplateListResponse {
    RegionTemplateListResponse {
        templates: TEMPLATES
            .into_iter()
            .filter_map(|key| {
                RegionProfile::named(key).map(|profile| RegionTemplate {
                    key: key.to_owned(),
                    name: profile.name().to_owned(),
                    rules: rules(&profile),
                })
            })
            .collect(),
    }
}

async fn region<C: ConnectionTrait>(db: &C, id: RegionId) -> Result<Region, ApiError> {
    regions::find(db, id).await?.ok_or(ApiError::NotFound)
}

/// When the rules become fixed: the current procedure's registration week.
async fn fixed_from<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
) -> Result<Option<OffsetDateTime>, ApiError> {
    Ok(procedures::current_for_region(db, region)
        .await?
        .map(|p| p.instants.registration_opens_at))
}

fn response(
    region: Region,
    fixed_from: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> RegionSettingsResponse {
    RegionSettingsResponse {
        rules: rules(&region.rules),
        name: region.name,
        contact_email: region.contact.email,
        contact_phone: region.contact.phone,
        website: region.contact.website,
        mail_sender_name: region.mail_sender_name,
        time_zone: region.time_zone,
        template: region.template,
        rules_fixed_from: fixed_from,
        rules_editable: fixed_from.is_none_or(|at| now < at),
    }
}

pub async fn get(
    state: &AppState,
    keeper: &Keeper,
    now: OffsetDateTime,
) -> Result<RegionSettingsResponse, ApiError> {
    let region = region(&state.db, keeper.region).await?;
    let fixed_from = fixed_from(&state.db, keeper.region).await?;
    Ok(response(region, fixed_from, now))
}

fn optional(
    field: &str,
    value: Option<&str>,
    check: impl FnOnce(&str) -> Result<String, record::ValueProblem>,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    match value.map(str::trim) {
        None | Some("") => None,
        Some(value) => check(value)
            .map_err(|p| errors.push(field_problem(field, p)))
            .ok(),
    }
}

/// `if_match`: the `If-Match` of the request, checked against the settings as they are
/// (412 when they changed since).
pub async fn update(
    state: &AppState,
    keeper: &Keeper,
    request: &RegionSettingsRequest,
    if_match: Option<&str>,
    now: OffsetDateTime,
) -> Result<RegionSettingsResponse, ApiError> {
    validate(request)?;
    let mut errors = Vec::new();
    let name = record::text(&request.name, 120)
        .map_err(|p| errors.push(field_problem("name", p)))
        .ok();
    let contact = RegionContact {
        email: optional(
            "contact_email",
            request.contact_email.as_deref(),
            |v| Ok(v.to_owned()),
            &mut errors,
        ),
        phone: optional(
            "contact_phone",
            request.contact_phone.as_deref(),
            phone,
            &mut errors,
        ),
        website: optional("website", request.website.as_deref(), website, &mut errors),
    };
    // A display name in the From header: one line of plain text.
    let mail_sender_name = optional(
        "mail_sender_name",
        request.mail_sender_name.as_deref(),
        |v| record::text(v, 80),
        &mut errors,
    );
    if !TEMPLATES.contains(&request.template.as_str()) {
        errors.push(FieldError::new(
            "template",
            "unknown_template",
            format!("The templates are {}.", TEMPLATES.join(", ")),
        ));
    }
    let (Some(name), true) = (name, errors.is_empty()) else {
        return Err(ApiError::Invalid(errors));
    };
    let rules = profile(&name, &request.rules)?;

    let txn = overstap_persistence::begin_write(&state.db).await?;
    overstap_persistence::db::lock_subject(&txn, keeper.region.as_uuid()).await?;
    let stored = region(&txn, keeper.region).await?;
    let fixed_from = fixed_from(&txn, keeper.region).await?;
    crate::etag::check_if_match(if_match, &response(stored.clone(), fixed_from, now))?;
    let rules_changed = !same_rules(&stored.rules, &rules) || stored.template != request.template;
    if rules_changed
        && let Some(at) = fixed_from
        && now >= at
    {
        return Err(ApiError::phase_started(
            "The region's rules",
            "registration",
            at,
        ));
    }
    // A VO school's priority rule (also a deactivated school's, which may come back) must stay
    // one the rules offer; checked when the rules change.
    let schools = if rules_changed {
        schools::list_for_region(&txn, keeper.region).await?
    } else {
        Vec::new()
    };
    let mut applying: Vec<String> = schools
        .into_iter()
        .filter(|s| s.kind == SchoolKind::Vo)
        .filter_map(|s| {
            let rule = s.priority_rule?;
            (!rules.allows_priority_rule(rule)).then(|| format!("{} ({})", s.name, rule.as_str()))
        })
        .collect();
    if !applying.is_empty() {
        applying.sort();
        return Err(ApiError::field(
            "rules.priority_rules",
            "priority_rule_in_use",
            format!(
                "These schools apply a priority rule the rules would no longer offer: {}; change the schools first.",
                applying.join(", ")
            ),
        ));
    }
    let changed: Vec<&str> = [
        ("name", stored.name != name),
        ("contact", stored.contact != contact),
        (
            "mail_sender_name",
            stored.mail_sender_name != mail_sender_name,
        ),
        ("template", stored.template != request.template),
        ("rules", !same_rules(&stored.rules, &rules)),
    ]
    .into_iter()
    .filter_map(|(field, differs)| differs.then_some(field))
    .collect();
    if !changed.is_empty() {
        regions::update(
            &txn,
            keeper.region,
            &RegionSettings {
                name: &name,
                contact: &contact,
                mail_sender_name: mail_sender_name.as_deref(),
                template: &request.template,
                rules: &rules,
            },
        )
        .await?;
        audit::append(
            &txn,
            AuditEntry::new(
                AuditAction::RegionUpdated,
                keeper.actor(),
                AuditSubject::Region(keeper.region),
                now,
            )
            .details(json!({ "fields": changed })),
        )
        .await?;
    }
    let region = region(&txn, keeper.region).await?;
    txn.commit().await?;
    Ok(response(region, fixed_from, now))
}

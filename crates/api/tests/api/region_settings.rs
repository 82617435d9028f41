//! The region's settings: contact details parents see, and rules as data that the portal and
//! the placement read, fixed once the registration week opens.

use overstap_api_types::{
    Advice, ErrorCode, ListRouteKind, PriorityRuleKind, RegionSettingsRequest,
    RegionSettingsResponse, TieBreaking,
};
use overstap_persistence::entities::audit_log;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use time::macros::datetime;

use crate::helpers::{TestApp, spawn_app};

const BEFORE_THE_PROCEDURE: time::OffsetDateTime = datetime!(2026-02-02 10:00 +01:00);

fn request(settings: &RegionSettingsResponse) -> RegionSettingsRequest {
    RegionSettingsRequest {
        name: settings.name.clone(),
        contact_email: settings.contact_email.clone(),
        contact_phone: settings.contact_phone.clone(),
        website: settings.website.clone(),
        mail_sender_name: settings.mail_sender_name.clone(),
        template: settings.template.clone(),
        rules: settings.rules.clone(),
    }
}

fn fields(error: &overstap_api_types::ErrorResponse) -> Vec<String> {
    let details = error.details.as_ref().expect("field errors");
    details
        .fields
        .iter()
        .map(|f| format!("{}:{}", f.field, f.code))
        .collect()
}

fn minimum_of(settings: &RegionSettingsResponse, advice: Advice) -> Option<u32> {
    settings
        .rules
        .list_routes
        .iter()
        .find(|r| r.advice == advice)
        .and_then(|r| r.min_distinct_schools)
}

async fn coordinator_at(app: &TestApp, at: time::OffsetDateTime) -> String {
    app.clock.set(at);
    app.access_token(&app.coordinator).await
}

#[tokio::test]
async fn the_region_starts_from_its_template_and_its_rules_are_read_from_the_data() {
    let app = spawn_app().await;
    let token = coordinator_at(&app, BEFORE_THE_PROCEDURE).await;
    let api = app.api(&token);
    let settings = api.get_region_settings().await.ok();
    assert_eq!(settings.template, "amstelland");
    assert_eq!(settings.time_zone, "Europe/Amsterdam");
    assert_eq!(settings.rules.list_routes.len(), 9);
    assert_eq!(minimum_of(&settings, Advice::Havo), Some(5));
    let pro = settings
        .rules
        .list_routes
        .iter()
        .find(|r| r.advice == Advice::Pro);
    assert_eq!(pro.unwrap().route, ListRouteKind::Paper);
    assert_eq!(
        settings.rules_fixed_from,
        Some(datetime!(2026-03-24 23:00 UTC))
    );
    assert!(settings.rules_editable);

    // Contact details parents see, and a havo list of at least 6 schools.
    let mut change = request(&settings);
    change.contact_email = Some("elk@amstelland.example".to_owned());
    change.contact_phone = Some("020 555 0000".to_owned());
    change.website = Some("https://www.elk-amstelland.example".to_owned());
    for route in &mut change.rules.list_routes {
        if matches!(route.advice, Advice::Havo | Advice::HavoVwo | Advice::Vwo) {
            route.min_distinct_schools = Some(6);
        }
    }
    let saved = api.update_region_settings(&change).await.ok();
    assert_eq!(minimum_of(&saved, Advice::Havo), Some(6));
    assert_eq!(
        saved.contact_email.as_deref(),
        Some("elk@amstelland.example")
    );
    let again = api.get_region_settings().await.ok();
    assert_eq!(again, saved);

    // The parent's list (the pupils have a havo advice) and contact block read the new data.
    let parent = app.access_token(&app.a.parent).await;
    assert_eq!(app.registration(&parent).await.min_distinct_schools, 6);
    let child = app.api(&parent).get_child().await.ok();
    assert_eq!(
        child.region.email.as_deref(),
        Some("elk@amstelland.example")
    );
    assert_eq!(child.region.phone.as_deref(), Some("020 555 0000"));

    let entries = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("region.updated"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(entries.len(), 1);
    // Saving the same settings again changes (and records) nothing.
    api.update_region_settings(&change).await.ok();
    let entries = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("region.updated"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(entries.len(), 1);
}

#[tokio::test]
async fn impossible_rules_and_bad_contact_details_are_refused_with_their_fields() {
    let app = spawn_app().await;
    let token = coordinator_at(&app, BEFORE_THE_PROCEDURE).await;
    let api = app.api(&token);
    let settings = api.get_region_settings().await.ok();

    let mut wrong = request(&settings);
    wrong.contact_phone = Some("12".to_owned());
    wrong.website = Some("elk.example".to_owned());
    wrong.template = "utrecht".to_owned();
    let refused = api
        .update_region_settings(&wrong)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(
        fields(&refused),
        [
            "contact_phone:phone",
            "website:url",
            "template:unknown_template"
        ]
    );

    let mut missing = request(&settings);
    missing
        .rules
        .list_routes
        .retain(|r| r.advice != Advice::Vwo);
    let refused = api
        .update_region_settings(&missing)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(fields(&refused), ["rules.list_routes:missing_advice"]);

    let mut capped = request(&settings);
    capped.rules.max_distinct_schools = Some(3);
    let refused = api
        .update_region_settings(&capped)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(
        fields(&refused),
        ["rules.max_distinct_schools:below_minimum"]
    );

    let mut no_minimum = request(&settings);
    no_minimum.rules.list_routes[4].min_distinct_schools = None;
    let refused = api
        .update_region_settings(&no_minimum)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(fields(&refused), ["rules.list_routes:minimum"]);

    // The Amsterdam template offers no sibling priority, which the region's VO schools apply.
    let templates = api.list_region_templates().await.ok();
    let amsterdam = templates
        .templates
        .iter()
        .find(|t| t.key == "amsterdam")
        .unwrap();
    assert_eq!(amsterdam.rules.tie_breaking, TieBreaking::Single);
    assert!(
        !amsterdam
            .rules
            .priority_rules
            .contains(&PriorityRuleKind::Sibling)
    );
    let mut switch = request(&settings);
    switch.template = "amsterdam".to_owned();
    switch.rules = amsterdam.rules.clone();
    let refused = api
        .update_region_settings(&switch)
        .await
        .refused(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput);
    assert_eq!(
        fields(&refused),
        ["rules.priority_rules:priority_rule_in_use"]
    );
    assert!(
        refused.details.unwrap().fields[0]
            .message
            .contains("vo school a (sibling)")
    );
    // Nothing of the refused requests was kept.
    assert_eq!(api.get_region_settings().await.ok(), settings);
}

#[tokio::test]
async fn the_rules_are_fixed_from_the_registration_week_but_the_contact_details_are_not() {
    let app = spawn_app().await;
    // The test app's clock is in the registration week.
    let token = app.access_token(&app.coordinator).await;
    let api = app.api(&token);
    let settings = api.get_region_settings().await.ok();
    assert!(!settings.rules_editable);
    let mut rules = request(&settings);
    rules.rules.publishes_lot_numbers = true;
    let refused = api
        .update_region_settings(&rules)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::PhaseStarted);
    assert_eq!(
        refused.details.unwrap().facts.unwrap()["phase"],
        "registration"
    );
    let mut contact = request(&settings);
    contact.contact_email = Some("hulp@amstelland.example".to_owned());
    let saved = api.update_region_settings(&contact).await.ok();
    assert_eq!(
        saved.contact_email.as_deref(),
        Some("hulp@amstelland.example")
    );
    assert!(!saved.rules.publishes_lot_numbers);
}

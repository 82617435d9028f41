use super::*;

fn minimum(profile: &RegionProfile, advice: Advice) -> Option<usize> {
    match profile.list_route(advice) {
        ListRoute::Paper => None,
        ListRoute::List {
            min_distinct_schools,
        } => Some(min_distinct_schools),
    }
}

#[test]
fn amstelland_asks_2_schools_up_to_vmbo_k_and_5_from_vmbo_gt() {
    let profile = RegionProfile::amstelland();
    let expected = [
        (Advice::Pro, None),
        (Advice::VmboB, Some(2)),
        (Advice::VmboBK, Some(2)),
        (Advice::VmboK, Some(2)),
        (Advice::VmboGT, Some(5)),
        (Advice::VmboGTHavo, Some(5)),
        (Advice::Havo, Some(5)),
        (Advice::HavoVwo, Some(5)),
        (Advice::Vwo, Some(5)),
    ];
    for (advice, required) in expected {
        assert_eq!(minimum(&profile, advice), required, "{advice}");
    }
    assert!(profile.allows_priority_rule(PriorityRuleKind::Sibling));
    assert!(!profile.publishes_lot_numbers());
    assert_eq!(profile.tie_breaking(), TieBreaking::Multiple);
}

#[test]
fn amsterdam_asks_4_6_and_12_schools_and_allows_no_sibling_priority() {
    let profile = RegionProfile::amsterdam();
    let expected = [
        (Advice::Pro, None),
        (Advice::VmboB, Some(4)),
        (Advice::VmboBK, Some(4)),
        (Advice::VmboK, Some(4)),
        (Advice::VmboGT, Some(6)),
        (Advice::VmboGTHavo, Some(6)),
        (Advice::Havo, Some(12)),
        (Advice::HavoVwo, Some(12)),
        (Advice::Vwo, Some(12)),
    ];
    for (advice, required) in expected {
        assert_eq!(minimum(&profile, advice), required, "{advice}");
    }
    assert!(!profile.allows_priority_rule(PriorityRuleKind::Sibling));
    assert!(profile.publishes_lot_numbers());
    assert_eq!(profile.tie_breaking(), TieBreaking::Single);
    assert_eq!(profile.placement(), PlacementMechanism::DeferredAcceptance);
}

#[test]
fn the_built_in_profiles_pass_their_own_checks() {
    for profile in [RegionProfile::amstelland(), RegionProfile::amsterdam()] {
        assert_eq!(RegionProfile::new(profile.config().clone()), Ok(profile));
    }
}

#[test]
fn a_new_region_is_configuration_read_from_json() {
    let mut config = RegionProfile::amsterdam().config().clone();
    config.name = "Haarlem".into();
    for advice in [Advice::VmboGT, Advice::Havo, Advice::Vwo] {
        config.list_routes.insert(
            advice,
            ListRoute::List {
                min_distinct_schools: 7,
            },
        );
    }
    let json = serde_json::to_string(&config).unwrap();
    assert!(
        json.contains(r#""vmbo-(g)t":{"route":"list","min_distinct_schools":7}"#),
        "{json}"
    );
    assert!(json.contains(r#""pro":{"route":"paper"}"#), "{json}");
    let profile: RegionProfile = serde_json::from_str(&json).unwrap();
    assert_eq!(profile.name(), "Haarlem");
    assert_eq!(minimum(&profile, Advice::Havo), Some(7));
}

#[test]
fn a_profile_without_a_route_for_every_advice_is_refused() {
    let mut config = RegionProfile::amstelland().config().clone();
    config.list_routes.remove(&Advice::HavoVwo);
    assert_eq!(
        RegionProfile::new(config),
        Err(RegionProfileError::MissingRoute {
            advice: Advice::HavoVwo
        })
    );
}

#[test]
fn a_profile_whose_cap_is_below_a_minimum_or_whose_minimum_is_zero_is_refused() {
    let mut config = RegionProfile::amsterdam().config().clone();
    config.max_distinct_schools = Some(10);
    assert_eq!(
        RegionProfile::new(config),
        Err(RegionProfileError::MaximumBelowMinimum {
            advice: Advice::Havo,
            minimum: 12,
            maximum: 10,
        })
    );
    let mut config = RegionProfile::amsterdam().config().clone();
    config.list_routes.insert(
        Advice::VmboK,
        ListRoute::List {
            min_distinct_schools: 0,
        },
    );
    assert_eq!(
        RegionProfile::new(config),
        Err(RegionProfileError::EmptyMinimum {
            advice: Advice::VmboK
        })
    );
}

//! The values of the region settings form (contact details and rules), filled from the server's
//! settings or a template, the request they make, and the words for the server's field problems.

use leptos::prelude::*;
use overstap_api_types::{
    Advice, FieldError, ListRouteKind, ListRouteRule, PlacementMechanism, PriorityRuleKind,
    RegionRules, RegionSettingsRequest, RegionSettingsResponse, SchoolKind, SchoolResponse,
    TieBreaking,
};

use crate::api::ApiError;
use crate::i18n::Texts;

/// Every advice, from low to high: one row of the routes table each.
pub const ADVICE: [Advice; 9] = [
    Advice::Pro,
    Advice::VmboB,
    Advice::VmboBK,
    Advice::VmboK,
    Advice::VmboGT,
    Advice::VmboGTHavo,
    Advice::Havo,
    Advice::HavoVwo,
    Advice::Vwo,
];

/// The request's fields the form shows problems at.
const FIELDS: [&str; 9] = [
    "name",
    "contact_email",
    "contact_phone",
    "website",
    "mail_sender_name",
    "template",
    "rules.list_routes",
    "rules.max_distinct_schools",
    "rules.priority_rules",
];

/// How pupils with one advice register. The minimum is kept as typed, also while the route is
/// paper, so that switching back restores it.
#[derive(Debug, Clone, Copy)]
pub struct RouteState {
    pub advice: Advice,
    pub route: RwSignal<ListRouteKind>,
    pub minimum: RwSignal<String>,
}

/// The form's values, owned by the page so that a save or a template can fill them.
#[derive(Debug, Clone, Copy)]
pub struct RegionSettingsState {
    pub name: RwSignal<String>,
    pub email: RwSignal<String>,
    pub phone: RwSignal<String>,
    pub website: RwSignal<String>,
    /// The name the region's e-mails come from.
    pub sender: RwSignal<String>,
    /// The key of the template the rules are based on.
    pub template: RwSignal<String>,
    pub routes: [RouteState; 9],
    pub max_distinct: RwSignal<String>,
    pub priority_rules: RwSignal<Vec<PriorityRuleKind>>,
    pub tie_breaking: RwSignal<TieBreaking>,
    pub lot_numbers: RwSignal<bool>,
    pub placement: RwSignal<PlacementMechanism>,
}

impl RegionSettingsState {
    pub fn new(settings: &RegionSettingsResponse) -> Self {
        let state = RegionSettingsState {
            name: RwSignal::new(String::new()),
            email: RwSignal::new(String::new()),
            phone: RwSignal::new(String::new()),
            website: RwSignal::new(String::new()),
            sender: RwSignal::new(String::new()),
            template: RwSignal::new(String::new()),
            routes: ADVICE.map(|advice| RouteState {
                advice,
                route: RwSignal::new(ListRouteKind::Paper),
                minimum: RwSignal::new(String::new()),
            }),
            max_distinct: RwSignal::new(String::new()),
            priority_rules: RwSignal::new(Vec::new()),
            tie_breaking: RwSignal::new(TieBreaking::Multiple),
            lot_numbers: RwSignal::new(false),
            placement: RwSignal::new(PlacementMechanism::DeferredAcceptance),
        };
        state.fill(settings);
        state
    }

    /// The settings as the server holds them.
    pub fn fill(&self, settings: &RegionSettingsResponse) {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        self.name.set(settings.name.clone());
        self.email.set(text(&settings.contact_email));
        self.phone.set(text(&settings.contact_phone));
        self.website.set(text(&settings.website));
        self.sender.set(text(&settings.mail_sender_name));
        self.template.set(settings.template.clone());
        self.fill_rules(&settings.rules);
    }

    /// A template's rules, to start from; `template` is its key.
    pub fn apply_template(&self, template: &str, rules: &RegionRules) {
        self.template.set(template.to_owned());
        self.fill_rules(rules);
    }

    fn fill_rules(&self, rules: &RegionRules) {
        for row in &self.routes {
            // A missing advice reads as paper, the route that asks nothing of the parents.
            let rule = rules
                .list_routes
                .iter()
                .find(|rule| rule.advice == row.advice);
            row.route
                .set(rule.map_or(ListRouteKind::Paper, |rule| rule.route));
            let minimum = rule.and_then(|rule| rule.min_distinct_schools);
            row.minimum
                .set(minimum.map(|n| n.to_string()).unwrap_or_default());
        }
        self.max_distinct.set(
            rules
                .max_distinct_schools
                .map(|n| n.to_string())
                .unwrap_or_default(),
        );
        self.priority_rules.set(rules.priority_rules.clone());
        self.tie_breaking.set(rules.tie_breaking);
        self.lot_numbers.set(rules.publishes_lot_numbers);
        self.placement.set(rules.placement);
    }

    pub fn toggle_priority_rule(&self, rule: PriorityRuleKind, on: bool) {
        self.priority_rules.update(|rules| {
            rules.retain(|kept| *kept != rule);
            if on {
                rules.push(rule);
            }
        });
    }

    /// The request as typed; the server checks every field and names the ones that are wrong
    /// (a minimum that is not a number is sent as none, which it calls missing).
    pub fn request(&self) -> RegionSettingsRequest {
        let optional = |value: RwSignal<String>| {
            let value = value.get_untracked().trim().to_owned();
            (!value.is_empty()).then_some(value)
        };
        RegionSettingsRequest {
            name: self.name.get_untracked(),
            contact_email: optional(self.email),
            contact_phone: optional(self.phone),
            website: optional(self.website),
            mail_sender_name: optional(self.sender),
            template: self.template.get_untracked(),
            rules: self.rules(),
        }
    }

    fn rules(&self) -> RegionRules {
        let chosen = self.priority_rules.get_untracked();
        RegionRules {
            list_routes: self
                .routes
                .iter()
                .map(|row| {
                    let route = row.route.get_untracked();
                    ListRouteRule {
                        advice: row.advice,
                        route,
                        min_distinct_schools: match route {
                            ListRouteKind::List => number(&row.minimum.get_untracked()),
                            ListRouteKind::Paper => None,
                        },
                    }
                })
                .collect(),
            max_distinct_schools: number(&self.max_distinct.get_untracked()),
            priority_rules: PriorityRuleKind::ALL
                .iter()
                .copied()
                .filter(|rule| chosen.contains(rule))
                .collect(),
            tie_breaking: self.tie_breaking.get_untracked(),
            publishes_lot_numbers: self.lot_numbers.get_untracked(),
            placement: self.placement.get_untracked(),
        }
    }
}

/// A typed whole number, or none.
fn number(text: &str) -> Option<u32> {
    text.trim().parse().ok()
}

/// Whether a typed minimum is one the server takes (1 to 30 schools).
pub fn valid_minimum(text: &str) -> bool {
    number(text).is_some_and(|n| (1..=30).contains(&n))
}

/// Whether the form shows `error` at a field.
pub fn shown_at_field(error: &ApiError) -> bool {
    error
        .field_errors()
        .iter()
        .any(|problem| FIELDS.contains(&problem.field.as_str()))
}

/// The message for a problem the server found with a field, by its field and code.
pub fn field_problem(t: &Texts, problem: &FieldError) -> &'static str {
    let r = &t.region_settings;
    match (problem.field.as_str(), problem.code.as_str()) {
        ("template", _) => r.field_template(),
        ("rules.list_routes", "minimum") => r.field_minimum(),
        ("rules.list_routes", _) => r.field_routes(),
        ("rules.max_distinct_schools", "below_minimum") => r.field_max_below_minimum(),
        ("rules.max_distinct_schools", _) => r.field_max_range(),
        ("rules.priority_rules", "priority_rule_in_use") => r.field_priority_in_use_unnamed(),
        // Name, e-mail, telephone and website read as a school's.
        _ => t.school_field_error(problem),
    }
}

/// The `priority_rule_in_use` refusal of the priority rules, naming the schools when the page found them.
pub fn in_use_problem(t: &Texts, schools: &[(String, PriorityRuleKind)]) -> String {
    if schools.is_empty() {
        return t.region_settings.field_priority_in_use_unnamed().to_owned();
    }
    let named: Vec<String> = schools
        .iter()
        .map(|(name, rule)| format!("{name} ({})", t.school_directory.priority_rule(*rule)))
        .collect();
    t.region_settings.field_priority_in_use(&named.join(", "))
}

/// The VO schools (deactivated ones too: they may come back) whose priority rule `offered`
/// leaves out, by name: the ones a `priority_rule_in_use` refusal is about.
pub fn schools_in_use(
    schools: &[SchoolResponse],
    offered: &[PriorityRuleKind],
) -> Vec<(String, PriorityRuleKind)> {
    let mut found: Vec<(String, PriorityRuleKind)> = schools
        .iter()
        .filter(|school| school.kind == SchoolKind::Vo)
        .filter_map(|school| {
            let rule = school.priority_rule?;
            (!offered.contains(&rule)).then(|| (school.name.clone(), rule))
        })
        .collect();
    found.sort_by_key(|(name, _)| name.to_lowercase());
    found
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::i18n::Lang;

    fn route(advice: Advice, minimum: Option<u32>) -> ListRouteRule {
        ListRouteRule {
            advice,
            route: if minimum.is_some() {
                ListRouteKind::List
            } else {
                ListRouteKind::Paper
            },
            min_distinct_schools: minimum,
        }
    }

    fn settings() -> RegionSettingsResponse {
        RegionSettingsResponse {
            name: "ELK Amstelland".to_owned(),
            contact_email: Some("elk@amstelland.example".to_owned()),
            contact_phone: None,
            website: None,
            mail_sender_name: None,
            time_zone: "Europe/Amsterdam".to_owned(),
            template: "amstelland".to_owned(),
            rules: RegionRules {
                list_routes: ADVICE
                    .iter()
                    .map(|&advice| route(advice, (advice != Advice::Pro).then_some(5)))
                    .collect(),
                max_distinct_schools: None,
                priority_rules: vec![PriorityRuleKind::StaffChild, PriorityRuleKind::Sibling],
                tie_breaking: TieBreaking::Multiple,
                publishes_lot_numbers: false,
                placement: PlacementMechanism::DeferredAcceptance,
            },
            rules_fixed_from: None,
            rules_editable: true,
        }
    }

    fn school(name: &str, kind: SchoolKind, rule: Option<PriorityRuleKind>) -> SchoolResponse {
        SchoolResponse {
            id: Uuid::new_v4(),
            kind,
            name: name.to_owned(),
            town: "Amstelveen".to_owned(),
            code: "01VO".to_owned(),
            contact_email: "info@school.example".to_owned(),
            contact_phone: "020 123 4567".to_owned(),
            website: None,
            board_id: Uuid::new_v4(),
            priority_rule: rule,
            active: true,
        }
    }

    #[test]
    fn the_rows_are_every_advice_from_low_to_high() {
        assert_eq!(ADVICE.as_slice(), Advice::ALL);
    }

    #[test]
    fn the_loaded_settings_go_back_as_they_came_with_the_rules_in_order() {
        let owner = Owner::new();
        owner.with(|| {
            let loaded = settings();
            let request = RegionSettingsState::new(&loaded).request();
            assert_eq!(request.name, loaded.name);
            assert_eq!(request.contact_email, loaded.contact_email);
            assert_eq!(request.contact_phone, None);
            assert_eq!(request.template, "amstelland");
            assert_eq!(request.rules.list_routes, loaded.rules.list_routes);
            assert_eq!(
                request.rules.priority_rules,
                [PriorityRuleKind::Sibling, PriorityRuleKind::StaffChild]
            );
        });
    }

    #[test]
    fn a_paper_route_sends_no_minimum_and_keeps_it_for_the_list_route() {
        let owner = Owner::new();
        owner.with(|| {
            let state = RegionSettingsState::new(&settings());
            let havo = state.routes[6];
            assert_eq!(havo.advice, Advice::Havo);
            havo.minimum.set(" 6 ".to_owned());
            havo.route.set(ListRouteKind::Paper);
            let sent = |state: &RegionSettingsState| {
                state
                    .request()
                    .rules
                    .list_routes
                    .into_iter()
                    .find(|rule| rule.advice == Advice::Havo)
            };
            assert_eq!(sent(&state), Some(route(Advice::Havo, None)));
            havo.route.set(ListRouteKind::List);
            assert_eq!(sent(&state), Some(route(Advice::Havo, Some(6))));
            // Not a number: sent as none, which the server calls a missing minimum.
            havo.minimum.set("zes".to_owned());
            assert_eq!(
                sent(&state).and_then(|rule| rule.min_distinct_schools),
                None
            );
            assert!(!valid_minimum("zes") && !valid_minimum("0") && !valid_minimum("31"));
            assert!(valid_minimum("30"));
        });
    }

    #[test]
    fn a_template_replaces_the_rules_and_keeps_the_contact_details() {
        let owner = Owner::new();
        owner.with(|| {
            let state = RegionSettingsState::new(&settings());
            state.max_distinct.set("12".to_owned());
            state.toggle_priority_rule(PriorityRuleKind::Hardship, true);
            let amsterdam = RegionRules {
                list_routes: vec![route(Advice::Havo, Some(12))],
                max_distinct_schools: None,
                priority_rules: vec![PriorityRuleKind::Hardship, PriorityRuleKind::Kopklas],
                tie_breaking: TieBreaking::Single,
                publishes_lot_numbers: true,
                placement: PlacementMechanism::DeferredAcceptance,
            };
            state.apply_template("amsterdam", &amsterdam);
            let request = state.request();
            assert_eq!(request.template, "amsterdam");
            assert_eq!(
                request.contact_email.as_deref(),
                Some("elk@amstelland.example")
            );
            assert_eq!(request.rules.max_distinct_schools, None);
            assert_eq!(request.rules.priority_rules, amsterdam.priority_rules);
            assert_eq!(request.rules.tie_breaking, TieBreaking::Single);
            assert!(request.rules.publishes_lot_numbers);
            // The advice the template does not name is on paper.
            assert_eq!(request.rules.list_routes.len(), 9);
            assert_eq!(
                request.rules.list_routes[0],
                route(Advice::Pro, None),
                "{:?}",
                request.rules.list_routes
            );
        });
    }

    #[test]
    fn the_schools_in_the_way_are_the_vo_schools_with_a_rule_left_out_also_deactivated_ones() {
        let mut gone = school(
            "Oud College",
            SchoolKind::Vo,
            Some(PriorityRuleKind::Sibling),
        );
        gone.active = false;
        let schools = [
            school("Westplas", SchoolKind::Vo, Some(PriorityRuleKind::Sibling)),
            school(
                "Amstelland Lyceum",
                SchoolKind::Vo,
                Some(PriorityRuleKind::Sibling),
            ),
            school("Kopschool", SchoolKind::Vo, Some(PriorityRuleKind::Kopklas)),
            school("Poldercollege", SchoolKind::Vo, None),
            gone,
        ];
        let offered = [PriorityRuleKind::Hardship, PriorityRuleKind::Kopklas];
        let found = schools_in_use(&schools, &offered);
        let names: Vec<&str> = found.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["Amstelland Lyceum", "Oud College", "Westplas"]);
        let t = Lang::Nl.texts();
        let message = in_use_problem(t, &found);
        assert!(
            message.contains("Amstelland Lyceum (Broer of zus op school), Oud College (Broer of zus op school), Westplas"),
            "{message}"
        );
        assert_eq!(
            in_use_problem(t, &[]),
            t.region_settings.field_priority_in_use_unnamed()
        );
    }

    #[test]
    fn each_problem_reads_at_its_field() {
        let t = Lang::Nl.texts();
        let problem = |field: &str, code: &str| FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
            message: String::new(),
        };
        let r = &t.region_settings;
        assert_eq!(
            field_problem(t, &problem("rules.list_routes", "minimum")),
            r.field_minimum()
        );
        assert_eq!(
            field_problem(t, &problem("rules.max_distinct_schools", "below_minimum")),
            r.field_max_below_minimum()
        );
        assert_eq!(
            field_problem(t, &problem("contact_phone", "phone")),
            t.school_directory.field_phone()
        );
        assert_eq!(
            field_problem(t, &problem("contact_email", "email")),
            t.field_email()
        );
        assert_eq!(
            field_problem(t, &problem("template", "unknown_template")),
            r.field_template()
        );
    }
}

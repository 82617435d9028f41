//! Fictional names for the demo region. Towns are real Amstelland towns; schools and people
//! are invented.

use overstap_domain::{Advice, PriorityRuleKind};

pub const FIRST_NAMES: &[&str] = &[
    "Daan", "Sem", "Noah", "Lucas", "Levi", "Finn", "Mees", "Milan", "Jesse", "Luuk", "Bram",
    "Thijs", "Sam", "Adam", "Mohammed", "Ravi", "Yusuf", "Ilias", "Jayden", "Teun", "Emma",
    "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Yara", "Eva", "Noor", "Lotte",
    "Anna", "Fenna", "Saar", "Liv", "Fatima", "Aya", "Lina", "Mirthe", "Isa", "Jasmijn",
];

pub const LAST_NAMES: &[&str] = &[
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Kaya",
    "Yilmaz",
    "El Amrani",
    "Bennani",
    "Wijnands",
    "van Dam",
    "Kramer",
    "Schouten",
    "Verhoeven",
    "Kuipers",
    "Postma",
    "Veenstra",
    "Sanders",
    "van der Linden",
    "Haddou",
    "Çelik",
    "Pinas",
    "Kok",
    "Prins",
    "Huisman",
    "Koster",
];

pub const TOWNS: &[&str] = &[
    "Amstelveen",
    "Amstelveen",
    "Amstelveen",
    "Aalsmeer",
    "Uithoorn",
    "Ouderkerk aan de Amstel",
    "Mijdrecht",
    "Vinkeveen",
    "Wilnis",
    "De Kwakel",
    "Kudelstaart",
];

pub const PO_SCHOOL_NAMES: &[&str] = &[
    "De Regenboog",
    "Het Kompas",
    "De Zonnewijzer",
    "De Vlinderboom",
    "Het Palet",
    "De Wilgenhoek",
    "De Kastanje",
    "Het Lichtschip",
    "De Poldertuin",
    "De Watertoren",
    "De Sterrenkijker",
    "Het Molenerf",
    "De Rietkraag",
    "De Ijsvogel",
    "Het Veerhuis",
    "De Klimop",
    "Het Bolwerk",
    "De Speelwei",
    "De Tulpenhof",
    "De Brug",
    "Het Schateiland",
    "De Zeilboot",
    "De Boomgaard",
    "Het Lindeplein",
    "De Fluitekruid",
];

/// A fictional VO school: name, town, priority rule offered, and its programmes as
/// (name, admitted advice levels, capacity).
pub struct VoSchool {
    pub name: &'static str,
    pub town: &'static str,
    pub priority_rule: Option<PriorityRuleKind>,
    pub programmes: &'static [(&'static str, &'static [Advice], u32)],
}

const VMBO_BK: &[Advice] = &[Advice::VmboB, Advice::VmboBK, Advice::VmboK];
const VMBO_GT: &[Advice] = &[Advice::VmboGT, Advice::VmboGTHavo];
const HAVO: &[Advice] = &[Advice::VmboGTHavo, Advice::Havo, Advice::HavoVwo];
const HAVO_VWO: &[Advice] = &[Advice::Havo, Advice::HavoVwo, Advice::Vwo];
const VWO: &[Advice] = &[Advice::HavoVwo, Advice::Vwo];
const PRO: &[Advice] = &[Advice::Pro];

pub const VO_SCHOOLS: &[VoSchool] = &[
    VoSchool {
        name: "Amstelland Lyceum",
        town: "Amstelveen",
        priority_rule: Some(PriorityRuleKind::Sibling),
        programmes: &[
            ("havo", HAVO, 120),
            ("havo/vwo", HAVO_VWO, 90),
            ("vwo", VWO, 90),
        ],
    },
    VoSchool {
        name: "Keizer Karel Gymnasium Amstel",
        town: "Amstelveen",
        priority_rule: Some(PriorityRuleKind::Sibling),
        programmes: &[("gymnasium", VWO, 120), ("vwo", VWO, 60)],
    },
    VoSchool {
        name: "Het Poldercollege",
        town: "Amstelveen",
        priority_rule: None,
        programmes: &[
            ("vmbo-bk", VMBO_BK, 80),
            ("vmbo-gt", VMBO_GT, 100),
            ("havo", HAVO, 60),
        ],
    },
    VoSchool {
        name: "Westwijk Scholengemeenschap",
        town: "Amstelveen",
        priority_rule: Some(PriorityRuleKind::Sibling),
        programmes: &[
            ("vmbo-gt", VMBO_GT, 90),
            ("havo", HAVO, 90),
            ("havo/vwo", HAVO_VWO, 60),
            ("technasium vwo", VWO, 30),
        ],
    },
    VoSchool {
        name: "Wellant Aalsmeerder College",
        town: "Aalsmeer",
        priority_rule: None,
        programmes: &[("vmbo-bk groen", VMBO_BK, 70), ("vmbo-gt", VMBO_GT, 70)],
    },
    VoSchool {
        name: "Westplas Mavo en Havo",
        town: "Aalsmeer",
        priority_rule: Some(PriorityRuleKind::Sibling),
        programmes: &[("vmbo-gt", VMBO_GT, 80), ("havo", HAVO, 60)],
    },
    VoSchool {
        name: "Thamen Scholengemeenschap",
        town: "Uithoorn",
        priority_rule: Some(PriorityRuleKind::Sibling),
        programmes: &[
            ("vmbo-bk", VMBO_BK, 60),
            ("vmbo-gt", VMBO_GT, 80),
            ("havo", HAVO, 60),
            ("vwo", VWO, 60),
        ],
    },
    VoSchool {
        name: "Veenlanden Lyceum",
        town: "Mijdrecht",
        priority_rule: Some(PriorityRuleKind::Sibling),
        programmes: &[
            ("vmbo-gt", VMBO_GT, 70),
            ("havo", HAVO, 90),
            ("vwo", VWO, 70),
        ],
    },
    VoSchool {
        name: "De Ronde Venen Vakcollege",
        town: "Vinkeveen",
        priority_rule: None,
        programmes: &[
            ("vmbo-bk", VMBO_BK, 90),
            ("vmbo-kader techniek", VMBO_BK, 40),
        ],
    },
    VoSchool {
        name: "Praktijkschool Amstelland",
        town: "Amstelveen",
        priority_rule: None,
        programmes: &[("praktijkonderwijs", PRO, 60)],
    },
];

/// The share of each advice level in a year group, in percent (roughly the Dutch spread).
pub const ADVICE_SPREAD: &[(Advice, u32)] = &[
    (Advice::Pro, 3),
    (Advice::VmboB, 8),
    (Advice::VmboBK, 4),
    (Advice::VmboK, 10),
    (Advice::VmboGT, 17),
    (Advice::VmboGTHavo, 8),
    (Advice::Havo, 17),
    (Advice::HavoVwo, 13),
    (Advice::Vwo, 20),
];

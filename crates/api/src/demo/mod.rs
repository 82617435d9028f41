//! Demo data: a fictional region modelled on Amstelland, with one account per role.

mod lists;
mod names;

use overstap_domain::SchoolKind;
use overstap_domain::registration::{Registration, RegistrationParts};
use overstap_domain::{
    Advice, Calendar, ElkNumberGenerator, LocalCalendar, ProcedureId, PupilId, RegistrationStatus,
    Role, SchoolId,
};
use overstap_persistence::pupils::NewPupil;
use overstap_persistence::registrations::BoardCell;
use overstap_persistence::schools::NewSchool;
use overstap_persistence::staff::NewStaffUser;
use overstap_persistence::{
    DatabaseConnection, TransactionTrait, boards, parents, procedures, pupils, regions,
    registrations, schools, staff,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;
use time::{Date, Month, OffsetDateTime};
use uuid::Uuid;

use crate::auth::PasswordHasher;
use crate::error::ApiError;

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "overstap-demo";
/// Keys the ELK-number permutation of the demo region, so numbers are the same every run.
const ELK_KEY: u64 = 0x0E1C_2026;
const PUPILS_PER_SCHOOL: usize = 100;

#[derive(Debug, Clone, Serialize)]
pub struct DemoAccount {
    pub role: &'static str,
    /// E-mail address for staff, ELK number for the parent.
    pub username: String,
    pub password: &'static str,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DemoSummary {
    pub region: String,
    pub schools_po: usize,
    pub schools_vo: usize,
    pub pupils: usize,
    pub accounts: Vec<DemoAccount>,
}

/// Fills an empty database; returns `None` when a region already exists.
pub async fn seed_if_empty(
    db: &DatabaseConnection,
    hasher: &PasswordHasher,
    now: OffsetDateTime,
) -> Result<Option<DemoSummary>, ApiError> {
    if regions::any(db).await? {
        return Ok(None);
    }
    seed(db, hasher, now).await.map(Some)
}

/// Amstelland 2026 with a round 2: lists from the morning after publication (16 April 09:00)
/// until 22 April inclusive.
fn demo_calendar() -> Result<Calendar, ApiError> {
    let local = LocalCalendar {
        round2_opens_at: Some(time::macros::datetime!(2026-04-16 09:00)),
        round2_closes_at: Some(time::macros::datetime!(2026-04-23 00:00)),
        ..LocalCalendar::AMSTELLAND_2026
    };
    Calendar::from_local(&local).map_err(ApiError::internal)
}

pub async fn seed(
    db: &DatabaseConnection,
    hasher: &PasswordHasher,
    now: OffsetDateTime,
) -> Result<DemoSummary, ApiError> {
    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    let password_hash = hasher.hash(DEMO_PASSWORD.to_owned()).await?;
    let txn = db.begin().await?;

    let region = regions::insert(&txn, "amstelland", "Amstelland", "amstelland").await?;
    let procedure = procedures::insert(&txn, region, "2025-2026", &demo_calendar()?).await?;
    let po_board = boards::insert(&txn, region, "Stichting Amstelkring Primair Onderwijs").await?;
    let po_board_2 = boards::insert(&txn, region, "Stichting Veenland Basisscholen").await?;
    let vo_board = boards::insert(&txn, region, "Scholengroep Amstel en Venen").await?;

    let mut vo_school_ids = Vec::new();
    let mut vo_programmes = Vec::new();
    for (i, vo) in names::VO_SCHOOLS.iter().enumerate() {
        // Demo BRIN numbers: two digits and two letters, like real ones.
        let code = format!("{:02}VO", i + 1);
        let email = format!("aanmelden@vo{:02}.demo.overstap.nl", i + 1);
        let website = format!("https://vo{:02}.demo.overstap.nl", i + 1);
        let id = schools::insert(
            &txn,
            NewSchool {
                board_id: vo_board,
                region_id: region,
                kind: SchoolKind::Vo,
                code: &code,
                name: vo.name,
                town: vo.town,
                contact_email: &email,
                contact_phone: "020 555 01 00",
                website: Some(&website),
                priority_rule: vo.priority_rule,
            },
        )
        .await?;
        for (name, advice, capacity) in vo.programmes {
            let programme =
                schools::insert_programme(&txn, procedure, id, name, advice, *capacity).await?;
            vo_programmes.push(lists::DemoProgramme::new(programme, i, vo, advice));
        }
        vo_school_ids.push(id);
    }

    let generator = ElkNumberGenerator::new(ELK_KEY);
    let mut po_school_ids = Vec::new();
    let mut all_pupils = Vec::new();
    let mut confirmed = Vec::new();
    for (i, name) in names::PO_SCHOOL_NAMES.iter().enumerate() {
        let code = format!("{:02}PO", i + 1);
        let town = names::TOWNS[i % names::TOWNS.len()];
        let email = format!("groep8@po{:02}.demo.overstap.nl", i + 1);
        let board = if i < 15 { po_board } else { po_board_2 };
        let school_id = schools::insert(
            &txn,
            NewSchool {
                board_id: board,
                region_id: region,
                kind: SchoolKind::Po,
                code: &code,
                name,
                town,
                contact_email: &email,
                contact_phone: "020 555 02 00",
                website: None,
                priority_rule: None,
            },
        )
        .await?;
        po_school_ids.push(school_id);
        let first_index = all_pupils.len() as u64;
        let pupils = school_pupils(
            &mut rng,
            &generator,
            first_index,
            procedure,
            school_id,
            town,
        );
        if lists::CONFIRMED_SCHOOLS.contains(&i) {
            confirmed.extend(lists::confirmed_lists(&mut rng, &vo_programmes, &pupils));
        }
        all_pupils.extend(pupils);
    }
    let pupil_count = all_pupils.len();
    let parent_pupil = all_pupils
        .first()
        .map(|p| (p.id, p.elk_number.clone(), p.first_name.clone()));
    pupils::insert_many(&txn, all_pupils, "demo", now).await?;
    let confirmed_parent = lists::confirm(&txn, &confirmed, now).await?;

    let staff_accounts = [
        (
            "coordinator@demo.overstap.nl",
            "Coördinator Amstelland",
            Role::Coordinator,
            None,
            None,
            "the region's procedure owner".to_owned(),
        ),
        (
            "bestuur@demo.overstap.nl",
            "Bestuursbeheerder Amstelkring",
            Role::BoardAdmin,
            None,
            Some(po_board),
            "admin of 15 PO schools".to_owned(),
        ),
        (
            "leerkracht@demo.overstap.nl",
            "Juf Annemiek (groep 8)",
            Role::PoStaff,
            po_school_ids.first().copied(),
            None,
            format!("group-8 teacher at {}", names::PO_SCHOOL_NAMES[0]),
        ),
        (
            "leerkracht2@demo.overstap.nl",
            "Meester Karim (groep 8)",
            Role::PoStaff,
            po_school_ids.get(1).copied(),
            None,
            format!(
                "group-8 teacher at {} and {} (switches school)",
                names::PO_SCHOOL_NAMES[1],
                names::PO_SCHOOL_NAMES[2]
            ),
        ),
        (
            "vo@demo.overstap.nl",
            "Aanmeldingen Amstelland Lyceum",
            Role::VoStaff,
            vo_school_ids.first().copied(),
            None,
            format!("admissions at {}", names::VO_SCHOOLS[0].name),
        ),
    ];
    let mut accounts = Vec::new();
    for (email, display_name, role, school_id, board_id, note) in staff_accounts {
        let id = staff::insert(
            &txn,
            NewStaffUser {
                email,
                password_hash: Some(password_hash.clone()),
                display_name,
                role,
                region_id: region,
                school_id,
                board_id,
                language: overstap_domain::Language::Nl,
            },
            now,
        )
        .await?;
        // One teacher works at two locations: the SPA offers a school switch.
        if email == "leerkracht2@demo.overstap.nl"
            && let Some(second) = po_school_ids.get(2)
        {
            staff::set_other_schools(&txn, id, &[*second], now).await?;
        }
        accounts.push(DemoAccount {
            role: role.as_str(),
            username: email.to_owned(),
            password: DEMO_PASSWORD,
            note,
        });
    }
    if let Some((pupil_id, elk, first_name)) = parent_pupil {
        parents::insert(
            &txn,
            pupil_id,
            Some(password_hash.clone()),
            overstap_domain::Language::Nl,
            now,
        )
        .await?;
        // The demo parent has activated the account: one login sent, status groen.
        if let Some(stored) = registrations::find_for_pupil(&txn, pupil_id).await? {
            let activated = Registration::restore(RegistrationParts {
                status: RegistrationStatus::Groen,
                login_version: 1,
                ..stored.registration.to_parts()
            })
            .map_err(ApiError::internal)?;
            let cell = BoardCell {
                school: po_school_ids[0],
                class_name: "8A",
            };
            registrations::save(&txn, &stored, &activated, cell, now).await?;
        }
        accounts.push(DemoAccount {
            role: Role::Parent.as_str(),
            username: elk,
            password: DEMO_PASSWORD,
            note: format!("parent of {first_name} at {}", names::PO_SCHOOL_NAMES[0]),
        });
    }
    if let Some(parent) = confirmed_parent {
        parents::insert(
            &txn,
            parent.pupil,
            Some(password_hash.clone()),
            overstap_domain::Language::Nl,
            now,
        )
        .await?;
        accounts.push(DemoAccount {
            role: Role::Parent.as_str(),
            username: parent.elk_number.clone(),
            password: DEMO_PASSWORD,
            note: format!(
                "parent of {} at {}, list confirmed (AV)",
                parent.first_name,
                names::PO_SCHOOL_NAMES[lists::CONFIRMED_SCHOOLS.start]
            ),
        });
    }
    txn.commit().await?;
    Ok(DemoSummary {
        region: "Amstelland".to_owned(),
        schools_po: po_school_ids.len(),
        schools_vo: vo_school_ids.len(),
        pupils: pupil_count,
        accounts,
    })
}

fn pick<'a>(rng: &mut ChaCha8Rng, items: &'a [&'a str]) -> &'a str {
    items[rng.random_range(0..items.len())]
}

fn advice(rng: &mut ChaCha8Rng) -> Advice {
    let mut roll = rng.random_range(0..100u32);
    for (level, share) in names::ADVICE_SPREAD {
        if roll < *share {
            return *level;
        }
        roll -= share;
    }
    Advice::Vwo
}

/// One school's group 8: three classes, a realistic spread of advice, and a pair of twins.
fn school_pupils(
    rng: &mut ChaCha8Rng,
    generator: &ElkNumberGenerator,
    first_index: u64,
    procedure_id: ProcedureId,
    school_id: SchoolId,
    school_town: &str,
) -> Vec<NewPupil> {
    let mut pupils: Vec<NewPupil> = Vec::with_capacity(PUPILS_PER_SCHOOL);
    for n in 0..PUPILS_PER_SCHOOL {
        let is_second_twin = n == 1;
        let (first_name, last_name, birth_date, advice_level) = if is_second_twin {
            let twin = &pupils[0];
            (
                pick(rng, names::FIRST_NAMES).to_owned(),
                twin.last_name.clone(),
                twin.birth_date,
                twin.advice,
            )
        } else {
            let day = rng.random_range(0..365);
            let birth_date = Date::from_calendar_date(2013, Month::October, 1)
                .map(|d| d + time::Duration::days(day))
                .unwrap_or(Date::MIN);
            (
                pick(rng, names::FIRST_NAMES).to_owned(),
                pick(rng, names::LAST_NAMES).to_owned(),
                birth_date,
                advice(rng),
            )
        };
        let lwoo = matches!(advice_level, Advice::VmboB | Advice::VmboBK | Advice::VmboK)
            && rng.random_range(0..4) == 0;
        let home_town = if rng.random_range(0..5) == 0 {
            pick(rng, names::TOWNS)
        } else {
            school_town
        };
        let slug = ascii_slug(&format!("{first_name}.{last_name}"));
        let id = PupilId::from_uuid(Uuid::from_u128(rng.random()));
        pupils.push(NewPupil {
            id,
            procedure_id,
            school_id,
            external_id: format!("LL{:04}", n + 1),
            elk_number: generator.number(first_index + n as u64).to_string(),
            first_name,
            last_name,
            class_name: ["8A", "8B", "8C"][n % 3].to_owned(),
            birth_date,
            advice: advice_level,
            lwoo,
            home_town: home_town.to_owned(),
            parent_email: format!("ouders.{slug}.{}@example.org", n + 1),
            twin_pupil_id: None,
        });
    }
    // The first two pupils are twins, linked both ways.
    if let [a, b, ..] = pupils.as_mut_slice() {
        a.twin_pupil_id = Some(b.id);
        b.twin_pupil_id = Some(a.id);
    }
    pupils
}

/// The part of a demo e-mail address made of a name: lower case ASCII ("Zoë Çelik" ->
/// "zoe.celik"), since SMTP servers without SMTPUTF8 refuse other addresses.
fn ascii_slug(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' | '.' => Some(c),
            'ë' | 'é' | 'è' | 'ê' => Some('e'),
            'ï' | 'í' => Some('i'),
            'ö' | 'ó' => Some('o'),
            'ü' | 'ú' => Some('u'),
            'ç' => Some('c'),
            _ => None,
        })
        .collect()
}

/// Prints the sign-ins for people.
pub fn print_summary(summary: &DemoSummary, bind: std::net::SocketAddr) {
    println!();
    println!(
        "Demo region {}: {} PO schools, {} VO schools, {} pupils.",
        summary.region, summary.schools_po, summary.schools_vo, summary.pupils
    );
    println!(
        "Sign in at http://localhost:{} with (password for all: {DEMO_PASSWORD}):",
        bind.port()
    );
    for account in &summary.accounts {
        println!(
            "  {:<12} {:<32} {}",
            account.role, account.username, account.note
        );
    }
    println!();
}

#[cfg(test)]
mod tests {
    use super::ascii_slug;

    #[test]
    fn e_mail_slugs_are_ascii() {
        assert_eq!(ascii_slug("Zoë.Çelik"), "zoe.celik");
        assert_eq!(ascii_slug("Sem.van den Berg"), "sem.vandenberg");
        assert_eq!(ascii_slug("Aya.El Amrani"), "aya.elamrani");
    }
}

//! Definitive preference lists (AV) for part of the demo region, so that a placement run on the
//! demo has something to place: the popular schools are oversubscribed, some 1st choices carry
//! a sibling claim, and twins share one list.

use std::ops::Range;

use overstap_domain::preference::{ListDraft, ListEntry};
use overstap_domain::registration::{Registration, RegistrationParts};
use overstap_domain::{
    Advice, PriorityClaim, PriorityRuleKind, ProgrammeId, PupilId, RegistrationStatus, SchoolId,
    admits,
};
use overstap_persistence::entities::preference_entry;
use overstap_persistence::pupils::NewPupil;
use overstap_persistence::registrations::{self, BoardCell};
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
use time::OffsetDateTime;
use uuid::Uuid;

use super::names::{self, VoSchool};
use crate::error::ApiError;

/// The PO schools (by index) whose pupils have confirmed a list: not the first two, whose
/// pupils the journeys take through the registration themselves. 17 schools, about 1,650
/// lists for 1,950 seats: the popular schools keep reserve lists, and vmbo-b/k has fewer
/// seats than pupils, so some are left without a place (the coordinator's attention list).
pub const CONFIRMED_SCHOOLS: Range<usize> = 2..19;

/// A VO programme as the list generator needs it.
pub struct DemoProgramme {
    pub id: ProgrammeId,
    /// Index into `names::VO_SCHOOLS`.
    pub school: usize,
    pub town: &'static str,
    pub admitted: Vec<Advice>,
    pub sibling_rule: bool,
}

impl DemoProgramme {
    pub fn new(
        id: ProgrammeId,
        school: usize,
        vo: &VoSchool,
        admitted: &[Advice],
    ) -> DemoProgramme {
        DemoProgramme {
            id,
            school,
            town: vo.town,
            admitted: admitted.to_vec(),
            sibling_rule: vo.priority_rule == Some(PriorityRuleKind::Sibling),
        }
    }
}

/// How much more often a school is chosen than an average one, by its place in `VO_SCHOOLS`:
/// the two Amstelveen lyceums are the popular ones.
const POPULARITY: [f64; 4] = [3.0, 2.5, 1.0, 1.5];
/// Pupils choose schools in their home town more often.
const SAME_TOWN: f64 = 3.0;

/// A pupil's list, or `None` for advice levels that take the paper route (pro).
fn list_for(
    rng: &mut ChaCha8Rng,
    programmes: &[DemoProgramme],
    level: Advice,
    home_town: &str,
) -> Option<Vec<ListEntry>> {
    if level == Advice::Pro {
        return None;
    }
    let min_schools = if matches!(level, Advice::VmboB | Advice::VmboBK | Advice::VmboK) {
        2
    } else {
        5
    };
    let wanted_schools = min_schools + rng.random_range(0..=3usize);
    // Weighted order without replacement (Efraimidis-Spirakis): key = u^(1/weight).
    let mut keyed: Vec<(f64, &DemoProgramme)> = programmes
        .iter()
        .filter(|p| admits(&p.admitted, level))
        .map(|p| {
            let popularity = POPULARITY.get(p.school).copied().unwrap_or(1.0);
            let town = if p.town == home_town { SAME_TOWN } else { 1.0 };
            let u: f64 = rng.random_range(f64::EPSILON..1.0);
            (u.powf(1.0 / (popularity * town)), p)
        })
        .collect();
    keyed.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut schools = Vec::new();
    let mut entries = Vec::new();
    for (_, programme) in keyed {
        if !schools.contains(&programme.school) {
            if schools.len() == wanted_schools {
                continue;
            }
            schools.push(programme.school);
        }
        entries.push(ListEntry::new(programme.id));
    }
    let first = entries.first()?.programme;
    let sibling_rule = programmes.iter().any(|p| p.id == first && p.sibling_rule);
    if sibling_rule && rng.random_range(0..8) == 0 {
        let class = ["1A", "1B", "2A", "2C", "3B", "4H", "5V"];
        entries[0].priority_claim = Some(PriorityClaim::Sibling {
            name: names::FIRST_NAMES[rng.random_range(0..names::FIRST_NAMES.len())].to_owned(),
            class: class[rng.random_range(0..class.len())].to_owned(),
        });
    }
    Some(entries)
}

/// A pupil whose list the demo confirms.
pub struct Confirmed {
    pub pupil: PupilId,
    school: SchoolId,
    class_name: String,
    pub elk_number: String,
    pub first_name: String,
    draft: ListDraft,
}

/// The lists of one school's pupils; twins get one list, linked both ways.
pub fn confirmed_lists(
    rng: &mut ChaCha8Rng,
    programmes: &[DemoProgramme],
    pupils: &[NewPupil],
) -> Vec<Confirmed> {
    let mut out: Vec<Confirmed> = Vec::new();
    for pupil in pupils {
        let twin_list = pupil.twin_pupil_id.and_then(|twin| {
            out.iter()
                .find(|c| c.pupil == twin)
                .map(|c| c.draft.entries.clone())
        });
        let entries = match twin_list {
            Some(entries) => Some(entries),
            None => list_for(rng, programmes, pupil.advice, &pupil.home_town),
        };
        let Some(entries) = entries else {
            continue;
        };
        out.push(Confirmed {
            pupil: pupil.id,
            school: pupil.school_id,
            class_name: pupil.class_name.clone(),
            elk_number: pupil.elk_number.clone(),
            first_name: pupil.first_name.clone(),
            draft: ListDraft {
                entries,
                twin: pupil.twin_pupil_id,
            },
        });
    }
    out
}

/// Makes the lists definitive (AV: login sent, account activated, list confirmed) and returns
/// the first pupil without a twin, for a demo parent account.
pub async fn confirm<'a, C: ConnectionTrait>(
    txn: &C,
    confirmed: &'a [Confirmed],
    now: OffsetDateTime,
) -> Result<Option<&'a Confirmed>, ApiError> {
    let ids: Vec<PupilId> = confirmed.iter().map(|c| c.pupil).collect();
    let stored = registrations::find_for_pupils(txn, &ids).await?;
    let mut entries = Vec::new();
    for pupil in confirmed {
        let Some(stored) = stored.get(&pupil.pupil) else {
            continue;
        };
        let next = Registration::restore(RegistrationParts {
            status: RegistrationStatus::Av,
            login_version: 1,
            draft: Some(pupil.draft.clone()),
            ..stored.registration.to_parts()
        })
        .map_err(ApiError::internal)?;
        let cell = BoardCell {
            school: pupil.school,
            class_name: &pupil.class_name,
        };
        registrations::save(txn, stored, &next, cell, now).await?;
        entries.extend(definitive_entries(
            stored.registration.id().as_uuid(),
            &pupil.draft,
        ));
    }
    // The definitive lists as the VO schools' counts and the placement read them.
    while !entries.is_empty() {
        let rest = entries.split_off(entries.len().min(1000));
        preference_entry::Entity::insert_many(entries)
            .exec(txn)
            .await?;
        entries = rest;
    }
    Ok(confirmed.iter().find(|c| c.draft.twin.is_none()))
}

/// One row per ranked programme, the claim at the 1st choice only (as a confirmation writes them).
fn definitive_entries(registration: Uuid, draft: &ListDraft) -> Vec<preference_entry::ActiveModel> {
    draft
        .entries
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let claim = entry.priority_claim.as_ref().filter(|_| index == 0);
            let (sibling_name, sibling_class) = match claim {
                Some(PriorityClaim::Sibling { name, class }) => {
                    (Some(name.clone()), Some(class.clone()))
                }
                _ => (None, None),
            };
            preference_entry::ActiveModel {
                id: Set(Uuid::new_v4()),
                registration_id: Set(registration),
                rank: Set(i32::try_from(index + 1).unwrap_or(i32::MAX)),
                programme_id: Set(entry.programme.as_uuid()),
                priority_claim: Set(claim.map(|c| c.kind().as_str().to_owned())),
                sibling_name: Set(sibling_name),
                sibling_class: Set(sibling_class),
            }
        })
        .collect()
}

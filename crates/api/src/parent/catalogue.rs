//! What the VO schools of a region offer, as the domain checks lists against it and as
//! parents see it. Read from the database at most once per `TTL` per region: every list
//! check needs it, and it changes only when a school edits its programmes.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use overstap_api_types::PortalProgramme;
use overstap_domain::SchoolKind;
use overstap_domain::{
    Advice, Catalogue, PriorityRuleKind, ProcedureId, ProgrammeId, ProgrammeOffer, RegionId,
    RegionProfile, SchoolOffer,
};
use overstap_persistence::regions;
use overstap_persistence::schools;
use sea_orm::ConnectionTrait;

use crate::error::ApiError;

const TTL: Duration = Duration::from_secs(30);

/// One region's profile and offer.
#[derive(Debug)]
pub struct RegionCatalogue {
    pub profile: RegionProfile,
    pub catalogue: Catalogue,
    /// Every programme as shown to parents, ordered by school name, then programme name.
    pub programmes: Vec<PortalProgramme>,
    index: HashMap<ProgrammeId, usize>,
}

impl RegionCatalogue {
    pub fn programme(&self, id: ProgrammeId) -> Option<&PortalProgramme> {
        self.index.get(&id).and_then(|&i| self.programmes.get(i))
    }

    /// The programmes `advice` may list in this region (none on the paper route).
    pub fn eligible(&self, advice: Advice) -> Vec<PortalProgramme> {
        self.catalogue
            .eligible_programmes(advice, &self.profile)
            .into_iter()
            .filter_map(|offer| self.programme(offer.id).cloned())
            .collect()
    }
}

async fn load<C: ConnectionTrait>(
    db: &C,
    region_id: RegionId,
    procedure: ProcedureId,
) -> Result<RegionCatalogue, ApiError> {
    let region = regions::find(db, region_id)
        .await?
        .ok_or_else(|| ApiError::internal(format!("region {region_id} not found")))?;
    let profile = region.rules;
    let mut offers = Vec::new();
    let mut school_offers = Vec::new();
    let mut programmes = Vec::new();
    for school in schools::list_for_region(db, region_id)
        .await?
        .into_iter()
        // A deactivated school takes no new registrations.
        .filter(|s| s.kind == SchoolKind::Vo && s.active)
    {
        let rules: Vec<PriorityRuleKind> = school.priority_rule.into_iter().collect();
        school_offers.push(SchoolOffer {
            id: school.id,
            priority_rules: rules,
        });
        for programme in schools::list_programmes(db, school.id, procedure).await? {
            offers.push(ProgrammeOffer {
                id: programme.id,
                school: school.id,
                admitted: programme.admitted_advice.clone(),
            });
            programmes.push(PortalProgramme {
                id: programme.id.as_uuid(),
                name: programme.name,
                school_id: school.id.as_uuid(),
                school_name: school.name.clone(),
                town: school.town.clone(),
                levels: programme
                    .admitted_advice
                    .into_iter()
                    .map(crate::dto::advice)
                    .collect(),
                website: school.website.clone(),
                priority_rule: school.priority_rule.map(crate::dto::rule_kind),
            });
        }
    }
    let index = programmes
        .iter()
        .enumerate()
        .map(|(i, p)| (ProgrammeId::from_uuid(p.id), i))
        .collect();
    Ok(RegionCatalogue {
        profile,
        catalogue: Catalogue::new(offers, school_offers),
        programmes,
        index,
    })
}

/// A region's catalogue of one procedure year.
type CatalogueKey = (RegionId, ProcedureId);

/// Per region and procedure year the last catalogue read, reused for `TTL`.
#[derive(Default)]
pub struct CatalogueCache {
    entries: Mutex<HashMap<CatalogueKey, (Instant, Arc<RegionCatalogue>)>>,
}

impl CatalogueCache {
    /// The region's programmes of procedure year `procedure`, with the region's rules.
    pub async fn get<C: ConnectionTrait>(
        &self,
        db: &C,
        region_id: RegionId,
        procedure: ProcedureId,
    ) -> Result<Arc<RegionCatalogue>, ApiError> {
        let key = (region_id, procedure);
        if let Ok(entries) = self.entries.lock()
            && let Some((read_at, catalogue)) = entries.get(&key)
            && read_at.elapsed() < TTL
        {
            return Ok(Arc::clone(catalogue));
        }
        let catalogue = Arc::new(load(db, region_id, procedure).await?);
        if let Ok(mut entries) = self.entries.lock() {
            entries.insert(key, (Instant::now(), Arc::clone(&catalogue)));
        }
        Ok(catalogue)
    }
}

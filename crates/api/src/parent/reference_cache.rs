//! Procedures and schools by id, kept for `TTL`: every parent request needs the calendar and
//! the primary school, and neither changes while parents register. Saves two queries per
//! request on the portal's hottest path.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use overstap_domain::{ProcedureId, SchoolId};
use overstap_persistence::procedures::{self, Procedure};
use overstap_persistence::schools::{self, School};
use sea_orm::ConnectionTrait;

use crate::error::ApiError;

const TTL: Duration = Duration::from_secs(30);

struct Timed<K, V> {
    entries: Mutex<HashMap<K, (Instant, V)>>,
}

impl<K: Eq + Hash + Copy, V: Clone> Timed<K, V> {
    fn new() -> Self {
        Timed {
            entries: Mutex::new(HashMap::new()),
        }
    }

    fn get(&self, key: K) -> Option<V> {
        let entries = self.entries.lock().ok()?;
        let (read_at, value) = entries.get(&key)?;
        (read_at.elapsed() < TTL).then(|| value.clone())
    }

    fn forget(&self, key: K) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(&key);
        }
    }

    fn put(&self, key: K, value: V) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.insert(key, (Instant::now(), value));
        }
    }
}

pub struct ReferenceCache {
    procedures: Timed<ProcedureId, Procedure>,
    schools: Timed<SchoolId, School>,
}

impl Default for ReferenceCache {
    fn default() -> Self {
        ReferenceCache {
            procedures: Timed::new(),
            schools: Timed::new(),
        }
    }
}

impl ReferenceCache {
    pub async fn procedure<C: ConnectionTrait>(
        &self,
        db: &C,
        id: ProcedureId,
    ) -> Result<Procedure, ApiError> {
        if let Some(procedure) = self.procedures.get(id) {
            return Ok(procedure);
        }
        let procedure = procedures::find(db, id).await?.ok_or(ApiError::NotFound)?;
        self.procedures.put(id, procedure.clone());
        Ok(procedure)
    }

    /// Drops a procedure whose calendar changed, so this replica reads it again at once (other
    /// replicas within `TTL`).
    pub fn forget_procedure(&self, id: ProcedureId) {
        self.procedures.forget(id);
    }

    pub async fn school<C: ConnectionTrait>(
        &self,
        db: &C,
        id: SchoolId,
    ) -> Result<School, ApiError> {
        if let Some(school) = self.schools.get(id) {
            return Ok(school);
        }
        let school = schools::find(db, id).await?.ok_or(ApiError::NotFound)?;
        self.schools.put(id, school.clone());
        Ok(school)
    }
}

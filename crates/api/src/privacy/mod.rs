//! Privacy (AVG/GDPR): the retention purge and its daily job, and a pupil's erasure on
//! request, which removes data exactly as the purge does. The parent's export is a route of
//! its own (`routes/privacy.rs`).

pub mod erase;
pub mod purge;

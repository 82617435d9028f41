//! The `placement_runs` table: one row per dry or official run, never changed afterwards.

use sea_orm::entity::prelude::*;

use crate::stored::Stored;
use overstap_domain::RunKind;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "placement_runs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub procedure_id: Uuid,
    pub round: i32,
    /// `dry` or `official`.
    pub kind: Stored<RunKind>,
    /// The round of an official run (unique per procedure); NULL for dry runs.
    pub official_round: Option<i32>,
    pub commitment_id: Option<Uuid>,
    pub seed: String,
    pub engine_version: String,
    pub input_hash: String,
    pub output_hash: String,
    /// The frozen input: a `PlacementSnapshot` as compact JSON text (up to ~100 MB for a
    /// 200,000-pupil region, so it is never parsed into a JSON tree by the database layer).
    #[sea_orm(column_type = "Text")]
    pub snapshot: String,
    pub participants: i32,
    pub placed: i32,
    pub started_by: Uuid,
    pub started_at: TimeDateTimeWithTimeZone,
    pub finished_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

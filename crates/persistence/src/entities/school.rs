//! The `schools` table.

use sea_orm::entity::prelude::*;

use crate::stored::Stored;
use overstap_domain::{PriorityRuleKind, SchoolKind};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "schools")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub board_id: Uuid,
    pub region_id: Uuid,
    /// `po` or `vo`.
    pub kind: Stored<SchoolKind>,
    pub code: String,
    pub name: String,
    pub town: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub website: Option<String>,
    /// The priority rule a VO school offers at 1st choice, e.g. `sibling`.
    pub priority_rule: Option<Stored<PriorityRuleKind>>,
    /// A deactivated school keeps its history but takes part in nothing new.
    pub active: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The `reserve_offer_decisions` table: the parents' answer to an offer, recorded once.

use sea_orm::entity::prelude::*;

use crate::stored::Stored;
use overstap_domain::OfferOutcome;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "reserve_offer_decisions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub offer_id: Uuid,
    pub outcome: Stored<OfferOutcome>,
    pub decided_by: Uuid,
    pub decided_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

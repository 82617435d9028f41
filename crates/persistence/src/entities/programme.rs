//! The `programmes` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "programmes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub school_id: Uuid,
    pub name: String,
    /// Comma-separated advice levels, e.g. `havo,havo/vwo,vwo`.
    pub admitted_advice: String,
    pub capacity: i32,
    /// The programme's own information page for parents.
    pub info_url: Option<String>,
    /// The procedure year the programme is offered in (null only for a programme of a region
    /// that had no procedure when years were introduced).
    pub procedure_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

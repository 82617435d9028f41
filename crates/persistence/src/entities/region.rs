//! The `regions` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "regions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub code: String,
    pub name: String,
    /// The built-in template the region's rules started from (`amstelland`, `amsterdam`).
    pub profile: String,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub website: Option<String>,
    pub time_zone: String,
    /// The region's rules (`RegionProfileConfig` as JSON); `None` while they are the template's.
    pub rules: Option<String>,
    /// The name the region's e-mails come from ("ELK Amstelland"); none: the installation's.
    pub mail_sender_name: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

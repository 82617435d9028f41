//! Regions: their name, the contact details parents see, their time zone, and their rules (a region profile), parsed once when the row is read.

use overstap_domain::{RegionId, RegionProfile, RegionProfileConfig};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::entities::region;

#[derive(Debug, Clone)]
pub struct Region {
    pub id: RegionId,
    pub code: String,
    pub name: String,
    /// The built-in template the rules started from (`amstelland`, `amsterdam`).
    pub template: String,
    /// The region's rules: its own, or the template's while it has none.
    pub rules: RegionProfile,
    /// Whether the rules were set for the region (rather than the template's unchanged).
    pub own_rules: bool,
    pub contact: RegionContact,
    pub time_zone: String,
    /// The name its e-mails come from ("ELK Amstelland"); none: the installation's sender.
    pub mail_sender_name: Option<String>,
}

/// How parents reach the region's coordinators.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegionContact {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
}

fn from_row(row: region::Model) -> Result<Region, DbErr> {
    let invalid = |why: String| DbErr::Type(format!("region {}: {why}", row.id));
    let rules = match &row.rules {
        Some(json) => serde_json::from_str::<RegionProfile>(json)
            .map_err(|e| invalid(format!("stored rules: {e}")))?,
        None => RegionProfile::named(&row.profile)
            .ok_or_else(|| invalid(format!("unknown template {:?}", row.profile)))?,
    };
    Ok(Region {
        id: RegionId::from_uuid(row.id),
        code: row.code,
        name: row.name,
        template: row.profile,
        own_rules: row.rules.is_some(),
        rules,
        contact: RegionContact {
            email: row.contact_email,
            phone: row.contact_phone,
            website: row.website,
        },
        time_zone: row.time_zone,
        mail_sender_name: row.mail_sender_name,
    })
}

pub async fn find<C: ConnectionTrait>(db: &C, id: RegionId) -> Result<Option<Region>, DbErr> {
    region::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(from_row)
        .transpose()
}

/// A region following the built-in `template` (its rules are the template's until changed).
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    code: &str,
    name: &str,
    template: &str,
) -> Result<RegionId, DbErr> {
    let id = Uuid::new_v4();
    region::Entity::insert(region::ActiveModel {
        id: Set(id),
        code: Set(code.to_owned()),
        name: Set(name.to_owned()),
        profile: Set(template.to_owned()),
        contact_email: Set(None),
        contact_phone: Set(None),
        website: Set(None),
        time_zone: Set(overstap_domain::tz::ZONE_NAME.to_owned()),
        rules: Set(None),
        mail_sender_name: Set(None),
    })
    .exec(db)
    .await?;
    Ok(RegionId::from_uuid(id))
}

/// What a coordinator sets for the region.
pub struct RegionSettings<'a> {
    pub name: &'a str,
    pub contact: &'a RegionContact,
    pub mail_sender_name: Option<&'a str>,
    pub template: &'a str,
    pub rules: &'a RegionProfile,
}

pub async fn update<C: ConnectionTrait>(
    db: &C,
    id: RegionId,
    settings: &RegionSettings<'_>,
) -> Result<(), DbErr> {
    let rules = serde_json::to_string(&RegionProfileConfig::from(settings.rules.clone()))
        .map_err(|e| DbErr::Custom(format!("rules: {e}")))?;
    region::Entity::update_many()
        .col_expr(region::Column::Name, settings.name.into())
        .col_expr(
            region::Column::ContactEmail,
            settings.contact.email.clone().into(),
        )
        .col_expr(
            region::Column::ContactPhone,
            settings.contact.phone.clone().into(),
        )
        .col_expr(
            region::Column::Website,
            settings.contact.website.clone().into(),
        )
        .col_expr(
            region::Column::MailSenderName,
            settings.mail_sender_name.map(str::to_owned).into(),
        )
        .col_expr(region::Column::Profile, settings.template.into())
        .col_expr(region::Column::Rules, Some(rules).into())
        .filter(region::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

/// Is there any region yet? The demo seeder fills an empty database only.
pub async fn any<C: ConnectionTrait>(db: &C) -> Result<bool, DbErr> {
    Ok(region::Entity::find().one(db).await?.is_some())
}

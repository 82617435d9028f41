//! Schema migrations, written with sea-query so they run unchanged on SQLite and PostgreSQL.

use sea_orm_migration::MigrationTrait;
pub use sea_orm_migration::MigratorTrait;

mod m20261129_000001_initial;
mod m20261129_000002_po_workspace;
mod m20261129_000003_outbox_template;
mod m20261129_000004_parent_portal;
mod m20261129_000005_placement;
mod m20261129_000006_reserve_offers;
mod m20261129_000007_round2;
mod m20261129_000008_snapshot_storage;
mod m20261202_000009_privacy;
mod m20261206_000010_sign_in_backoff;
mod m20261207_000011_staff_two_step;
mod m20261207_000012_staff_accounts;
mod m20261207_000013_school_directory;
mod m20261207_000014_region_settings;
mod m20261207_000015_audit_scope;
mod m20261207_000016_procedure_years;
mod m20261207_000017_paper_route;
mod m20261207_000018_staff_schools;
mod m20261207_000019_programmes_per_procedure;
mod m20261207_000020_mail_sender_name;
mod m20261208_000021_api_clients;
mod m20261208_000022_idempotent_requests;
mod names;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261129_000001_initial::Migration),
            Box::new(m20261129_000002_po_workspace::Migration),
            Box::new(m20261129_000003_outbox_template::Migration),
            Box::new(m20261129_000004_parent_portal::Migration),
            Box::new(m20261129_000005_placement::Migration),
            Box::new(m20261129_000006_reserve_offers::Migration),
            Box::new(m20261129_000007_round2::Migration),
            Box::new(m20261129_000008_snapshot_storage::Migration),
            Box::new(m20261202_000009_privacy::Migration),
            Box::new(m20261206_000010_sign_in_backoff::Migration),
            Box::new(m20261207_000011_staff_two_step::Migration),
            Box::new(m20261207_000012_staff_accounts::Migration),
            Box::new(m20261207_000013_school_directory::Migration),
            Box::new(m20261207_000014_region_settings::Migration),
            Box::new(m20261207_000015_audit_scope::Migration),
            Box::new(m20261207_000016_procedure_years::Migration),
            Box::new(m20261207_000017_paper_route::Migration),
            Box::new(m20261207_000018_staff_schools::Migration),
            Box::new(m20261207_000019_programmes_per_procedure::Migration),
            Box::new(m20261207_000020_mail_sender_name::Migration),
            Box::new(m20261208_000021_api_clients::Migration),
            Box::new(m20261208_000022_idempotent_requests::Migration),
        ]
    }
}

//! The audit log as a coordinator or board admin reads it.

use overstap_api_types::{AuditLogQuery, AuditLogResponse};

use super::{Api, Reply, Text, with_query};

impl Api<'_> {
    pub async fn list_audit_log(&self, query: &AuditLogQuery) -> Reply<AuditLogResponse> {
        self.get(&with_query("/api/v1/audit-log", query)).await
    }

    pub async fn export_audit_log(&self, query: &AuditLogQuery) -> Reply<Text> {
        self.get(&with_query("/api/v1/audit-log/export", query))
            .await
    }
}

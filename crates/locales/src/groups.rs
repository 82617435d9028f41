//! Which translation files the SPA has, who reads them, and in which languages.

/// Every language the SPA speaks; Dutch is the source every other file is checked against.
pub const LANGUAGES: [&str; 4] = ["nl", "en", "tr", "ar"];

/// The source language: its files decide the keys and each message's arguments.
pub const SOURCE: &str = "nl";

/// Who reads a file, which decides the languages it must exist in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Parents: every text in all four languages.
    Parents,
    /// School staff: Dutch and English; Turkish and Arabic readers get the English text.
    Staff,
}

/// One file, `locales/<lang>/<file>.ftl`, and the field of `Texts` that reads it.
#[derive(Debug, Clone, Copy)]
pub struct Group {
    pub file: &'static str,
    /// `None`: the messages are methods of `Texts` itself.
    pub field: Option<&'static str>,
    pub type_name: &'static str,
    pub audience: Audience,
}

impl Group {
    /// Whether `lang` must have its own file, or reads English instead.
    pub fn required_in(&self, lang: &str) -> bool {
        self.audience == Audience::Parents || matches!(lang, "nl" | "en")
    }

    /// The language whose file `lang`'s readers get.
    pub fn source_for<'l>(&self, lang: &'l str) -> &'l str {
        if self.required_in(lang) { lang } else { "en" }
    }
}

const fn group(
    file: &'static str,
    field: Option<&'static str>,
    type_name: &'static str,
    audience: Audience,
) -> Group {
    Group {
        file,
        field,
        type_name,
        audience,
    }
}

/// The files, in the order their messages are numbered.
pub const GROUPS: [Group; 15] = [
    group("app", None, "Texts", Audience::Parents),
    group("parent", Some("parent"), "ParentTexts", Audience::Parents),
    group("round2", Some("round2"), "Round2Texts", Audience::Parents),
    group(
        "privacy",
        Some("privacy"),
        "PrivacyTexts",
        Audience::Parents,
    ),
    group("staff", Some("staff"), "StaffTexts", Audience::Staff),
    group("po", Some("po"), "PoTexts", Audience::Staff),
    group("vo", Some("vo"), "VoTexts", Audience::Staff),
    group(
        "coordinator",
        Some("coordinator"),
        "CoordinatorTexts",
        Audience::Staff,
    ),
    group(
        "two-step",
        Some("two_step"),
        "TwoStepTexts",
        Audience::Staff,
    ),
    group(
        "school-directory",
        Some("school_directory"),
        "SchoolDirectoryTexts",
        Audience::Staff,
    ),
    group(
        "region-settings",
        Some("region_settings"),
        "RegionSettingsTexts",
        Audience::Staff,
    ),
    group(
        "audit-log",
        Some("audit_log"),
        "AuditLogTexts",
        Audience::Staff,
    ),
    group(
        "procedures",
        Some("procedures"),
        "ProceduresTexts",
        Audience::Staff,
    ),
    group(
        "paper-route",
        Some("paper_route"),
        "PaperRouteTexts",
        Audience::Staff,
    ),
    group(
        "api-clients",
        Some("api_clients"),
        "ApiClientsTexts",
        Audience::Staff,
    ),
];

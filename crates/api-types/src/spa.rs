//! Which of the two SPA bundles serves a path. The parent bundle (landing page, parent sign-in,
//! activation, password reset, the parent portal) is what a parent downloads; the staff bundle
//! (school sign-in and the PO, VO, board and coordinator workspaces) loads only for staff.
//!
//! The server picks the bundle's `index.html` with this function and each bundle's router sends
//! a path it does not own to the server with a full page load, so both sides must agree: one
//! function, here in the shared contract.

/// The two SPA entry points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    Parent,
    Staff,
}

/// Path prefixes (whole segments) served by the staff bundle; everything else is the parent's.
pub const STAFF_PREFIXES: [&str; 5] =
    ["/inloggen/school", "/po", "/vo", "/bestuur", "/coordinator"];

/// The bundle that serves `path` (the URL path only, without query or fragment).
pub fn bundle_for(path: &str) -> Bundle {
    let staff = STAFF_PREFIXES.iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    });
    if staff { Bundle::Staff } else { Bundle::Parent }
}

#[cfg(test)]
mod tests {
    use super::{Bundle, bundle_for};

    #[test]
    fn staff_workspaces_and_the_school_sign_in_are_the_staff_bundle() {
        for path in [
            "/inloggen/school",
            "/po",
            "/po/",
            "/po/leerling/3f2a/formulier",
            "/vo",
            "/vo/plaatsingen",
            "/bestuur",
            "/coordinator",
            "/coordinator/statistiek",
        ] {
            assert_eq!(bundle_for(path), Bundle::Staff, "{path}");
        }
    }

    #[test]
    fn the_landing_page_and_every_parent_page_are_the_parent_bundle() {
        for path in [
            "/",
            "/inloggen/ouder",
            "/activeren",
            "/wachtwoord-vergeten",
            "/ouder",
            "/ouder/uitslag",
            // Whole segments only: a path that merely starts with the same letters is not staff.
            "/pomp",
            "/vooraf",
            "/inloggen/schoolplein",
            "/onbekend",
        ] {
            assert_eq!(bundle_for(path), Bundle::Parent, "{path}");
        }
    }
}

//! Which of the three SPA bundles serves a path. The welcome bundle (landing page, parent
//! sign-in, activation, password reset, privacy statement) is a parent's first download; the
//! parent bundle (the portal under `/ouder`) loads once they are signed in; the staff bundle
//! (school sign-in and the PO, VO, board and coordinator workspaces) loads only for staff.
//!
//! The server picks the bundle's `index.html` with this function and each bundle's router sends
//! a path it does not own to the server with a full page load, so both sides must agree: one
//! function, here in the shared contract.

/// The three SPA entry points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// Landing page, parent sign-in, activation, password reset, privacy statement.
    Welcome,
    /// The signed-in parent's portal.
    Parent,
    Staff,
}

/// Path prefixes (whole segments) served by the staff bundle.
pub const STAFF_PREFIXES: [&str; 5] =
    ["/inloggen/school", "/po", "/vo", "/bestuur", "/coordinator"];

/// Path prefixes (whole segments) served by the parent portal's bundle.
pub const PARENT_PREFIXES: [&str; 1] = ["/ouder"];

fn under(path: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// The bundle that serves `path` (the URL path only, without query or fragment); any path
/// that is neither staff nor portal is the welcome bundle's (which shows "not found").
pub fn bundle_for(path: &str) -> Bundle {
    if under(path, &STAFF_PREFIXES) {
        Bundle::Staff
    } else if under(path, &PARENT_PREFIXES) {
        Bundle::Parent
    } else {
        Bundle::Welcome
    }
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
    fn the_portal_is_the_parent_bundle() {
        for path in ["/ouder", "/ouder/", "/ouder/uitslag", "/ouder/ronde-2"] {
            assert_eq!(bundle_for(path), Bundle::Parent, "{path}");
        }
    }

    #[test]
    fn the_landing_page_and_the_pages_before_sign_in_are_the_welcome_bundle() {
        for path in [
            "/",
            "/inloggen/ouder",
            "/activeren",
            "/wachtwoord-vergeten",
            "/wachtwoord-herstellen",
            "/privacy",
            // Whole segments only: a path that merely starts with the same letters is not staff
            // or portal.
            "/pomp",
            "/vooraf",
            "/ouders",
            "/inloggen/schoolplein",
            "/onbekend",
        ] {
            assert_eq!(bundle_for(path), Bundle::Welcome, "{path}");
        }
    }
}

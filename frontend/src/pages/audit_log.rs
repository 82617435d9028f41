//! `/coordinator/auditlog` and `/bestuur/auditlog`: the audit log a coordinator (the region's)
//! or a board admin (the board's schools') reads, newest first, filtered by kind of action,
//! role, pupil and period, more on request, and as a CSV file.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use overstap_api_types::{AuditLogEntry, AuditLogQuery, Role};
use time::{Date, Duration, PrimitiveDateTime, Time};

use super::use_page_title;
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::board_nav::BoardNav;
use crate::components::coordinator_nav::CoordinatorNav;
use crate::components::field::{SelectField, TextField};
use crate::download;
use crate::i18n::dates::amsterdam_offset;
use crate::i18n::{Texts, tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn CoordinatorAuditLog() -> impl IntoView {
    view! {
        <RequireRole role=Role::Coordinator>
            <AuditLog board=false />
        </RequireRole>
    }
}

#[component]
pub fn BoardAuditLog() -> impl IntoView {
    view! {
        <RequireRole role=Role::BoardAdmin>
            <AuditLog board=true />
        </RequireRole>
    }
}

/// The families of actions one can filter on (the part of the action before the dot).
const FAMILIES: [&str; 12] = [
    "auth",
    "staff",
    "region",
    "board",
    "school",
    "programme",
    "pupil",
    "parent_login",
    "registration",
    "priority",
    "placement",
    "privacy",
];

/// Roles whose entries one can filter on.
const ROLES: [&str; 8] = [
    "coordinator",
    "board_admin",
    "po_staff",
    "vo_staff",
    "parent",
    "system",
    "operator",
    "anonymous",
];

/// Midnight at the start of `date` in Amsterdam, as RFC 3339.
fn start_of(date: Date) -> Option<String> {
    let midnight = PrimitiveDateTime::new(date, Time::MIDNIGHT);
    let offset = amsterdam_offset(midnight.assume_utc());
    midnight
        .assume_offset(offset)
        .format(&time::format_description::well_known::Rfc3339)
        .ok()
}

/// `YYYY-MM-DD` from a date input, as the start of that day (or of the next, for `until`).
pub fn day_bound(value: &str, next_day: bool) -> Option<String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = Date::parse(value.trim(), &format).ok()?;
    start_of(if next_day {
        date + Duration::days(1)
    } else {
        date
    })
}

/// The query the filters make (without a cursor).
pub fn query_of(family: &str, role: &str, elk: &str, from: &str, until: &str) -> AuditLogQuery {
    let text = |v: &str| Some(v.trim().to_owned()).filter(|v| !v.is_empty());
    AuditLogQuery {
        action: text(family).map(|f| format!("{f}.")),
        actor_role: text(role),
        elk_number: text(elk),
        from: day_bound(from, false),
        until: day_bound(until, true),
        ..AuditLogQuery::default()
    }
}

fn role_label(t: &'static Texts, role: &str) -> &'static str {
    match role {
        "coordinator" => t.audit_log.role_coordinator(),
        "board_admin" => t.audit_log.role_board_admin(),
        "po_staff" => t.audit_log.role_po_staff(),
        "vo_staff" => t.audit_log.role_vo_staff(),
        "parent" => t.audit_log.role_parent(),
        "system" => t.audit_log.role_system(),
        "operator" => t.audit_log.role_operator(),
        _ => t.audit_log.role_other(),
    }
}

#[component]
fn AuditLog(board: bool) -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.audit_log.title());
    let (family, role, elk, from, until) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let entries: RwSignal<Vec<AuditLogEntry>> = RwSignal::new(Vec::new());
    let next: RwSignal<Option<String>> = RwSignal::new(None);
    let applied: RwSignal<AuditLogQuery> = RwSignal::new(AuditLogQuery::default());
    let failure: RwSignal<Option<ApiError>> = RwSignal::new(None);
    let loaded = RwSignal::new(false);

    // `more`: append the page after the cursor; otherwise start again with the filters.
    let load = Action::new_local(move |more: &bool| {
        let more = *more;
        let mut query = applied.get_untracked();
        if more {
            query.cursor = next.get_untracked();
        }
        async move {
            match api::audit_log(&query).await {
                Ok(page) => {
                    failure.set(None);
                    next.set(page.next_cursor);
                    if more {
                        entries.update(|all| all.extend(page.entries));
                    } else {
                        entries.set(page.entries);
                    }
                    loaded.set(true);
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    load.dispatch(false);
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        applied.set(query_of(
            &family.get_untracked(),
            &role.get_untracked(),
            &elk.get_untracked(),
            &from.get_untracked(),
            &until.get_untracked(),
        ));
        // The old filters' cursor must not be used with the new ones.
        next.set(None);
        load.dispatch(false);
    };
    let export = Action::new_local(move |_: &()| {
        let query = applied.get_untracked();
        async move {
            let bytes = api::export_audit_log(&query).await?;
            Ok::<bool, ApiError>(download::save(&bytes, "auditlog.csv", "text/csv"))
        }
    });
    let field = move |name: &'static str| {
        Signal::derive(move || {
            failure.with(|f| {
                f.as_ref()
                    .and_then(|e| e.field_error(name))
                    .map(|problem| t.get().field_error(problem))
            })
        })
    };
    let general_error = Signal::derive(move || {
        let load_error = failure.with(|f| {
            f.as_ref()
                .filter(|e| e.field_errors().is_empty())
                .map(|e| t.get().api_error(e))
        });
        load_error.or_else(|| match export.value().get() {
            Some(Err(error)) => Some(t.get().api_error(&error)),
            Some(Ok(false)) => Some(t.get().po.export_failed().to_owned()),
            _ => None,
        })
    });
    let family_options = Signal::derive(move || {
        let t = t.get();
        std::iter::once((String::new(), t.audit_log.all_actions().to_owned()))
            .chain(FAMILIES.iter().map(|f| ((*f).to_owned(), format!("{f}.…"))))
            .collect::<Vec<_>>()
    });
    let role_options = Signal::derive(move || {
        let t = t.get();
        std::iter::once((String::new(), t.audit_log.all_roles().to_owned()))
            .chain(
                ROLES
                    .iter()
                    .map(|r| ((*r).to_owned(), role_label(t, r).to_owned())),
            )
            .collect::<Vec<_>>()
    });
    let no_error = Signal::derive(|| None::<&'static str>);

    view! {
        <h1 data-testid="audit-log-title">{tx(|t| t.audit_log.title())}</h1>
        {if board { view! { <BoardNav /> }.into_any() } else { view! { <CoordinatorNav /> }.into_any() }}
        <p class="lead">
            {move || if board { t.get().audit_log.intro_board() } else { t.get().audit_log.intro_region() }}
        </p>
        <form class="filters" role="search" on:submit=on_submit data-testid="audit-log-filters">
            <SelectField
                id="audit-family"
                label=tx(|t| t.audit_log.filter_action())
                value=family
                options=family_options
                error=no_error
                testid="audit-filter-action"
            />
            <SelectField
                id="audit-role"
                label=tx(|t| t.audit_log.filter_role())
                value=role
                options=role_options
                error=no_error
                testid="audit-filter-role"
            />
            <TextField
                id="audit-elk"
                label=tx(|t| t.audit_log.filter_elk())
                value=elk
                error=field("elk_number")
                autocomplete="off"
                optional=true
                testid="audit-filter-elk"
            />
            <TextField
                id="audit-from"
                label=tx(|t| t.audit_log.filter_from())
                value=from
                error=field("from")
                input_type="date"
                autocomplete="off"
                optional=true
                testid="audit-filter-from"
            />
            <TextField
                id="audit-until"
                label=tx(|t| t.audit_log.filter_until())
                value=until
                error=field("until")
                input_type="date"
                autocomplete="off"
                optional=true
                testid="audit-filter-until"
            />
            <button type="submit" class="button button-primary" data-testid="audit-filter-submit">
                {tx(|t| t.audit_log.filter_submit())}
            </button>
        </form>
        <p>
            <button
                type="button"
                class="button"
                data-testid="audit-export"
                disabled=move || export.pending().get()
                on:click=move |_| {
                    export.dispatch(());
                }
            >
                {tx(|t| t.audit_log.export())}
            </button>
        </p>
        <ErrorAlert message=general_error testid="audit-log-error" />
        {move || {
            let rows = entries.get();
            if !loaded.get() {
                return ().into_any();
            }
            if rows.is_empty() {
                return view! {
                    <p class="empty" role="status" data-testid="audit-log-empty">
                        {tx(|t| t.audit_log.empty())}
                    </p>
                }
                .into_any();
            }
            view! { <EntryTable rows /> }.into_any()
        }}
        {move || {
            next.get()
                .map(|_| {
                    view! {
                        <button
                            type="button"
                            class="button"
                            data-testid="audit-log-more"
                            disabled=move || load.pending().get()
                            on:click=move |_| {
                                load.dispatch(true);
                            }
                        >
                            {tx(|t| t.audit_log.more())}
                        </button>
                    }
                })
        }}
    }
}

#[component]
fn EntryTable(rows: Vec<AuditLogEntry>) -> impl IntoView {
    let t = use_texts();
    let body = rows
        .into_iter()
        .map(|entry| {
            let who = move || {
                let t = t.get();
                match &entry.actor_name {
                    Some(name) => format!("{name} ({})", role_label(t, &entry.actor_role)),
                    None => role_label(t, &entry.actor_role).to_owned(),
                }
            };
            let at = entry.occurred_at;
            let details = if entry.details.as_object().is_some_and(|o| o.is_empty()) {
                String::new()
            } else {
                entry.details.to_string()
            };
            view! {
                <tr data-testid="audit-log-row" data-action=entry.action.clone()>
                    <td>{move || t.get().moment(at)}</td>
                    <td>{who}</td>
                    <td>
                        <code>{entry.action.clone()}</code>
                    </td>
                    <td>{entry.subject_kind.clone()}</td>
                    <td>{entry.school_name.clone().unwrap_or_default()}</td>
                    <td class="audit-details">
                        <code>{details}</code>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table" data-testid="audit-log-table">
            <caption>{tx(|t| t.audit_log.caption())}</caption>
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.audit_log.col_when())}</th>
                    <th scope="col">{tx(|t| t.audit_log.col_who())}</th>
                    <th scope="col">{tx(|t| t.audit_log.col_action())}</th>
                    <th scope="col">{tx(|t| t.audit_log.col_subject())}</th>
                    <th scope="col">{tx(|t| t.audit_log.col_school())}</th>
                    <th scope="col">{tx(|t| t.audit_log.col_details())}</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_starts_at_midnight_in_amsterdam_winter_and_summer() {
        assert_eq!(
            day_bound("2027-03-20", false).as_deref(),
            Some("2027-03-20T00:00:00+01:00")
        );
        assert_eq!(
            day_bound("2027-06-01", true).as_deref(),
            Some("2027-06-02T00:00:00+02:00")
        );
        assert_eq!(day_bound("gisteren", false), None);
    }

    #[test]
    fn the_filters_make_the_query() {
        let query = query_of("staff", "coordinator", " 1234 ", "", "2027-03-20");
        assert_eq!(query.action.as_deref(), Some("staff."));
        assert_eq!(query.actor_role.as_deref(), Some("coordinator"));
        assert_eq!(query.elk_number.as_deref(), Some("1234"));
        assert_eq!(query.from, None);
        assert_eq!(query.until.as_deref(), Some("2027-03-21T00:00:00+01:00"));
        assert_eq!(query_of("", "", "", "", ""), AuditLogQuery::default());
    }
}

//! `/coordinator/statistieken`: a run's statistics (`?run=`, else the official run) as tables
//! and charts, downloadable as CSV.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use overstap_api_types::statistics::StatisticsResponse;
use overstap_api_types::{ErrorCode, Role, RunKind};
use uuid::Uuid;

use super::use_page_title;
use crate::api::{self, ApiError};
use crate::components::alert::{ErrorAlert, LoadFailed, Loading};
use crate::components::bar_chart::BarChart;
use crate::components::coordinator_nav::CoordinatorNav;
use crate::components::coordinator_statistics::{
    ProgrammeStatisticsTable, StatisticsSummaryTable, outcome_rows, school_rows,
};
use crate::components::moment::Moment;
use crate::download;
use crate::i18n::{tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn CoordinatorStatistics() -> impl IntoView {
    view! {
        <RequireRole role=Role::Coordinator>
            <Statistics />
        </RequireRole>
    }
}

#[component]
fn Statistics() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.coordinator.statistics_title());
    let query = use_query_map();
    let run = Memo::new(move |_| {
        query
            .with(|q| q.get("run"))
            .and_then(|id| Uuid::parse_str(&id).ok())
    });
    let statistics = LocalResource::new(move || {
        let run = run.get();
        async move { api::region_statistics(run).await }
    });
    let export = Action::new_local(move |_: &()| {
        let run = run.get_untracked();
        async move {
            let bytes = api::export_statistics(run).await?;
            Ok::<bool, ApiError>(download::save(&bytes, "statistieken.csv", "text/csv"))
        }
    });
    let exporting = export.pending();
    let export_error = Signal::derive(move || match export.value().get() {
        Some(Err(error)) => Some(t.get().api_error(&error)),
        Some(Ok(false)) => Some(t.get().po.export_failed().to_owned()),
        _ => None,
    });

    let report = move |report: StatisticsResponse| {
        let official = report.run.kind == RunKind::Official;
        let summary = report.summary.clone();
        let programmes = report.programmes.clone();
        let outcome_chart = move || {
            let t = t.get();
            view! {
                <BarChart
                    id="outcome-chart"
                    title=t.coordinator.outcome_chart_title().to_owned()
                    series=vec![t.coordinator.col_participants().to_owned()]
                    rows=outcome_rows(t, &summary)
                    testid="outcome-chart"
                />
            }
        };
        let demand_chart = move || {
            let t = t.get();
            view! {
                <BarChart
                    id="demand-chart"
                    title=t.coordinator.demand_chart_title().to_owned()
                    series=vec![t.coordinator.first_choices().to_owned(), t.staff.col_capacity().to_owned()]
                    rows=school_rows(&programmes)
                    testid="demand-chart"
                />
            }
        };
        view! {
            <p data-testid="statistics-run" data-run-id=report.run.id.to_string() data-kind=report.run.kind.as_str()>
                {move || if official { t.get().coordinator.kind_official() } else { t.get().coordinator.kind_dry() }}
                ", "
                <Moment unix_seconds=report.run.finished_at.unix_timestamp() />
            </p>
            <div class="toolbar no-print">
                <button
                    type="button"
                    class="button button-quiet"
                    data-testid="export-statistics"
                    disabled=move || exporting.get()
                    on:click=move |_| {
                        export.dispatch_local(());
                    }
                >
                    {tx(|t| t.coordinator.export_statistics())}
                </button>
            </div>
            <ErrorAlert message=export_error testid="export-error" />
            <section class="section" aria-labelledby="outcomes-title">
                <h2 id="outcomes-title">{tx(|t| t.coordinator.outcomes_title())}</h2>
                <StatisticsSummaryTable summary=report.summary />
                {outcome_chart}
            </section>
            <section class="section" aria-labelledby="demand-title">
                <h2 id="demand-title">{tx(|t| t.coordinator.demand_title())}</h2>
                {demand_chart}
                <ProgrammeStatisticsTable programmes=report.programmes />
            </section>
        }
    };

    view! {
        <h1 data-testid="home-title">{tx(|t| t.coordinator.statistics_title())}</h1>
        <CoordinatorNav />
        <p class="lead">{tx(|t| t.coordinator.statistics_intro())}</p>
        <Transition fallback=|| view! { <Loading /> }>
            {move || Suspend::new(async move {
                match statistics.await {
                    Ok(data) => report(data).into_any(),
                    Err(error) if error.code() == Some(ErrorCode::Conflict) => view! {
                        <div class="alert alert-info" role="status" data-testid="statistics-no-run">
                            {tx(|t| t.coordinator.no_official_run())}
                            " "
                            <a href="/coordinator/plaatsing">{tx(|t| t.coordinator.nav_runs())}</a>
                        </div>
                    }
                        .into_any(),
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

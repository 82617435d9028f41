//! A run's statistics: the outcomes by choice rank and, per programme, first choices against
//! capacity; as tables, and as the rows of the charts that show the same numbers.

use leptos::prelude::*;
use overstap_api_types::statistics::{ProgrammeStatistics, StatisticsOutcome, StatisticsSummary};

use super::bar_chart::{ChartRow, ChartValue};
use crate::i18n::{Texts, tx, use_texts};

/// A text in the current language, picked from the texts.
type Label = fn(&Texts) -> &'static str;

/// `count` as a share of `total` (0 to 1); 0 when there is nobody.
pub fn share_of(count: u32, total: u32) -> f64 {
    if total == 0 {
        0.0
    } else {
        f64::from(count) / f64::from(total)
    }
}

/// The outcomes as parts that add up to all participants: 1st choice, 2nd or 3rd, 4th or 5th,
/// lower, unplaced (the API's top 3 and top 5 include the choices above them).
pub fn outcome_parts(summary: &StatisticsSummary) -> [(Label, u32); 5] {
    let first = summary.first_choice.count;
    let top_3 = summary.top_3.count.saturating_sub(first);
    let top_5 = summary.top_5.count.saturating_sub(summary.top_3.count);
    [
        (|t| t.coordinator.part_first(), first),
        (|t| t.coordinator.part_second_third(), top_3),
        (|t| t.coordinator.part_fourth_fifth(), top_5),
        (|t| t.coordinator.part_lower(), summary.outside_top_5.count),
        (|t| t.coordinator.part_unplaced(), summary.unplaced.count),
    ]
}

/// The rows of the outcome chart, in the words of `t`.
pub fn outcome_rows(t: &Texts, summary: &StatisticsSummary) -> Vec<ChartRow> {
    outcome_parts(summary)
        .into_iter()
        .map(|(label, count)| ChartRow {
            label: label(t).to_owned(),
            values: vec![ChartValue {
                value: count,
                text: format!(
                    "{count} ({})",
                    t.percent(share_of(count, summary.participants))
                ),
            }],
        })
        .collect()
}

/// The rows of the demand chart: per school, its programmes' first choices and seats added up,
/// in the order of `programmes` (by school name).
pub fn school_rows(programmes: &[ProgrammeStatistics]) -> Vec<ChartRow> {
    let mut schools: Vec<(String, u32, u32)> = Vec::new();
    for programme in programmes {
        match schools.last_mut() {
            Some((name, first, seats)) if *name == programme.school_name => {
                *first += programme.first_choices;
                *seats += programme.capacity;
            }
            _ => schools.push((
                programme.school_name.clone(),
                programme.first_choices,
                programme.capacity,
            )),
        }
    }
    schools
        .into_iter()
        .map(|(label, first, seats)| ChartRow {
            label,
            values: vec![
                ChartValue {
                    value: first,
                    text: first.to_string(),
                },
                ChartValue {
                    value: seats,
                    text: seats.to_string(),
                },
            ],
        })
        .collect()
}

#[component]
pub fn StatisticsSummaryTable(summary: StatisticsSummary) -> impl IntoView {
    let t = use_texts();
    let participants = summary.participants;
    let outcome = |label: Label, key: &'static str, outcome: StatisticsOutcome| {
        view! {
            <tr data-testid="summary-row" data-key=key>
                <th scope="row" data-label=tx(|t| t.coordinator.col_measure())>{tx(label)}</th>
                <td class="numeric" data-label=tx(|t| t.coordinator.col_count()) data-testid="summary-count">
                    {outcome.count}
                </td>
                <td class="numeric" data-label=tx(|t| t.coordinator.col_share())>
                    {move || t.get().percent(outcome.share)}
                </td>
            </tr>
        }
    };
    view! {
        <table class="data-table" data-testid="summary-table">
            <caption>{tx(|t| t.coordinator.summary_caption())}</caption>
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.coordinator.col_measure())}</th>
                    <th scope="col" class="numeric">{tx(|t| t.coordinator.col_count())}</th>
                    <th scope="col" class="numeric">{tx(|t| t.coordinator.col_share())}</th>
                </tr>
            </thead>
            <tbody>
                <tr data-testid="summary-row" data-key="participants">
                    <th scope="row" data-label=tx(|t| t.coordinator.col_measure())>
                        {tx(|t| t.coordinator.col_participants())}
                    </th>
                    <td class="numeric" data-label=tx(|t| t.coordinator.col_count()) data-testid="summary-count">
                        {participants}
                    </td>
                    <td class="numeric" data-label=tx(|t| t.coordinator.col_share())>
                        {move || t.get().percent(1.0)}
                    </td>
                </tr>
                <tr data-testid="summary-row" data-key="seats">
                    <th scope="row" data-label=tx(|t| t.coordinator.col_measure())>{tx(|t| t.coordinator.seats())}</th>
                    <td class="numeric" data-label=tx(|t| t.coordinator.col_count()) data-testid="summary-count">
                        {summary.seats}
                    </td>
                    <td class="numeric" data-label=tx(|t| t.coordinator.col_share())></td>
                </tr>
                {outcome(|t| t.coordinator.col_placed(), "placed", summary.placed)}
                {outcome(|t| t.coordinator.part_first(), "first_choice", summary.first_choice)}
                {outcome(|t| t.coordinator.top_3(), "top_3", summary.top_3)}
                {outcome(|t| t.coordinator.top_5(), "top_5", summary.top_5)}
                {outcome(|t| t.coordinator.part_lower(), "outside_top_5", summary.outside_top_5)}
                {outcome(|t| t.coordinator.part_unplaced(), "unplaced", summary.unplaced)}
            </tbody>
        </table>
    }
}

#[component]
pub fn ProgrammeStatisticsTable(programmes: Vec<ProgrammeStatistics>) -> impl IntoView {
    let rows = programmes
        .into_iter()
        .map(|programme| {
            let over = programme.first_choices > programme.capacity;
            view! {
                <tr
                    data-testid="programme-statistics-row"
                    data-programme-id=programme.programme_id.to_string()
                    class:oversubscribed=over
                >
                    <td data-label=tx(|t| t.staff.col_school())>{programme.school_name}</td>
                    <th scope="row" data-label=tx(|t| t.staff.col_programme())>{programme.programme_name}</th>
                    <td class="numeric" data-label=tx(|t| t.staff.col_capacity())>{programme.capacity}</td>
                    <td class="numeric" data-label=tx(|t| t.coordinator.first_choices())>
                        {programme.first_choices}
                    </td>
                    <td class="numeric" data-label=tx(|t| t.coordinator.col_placed())>{programme.placed}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table" data-testid="programme-statistics-table">
            <caption>{tx(|t| t.coordinator.programmes_caption())}</caption>
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.staff.col_school())}</th>
                    <th scope="col">{tx(|t| t.staff.col_programme())}</th>
                    <th scope="col" class="numeric">{tx(|t| t.staff.col_capacity())}</th>
                    <th scope="col" class="numeric">{tx(|t| t.coordinator.first_choices())}</th>
                    <th scope="col" class="numeric">{tx(|t| t.coordinator.col_placed())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::statistics::{ProgrammeStatistics, StatisticsSummary};
    use uuid::Uuid;

    use super::{outcome_parts, outcome_rows, school_rows, share_of};
    use crate::i18n::Lang;

    fn summary() -> StatisticsSummary {
        let outcome =
            |count: u32| serde_json::json!({ "count": count, "share": share_of(count, 200) });
        serde_json::from_value(serde_json::json!({
            "participants": 200,
            "seats": 210,
            "placed": outcome(196),
            "first_choice": outcome(120),
            "top_3": outcome(170),
            "top_5": outcome(190),
            "outside_top_5": outcome(6),
            "unplaced": outcome(4),
        }))
        .unwrap()
    }

    #[test]
    fn the_outcome_parts_add_up_to_the_participants() {
        let parts: Vec<u32> = outcome_parts(&summary()).iter().map(|(_, n)| *n).collect();
        assert_eq!(parts, vec![120, 50, 20, 6, 4]);
        assert_eq!(parts.iter().sum::<u32>(), 200);
    }

    #[test]
    fn outcome_rows_say_count_and_share_in_each_language() {
        let rows = outcome_rows(Lang::Nl.texts(), &summary());
        assert_eq!(rows[0].values[0].text, "120 (60,0%)");
        let rows = outcome_rows(Lang::En.texts(), &summary());
        assert_eq!(rows[1].values[0].text, "50 (25.0%)");
        assert_eq!(share_of(3, 0), 0.0);
    }

    #[test]
    fn school_rows_add_up_the_programmes_of_each_school() {
        let programme = |school: &str, capacity: u32, first_choices: u32| ProgrammeStatistics {
            school_id: Uuid::nil(),
            school_name: school.to_owned(),
            programme_id: Uuid::nil(),
            programme_name: "havo".to_owned(),
            capacity,
            first_choices,
            placed: 0,
        };
        let rows = school_rows(&[
            programme("A", 100, 130),
            programme("A", 50, 10),
            programme("B", 60, 0),
        ]);
        let flat: Vec<(String, u32, u32)> = rows
            .into_iter()
            .map(|row| (row.label, row.values[0].value, row.values[1].value))
            .collect();
        assert_eq!(
            flat,
            vec![("A".to_owned(), 140, 150), ("B".to_owned(), 0, 60)]
        );
    }
}

//! A horizontal bar chart drawn as inline SVG: one group of bars per row (one bar per series),
//! with its numbers as a text alternative for screen readers. No chart library.

use leptos::prelude::*;

/// Width of the drawing in SVG units; it scales to the page through the `viewBox`.
const WIDTH: f64 = 640.0;
/// Room right of the longest bar for its value text.
const VALUE_ROOM: f64 = 120.0;
const LABEL_HEIGHT: f64 = 20.0;
const BAR_HEIGHT: f64 = 16.0;
const BAR_GAP: f64 = 4.0;
const GROUP_GAP: f64 = 14.0;
const AXIS_HEIGHT: f64 = 22.0;

/// One row of the chart: its label and one value (with how to say it) per series.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRow {
    pub label: String,
    pub values: Vec<ChartValue>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartValue {
    pub value: u32,
    /// The value as people read it, e.g. "812 (41%)".
    pub text: String,
}

/// The step between axis ticks: the smallest of 1, 2 and 5 times a power of ten that covers
/// `max` in at most five steps.
pub fn tick_step(max: u32) -> u32 {
    let mut power = 1u32;
    loop {
        for factor in [1, 2, 5] {
            let step = factor * power;
            if u64::from(step) * 5 >= u64::from(max) {
                return step;
            }
        }
        power = power.saturating_mul(10);
    }
}

/// The axis end: `max` rounded up to a whole step; at least one step, so an all-zero chart
/// still has an axis.
pub fn axis_max(max: u32) -> u32 {
    let step = tick_step(max);
    max.div_ceil(step).max(1).saturating_mul(step)
}

/// The ticks from 0 to `axis_max(max)`.
pub fn ticks(max: u32) -> Vec<u32> {
    let step = tick_step(max);
    (0..=axis_max(max) / step).map(|i| i * step).collect()
}

/// How long a bar of `value` is on an axis of `axis_max` drawn `width` long.
pub fn bar_length(value: u32, axis_max: u32, width: f64) -> f64 {
    if axis_max == 0 {
        return 0.0;
    }
    (f64::from(value) / f64::from(axis_max)).min(1.0) * width
}

/// The text alternative: every row with its values, one sentence per row.
pub fn describe(rows: &[ChartRow], series: &[String]) -> String {
    rows.iter()
        .map(|row| {
            let values: Vec<String> = row
                .values
                .iter()
                .enumerate()
                .map(
                    |(i, value)| match series.get(i).filter(|_| series.len() > 1) {
                        Some(name) => format!("{name} {}", value.text),
                        None => value.text.clone(),
                    },
                )
                .collect();
            format!("{}: {}.", row.label, values.join(", "))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The chart. `id` must be unique on the page (it names the description); `title` is the
/// accessible name; `series` names the bars of each row, in order (shown as a legend when
/// there are two or more).
#[component]
pub fn BarChart(
    id: &'static str,
    title: String,
    series: Vec<String>,
    rows: Vec<ChartRow>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let max = rows
        .iter()
        .flat_map(|row| row.values.iter().map(|v| v.value))
        .max()
        .unwrap_or(0);
    let end = axis_max(max);
    let plot = WIDTH - VALUE_ROOM;
    let bars_per_row = rows.iter().map(|row| row.values.len()).max().unwrap_or(1);
    let group_height =
        LABEL_HEIGHT + bars_per_row as f64 * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP - BAR_GAP;
    let height = AXIS_HEIGHT + rows.len() as f64 * group_height;
    let description_id = format!("{id}-description");
    let description = describe(&rows, &series);

    let grid = ticks(max)
        .into_iter()
        .map(|tick| {
            let x = bar_length(tick, end, plot);
            view! {
                <g class="chart-tick">
                    <line x1=x x2=x y1={AXIS_HEIGHT - 4.0} y2=height class="chart-grid" />
                    <text
                        x=x
                        y={AXIS_HEIGHT - 8.0}
                        text-anchor={if tick == 0 { "start" } else { "middle" }}
                        class="chart-axis-text"
                    >
                        {tick}
                    </text>
                </g>
            }
        })
        .collect_view();
    let groups = rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let top = AXIS_HEIGHT + i as f64 * group_height;
            let bars = row
                .values
                .into_iter()
                .enumerate()
                .map(|(j, value)| {
                    let y = top + LABEL_HEIGHT + j as f64 * (BAR_HEIGHT + BAR_GAP);
                    let length = bar_length(value.value, end, plot);
                    view! {
                        <rect
                            x="0"
                            y=y
                            width=length
                            height=BAR_HEIGHT
                            class=format!("chart-bar chart-series-{j}")
                        />
                        <text
                            x={length + 6.0}
                            y={y + BAR_HEIGHT - 3.0}
                            class="chart-value-text"
                        >
                            {value.text}
                        </text>
                    }
                })
                .collect_view();
            view! {
                <g class="chart-row">
                    <text x="0" y={top + LABEL_HEIGHT - 6.0} class="chart-label-text">
                        {row.label}
                    </text>
                    {bars}
                </g>
            }
        })
        .collect_view();
    let legend = (series.len() > 1).then(|| {
        let items = series
            .into_iter()
            .enumerate()
            .map(|(j, name)| {
                view! {
                    <li>
                        <span class=format!("chart-swatch chart-series-{j}") aria-hidden="true"></span>
                        {name}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="chart-legend" aria-hidden="true">{items}</ul> }
    });

    view! {
        <figure class="chart" data-testid=testid>
            <figcaption class="chart-title">{title.clone()}</figcaption>
            <svg
                class="chart-svg"
                role="img"
                aria-label=title
                aria-describedby=description_id.clone()
                viewBox=format!("0 0 {WIDTH} {height}")
                preserveAspectRatio="xMinYMin meet"
                data-testid=format!("{testid}-svg")
            >
                {grid}
                {groups}
            </svg>
            {legend}
            <p id=description_id class="visually-hidden" data-testid=format!("{testid}-text")>
                {description}
            </p>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::{ChartRow, ChartValue, axis_max, bar_length, describe, tick_step, ticks};

    #[test]
    fn the_axis_ends_on_a_round_number_above_the_largest_value() {
        assert_eq!(axis_max(0), 1);
        assert_eq!(axis_max(1), 1);
        assert_eq!(axis_max(3), 3);
        assert_eq!(axis_max(7), 8);
        assert_eq!(axis_max(87), 100);
        assert_eq!(axis_max(100), 100);
        assert_eq!(axis_max(812), 1000);
        assert_eq!(axis_max(1203), 1500);
        assert_eq!(axis_max(u32::MAX / 2), 2_500_000_000);
        assert_eq!(axis_max(u32::MAX), u32::MAX);
    }

    #[test]
    fn ticks_are_at_most_six_round_steps_from_zero() {
        assert_eq!(ticks(0), vec![0, 1]);
        assert_eq!(ticks(87), vec![0, 20, 40, 60, 80, 100]);
        assert_eq!(ticks(812), vec![0, 200, 400, 600, 800, 1000]);
        for max in [1, 9, 10, 11, 49, 50, 51, 999, 2500, 190_000] {
            let ticks = ticks(max);
            assert!(ticks.len() <= 6, "{max}: {ticks:?}");
            assert!(*ticks.last().unwrap() >= max, "{max}: {ticks:?}");
            let step = tick_step(max);
            let leading = step / 10u32.pow(step.ilog10());
            assert!([1, 2, 5].contains(&leading), "{max}: step {step}");
        }
    }

    #[test]
    fn bars_scale_to_the_axis_and_never_overflow_it() {
        assert!((bar_length(50, 100, 400.0) - 200.0).abs() < 1e-9);
        assert!((bar_length(100, 100, 400.0) - 400.0).abs() < 1e-9);
        assert!((bar_length(0, 100, 400.0)).abs() < 1e-9);
        assert!((bar_length(150, 100, 400.0) - 400.0).abs() < 1e-9);
        assert!((bar_length(5, 0, 400.0)).abs() < 1e-9);
    }

    #[test]
    fn the_text_alternative_names_every_row_and_series() {
        let row = |label: &str, values: &[(u32, &str)]| ChartRow {
            label: label.to_owned(),
            values: values
                .iter()
                .map(|(value, text)| ChartValue {
                    value: *value,
                    text: (*text).to_owned(),
                })
                .collect(),
        };
        let single = [
            row("1st choice", &[(812, "812 (41%)")]),
            row("Unplaced", &[(3, "3 (0%)")]),
        ];
        assert_eq!(
            describe(&single, &["Pupils".to_owned()]),
            "1st choice: 812 (41%). Unplaced: 3 (0%)."
        );
        let double = [row("havo", &[(130, "130"), (120, "120")])];
        assert_eq!(
            describe(&double, &["First choices".to_owned(), "Seats".to_owned()]),
            "havo: First choices 130, Seats 120."
        );
    }
}

//! `/coordinator/plaatsing`: the placement of the region, per round (`?ronde=2` for round 2):
//! commit to a seed, dry runs as often as wanted, the one official run, every run of the round
//! with its audit facts and snapshot, and the pupils of a run (`?run=`, else the official one)
//! to phone before publication.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use overstap_api_types::{
    ErrorCode, Role, RunKind, RunResponse, SeedCommitmentResponse, StartRunRequest,
};
use uuid::Uuid;

use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::coordinator_attention::CoordinatorAttention;
use crate::components::coordinator_nav::CoordinatorNav;
use crate::components::coordinator_run_table::CoordinatorRunTable;
use crate::components::moment::Moment;
use crate::download;
use crate::i18n::{Texts, tx, use_texts};
use crate::session::RequireRole;
use crate::storage;

/// Where the seed commitment made in this browser for `round`, not yet used by an official
/// run, is kept.
fn commitment_key(round: u32) -> String {
    format!("overstap.seed_commitment.{round}")
}

/// The round the page is about: `?ronde=2`, else round 1.
pub fn round_of(query: Option<&str>) -> u32 {
    if query == Some("2") { 2 } else { 1 }
}

/// The page's address for `round`, optionally showing `run`.
fn page_path(round: u32, run: Option<Uuid>) -> String {
    match (round, run) {
        (1, None) => "/coordinator/plaatsing".to_owned(),
        (1, Some(run)) => format!("/coordinator/plaatsing?run={run}"),
        (round, None) => format!("/coordinator/plaatsing?ronde={round}"),
        (round, Some(run)) => format!("/coordinator/plaatsing?ronde={round}&run={run}"),
    }
}

#[component]
pub fn CoordinatorRuns() -> impl IntoView {
    view! {
        <RequireRole role=Role::Coordinator>
            <Runs />
        </RequireRole>
    }
}

/// The run to show the attention list of: the one named in the URL, else the official run,
/// else the newest.
pub fn chosen_run(runs: &[RunResponse], named: Option<Uuid>) -> Option<Uuid> {
    named
        .filter(|id| runs.iter().any(|run| run.id == *id))
        .or_else(|| {
            runs.iter()
                .find(|run| run.kind == RunKind::Official)
                .map(|run| run.id)
        })
        .or_else(|| runs.first().map(|run| run.id))
}

/// What went wrong starting a run, in words that say what to do.
fn run_error(t: &Texts, error: &ApiError, official: bool) -> String {
    match error.code() {
        Some(ErrorCode::Conflict) if official => t.coordinator.official_conflict().to_owned(),
        Some(ErrorCode::InvalidInput) if official => t.coordinator.commitment_required().to_owned(),
        _ => t.api_error(error),
    }
}

/// A run of `round` (round 1 is the API's default and is not named).
fn run_request(kind: RunKind, commitment_id: Option<Uuid>, round: u32) -> StartRunRequest {
    StartRunRequest {
        kind: kind.into(),
        commitment_id,
        round: (round != 1).then_some(round),
    }
}

fn stored_commitment(round: u32) -> Option<SeedCommitmentResponse> {
    serde_json::from_str(&storage::get(&commitment_key(round))?).ok()
}

#[component]
fn Runs() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.coordinator.runs_title());
    let query = use_query_map();
    let navigate = use_navigate();
    let round = Memo::new(move |_| round_of(query.with(|q| q.get("ronde")).as_deref()));
    // Every run of the region, the page's round's kept.
    let all_runs = LocalResource::new(api::placement_runs);
    let runs = LocalResource::new(move || {
        let round = round.get();
        async move {
            let mut list = all_runs.await?;
            list.runs.retain(|run| run.round == round);
            Ok::<_, ApiError>(list)
        }
    });
    let named = Memo::new(move |_| {
        query
            .with(|q| q.get("run"))
            .and_then(|id| Uuid::parse_str(&id).ok())
    });
    let selected = Memo::new(move |_| {
        let list = runs.get()?.ok()?;
        chosen_run(&list.runs, named.get())
    });
    let attention = LocalResource::new(move || {
        let run = selected.get();
        async move {
            match run {
                Some(run) => api::run_attention(run).await.map(Some),
                None => Ok(None),
            }
        }
    });

    let commitment = RwSignal::new(stored_commitment(round.get_untracked()));
    Effect::new(move || commitment.set(stored_commitment(round.get())));
    let commit = Action::new_local(|round: &u32| api::commit_seed(*round));
    Effect::new(move || {
        if let Some(Ok(made)) = commit.value().get() {
            if let Ok(json) = serde_json::to_string(&made) {
                storage::set(&commitment_key(made.round), &json);
            }
            if made.round == round.get_untracked() {
                commitment.set(Some(made));
            }
        }
    });
    let commit_error = Signal::derive(move || {
        let error = commit.value().get()?.err()?;
        Some(t.get().api_error(&error))
    });

    let official_started = RwSignal::new(false);
    let start = Action::new_local(|request: &StartRunRequest| {
        let request = request.clone();
        async move { api::start_run(&request).await }
    });
    Effect::new(move || {
        if let Some(Ok(run)) = start.value().get() {
            if run.kind == RunKind::Official {
                storage::remove(&commitment_key(run.round));
                commitment.set(None);
            }
            all_runs.refetch();
            let options = NavigateOptions {
                scroll: false,
                ..NavigateOptions::default()
            };
            navigate(&page_path(run.round, Some(run.id)), options);
        }
    });
    let start_error = Signal::derive(move || {
        let error = start.value().get()?.err()?;
        Some(run_error(t.get(), &error, official_started.get()))
    });
    let started = move || {
        start.value().get().and_then(Result::ok).map(|run| {
            if run.kind == RunKind::Official {
                t.get().coordinator.official_done()
            } else {
                t.get().coordinator.dry_done()
            }
        })
    };
    let dry_run = move |_| {
        official_started.set(false);
        start.dispatch_local(run_request(RunKind::Dry, None, round.get_untracked()));
    };
    let official_run = move |_| {
        let sure = window()
            .confirm_with_message(t.get_untracked().coordinator.official_confirm())
            .unwrap_or(false);
        if sure {
            official_started.set(true);
            let commitment_id = commitment.get_untracked().map(|c| c.id);
            start.dispatch_local(run_request(
                RunKind::Official,
                commitment_id,
                round.get_untracked(),
            ));
        }
    };

    let snapshot = Action::new_local(|run: &Uuid| {
        let run = *run;
        async move {
            let bytes = api::export_snapshot(run).await?;
            Ok::<bool, ApiError>(download::save(
                &bytes,
                &format!("snapshot-{run}.json"),
                "application/json",
            ))
        }
    });
    // Made here, not in the list's render: what a render makes is disposed when it re-renders
    // (a new run), while the old view is still shown and reads it.
    let (running, committing) = (start.pending(), commit.pending());
    let downloading: Signal<bool> = snapshot.pending().into();
    let selected: Signal<Option<Uuid>> = selected.into();
    let snapshot_error = Signal::derive(move || match snapshot.value().get() {
        Some(Err(error)) => Some(t.get().api_error(&error)),
        Some(Ok(false)) => Some(t.get().po.export_failed().to_owned()),
        _ => None,
    });
    let on_snapshot = Callback::new(move |run: Uuid| {
        snapshot.dispatch_local(run);
    });

    view! {
        <h1 data-testid="home-title">{tx(|t| t.coordinator.runs_title())}</h1>
        <CoordinatorNav />
        <p class="lead">{tx(|t| t.coordinator.runs_intro())}</p>
        <nav class="sub-nav" aria-label=move || t.get().coordinator.rounds_label()>
            <ul>
                {[(1, "round-1"), (2, "round-2")]
                    .into_iter()
                    .map(|(n, testid)| {
                        let current = move || (round.get() == n).then_some("page");
                        view! {
                            <li>
                                <a href=page_path(n, None) aria-current=current data-testid=testid>
                                    {move || {
                                        let t = t.get();
                                        if n == 1 { t.coordinator.round_1() } else { t.coordinator.round_2() }
                                    }}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
        <Show when=move || round.get() == 2>
            <p data-testid="round2-explained">{tx(|t| t.coordinator.round2_explained())}</p>
        </Show>
        <section class="section" aria-labelledby="start-title">
            <h2 id="start-title">{tx(|t| t.coordinator.start_title())}</h2>
            <ol class="steps">
                <li>
                    <p>{tx(|t| t.coordinator.dry_explained())}</p>
                    <button
                        type="button"
                        class="button button-secondary"
                        data-testid="start-dry-run"
                        disabled=move || running.get()
                        on:click=dry_run
                    >
                        {tx(|t| t.coordinator.start_dry())}
                    </button>
                </li>
                <li>
                    <p>{tx(|t| t.coordinator.commit_explained())}</p>
                    {move || match commitment.get() {
                        Some(made) => view! {
                            <p data-testid="seed-commitment" data-commitment-id=made.id.to_string()>
                                {tx(|t| t.coordinator.commitment_made())}
                                " "
                                <Moment unix_seconds=made.created_at.unix_timestamp() />
                                ": "
                                <code class="hash-full" data-testid="seed-commitment-hash">{made.commitment.clone()}</code>
                            </p>
                        }
                            .into_any(),
                        None => view! {
                            <button
                                type="button"
                                class="button button-secondary"
                                data-testid="commit-seed"
                                disabled=move || committing.get()
                                on:click=move |_| {
                                    commit.dispatch_local(round.get_untracked());
                                }
                            >
                                {tx(|t| t.coordinator.commit_seed())}
                            </button>
                        }
                            .into_any(),
                    }}
                    <ErrorAlert message=commit_error testid="commit-error" />
                </li>
                <li>
                    <p>{tx(|t| t.coordinator.official_explained())}</p>
                    <button
                        type="button"
                        class="button button-primary"
                        data-testid="start-official-run"
                        disabled=move || running.get() || commitment.with(Option::is_none)
                        on:click=official_run
                    >
                        {tx(|t| t.coordinator.start_official())}
                    </button>
                </li>
            </ol>
            <p class="result" role="status" data-testid="run-result">
                {move || if running.get() { Some(t.get().coordinator.running()) } else { started() }}
            </p>
            <ErrorAlert message=start_error testid="run-error" />
        </section>
        <section class="section" aria-labelledby="runs-title">
            <h2 id="runs-title">{tx(|t| t.coordinator.runs_list_title())}</h2>
            <ErrorAlert message=snapshot_error testid="snapshot-error" />
            {loaded(
                runs,
                move |list| {
                    view! {
                        <CoordinatorRunTable
                            runs=list.runs
                            selected=selected
                            downloading
                            on_snapshot
                        />
                    }
                },
            )}
        </section>
        <section class="section" aria-labelledby="attention-title">
            <h2 id="attention-title">{tx(|t| t.coordinator.attention_title())}</h2>
            <p>{tx(|t| t.coordinator.attention_intro())}</p>
            {loaded(
                attention,
                |list| match list {
                    Some(list) => view! { <CoordinatorAttention pupils=list.pupils /> }.into_any(),
                    None => view! { <p class="empty">{tx(|t| t.coordinator.runs_empty())}</p> }.into_any(),
                },
            )}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{RunKind, RunResponse};
    use uuid::Uuid;

    use super::chosen_run;

    fn run(n: u128, kind: RunKind) -> RunResponse {
        serde_json::from_value(serde_json::json!({
            "id": Uuid::from_u128(n),
            "round": 1,
            "kind": kind,
            "seed": "",
            "engine_version": "",
            "input_hash": "",
            "output_hash": "",
            "participants": 0,
            "placed": 0,
            "started_by": Uuid::nil(),
            "started_at": "2026-04-10T08:00:00Z",
        }))
        .unwrap()
    }

    #[test]
    fn the_round_comes_from_the_query_and_shapes_the_requests() {
        use super::{page_path, round_of, run_request};
        assert_eq!(round_of(None), 1);
        assert_eq!(round_of(Some("2")), 2);
        assert_eq!(round_of(Some("3")), 1);
        assert_eq!(run_request(RunKind::Dry, None, 1).round, None);
        assert_eq!(run_request(RunKind::Official, None, 2).round, Some(2));
        assert_eq!(page_path(1, None), "/coordinator/plaatsing");
        assert_eq!(
            page_path(2, Some(Uuid::nil())),
            format!("/coordinator/plaatsing?ronde=2&run={}", Uuid::nil())
        );
    }

    #[test]
    fn the_named_run_wins_then_the_official_then_the_newest() {
        let runs = vec![
            run(3, RunKind::Dry),
            run(2, RunKind::Official),
            run(1, RunKind::Dry),
        ];
        assert_eq!(
            chosen_run(&runs, Some(Uuid::from_u128(1))),
            Some(Uuid::from_u128(1))
        );
        assert_eq!(
            chosen_run(&runs, Some(Uuid::from_u128(9))),
            Some(Uuid::from_u128(2))
        );
        assert_eq!(chosen_run(&runs, None), Some(Uuid::from_u128(2)));
        assert_eq!(chosen_run(&runs[..1], None), Some(Uuid::from_u128(3)));
        assert_eq!(chosen_run(&[], None), None);
    }
}

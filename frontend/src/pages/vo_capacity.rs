//! `/vo/capaciteit`: the number of seats of each of the school's programmes, changeable until
//! the placement moment.

use std::collections::HashMap;

use leptos::prelude::*;
use overstap_api_types::vo::CapacityRequest;
use overstap_api_types::{ErrorCode, Role};
use uuid::Uuid;

use super::{loaded, use_page_title};
use crate::api::{self, ApiError};
use crate::components::alert::ErrorAlert;
use crate::components::vo_capacity_table::{VoCapacityTable, parse_capacity};
use crate::components::vo_nav::VoNav;
use crate::i18n::{tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn VoCapacity() -> impl IntoView {
    view! {
        <RequireRole role=Role::VoStaff>
            <Capacities />
        </RequireRole>
    }
}

/// Why saving failed: at the row (a refused number) or for the page (a closed window).
#[derive(Debug, Clone)]
enum SaveError {
    Typed,
    Server(ApiError),
}

#[component]
fn Capacities() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.vo.capacity_title());
    let programmes = LocalResource::new(api::school_programmes);
    let placement_moment = LocalResource::new(|| async {
        api::procedure().await.ok().and_then(|procedure| {
            procedure
                .phases
                .into_iter()
                .find(|phase| phase.phase == overstap_api_types::Phase::Placement)
                .map(|phase| phase.opens_at)
        })
    });
    let saved = RwSignal::new(HashMap::<Uuid, u32>::new());
    let last = RwSignal::new(None::<Uuid>);
    let save = Action::new_local(|(id, text): &(Uuid, String)| {
        let (id, text) = (*id, text.clone());
        async move {
            let capacity = parse_capacity(&text).ok_or(SaveError::Typed)?;
            api::set_capacity(id, &CapacityRequest { capacity })
                .await
                .map_err(SaveError::Server)
        }
    });
    // Made here, not in the list's render: what a render makes is disposed when it re-renders,
    // while the old view may still read it.
    let saving: Signal<bool> = save.pending().into();
    let done = RwSignal::new(None::<(String, u32)>);
    Effect::new(move || {
        if let Some(Ok(programme)) = save.value().get() {
            saved.update(|s| {
                s.insert(programme.id, programme.capacity);
            });
            done.set(Some((programme.name, programme.capacity)));
        }
    });
    let on_save = Callback::new(move |(id, text): (Uuid, String)| {
        last.set(Some(id));
        done.set(None);
        save.dispatch_local((id, text));
    });
    // A number the server refuses belongs to its row; anything else to the page.
    let row_error = Signal::derive(move || {
        let message = match save.value().get()? {
            Err(SaveError::Typed) => t.get().vo.capacity_invalid().to_owned(),
            Err(SaveError::Server(error)) if error.code() == Some(ErrorCode::InvalidInput) => {
                t.get().vo.capacity_invalid().to_owned()
            }
            _ => return None,
        };
        Some((last.get()?, message))
    });
    let page_error = Signal::derive(move || match save.value().get() {
        Some(Err(SaveError::Server(error))) if error.code() != Some(ErrorCode::InvalidInput) => {
            Some(t.get().api_error(&error))
        }
        _ => None,
    });

    view! {
        <h1 data-testid="home-title">{tx(|t| t.vo.capacity_title())}</h1>
        <VoNav />
        <p class="lead">{tx(|t| t.vo.capacity_intro())}</p>
        <p data-testid="capacity-deadline">
            {move || {
                placement_moment
                    .get()
                    .flatten()
                    .map(|moment| {
                        let t = t.get();
                        t.vo.capacity_until(&t.moment(moment))
                    })
            }}
        </p>
        <ErrorAlert message=page_error testid="capacity-page-error" />
        <p class="result" role="status" data-testid="capacity-result">
            {move || done.get().map(|(name, capacity)| t.get().vo.capacity_saved(&name, capacity))}
        </p>
        {loaded(
            programmes,
            move |list| {
                view! {
                    <VoCapacityTable
                        programmes=list.programmes
                        saved
                        error=row_error
                        pending=saving
                        on_save
                    />
                }
            },
        )}
    }
}

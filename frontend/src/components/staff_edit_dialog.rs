//! The "wijzigen" dialog of a staff account: name, role, school or board (and other schools),
//! e-mail language.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use overstap_api_types::{InviteStaffRequest, Role, SchoolResponse, StaffMemberResponse};
use uuid::Uuid;

use super::alert::ErrorAlert;
use super::staff_form::StaffFields;
use super::staff_form_state::{EDIT_IDS, StaffFormState};
use crate::api::ApiError;
use crate::i18n::{tx, use_texts};

/// A modal `<dialog>`, open while `member` is set. `on_confirm` gets the form's values (the
/// e-mail address is the member's own); `on_closed` runs however the dialog closed.
#[component]
pub fn StaffEditDialog(
    #[prop(into)] member: Signal<Option<StaffMemberResponse>>,
    roles: &'static [Role],
    schools: StoredValue<Vec<SchoolResponse>>,
    #[prop(into)] boards: Signal<Vec<(Uuid, String)>>,
    #[prop(into)] pending: Signal<bool>,
    /// Problems with a field, shown there.
    #[prop(into)]
    error: Signal<Option<ApiError>>,
    /// Why the change was refused, when no field says it.
    #[prop(into)]
    refusal: Signal<Option<String>>,
    on_confirm: Callback<InviteStaffRequest>,
    on_closed: Callback<()>,
) -> impl IntoView {
    let t = use_texts();
    let dialog = NodeRef::<html::Dialog>::new();
    let state = StaffFormState::new(Role::PoStaff);
    Effect::new(move || {
        let Some(dialog) = dialog.get() else { return };
        match member.get() {
            Some(member) => {
                state.fill(&member);
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
            }
            None if dialog.open() => dialog.close(),
            None => {}
        }
    });
    let heading = move || {
        member.with(|member| {
            member
                .as_ref()
                .map(|m| t.get().staff.edit_title(&m.display_name))
        })
    };
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        if let Some(request) = schools.with_value(|schools| state.request(schools)) {
            on_confirm.run(request);
        }
    };
    view! {
        <dialog
            class="dialog"
            node_ref=dialog
            aria-labelledby="staff-edit-title"
            data-testid="staff-edit-dialog"
            on:close=move |_| on_closed.run(())
        >
            <form class="form" on:submit=on_submit novalidate>
                <h2 id="staff-edit-title">{heading}</h2>
                <p class="field-hint">{tx(|t| t.staff.edit_hint())}</p>
                <ErrorAlert message=refusal testid="staff-edit-error" />
                <StaffFields state ids=EDIT_IDS roles schools boards error />
                <div class="button-row">
                    <button
                        type="submit"
                        class="button button-primary"
                        data-testid="staff-edit-save"
                        disabled=move || pending.get()
                    >
                        {move || {
                            if pending.get() { t.get().staff.saving() } else { t.get().staff.save() }
                        }}
                    </button>
                    <button
                        type="button"
                        class="button button-quiet"
                        data-testid="staff-edit-cancel"
                        on:click=move |_| {
                            if let Some(dialog) = dialog.get_untracked() {
                                dialog.close();
                            }
                        }
                    >
                        {tx(|t| t.staff.cancel())}
                    </button>
                </div>
            </form>
        </dialog>
    }
}

//! The priority claim at the 1st choice: a checkbox when that school offers a rule, and for the
//! sibling rule the sibling's name and class.

use leptos::prelude::*;
use overstap_api_types::PriorityRuleKind;

use super::field::TextField;
use crate::i18n::{tx, use_texts};

#[component]
pub fn PriorityClaim(
    /// The school of the 1st choice; the claim is offered only when that school has a rule.
    school: String,
    /// The rule that school offers.
    rule: PriorityRuleKind,
    claimed: RwSignal<bool>,
    sibling_name: RwSignal<String>,
    sibling_class: RwSignal<String>,
    #[prop(into)] name_error: Signal<Option<&'static str>>,
    #[prop(into)] class_error: Signal<Option<&'static str>>,
    #[prop(into)] claim_error: Signal<Option<String>>,
    /// A field was changed and left: the page saves.
    on_commit: Callback<()>,
) -> impl IntoView {
    let t = use_texts();
    let is_sibling = rule == PriorityRuleKind::Sibling;
    let label = move || {
        let p = &t.get().parent;
        p.priority_claim(&school, &p.rule_name(rule))
    };
    view! {
        <section class="card priority" aria-labelledby="priority-heading" data-testid="priority-claim">
            <h2 id="priority-heading">{tx(|t| t.parent.priority_heading())}</h2>
            <p id="priority-explained">{tx(|t| t.parent.priority_explained())}</p>
            <div class="field field-checkbox">
                <input
                    id="priority-claimed"
                    type="checkbox"
                    data-testid="priority-checkbox"
                    aria-describedby=move || {
                        if claim_error.get().is_some() {
                            "priority-explained priority-error"
                        } else {
                            "priority-explained"
                        }
                    }
                    prop:checked=move || claimed.get()
                    on:change:target=move |event| {
                        claimed.set(event.target().checked());
                        on_commit.run(());
                    }
                />
                <label for="priority-claimed">{label}</label>
            </div>
            {move || {
                claim_error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-error" id="priority-error" data-testid="priority-error">
                                {message}
                            </p>
                        }
                    })
            }}
            <Show when=move || claimed.get() && is_sibling>
                <div class="sibling-fields" on:change=move |_| on_commit.run(())>
                    <TextField
                        id="sibling-name"
                        label=tx(|t| t.parent.sibling_name())
                        value=sibling_name
                        error=name_error
                        autocomplete="off"
                        testid="sibling-name"
                    />
                    <TextField
                        id="sibling-class"
                        label=tx(|t| t.parent.sibling_class())
                        value=sibling_class
                        error=class_error
                        autocomplete="off"
                        testid="sibling-class"
                    />
                </div>
            </Show>
        </section>
    }
}

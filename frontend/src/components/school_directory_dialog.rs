//! The dialog in which the school directory changes one thing (a board's name, a school, a
//! programme): a heading, the fields it is given, why a change was refused, save and cancel.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use super::alert::ErrorAlert;
use crate::i18n::{tx, use_texts};

/// The element ids (and test ids) of one dialog: three dialogs can share a page.
#[derive(Debug, Clone, Copy)]
pub struct DialogIds {
    pub dialog: &'static str,
    pub title: &'static str,
    pub error: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
}

/// A modal `<dialog>`, open while `heading` is set. The page fills the fields (`children`)
/// before it sets the heading; `on_save` runs on submit, `on_closed` however the dialog closed.
#[component]
pub fn EditDialog(
    #[prop(into)] heading: Signal<Option<String>>,
    ids: DialogIds,
    #[prop(into)] pending: Signal<bool>,
    /// Why the change was refused, when no field says it.
    #[prop(into)]
    refusal: Signal<Option<String>>,
    on_save: Callback<()>,
    on_closed: Callback<()>,
    children: Children,
) -> impl IntoView {
    let t = use_texts();
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move || {
        let Some(dialog) = dialog.get() else { return };
        let open = heading.with(Option::is_some);
        if open && !dialog.open() {
            let _ = dialog.show_modal();
        } else if !open && dialog.open() {
            dialog.close();
        }
    });
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        on_save.run(());
    };
    view! {
        <dialog
            class="dialog"
            node_ref=dialog
            aria-labelledby=ids.title
            data-testid=ids.dialog
            on:close=move |_| on_closed.run(())
        >
            <form class="form" on:submit=on_submit novalidate>
                <h2 id=ids.title>{move || heading.get()}</h2>
                <ErrorAlert message=refusal testid=ids.error />
                {children()}
                <div class="button-row">
                    <button
                        type="submit"
                        class="button button-primary"
                        data-testid=ids.save
                        disabled=move || pending.get()
                    >
                        {move || {
                            if pending.get() {
                                t.get().school_directory.saving()
                            } else {
                                t.get().school_directory.save()
                            }
                        }}
                    </button>
                    <button
                        type="button"
                        class="button button-quiet"
                        data-testid=ids.cancel
                        on:click=move |_| {
                            if let Some(dialog) = dialog.get_untracked() {
                                dialog.close();
                            }
                        }
                    >
                        {tx(|t| t.school_directory.cancel())}
                    </button>
                </div>
            </form>
        </dialog>
    }
}

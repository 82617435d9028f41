//! The "⋮" menu behind a pupil, a WAI-ARIA menu button: arrows, Home/End, Escape and Tab work.

use leptos::ev::{FocusEvent, KeyboardEvent};
use leptos::html;
use leptos::prelude::*;
use web_sys::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};

use crate::i18n::tx;

fn menu_items(menu: &Element) -> Vec<HtmlElement> {
    let Ok(list) = menu.query_selector_all("[role=menuitem]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// Moves the focus within the open menu; `false` when the key is not the menu's.
fn move_focus(menu: &Element, key: &str) -> bool {
    let items = menu_items(menu);
    let active = document().active_element();
    let current = items.iter().position(|item| {
        active
            .as_ref()
            .is_some_and(|active| item.is_same_node(Some(active.as_ref())))
    });
    let last = items.len().saturating_sub(1);
    let next = match (key, current) {
        ("ArrowDown", Some(i)) if i < last => i + 1,
        ("ArrowDown", _) | ("Home", _) => 0,
        ("ArrowUp", Some(i)) if i > 0 => i - 1,
        ("ArrowUp", _) | ("End", _) => last,
        _ => return false,
    };
    if let Some(item) = items.get(next) {
        let _ = item.focus();
    }
    true
}

#[component]
pub fn RowMenu(
    /// Unique on the page; names the button `row-menu-<ident>`.
    ident: String,
    /// What the button opens, e.g. "Acties voor Sem Jansen".
    #[prop(into)]
    label: Signal<String>,
    on_send_login: Callback<()>,
    edit_href: String,
    print_href: String,
    /// An earlier procedure year: only the paper form, nothing that changes the pupil.
    #[prop(optional)]
    read_only: bool,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let focus_last = RwSignal::new(false);
    let wrapper = NodeRef::<html::Div>::new();
    let menu = NodeRef::<html::Ul>::new();
    let button = NodeRef::<html::Button>::new();
    let button_id = format!("row-menu-{ident}");
    let menu_id = format!("row-menu-list-{ident}");

    // Once the menu is in the page, the focus goes to its first (or last) item.
    Effect::new(move || {
        if let Some(menu) = menu.get() {
            let items = menu_items(&menu);
            let target = if focus_last.get_untracked() {
                items.last()
            } else {
                items.first()
            };
            if let Some(item) = target {
                let _ = item.focus();
            }
        }
    });
    let show = move |last: bool| {
        focus_last.set(last);
        open.set(true);
    };
    let close_to_button = move || {
        open.set(false);
        if let Some(button) = button.get_untracked() {
            let _ = button.focus();
        }
    };
    let on_button_key = move |event: KeyboardEvent| match event.key().as_str() {
        "ArrowDown" => {
            event.prevent_default();
            show(false);
        }
        "ArrowUp" => {
            event.prevent_default();
            show(true);
        }
        _ => {}
    };
    let on_menu_key = move |event: KeyboardEvent| {
        let key = event.key();
        match key.as_str() {
            "Escape" => {
                event.prevent_default();
                close_to_button();
            }
            "Tab" => open.set(false),
            _ => {
                if let Some(menu) = menu.get_untracked()
                    && move_focus(&menu, &key)
                {
                    event.prevent_default();
                }
            }
        }
    };
    // A click elsewhere or tabbing away closes the menu.
    // Following a link of the menu unmounts the page, and the browser then reports the focus
    // leaving the removed item: the menu is gone with its signals, so there is nothing to close.
    let on_focus_out = move |event: FocusEvent| {
        let Some(wrapper) = wrapper.try_get_untracked().flatten() else {
            return;
        };
        let inside = event
            .related_target()
            .and_then(|target| target.dyn_into::<Node>().ok())
            .is_some_and(|target| wrapper.contains(Some(&target)));
        if !inside {
            // After the current event: when a link of the menu was followed, the page (and this
            // signal with it) is gone by then, and closing must not wake its disposed views.
            set_timeout(
                move || {
                    let _ = open.try_set(false);
                },
                std::time::Duration::ZERO,
            );
        }
    };
    let menu_id_for_button = menu_id.clone();
    let button_id_for_menu = button_id.clone();

    view! {
        <div class="row-menu" node_ref=wrapper on:focusout=on_focus_out>
            <button
                type="button"
                class="row-menu-button"
                id=button_id
                node_ref=button
                aria-haspopup="menu"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=move || open.get().then(|| menu_id_for_button.clone())
                aria-label=move || label.get()
                data-testid="row-menu-button"
                on:click=move |_| if open.get_untracked() { open.set(false) } else { show(false) }
                on:keydown=on_button_key
            >
                <span aria-hidden="true">"⋮"</span>
            </button>
            <Show when=move || open.get()>
                <ul
                    class="row-menu-list"
                    role="menu"
                    id=menu_id.clone()
                    aria-labelledby=button_id_for_menu.clone()
                    node_ref=menu
                    on:keydown=on_menu_key
                >
                    {(!read_only)
                        .then(|| {
                            let edit_href = edit_href.clone();
                            view! {
                                <li role="none">
                                    <button
                                        type="button"
                                        role="menuitem"
                                        tabindex="-1"
                                        data-testid="send-login-action"
                                        on:click=move |_| {
                                            open.set(false);
                                            on_send_login.run(());
                                        }
                                    >
                                        {tx(|t| t.po.action_send_login())}
                                    </button>
                                </li>
                                <li role="none">
                                    <a
                                        role="menuitem"
                                        tabindex="-1"
                                        href=edit_href.clone()
                                        data-testid="edit-pupil-action"
                                    >
                                        {tx(|t| t.po.action_correct())}
                                    </a>
                                </li>
                            }
                        })}
                    <li role="none">
                        <a
                            role="menuitem"
                            tabindex="-1"
                            href=print_href.clone()
                            data-testid="paper-form-action"
                        >
                            {tx(|t| t.po.action_paper_form())}
                        </a>
                    </li>
                </ul>
            </Show>
        </div>
    }
}

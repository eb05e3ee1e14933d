//! The app mounted in headless Chromium (wasm-bindgen-test): the markup of the screens, what a
//! click does, and that updates leave alone the nodes that did not change (the caret in a field
//! being typed in survives a notice, another tab's answer, a full storage).
#![cfg(target_arch = "wasm32")]

use aiact_app::storage::{ASSESSMENT_PREFIX, CURRENT_KEY};
use aiact_core::Answer;
use aiact_core::envelope::Envelope;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const HOSTILE: &str = "<script>alert(1)</script>\"onmouseover=\"x";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn find(selector: &str) -> Option<web_sys::HtmlElement> {
    document()
        .query_selector(selector)
        .unwrap()
        .map(|e| e.dyn_into().unwrap())
}

fn testid(id: &str) -> Option<web_sys::HtmlElement> {
    find(&format!("[data-testid='{id}']"))
}

fn all(selector: &str) -> Vec<web_sys::Element> {
    let list = document().query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn click(id: &str) {
    testid(id)
        .unwrap_or_else(|| panic!("no [data-testid={id}]"))
        .click();
}

/// Waits for `ms` milliseconds of browser time (animation frames and timers run meanwhile).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Lets the effects, the work started after the first frame (the later code's loading) and the
/// re-renders run.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
        sleep(30).await;
    }
}

/// A fresh app on an empty storage, or on the given saved assessment.
async fn mount(saved: Option<Envelope>) -> Mounted {
    storage().clear().unwrap();
    if let Some(mut env) = saved {
        aiact_app::storage::save("saved1", &mut env).unwrap();
        storage().set_item(CURRENT_KEY, "saved1").unwrap();
    }
    let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    root.set_id("test-root");
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root, || view! { <aiact_app::App /> });
    settle().await;
    Mounted(Some(Box::new(handle)))
}

/// Unmounts the app and removes its markup when the test ends.
struct Mounted(Option<Box<dyn std::any::Any>>);

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.0.take());
        for e in all("#test-root") {
            e.remove();
        }
    }
}

fn saved() -> Envelope {
    let id = storage()
        .get_item(CURRENT_KEY)
        .unwrap()
        .expect("an open assessment");
    let text = storage()
        .get_item(&format!("{ASSESSMENT_PREFIX}{id}"))
        .unwrap()
        .expect("saved");
    Envelope::decode(&text).expect("a readable envelope")
}

fn with_answers(list: &[(&str, &str)]) -> Envelope {
    let mut env = Envelope::new("2026-11-27", "2026-11-27T10:00:00Z");
    for (q, a) in list {
        env.answers.insert((*q).into(), Answer::One((*a).into()));
    }
    env
}

#[wasm_bindgen_test]
async fn the_first_question_is_a_labelled_fieldset_on_the_intro_and_an_answer_is_saved() {
    let _app = mount(None).await;
    let catalog = aiact_core::bundled::catalog().unwrap();
    let first = catalog.questions().next().unwrap();
    testid("intro").expect("the intro");
    assert!(
        testid("start").is_none(),
        "a first visit needs no start click"
    );
    assert!(
        testid("nav-assessments").is_none(),
        "the intro is the list of assessments"
    );
    let heading = find("fieldset > legend > h1[tabindex='-1'][data-testid='question-text']")
        .expect("the question is the legend's heading");
    assert_eq!(heading.text_content().unwrap(), first.text);
    assert!(find("details[data-testid='help'] > summary").is_some());
    assert!(find("a[href='https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng#art_3']").is_some());
    for v in ["yes", "no", "unsure"] {
        let b = testid(&format!("answer-{v}")).unwrap();
        assert_eq!(b.get_attribute("aria-pressed").as_deref(), Some("false"));
    }
    assert!(
        testid("baseline")
            .unwrap()
            .text_content()
            .unwrap()
            .contains("2026/1744")
    );

    let header = find("header.site-header").unwrap();
    click("answer-no");
    settle().await;
    assert_eq!(
        testid("tier")
            .unwrap()
            .get_attribute("data-tier")
            .as_deref(),
        Some("not_ai_system")
    );
    assert_eq!(
        saved().answers.get(&first.id),
        Some(&Answer::One("no".into()))
    );
    assert!(
        find("header.site-header")
            .unwrap()
            .is_same_node(Some(&header)),
        "the page around the screens is not rebuilt"
    );
    testid("nav-assessments").expect("All assessments from every screen");
}

#[wasm_bindgen_test]
async fn checklists_have_labels_and_keep_their_ticks() {
    let _app = mount(Some(with_answers(&[("ai_system.infers", "yes")]))).await;
    click("continue-assessment");
    settle().await;
    let boxes = all("input[type=checkbox]");
    assert!(boxes.len() > 1);
    for b in &boxes {
        let id = b.id();
        assert!(
            find(&format!("label[for='{id}']")).is_some(),
            "a label for {id}"
        );
    }
    click("continue");
    settle().await;
    testid("answer-error").expect("nothing ticked is refused with a message");
    let first: web_sys::HtmlInputElement = boxes[0].clone().unchecked_into();
    first.click();
    settle().await;
    assert!(
        first.checked(),
        "the tick stays through the re-render of the error"
    );
}

#[wasm_bindgen_test]
async fn an_answer_updates_the_progress_rows_that_change_and_leaves_the_others() {
    let _app = mount(Some(with_answers(&[("ai_system.infers", "yes")]))).await;
    click("continue-assessment");
    settle().await;
    let rows = all("[data-testid=progress] li");
    assert!(!rows.is_empty());
    let first_row = rows[0].clone();
    let first_text = first_row.text_content().unwrap();
    assert!(first_text.contains("done"), "{first_text}");
    // Answer the role question: the first section's row is unchanged and stays the same node.
    let option = all("[data-testid^=option-]")[0].clone();
    option.unchecked_ref::<web_sys::HtmlElement>().click();
    click("continue");
    settle().await;
    let after = all("[data-testid=progress] li");
    assert!(after[0].is_same_node(Some(&first_row)));
}

#[wasm_bindgen_test]
async fn user_text_is_shown_as_text_on_every_screen() {
    let mut env = with_answers(&[("ai_system.infers", "no")]);
    env.name = HOSTILE.into();
    env.description = HOSTILE.into();
    let _app = mount(Some(env)).await;
    let list = testid("library").expect("the saved assessment is listed");
    assert!(list.text_content().unwrap().contains(HOSTILE));
    click("continue-assessment");
    settle().await;
    testid("result").expect("the result");
    assert_eq!(
        find(".system-name").unwrap().text_content().unwrap(),
        HOSTILE
    );
    click("review");
    settle().await;
    let name: web_sys::HtmlInputElement = testid("system-name").unwrap().unchecked_into();
    assert_eq!(name.value(), HOSTILE);
    assert!(all("#test-root script").is_empty(), "no script element");
    assert!(
        all("#test-root [onmouseover]").is_empty(),
        "no attribute injection"
    );
}

#[wasm_bindgen_test]
async fn typing_keeps_text_and_caret_when_storage_is_full() {
    let _app = mount(Some(with_answers(&[("ai_system.infers", "unsure")]))).await;
    click("continue-assessment");
    settle().await;
    click("to-review");
    settle().await;
    let name: web_sys::HtmlInputElement = testid("system-name").unwrap().unchecked_into();
    name.focus().unwrap();
    let type_text = |text: &str| {
        let value = name.value() + text;
        name.set_value(&value);
        let ev = web_sys::Event::new("input").unwrap();
        name.dispatch_event(&ev).unwrap();
    };
    type_text("Hello");
    name.set_selection_range(2, 2).unwrap();
    // Storage full: every keystroke's save fails and a notice appears.
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    let original = js_sys::Reflect::get(&proto, &"setItem".into()).unwrap();
    let full = js_sys::Function::new_with_args(
        "k, v",
        "throw new DOMException('full', 'QuotaExceededError')",
    );
    js_sys::Reflect::set(&proto, &"setItem".into(), &full).unwrap();
    type_text("!");
    settle().await;
    js_sys::Reflect::set(&proto, &"setItem".into(), &original).unwrap();
    let notices = testid("notices").unwrap().text_content().unwrap();
    assert!(
        notices.contains("The name and description could not be saved"),
        "{notices}"
    );
    assert!(!notices.contains("latest answer"), "{notices}");
    let still: web_sys::HtmlInputElement = testid("system-name").unwrap().unchecked_into();
    assert!(
        still.is_same_node(Some(&name)),
        "the field is not re-created"
    );
    assert_eq!(still.value(), "Hello!");
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some("system-name".into())
    );
    assert_eq!(
        still.selection_start().unwrap(),
        Some(6),
        "the caret stays at the end of the typing"
    );
    assert_eq!(saved().name, "Hello", "the last save that worked");
    type_text(" world");
    settle().await;
    assert_eq!(saved().name, "Hello! world");
}

#[wasm_bindgen_test]
async fn the_taken_over_first_screen_applies_an_answer_given_before_the_app_ran() {
    storage().clear().unwrap();
    let old = document().create_element("div").unwrap();
    old.set_id("app");
    old.set_inner_html("<p data-testid='prerendered'>the first screen, rendered at build time</p>");
    document().body().unwrap().append_child(&old).unwrap();
    let kept = js_sys::Object::new();
    let answer = js_sys::Object::new();
    js_sys::Reflect::set(&answer, &"q".into(), &"ai_system.infers".into()).unwrap();
    js_sys::Reflect::set(&answer, &"value".into(), &"no".into()).unwrap();
    js_sys::Reflect::set(&kept, &"answer".into(), &answer).unwrap();
    js_sys::Reflect::set(&kept, &"name".into(), &"Early name".into()).unwrap();
    js_sys::Reflect::set(&js_sys::global(), &"aiactEarly".into(), &kept).unwrap();

    aiact_app::start();
    settle().await;
    assert!(
        testid("prerendered").is_none(),
        "the pre-rendered markup is replaced"
    );
    assert!(find("#app.live").is_some());
    assert_eq!(
        js_sys::Reflect::get(&kept, &"taken".into()).unwrap(),
        JsValue::TRUE,
        "early.js stops keeping"
    );
    let env = saved();
    assert_eq!(env.answers["ai_system.infers"], Answer::One("no".into()));
    assert_eq!(env.name, "Early name");
    testid("result").expect("the answer moved the page on");
    for e in all("#app") {
        e.remove();
    }
}

#[wasm_bindgen_test]
async fn the_next_question_reuses_the_nodes_of_the_one_answered() {
    // The recruitment scenario up to its Art 25 questions, which are answered alike.
    let scenario: serde_json::Value = serde_json::from_str(include_str!(
        "../core/tests/scenarios/employment-recruitment-deployer.json"
    ))
    .unwrap();
    let all: aiact_core::Answers = serde_json::from_value(scenario["answers"].clone()).unwrap();
    let catalog = aiact_core::bundled::catalog().unwrap();
    let mut env = Envelope::new(&catalog.version.content_date, "2026-11-27T10:00:00Z");
    env.answers = all
        .iter()
        .filter(|(q, _)| {
            !q.starts_with("art25.") && !q.starts_with("dates.") && !q.starts_with("deployer.")
        })
        .map(|(q, a)| (q.clone(), a.clone()))
        .collect();
    let _app = mount(Some(env)).await;
    click("continue-assessment");
    settle().await;
    let section = testid("question").unwrap();
    let first = section.get_attribute("data-question-id").unwrap();
    let heading = testid("question-text").unwrap();
    let no = testid("answer-no").expect("a yes/no question");
    no.click();
    settle().await;
    let next = testid("question").unwrap();
    let second = next.get_attribute("data-question-id").unwrap();
    assert_ne!(first, second, "moved on");
    assert!(next.is_same_node(Some(&section)), "the question view stays");
    let heading_now = testid("question-text").unwrap();
    assert!(
        heading_now.is_same_node(Some(&heading)),
        "its heading is updated, not rebuilt"
    );
    assert_eq!(
        heading_now.text_content().unwrap(),
        catalog.question(&second).unwrap().text
    );
    if catalog.question(&second).unwrap().kind == aiact_core::model::QuestionKind::YesNo {
        let no_now = testid("answer-no").unwrap();
        assert!(no_now.is_same_node(Some(&no)), "the same answer buttons");
        assert_eq!(
            no_now.get_attribute("aria-pressed").as_deref(),
            Some("false")
        );
    }
    assert_eq!(
        document()
            .active_element()
            .and_then(|e| e.get_attribute("data-testid"))
            .as_deref(),
        Some("question-text"),
        "focus moves to the new question"
    );
}

//! `aiact-core` must stay a pure engine: no web framework or browser binding may enter its
//! dependency tree (directly or transitively), for any target.

use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Command;

const FORBIDDEN: &[&str] = &["leptos", "web-sys", "js-sys", "wasm-bindgen"];
const FORBIDDEN_PREFIXES: &[&str] = &["gloo", "leptos_", "wasm-bindgen-"];

#[test]
fn engine_has_no_web_dependencies() {
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.toml");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut names = BTreeSet::new();
    for platform in ["wasm32-unknown-unknown", "x86_64-unknown-linux-gnu"] {
        let out = Command::new(&cargo)
            .args([
                "metadata",
                "--format-version",
                "1",
                "--filter-platform",
                platform,
            ])
            .args(["--manifest-path", manifest])
            .output()
            .expect("cargo metadata runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let meta: Value = serde_json::from_slice(&out.stdout).expect("metadata is JSON");
        names.extend(normal_dependencies_of(&meta, "aiact-core"));
    }
    assert!(
        names.contains("serde"),
        "the walk found the engine's real dependencies: {names:?}"
    );
    let bad: Vec<&String> = names
        .iter()
        .filter(|n| {
            FORBIDDEN.contains(&n.as_str()) || FORBIDDEN_PREFIXES.iter().any(|p| n.starts_with(p))
        })
        .collect();
    assert!(bad.is_empty(), "aiact-core depends on web crates: {bad:?}");
}

/// Names of every package reachable from `root` through normal (non-dev, non-build) edges.
fn normal_dependencies_of(meta: &Value, root: &str) -> BTreeSet<String> {
    let packages = meta["packages"].as_array().expect("packages");
    let name_of = |id: &str| -> String {
        packages
            .iter()
            .find(|p| p["id"] == id)
            .and_then(|p| p["name"].as_str())
            .unwrap_or_default()
            .to_owned()
    };
    let nodes = meta["resolve"]["nodes"].as_array().expect("resolve nodes");
    let root_id = packages
        .iter()
        .find(|p| p["name"] == root)
        .and_then(|p| p["id"].as_str())
        .expect("root package");
    let mut seen = BTreeSet::new();
    let mut stack = vec![root_id.to_owned()];
    let mut names = BTreeSet::new();
    while let Some(id) = stack.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        let Some(node) = nodes.iter().find(|n| n["id"] == id.as_str()) else {
            continue;
        };
        for dep in node["deps"].as_array().into_iter().flatten() {
            let normal = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].is_null());
            if normal {
                let dep_id = dep["pkg"].as_str().unwrap_or_default().to_owned();
                names.insert(name_of(&dep_id));
                stack.push(dep_id);
            }
        }
    }
    names
}

//! Checks the translation files (`locales/<lang>/*.ftl`) and turns them into the typed text
//! accessors the SPA calls: a key or argument missing in any language fails the build.

use std::path::PathBuf;
use std::process::exit;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("../locales");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    // A directory: cargo reruns the script when any file under it changes.
    println!("cargo:rerun-if-changed={}", root.display());
    let compiled = match overstap_locales::compile(&root) {
        Ok(compiled) => compiled,
        Err(problems) => {
            eprintln!("The translation files have {} problem(s):", problems.len());
            for problem in problems {
                eprintln!("  {problem}");
            }
            exit(1);
        }
    };
    for catalogue in &compiled.catalogues {
        write(
            &out.join(format!("{}.json", catalogue.lang)),
            &catalogue.json,
        );
    }
    write(
        &out.join("texts.rs"),
        &overstap_locales::generate::rust(&compiled),
    );
}

fn write(path: &std::path::Path, contents: &str) {
    if let Err(error) = std::fs::write(path, contents) {
        eprintln!("{}: {error}", path.display());
        exit(1);
    }
}

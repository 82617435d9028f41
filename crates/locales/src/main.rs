//! `overstap-locales [--check] <dir>`: checks `locales/` and writes each language's catalogue
//! into `<dir>` (the SPA's `dist/locales/`), named by its content.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check_only = args.iter().any(|arg| arg == "--check");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let compiled = match overstap_locales::compile(&root) {
        Ok(compiled) => compiled,
        Err(problems) => {
            for problem in problems {
                eprintln!("{problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    if check_only {
        return ExitCode::SUCCESS;
    }
    let Some(dir) = args.iter().find(|arg| !arg.starts_with("--")) else {
        eprintln!("usage: overstap-locales [--check] <output dir>");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    if let Err(error) = std::fs::create_dir_all(&dir) {
        eprintln!("{}: {error}", dir.display());
        return ExitCode::FAILURE;
    }
    for catalogue in &compiled.catalogues {
        let path = dir.join(catalogue.file_name());
        if let Err(error) = std::fs::write(&path, &catalogue.json) {
            eprintln!("{}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

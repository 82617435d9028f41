//! Runs the built `overstap-match` binary on small files in a temporary directory.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_overstap-match"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn solve(dir: &Path, schools: &str, pupils: &str, priorities: Option<&str>) -> Output {
    let schools = write(dir, "schools.csv", schools);
    let pupils = write(dir, "pupils.csv", pupils);
    let out = dir.join("assignment.csv");
    let mut args = vec![
        "solve".to_owned(),
        "--schools".into(),
        schools.display().to_string(),
        "--pupils".into(),
        pupils.display().to_string(),
        "--out".into(),
        out.display().to_string(),
    ];
    if let Some(priorities) = priorities {
        let path = write(dir, "priorities.csv", priorities);
        args.extend(["--priorities".into(), path.display().to_string()]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&args)
}

const SCHOOLS: &str = "school_id,capacity\nA,1\nB,2\nC,1\n";
const PUPILS: &str = "pupil_id,lottery,pref1,pref2,pref3\n\
    1,0,A,B\n\
    2,1,A,C\n\
    3,2,B,A\n\
    4,3,A,B,C\n\
    5,4,C,,\n";

#[test]
fn solve_places_by_lottery_when_nobody_has_priority() {
    // A takes lot 0 (pupil 1); pupil 2 then wins C over pupil 5; B has room for 3 and 4.
    let dir = tempfile::tempdir().unwrap();
    let output = solve(dir.path(), SCHOOLS, PUPILS, None);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        fs::read_to_string(dir.path().join("assignment.csv")).unwrap(),
        "pupil_id,school_id\n1,A\n2,C\n3,B\n4,B\n5,\n"
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("placed 4 of 5 pupils"));
}

#[test]
fn solve_lets_a_higher_class_win_before_the_lottery() {
    // Worked by hand: pupil 4 (class 2 at A) takes A's only seat from pupil 1 (lot 0), who
    // moves to B; pupil 2 then applies to C, where pupil 5 (class 1 at C) wins; pupil 2 has
    // nothing left. A class at a school the pupil did not list (3 at C) changes nothing.
    let dir = tempfile::tempdir().unwrap();
    let priorities = "pupil_id,school_id,class\n4,A,2\n5,C,1\n3,C,5\n";
    let output = solve(dir.path(), SCHOOLS, PUPILS, Some(priorities));
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        fs::read_to_string(dir.path().join("assignment.csv")).unwrap(),
        "pupil_id,school_id\n1,B\n2,\n3,B\n4,A\n5,C\n"
    );
}

#[test]
fn numeric_pupil_ids_are_sorted_as_numbers_and_others_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let pupils = "pupil_id,lottery,pref1\n10,0,A\n9,1,A\n100,2,B\n";
    let output = solve(dir.path(), "school_id,capacity\nA,1\nB,1\n", pupils, None);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        fs::read_to_string(dir.path().join("assignment.csv")).unwrap(),
        "pupil_id,school_id\n9,\n10,A\n100,B\n"
    );
    let pupils = "pupil_id,lottery,pref1\nb10,0,A\nb9,1,A\na,2,B\n";
    let output = solve(dir.path(), "school_id,capacity\nA,1\nB,1\n", pupils, None);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        fs::read_to_string(dir.path().join("assignment.csv")).unwrap(),
        "pupil_id,school_id\na,B\nb10,A\nb9,\n"
    );
}

#[test]
fn bad_input_is_refused_with_the_file_and_line_and_a_failing_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "pupil_id,lottery,pref1,pref2\n1,0,A,B\n2,1,A,Z\n",
            "pupils.csv: line 3: pref2 names school \"Z\", which is not in the schools file",
        ),
        (
            "pupil_id,lottery,pref1\n1,0,A\n2,0,B\n",
            "pupils.csv: line 3: lottery 0 is already drawn by pupil \"1\" on line 2",
        ),
        (
            "pupil_id,lottery,pref1\n1,0,A\n2,x,B\n",
            "pupils.csv: line 3: lottery \"x\" is not a whole number in range",
        ),
        (
            "pupil_id,lottery,pref1,pref2\n1,0,A,A\n",
            "pupils.csv: line 2: pref2 repeats school \"A\"",
        ),
        (
            "pupil_id,lottery,pref1,pref2\n1,0,,A\n",
            "pupils.csv: line 2: pref1 is empty but a later preference is not",
        ),
        (
            "pupil_id,lottery,pref1\n1,5,A\n",
            "pupils.csv: line 2: lottery 5 is outside 0..0",
        ),
    ];
    for (pupils, expected) in cases {
        let output = solve(dir.path(), "school_id,capacity\nA,1\nB,1\n", pupils, None);
        assert_eq!(output.status.code(), Some(1), "{pupils}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{stderr}");
    }
    let output = solve(
        dir.path(),
        "school_id,capacity\nA,-1\n",
        "pupil_id,lottery\n",
        None,
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("schools.csv: line 2: capacity"));
    let output = solve(
        dir.path(),
        SCHOOLS,
        PUPILS,
        Some("pupil_id,school_id,class\n4,A,2\n6,A,1\n"),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("priorities.csv: line 3: pupil \"6\" is not in the pupils file")
    );
}

#[test]
fn a_missing_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.csv").display().to_string();
    let out = dir.path().join("out.csv").display().to_string();
    let output = run(&[
        "solve",
        "--schools",
        &missing,
        "--pupils",
        &missing,
        "--out",
        &out,
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("nope.csv"));
}

fn uuid(prefix: u64, n: u64) -> String {
    format!("00000000-0000-0000-0000-{:012x}", prefix + n)
}

/// The snapshot of the domain's golden test, written by hand as an export would look.
fn golden_snapshot() -> String {
    let programme = |n| uuid(0x9900_0000_0000, n);
    let pupil = |n| uuid(0x7700_0000_0000, n);
    let unit = |n, twin: Option<u64>, choices: &[u64]| {
        let choices: Vec<String> = choices
            .iter()
            .map(|&c| format!("\"{}\"", programme(c)))
            .collect();
        let twin = twin
            .map(|t| format!(",\"twin\":\"{}\"", pupil(t)))
            .unwrap_or_default();
        format!(
            "{{\"pupil\":\"{}\"{twin},\"choices\":[{}]}}",
            pupil(n),
            choices.join(",")
        )
    };
    let seed: String = b"overstap golden seed 2026-04-15!"
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!(
        r#"{{"mechanism":"deferred_acceptance","tie_breaking":"single","seed":"{seed}",
        "programmes":[{{"id":"{}","capacity":2}},{{"id":"{}","capacity":2}},{{"id":"{}","capacity":3}}],
        "units":[{}],
        "priorities":[{{"pupil":"{}","programme":"{}","class":2}}]}}"#,
        programme(0),
        programme(1),
        programme(2),
        [
            unit(0, None, &[0, 1, 2]),
            unit(1, Some(2), &[0, 2]),
            unit(3, None, &[0, 1]),
            unit(4, None, &[1, 0, 2]),
            unit(5, None, &[0, 1, 2]),
            unit(6, None, &[1]),
        ]
        .join(","),
        pupil(6),
        programme(1)
    )
}

#[test]
fn replay_reproduces_the_hashes_of_an_exported_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let snapshot = write(dir.path(), "snapshot.json", &golden_snapshot());
    let out = dir.path().join("assignment.csv");
    let output = run(&[
        "replay",
        "--snapshot",
        &snapshot.display().to_string(),
        "--out",
        &out.display().to_string(),
    ]);
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains(
            "input_hash: f8d639e12c577a92e959506524c6a17bb1112fb5a5149fd0204feb810047a092"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "output_hash: a9cd9677d77c127209a54c6309cb08277511351f1b6fb9455d8ddd00ed8e8705"
        ),
        "{stdout}"
    );
    let assignment = fs::read_to_string(out).unwrap();
    assert_eq!(assignment.lines().count(), 8);
    assert!(assignment.starts_with("pupil_id,programme_id\n"));
    assert!(assignment.contains(&format!(
        "{},{}",
        uuid(0x7700_0000_0000, 6),
        uuid(0x9900_0000_0000, 1)
    )));
}

#[test]
fn replay_refuses_an_inconsistent_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let broken = golden_snapshot().replace(
        "\"capacity\":3}]",
        "\"capacity\":3},{\"id\":\"00000000-0000-0000-0000-990000000000\",\"capacity\":1}]",
    );
    let snapshot = write(dir.path(), "snapshot.json", &broken);
    let output = run(&["replay", "--snapshot", &snapshot.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("programme 00000000-0000-0000-0000-990000000000 appears twice")
    );
    let garbage = write(dir.path(), "garbage.json", "{}");
    let output = run(&["replay", "--snapshot", &garbage.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a placement snapshot"));
}

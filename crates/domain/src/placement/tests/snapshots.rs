//! Snapshots: checking, hashing, replaying, and the run's per-pupil view.

use crate::placement::synthetic::{synthetic_programme as programme, synthetic_pupil as pupil};
use crate::placement::{
    ENGINE_VERSION, PlacementSnapshot, Seed, SnapshotError, SnapshotPriority, SnapshotProgramme,
    SnapshotUnit, class, place,
};
use crate::region::{PlacementMechanism, TieBreaking};

fn small(tie_breaking: TieBreaking) -> PlacementSnapshot {
    let unit = |n, twin: Option<u32>, choices: &[u32]| SnapshotUnit {
        pupil: pupil(n),
        twin: twin.map(pupil),
        choices: choices.iter().map(|&p| programme(p)).collect(),
    };
    PlacementSnapshot {
        mechanism: PlacementMechanism::DeferredAcceptance,
        tie_breaking,
        seed: Seed::from_bytes(*b"overstap golden seed 2026-04-15!"),
        programmes: vec![
            SnapshotProgramme {
                id: programme(0),
                capacity: 2,
            },
            SnapshotProgramme {
                id: programme(1),
                capacity: 2,
            },
            SnapshotProgramme {
                id: programme(2),
                capacity: 3,
            },
        ],
        units: vec![
            unit(0, None, &[0, 1, 2]),
            unit(1, Some(2), &[0, 2]),
            unit(3, None, &[0, 1]),
            unit(4, None, &[1, 0, 2]),
            unit(5, None, &[0, 1, 2]),
            unit(6, None, &[1]),
        ],
        priorities: vec![SnapshotPriority {
            pupil: pupil(6),
            programme: programme(1),
            class: class::APPROVED_CLAIM,
        }],
    }
}

#[test]
fn a_run_records_the_engine_and_hashes_that_stay_the_same_forever() {
    let run = place(&small(TieBreaking::Single)).unwrap();
    assert_eq!(run.engine_version, ENGINE_VERSION);
    assert_eq!(
        run.input_hash,
        "f8d639e12c577a92e959506524c6a17bb1112fb5a5149fd0204feb810047a092"
    );
    assert_eq!(
        run.output_hash,
        "a9cd9677d77c127209a54c6309cb08277511351f1b6fb9455d8ddd00ed8e8705"
    );
    let run = place(&small(TieBreaking::Multiple)).unwrap();
    assert_eq!(
        run.input_hash,
        "8c75b1cabf63f020cb01684584a917e0215d119e78ac7446b38a33a0a66be67e"
    );
    assert_eq!(
        run.output_hash,
        "e42470c8d56cc41dc0e69182dcf84371d42a89b8f36198de3c36d1f89b6ce244"
    );
}

#[test]
fn every_pupil_gets_a_row_and_twins_share_place_and_lot() {
    // Worked by hand: lots p0 5, twins p1+p2 0, p3 2, p4 4, p5 3, p6 1. The twins fill
    // programme 0 (2 seats); programme 1 takes p6 (approved claim) and p3; p0, p4 and p5
    // end at programme 2.
    let run = place(&small(TieBreaking::Single)).unwrap();
    let got: Vec<_> = run
        .assignment
        .placements
        .iter()
        .map(|row| (row.programme, row.choice_rank, row.lot_number))
        .collect();
    let at = |p, rank, lot| (Some(programme(p)), Some(rank), Some(lot));
    assert_eq!(
        got,
        [
            at(2, 3, 5),
            at(0, 1, 0),
            at(0, 1, 0),
            at(1, 2, 2),
            at(2, 3, 4),
            at(2, 3, 3),
            at(1, 1, 1)
        ]
    );
    let rows = &run.assignment.placements;
    assert_eq!(rows.len(), 7);
    assert_eq!(rows[1].programme, rows[2].programme);
    assert_eq!(rows[1].lot_number, rows[2].lot_number);
    assert!(rows.iter().all(|row| row.lot_number.is_some()));
    // The approved claim wins the only contested seat it asks for.
    assert_eq!(run.assignment.programme_of(pupil(6)), Some(programme(1)));
    assert_eq!(run.assignment.output_hash(), run.output_hash);
    let multiple = place(&small(TieBreaking::Multiple)).unwrap();
    assert!(
        multiple
            .assignment
            .placements
            .iter()
            .all(|row| row.lot_number.is_none())
    );
}

#[test]
fn reserve_lists_name_pupils_and_twins_and_cover_every_programme() {
    let run = place(&small(TieBreaking::Single)).unwrap();
    assert_eq!(run.reserve_lists.len(), 3);
    for list in &run.reserve_lists {
        for entry in &list.entries {
            let got = run
                .assignment
                .placements
                .iter()
                .find(|row| row.pupil == entry.pupil);
            let got_rank = got.and_then(|row| row.choice_rank).unwrap_or(u32::MAX);
            assert!(entry.choice_rank < got_rank);
            assert_ne!(got.and_then(|row| row.programme), Some(list.programme));
        }
    }
}

#[test]
fn a_snapshot_survives_json_and_another_seed_changes_the_input_hash() {
    let snapshot = small(TieBreaking::Multiple);
    let json = serde_json::to_string(&snapshot).unwrap();
    let back: PlacementSnapshot = serde_json::from_str(&json).unwrap();
    assert_eq!(back, snapshot);
    assert!(json.contains(r#""seed":"6f7665727374"#));
    assert!(json.contains(r#""tie_breaking":"multiple""#));
    let mut reseeded = snapshot.clone();
    reseeded.seed = Seed::from_bytes([1; 32]);
    assert_ne!(reseeded.input_hash(), snapshot.input_hash());
    let mut recapacitated = snapshot.clone();
    recapacitated.programmes[0].capacity += 1;
    assert_ne!(recapacitated.input_hash(), snapshot.input_hash());
}

#[test]
fn a_snapshot_with_inconsistent_rows_is_refused_with_the_reason() {
    let mut twice = small(TieBreaking::Single);
    twice.units[0].twin = Some(pupil(3));
    assert_eq!(
        place(&twice),
        Err(SnapshotError::DuplicatePupil { pupil: pupil(3) })
    );
    let mut unknown = small(TieBreaking::Single);
    unknown.units[0].choices.push(programme(9));
    assert_eq!(
        place(&unknown),
        Err(SnapshotError::UnknownProgramme {
            pupil: pupil(0),
            programme: programme(9)
        })
    );
    let mut repeated = small(TieBreaking::Single);
    repeated.units[0].choices.push(programme(0));
    assert_eq!(
        place(&repeated),
        Err(SnapshotError::DuplicateChoice {
            pupil: pupil(0),
            programme: programme(0)
        })
    );
    let mut programme_twice = small(TieBreaking::Single);
    programme_twice
        .programmes
        .push(programme_twice.programmes[0]);
    assert_eq!(
        place(&programme_twice),
        Err(SnapshotError::DuplicateProgramme {
            programme: programme(0)
        })
    );
    let mut stranger = small(TieBreaking::Single);
    stranger.priorities[0].pupil = pupil(99);
    assert_eq!(
        place(&stranger),
        Err(SnapshotError::PriorityForUnknownPupil { pupil: pupil(99) })
    );
    let mut doubled = small(TieBreaking::Single);
    doubled.priorities.push(doubled.priorities[0]);
    assert_eq!(
        place(&doubled),
        Err(SnapshotError::DuplicatePriority {
            pupil: pupil(6),
            programme: programme(1)
        })
    );
}

//! `solve`: CSV in, deferred acceptance with single tie-breaking, CSV out.

use crate::error::CliError;
use crate::input::{read_priorities, read_pupils, read_schools};
use crate::output::{sort_ids, write_assignment};
use overstap_domain::placement::{Application, Instance, UnitSpec, deferred_acceptance};
use std::path::Path;

pub fn run(
    schools: &Path,
    pupils: &Path,
    priorities: Option<&Path>,
    out: &Path,
) -> Result<(), CliError> {
    let school_table = read_schools(schools)?;
    let pupil_rows = read_pupils(pupils, &school_table)?;
    let priority_rows = match priorities {
        Some(path) => read_priorities(path, &school_table, &pupil_rows)?,
        None => Vec::new(),
    };
    let mut units: Vec<UnitSpec> = pupil_rows
        .iter()
        .map(|pupil| UnitSpec {
            twins: false,
            applications: pupil
                .choices
                .iter()
                .map(|&programme| Application {
                    programme,
                    class: 0,
                    lot: pupil.lottery,
                })
                .collect(),
        })
        .collect();
    // A class at a school the pupil did not list changes nothing.
    for priority in &priority_rows {
        for application in &mut units[priority.pupil as usize].applications {
            if application.programme == priority.school {
                application.class = priority.class;
            }
        }
    }
    let instance = Instance::new(school_table.capacities.clone(), &units)?;
    let outcome = deferred_acceptance(&instance);
    let mut rows: Vec<(String, String)> = (0u32..)
        .zip(&pupil_rows)
        .map(|(unit, pupil)| {
            let school = outcome
                .programme(&instance, unit)
                .map(|school| school_table.ids[school as usize].clone())
                .unwrap_or_default();
            (pupil.id.clone(), school)
        })
        .collect();
    sort_ids(&mut rows);
    write_assignment(out, ["pupil_id", "school_id"], &rows)?;
    let placed = rows.iter().filter(|(_, school)| !school.is_empty()).count();
    println!(
        "placed {placed} of {} pupils; wrote {}",
        rows.len(),
        out.display()
    );
    Ok(())
}

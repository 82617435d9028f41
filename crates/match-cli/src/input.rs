//! The CSV inputs of `solve`, checked row by row; every refusal names its line.

use crate::error::CliError;
use csv::{ReaderBuilder, StringRecord, Trim};
use std::collections::HashMap;
use std::path::Path;

pub struct Schools {
    pub ids: Vec<String>,
    pub capacities: Vec<u32>,
    index: HashMap<String, u32>,
}

pub struct Pupil {
    pub id: String,
    pub lottery: u32,
    /// School indexes, most preferred first.
    pub choices: Vec<u32>,
}

pub struct Priority {
    pub pupil: u32,
    pub school: u32,
    pub class: u16,
}

/// Calls `row` with the 1-based line number and fields of every record after the header.
fn each_row(
    path: &Path,
    mut row: impl FnMut(u64, &StringRecord) -> Result<(), CliError>,
) -> Result<(), CliError> {
    let mut reader = ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .trim(Trim::All)
        .from_path(path)
        .map_err(|error| CliError::csv(path, error))?;
    let mut record = StringRecord::new();
    while reader
        .read_record(&mut record)
        .map_err(|error| CliError::csv(path, error))?
    {
        let line = record.position().map_or(0, |position| position.line());
        row(line, &record)?;
    }
    Ok(())
}

fn field<'r>(
    path: &Path,
    line: u64,
    record: &'r StringRecord,
    index: usize,
    name: &str,
) -> Result<&'r str, CliError> {
    match record.get(index) {
        Some(value) if !value.is_empty() => Ok(value),
        _ => Err(CliError::line(path, line, format!("{name} is missing"))),
    }
}

fn number<T: std::str::FromStr>(
    path: &Path,
    line: u64,
    value: &str,
    name: &str,
) -> Result<T, CliError> {
    value.parse().map_err(|_| {
        CliError::line(
            path,
            line,
            format!("{name} {value:?} is not a whole number in range"),
        )
    })
}

pub fn read_schools(path: &Path) -> Result<Schools, CliError> {
    let mut schools = Schools {
        ids: Vec::new(),
        capacities: Vec::new(),
        index: HashMap::new(),
    };
    let mut lines = Vec::new();
    each_row(path, |line, record| {
        if record.len() != 2 {
            return Err(CliError::line(
                path,
                line,
                format!(
                    "expected 2 fields (school_id,capacity), found {}",
                    record.len()
                ),
            ));
        }
        let id = field(path, line, record, 0, "school_id")?;
        let capacity = number(
            path,
            line,
            field(path, line, record, 1, "capacity")?,
            "capacity",
        )?;
        let next = schools.ids.len() as u32;
        if let Some(&first) = schools.index.get(id) {
            return Err(CliError::line(
                path,
                line,
                format!(
                    "school {id:?} already appears on line {}",
                    lines[first as usize]
                ),
            ));
        }
        schools.index.insert(id.to_owned(), next);
        schools.ids.push(id.to_owned());
        schools.capacities.push(capacity);
        lines.push(line);
        Ok(())
    })?;
    Ok(schools)
}

pub fn read_pupils(path: &Path, schools: &Schools) -> Result<Vec<Pupil>, CliError> {
    let mut pupils = Vec::new();
    let mut lines = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    each_row(path, |line, record| {
        let id = field(path, line, record, 0, "pupil_id")?;
        let lottery = number(
            path,
            line,
            field(path, line, record, 1, "lottery")?,
            "lottery",
        )?;
        if let Some(&first) = index.get(id) {
            return Err(CliError::line(
                path,
                line,
                format!("pupil {id:?} already appears on line {}", lines[first]),
            ));
        }
        let prefs: Vec<&str> = record.iter().skip(2).collect();
        let listed = prefs
            .iter()
            .rposition(|pref| !pref.is_empty())
            .map_or(0, |last| last + 1);
        let mut choices: Vec<u32> = Vec::with_capacity(listed);
        for (rank, pref) in prefs[..listed].iter().enumerate() {
            let name = format!("pref{}", rank + 1);
            if pref.is_empty() {
                return Err(CliError::line(
                    path,
                    line,
                    format!("{name} is empty but a later preference is not"),
                ));
            }
            let school = *schools.index.get(*pref).ok_or_else(|| {
                CliError::line(
                    path,
                    line,
                    format!("{name} names school {pref:?}, which is not in the schools file"),
                )
            })?;
            if choices.contains(&school) {
                return Err(CliError::line(
                    path,
                    line,
                    format!("{name} repeats school {pref:?}"),
                ));
            }
            choices.push(school);
        }
        index.insert(id.to_owned(), pupils.len());
        lines.push(line);
        pupils.push(Pupil {
            id: id.to_owned(),
            lottery,
            choices,
        });
        Ok(())
    })?;
    // The lottery must be a permutation of 0..n: each number once, none out of range.
    let n = pupils.len();
    let mut holder: Vec<Option<usize>> = vec![None; n];
    for (at, pupil) in pupils.iter().enumerate() {
        let lottery = pupil.lottery as usize;
        if lottery >= n {
            return Err(CliError::line(
                path,
                lines[at],
                format!(
                    "lottery {lottery} is outside 0..{} (the lottery numbers are a permutation of 0..pupils-1)",
                    n.saturating_sub(1)
                ),
            ));
        }
        if let Some(first) = holder[lottery] {
            return Err(CliError::line(
                path,
                lines[at],
                format!(
                    "lottery {lottery} is already drawn by pupil {:?} on line {}",
                    pupils[first].id, lines[first]
                ),
            ));
        }
        holder[lottery] = Some(at);
    }
    Ok(pupils)
}

pub fn read_priorities(
    path: &Path,
    schools: &Schools,
    pupils: &[Pupil],
) -> Result<Vec<Priority>, CliError> {
    let pupil_index: HashMap<&str, u32> = pupils
        .iter()
        .zip(0u32..)
        .map(|(pupil, at)| (pupil.id.as_str(), at))
        .collect();
    let mut seen: HashMap<(u32, u32), u64> = HashMap::new();
    let mut priorities = Vec::new();
    each_row(path, |line, record| {
        if record.len() != 3 {
            return Err(CliError::line(
                path,
                line,
                format!(
                    "expected 3 fields (pupil_id,school_id,class), found {}",
                    record.len()
                ),
            ));
        }
        let pupil_id = field(path, line, record, 0, "pupil_id")?;
        let school_id = field(path, line, record, 1, "school_id")?;
        let class = number(path, line, field(path, line, record, 2, "class")?, "class")?;
        let pupil = *pupil_index.get(pupil_id).ok_or_else(|| {
            CliError::line(
                path,
                line,
                format!("pupil {pupil_id:?} is not in the pupils file"),
            )
        })?;
        let school = *schools.index.get(school_id).ok_or_else(|| {
            CliError::line(
                path,
                line,
                format!("school {school_id:?} is not in the schools file"),
            )
        })?;
        if let Some(first) = seen.insert((pupil, school), line) {
            return Err(CliError::line(
                path,
                line,
                format!(
                    "pupil {pupil_id:?} already has a class at school {school_id:?} on line {first}"
                ),
            ));
        }
        priorities.push(Priority {
            pupil,
            school,
            class,
        });
        Ok(())
    })?;
    Ok(priorities)
}

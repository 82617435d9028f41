//! The pupil list as a CSV file: the documented columns, every row checked on import, and export.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use overstap_api_types::{PupilDataRequest, RowError};
use overstap_domain::pupil::record::{self, shown};
use overstap_domain::{Advice, PupilId};
use overstap_persistence::pupils::Pupil;
use time::{Date, Month};

use crate::csv::Csv;
pub use crate::csv::read::ImportError;
use crate::csv::read::{self, Columns, Problem, Record, Sheet, email, problem, required, text};

/// The documented header; the names equal the fields of the API's `PupilDataRequest`.
pub const COLUMNS: [&str; 10] = [
    "external_id",
    "first_name",
    "last_name",
    "class_name",
    "birth_date",
    "advice",
    "lwoo",
    "home_town",
    "parent_email",
    "twin_external_id",
];
/// Columns of [`COLUMNS`] a file may leave out.
pub const OPTIONAL_COLUMNS: [&str; 2] = ["lwoo", "twin_external_id"];
/// Columns the export adds (after [`COLUMNS`]) and the import ignores, so an exported file can
/// be edited and imported again.
pub const READ_ONLY_COLUMNS: [&str; 3] = ["elk_number", "status", "form_version"];
/// The most data rows one file may hold.
pub const MAX_ROWS: usize = 5_000;

static FILE: Columns = Columns {
    all: &COLUMNS,
    optional: &OPTIONAL_COLUMNS,
    read_only: &READ_ONLY_COLUMNS,
    max_rows: MAX_ROWS,
    rows_are: "pupils",
};

const EXTERNAL_ID: usize = 0;
const FIRST_NAME: usize = 1;
const LAST_NAME: usize = 2;
const CLASS_NAME: usize = 3;
const BIRTH_DATE: usize = 4;
const ADVICE: usize = 5;
const LWOO: usize = 6;
const HOME_TOWN: usize = 7;
const PARENT_EMAIL: usize = 8;
const TWIN_EXTERNAL_ID: usize = 9;

/// One valid data row. `data.twin_pupil_id` is `None`: the caller resolves `twin_external_id`
/// against the file and the school's stored pupils.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportRow {
    /// The row's line in the file (the header is line 1).
    pub line: u32,
    pub data: PupilDataRequest,
    pub twin_external_id: Option<String>,
}

/// Reads and checks a whole file. Either every row is valid, or every problem is reported.
pub fn parse(bytes: &[u8]) -> Result<Vec<ImportRow>, ImportError> {
    let sheet = read::read(bytes, &FILE)?;
    let mut rows = Vec::new();
    let mut errors = sheet.errors.clone();
    let mut first_lines: HashMap<String, u32> = HashMap::new();
    for record in &sheet.records {
        match check_row(&sheet, record, &mut first_lines) {
            Ok(row) => rows.push(row),
            Err(problems) => errors.extend(problems),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(ImportError::Rows(errors))
    }
}

fn check_row(
    sheet: &Sheet,
    record: &Record,
    first_lines: &mut HashMap<String, u32>,
) -> Result<ImportRow, Vec<RowError>> {
    let cell = |column| sheet.cell(record, column);
    let line = record.line;
    let mut problems = sheet.problems(line);
    let external_id = problems.check(EXTERNAL_ID, text(cell(EXTERNAL_ID), 64));
    if let Some(id) = &external_id {
        match first_lines.entry(id.clone()) {
            Entry::Occupied(first) => problems.add(
                EXTERNAL_ID,
                "duplicate",
                format!(
                    "The external_id \"{}\" is already used on line {}.",
                    shown(id),
                    first.get()
                ),
            ),
            Entry::Vacant(slot) => {
                slot.insert(line);
            }
        }
    }
    let first_name = problems.check(FIRST_NAME, text(cell(FIRST_NAME), 100));
    let last_name = problems.check(LAST_NAME, text(cell(LAST_NAME), 100));
    let class_name = problems.check(CLASS_NAME, text(cell(CLASS_NAME), 20));
    let birth_date = problems.check(BIRTH_DATE, birth_date(cell(BIRTH_DATE)));
    let advice = problems.check(ADVICE, advice(cell(ADVICE)));
    let lwoo = problems.check(LWOO, lwoo(cell(LWOO)));
    let home_town = problems.check(HOME_TOWN, text(cell(HOME_TOWN), 100));
    let parent_email = problems.check(PARENT_EMAIL, email(cell(PARENT_EMAIL)));
    let twin = problems.check(
        TWIN_EXTERNAL_ID,
        twin(cell(TWIN_EXTERNAL_ID), external_id.as_deref()),
    );
    let (
        Some(external_id),
        Some(first_name),
        Some(last_name),
        Some(class_name),
        Some(birth_date),
        Some(advice),
        Some(lwoo),
        Some(home_town),
        Some(parent_email),
        Some(twin_external_id),
    ) = (
        external_id,
        first_name,
        last_name,
        class_name,
        birth_date,
        advice,
        lwoo,
        home_town,
        parent_email,
        twin,
    )
    else {
        return Err(problems.errors);
    };
    if !problems.errors.is_empty() {
        return Err(problems.errors);
    }
    Ok(ImportRow {
        line,
        data: PupilDataRequest {
            external_id,
            first_name,
            last_name,
            class_name,
            birth_date,
            advice: crate::dto::advice(advice).into(),
            lwoo,
            home_town,
            parent_email,
            twin_pupil_id: None,
        },
        twin_external_id,
    })
}

fn birth_date(value: &str) -> Result<Date, Problem> {
    if value.is_empty() {
        return Err(required());
    }
    let date = calendar_date(value).ok_or_else(|| {
        problem(
            "date",
            format!(
                "\"{}\" is not a date; write YYYY-MM-DD (2014-05-17) or DD-MM-YYYY (17-05-2014).",
                shown(value)
            ),
        )
    })?;
    record::birth_date(date).map_err(Problem::from)
}

/// `YYYY-MM-DD` or `DD-MM-YYYY`; day and month may have one digit (Excel writes `7-5-2014`).
fn calendar_date(value: &str) -> Option<Date> {
    let parts: Vec<&str> = value.split('-').collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (year, month, day) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => (*y, *m, *d),
        [d, m, y] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => (*y, *m, *d),
        _ => return None,
    };
    let month = Month::try_from(month.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(year.parse().ok()?, month, day.parse().ok()?).ok()
}

/// The advice by its canonical name, in any case and spacing, or by an unambiguous common
/// spelling (`vmbo-gt`, `vmbo-t`, `mavo`, `vmbo-kb`, `praktijkonderwijs`, …).
fn advice(value: &str) -> Result<Advice, Problem> {
    if value.is_empty() {
        return Err(required());
    }
    let mut key: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    if key.starts_with("vmbo") && !key.starts_with("vmbo-") {
        key.insert(4, '-');
    }
    let alias = match key.as_str() {
        "praktijkonderwijs" => Some(Advice::Pro),
        "vmbo-bb" | "vmbo-basis" => Some(Advice::VmboB),
        "vmbo-bk" | "vmbo-bb/kb" | "vmbo-basis/kader" => Some(Advice::VmboBK),
        "vmbo-kb" | "vmbo-kader" => Some(Advice::VmboK),
        "vmbo-gt" | "vmbo-g/t" | "vmbo-t" | "vmbo-tl" | "vmbo-gl/tl" | "mavo" => {
            Some(Advice::VmboGT)
        }
        "vmbo-(g)t/havo" | "vmbo-g/t/havo" | "vmbo-t/havo" | "vmbo-tl/havo" | "mavo/havo" => {
            Some(Advice::VmboGTHavo)
        }
        "havo-vwo" => Some(Advice::HavoVwo),
        _ => None,
    };
    alias.or_else(|| key.parse().ok()).ok_or_else(|| {
        let names: Vec<&str> = Advice::ALL.iter().map(Advice::as_str).collect();
        problem(
            "advice",
            format!(
                "\"{}\" is not an advice; use one of {}.",
                shown(value),
                names.join(", ")
            ),
        )
    })
}

fn lwoo(value: &str) -> Result<bool, Problem> {
    match value.to_lowercase().as_str() {
        "ja" | "yes" | "true" | "1" => Ok(true),
        "nee" | "no" | "false" | "0" | "" => Ok(false),
        _ => Err(problem(
            "lwoo",
            format!(
                "\"{}\" is not yes or no; write ja or nee (or leave it empty for nee).",
                shown(value)
            ),
        )),
    }
}

fn twin(value: &str, external_id: Option<&str>) -> Result<Option<String>, Problem> {
    if value.is_empty() {
        return Ok(None);
    }
    let twin = text(value, 64)?;
    if Some(twin.as_str()) == external_id {
        Err(problem(
            "twin_self",
            "A pupil cannot be their own twin.".to_owned(),
        ))
    } else {
        Ok(Some(twin))
    }
}

/// The pupils as a CSV file: UTF-8 with a byte order mark (so Excel shows accents), `,`
/// between fields, CRLF line ends, the import's columns then `elk_number` and `status`.
/// A cell that starts with a formula character gets a `'` before it (the import removes it).
pub fn export(pupils: &[Pupil]) -> String {
    let external_ids: HashMap<PupilId, &str> = pupils
        .iter()
        .map(|p| (p.id, p.external_id.as_str()))
        .collect();
    let mut out = Csv::new();
    out.row(COLUMNS.iter().chain(&READ_ONLY_COLUMNS[..2]));
    for pupil in pupils {
        let birth_date = format!(
            "{:04}-{:02}-{:02}",
            pupil.birth_date.year(),
            u8::from(pupil.birth_date.month()),
            pupil.birth_date.day()
        );
        let twin = pupil
            .twin_pupil_id
            .and_then(|id| external_ids.get(&id).copied())
            .unwrap_or("");
        out.row([
            pupil.external_id.as_str(),
            &pupil.first_name,
            &pupil.last_name,
            &pupil.class_name,
            &birth_date,
            pupil.advice.as_str(),
            if pupil.lwoo { "ja" } else { "nee" },
            &pupil.home_town,
            &pupil.parent_email,
            twin,
            &pupil.elk_number,
            pupil.status.as_str(),
        ]);
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use overstap_api_types::Advice as WireAdvice;
    use overstap_domain::{ProcedureId, SchoolId};
    use uuid::Uuid;
    use validator::Validate;

    const HEADER: &str = "external_id;first_name;last_name;class_name;birth_date;advice;lwoo;home_town;parent_email;twin_external_id";

    fn rows(text: &str) -> Vec<ImportRow> {
        parse(text.as_bytes()).unwrap()
    }

    fn errors(text: &str) -> Vec<(u32, String, String)> {
        match parse(text.as_bytes()) {
            Err(ImportError::Rows(errors)) => errors
                .into_iter()
                .map(|e| (e.line, e.column, e.code))
                .collect(),
            other => panic!("expected row errors, got {other:?}"),
        }
    }

    fn error(line: u32, column: &str, code: &str) -> (u32, String, String) {
        (line, column.to_owned(), code.to_owned())
    }

    fn not_csv(bytes: &[u8]) -> String {
        match parse(bytes) {
            Err(ImportError::NotCsv(message)) => message,
            other => panic!("expected NotCsv, got {other:?}"),
        }
    }

    fn date(y: i32, m: u8, d: u8) -> Date {
        Date::from_calendar_date(y, Month::try_from(m).unwrap(), d).unwrap()
    }

    #[test]
    fn a_valid_semicolon_file_gives_every_row_with_its_line_number() {
        let file = format!(
            "{HEADER}\r\n\
             1001;Sanne;de Vries;8A;2014-05-17;havo/vwo;nee;Amstelveen;ouder@example.nl;\r\n\
             1002;Daan;Jansen;8B;03-11-2013;vmbo-(g)t;ja;Uithoorn;jansen@example.nl;1003\r\n"
        );
        let rows = rows(&file);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 2);
        assert_eq!(
            rows[0].data,
            PupilDataRequest {
                external_id: "1001".into(),
                first_name: "Sanne".into(),
                last_name: "de Vries".into(),
                class_name: "8A".into(),
                birth_date: date(2014, 5, 17),
                advice: WireAdvice::HavoVwo.into(),
                lwoo: false,
                home_town: "Amstelveen".into(),
                parent_email: "ouder@example.nl".into(),
                twin_pupil_id: None,
            }
        );
        assert_eq!(rows[0].twin_external_id, None);
        assert_eq!(rows[1].line, 3);
        assert_eq!(rows[1].data.birth_date, date(2013, 11, 3));
        assert_eq!(rows[1].data.advice, WireAdvice::VmboGT.into());
        assert!(rows[1].data.lwoo);
        assert_eq!(rows[1].twin_external_id.as_deref(), Some("1003"));
    }

    #[test]
    fn the_example_in_the_documentation_is_a_valid_file() {
        let doc = include_str!("../../../docs/pupil-import.md");
        let example = doc
            .split("```csv\n")
            .nth(1)
            .and_then(|rest| rest.split("```").next())
            .unwrap();
        let rows = rows(example);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[2].data.advice, WireAdvice::VmboK.into());
        assert_eq!(rows[2].twin_external_id.as_deref(), Some("100235"));
    }

    #[test]
    fn a_valid_comma_file_with_quoted_fields_is_read() {
        let file = "external_id,first_name,last_name,class_name,birth_date,advice,home_town,parent_email\n\
                    2001,\"Anna, Maria\",\"van \"\"t\"\" Hof\",8C,2014-01-02,vwo,Aalsmeer,a@example.nl\n";
        let rows = rows(file);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].data.first_name, "Anna, Maria");
        assert_eq!(rows[0].data.last_name, "van \"t\" Hof");
        assert!(!rows[0].data.lwoo);
    }

    #[test]
    fn the_header_may_come_in_any_order_and_case_after_a_byte_order_mark() {
        let file = "\u{feff} Parent_Email ;ADVICE;home_town;birth_date;class_name;Last_Name;first_name;External_ID\n\
                    p@example.nl;havo;Ouderkerk;2014-02-03;8A;Bakker;Noor;X1\n";
        let rows = rows(file);
        assert_eq!(rows[0].data.external_id, "X1");
        assert_eq!(rows[0].data.parent_email, "p@example.nl");
        assert_eq!(rows[0].data.first_name, "Noor");
        assert_eq!(rows[0].data.advice, WireAdvice::Havo.into());
    }

    #[test]
    fn three_bad_rows_give_exactly_three_errors_with_their_lines_and_codes() {
        let file = format!(
            "{HEADER}\n\
             1;Sanne;de Vries;8A;2014-05-17;havo;nee;Amstelveen;ouder@example.nl;\n\
             2;;Jansen;8B;2014-05-17;havo;nee;Uithoorn;jansen@example.nl;\n\
             3;Noor;Bakker;8B;2014-05-17;havo;nee;Uithoorn;not-an-address;\n\
             4;Lotte;Visser;8B;31-02-2014;havo;nee;Uithoorn;visser@example.nl;\n"
        );
        assert_eq!(
            errors(&file),
            vec![
                error(3, "first_name", "required"),
                error(4, "parent_email", "email"),
                error(5, "birth_date", "date"),
            ]
        );
    }

    #[test]
    fn a_row_with_two_problems_gives_two_errors() {
        let file = format!(
            "{HEADER}\n\
             1;Sanne;de Vries;8A;1990-05-17;mbo;nee;Amstelveen;ouder@example.nl;\n"
        );
        assert_eq!(
            errors(&file),
            vec![
                error(2, "birth_date", "implausible_date"),
                error(2, "advice", "advice")
            ]
        );
    }

    #[test]
    fn a_quoted_field_with_a_newline_keeps_later_line_numbers_right() {
        let file = format!(
            "{HEADER}\n\
             1;Sanne;\"de\nVries\";8A;2014-05-17;havo;nee;Amstelveen;ouder@example.nl;\n\
             2;;Jansen;8B;2014-05-17;havo;nee;Uithoorn;jansen@example.nl;\n"
        );
        // A line break inside a name is refused, on the line where the record starts; the
        // next record's line counts the break.
        assert_eq!(
            errors(&file),
            vec![
                error(2, "last_name", "invalid_character"),
                error(4, "first_name", "required")
            ]
        );
        let valid = file.replace("\"de\nVries\"", "\"de Vries\"");
        let valid = valid.replace("2;;Jansen", "2;Daan;Jansen");
        let rows = rows(&valid);
        assert_eq!(rows[0].data.last_name, "de Vries");
    }

    #[test]
    fn line_numbers_count_crlf_lone_cr_and_blank_lines_like_an_editor() {
        let valid = "1;Sanne;de Vries;8A;2014-05-17;havo;nee;Amstelveen;ouder@example.nl;";
        let quoted = "2;Daan;\"Jan\r\nsen\";8B;2014-05-17;havo;nee;Uithoorn;j@example.nl;";
        let bad = "3;;Bakker;8B;2014-05-17;havo;nee;Uithoorn;b@example.nl;";
        for end in ["\r\n", "\n", "\r"] {
            let file = [HEADER, valid, "", quoted, "", "", bad, ""].join(end);
            assert_eq!(
                errors(&file),
                vec![
                    error(4, "last_name", "invalid_character"),
                    error(8, "first_name", "required")
                ],
                "{end:?}"
            );
        }
    }

    #[test]
    fn a_header_without_rows_imports_nothing() {
        assert_eq!(rows(&format!("{HEADER}\r\n")), vec![]);
    }

    #[test]
    fn a_repeated_external_id_is_reported_on_its_second_occurrence() {
        let file = format!(
            "{HEADER}\n\
             7;Sanne;de Vries;8A;2014-05-17;havo;nee;Amstelveen;ouder@example.nl;\n\
             8;Daan;Jansen;8B;2014-05-17;havo;nee;Uithoorn;jansen@example.nl;\n\
             7;Noor;Bakker;8B;2014-05-17;havo;nee;Uithoorn;bakker@example.nl;\n"
        );
        assert_eq!(errors(&file), vec![error(4, "external_id", "duplicate")]);
        let Err(ImportError::Rows(found)) = parse(file.as_bytes()) else {
            panic!("expected row errors");
        };
        assert!(found[0].message.contains("line 2"), "{}", found[0].message);
    }

    #[test]
    fn a_twin_that_is_the_pupil_itself_is_refused() {
        let file = format!(
            "{HEADER}\n7;Sanne;de Vries;8A;2014-05-17;havo;nee;Amstelveen;ouder@example.nl;7\n"
        );
        assert_eq!(
            errors(&file),
            vec![error(2, "twin_external_id", "twin_self")]
        );
    }

    #[test]
    fn a_row_with_too_few_or_too_many_fields_is_one_error_on_the_row() {
        let file = format!(
            "{HEADER}\n\
             1;Sanne;de Vries;8A;2014-05-17;havo;nee;Amstelveen\n\
             2;Daan;Jansen;8B;2014-05-17;havo;nee;Uithoorn;jansen@example.nl;;extra\n"
        );
        assert_eq!(
            errors(&file),
            vec![
                error(2, "row", "wrong_field_count"),
                error(3, "row", "wrong_field_count")
            ]
        );
    }

    #[test]
    fn blank_lines_and_rows_of_empty_cells_are_skipped() {
        let file = format!(
            "\n{HEADER}\n\n;;;;;;;;;\n\
             1;Sanne;de Vries;8A;2014-05-17;havo;nee;Amstelveen;ouder@example.nl;\n   \n"
        );
        let rows = rows(&file);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 5);
    }

    #[test]
    fn a_file_that_is_not_utf8_is_not_csv() {
        let mut file = format!("{HEADER}\n1;Zo").into_bytes();
        file.push(0xEB); // ë in Windows-1252
        file.extend_from_slice(b";Bakker;8A;2014-05-17;havo;nee;Aalsmeer;a@example.nl;\n");
        let message = not_csv(&file);
        assert!(
            message.contains("UTF-8") && message.contains("line 2"),
            "{message}"
        );
    }

    #[test]
    fn an_empty_file_is_not_csv() {
        for file in [&b""[..], b"\xEF\xBB\xBF", b"\r\n  \n"] {
            assert_eq!(not_csv(file), "The file is empty.");
        }
    }

    #[test]
    fn binary_content_is_not_csv() {
        assert!(not_csv(b"PK\x03\x04\x14\x00\x06\x00").contains("workbook"));
        assert!(not_csv(b"\xFF\xFEe\x00x\x00").contains("UTF-16"));
        assert!(not_csv(b"external_id\x00;first_name").contains("binary"));
    }

    #[test]
    fn a_file_without_a_header_is_not_csv() {
        let message =
            not_csv(b"1;Sanne;de Vries;8A;2014-05-17;havo;nee;Amstelveen;ouder@example.nl;\n");
        assert!(message.contains("header"), "{message}");
    }

    #[test]
    fn unknown_columns_are_named_in_one_error_on_line_one() {
        let file = format!("{HEADER};shoe_size;Remarks\n");
        let Err(ImportError::Rows(found)) = parse(file.as_bytes()) else {
            panic!("expected row errors");
        };
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].line, found[0].code.as_str()),
            (1, "unknown_column")
        );
        assert!(found[0].message.contains("\"shoe_size\", \"Remarks\""));
    }

    #[test]
    fn missing_required_columns_each_get_an_error_on_line_one() {
        let file = "external_id;first_name;last_name;class_name;birth_date;home_town\n\
                    1;Sanne;de Vries;8A;2014-05-17;Amstelveen\n";
        assert_eq!(
            errors(file),
            vec![
                error(1, "advice", "missing_column"),
                error(1, "parent_email", "missing_column")
            ]
        );
        let twice = format!("{HEADER};advice\n");
        assert_eq!(errors(&twice), vec![error(1, "advice", "duplicate_column")]);
    }

    #[test]
    fn dates_are_read_in_both_formats_and_implausible_ones_refused() {
        assert_eq!(birth_date("2014-05-07").ok(), Some(date(2014, 5, 7)));
        assert_eq!(birth_date("07-05-2014").ok(), Some(date(2014, 5, 7)));
        assert_eq!(birth_date("7-5-2014").ok(), Some(date(2014, 5, 7)));
        for bad in [
            "2014/05/07",
            "05-07-14",
            "2014-13-01",
            "29-02-2014",
            "+7-5-2014",
            "x",
        ] {
            assert_eq!(birth_date(bad).err().map(|p| p.code), Some("date"), "{bad}");
        }
        for far in ["2004-12-31", "01-01-2021"] {
            assert_eq!(
                birth_date(far).err().map(|p| p.code),
                Some("implausible_date")
            );
        }
        assert_eq!(birth_date("").err().map(|p| p.code), Some("required"));
    }

    #[test]
    fn advice_is_read_case_insensitively_with_unambiguous_spellings() {
        for each in Advice::ALL {
            assert_eq!(advice(&each.as_str().to_uppercase()).ok(), Some(each));
        }
        for (spelling, expected) in [
            ("VMBO-GT", Advice::VmboGT),
            ("vmbo gt", Advice::VmboGT),
            ("vmbo-t", Advice::VmboGT),
            ("Mavo", Advice::VmboGT),
            ("vmbo (g)t", Advice::VmboGT),
            ("vmbo-kb", Advice::VmboK),
            ("vmbo-bb", Advice::VmboB),
            ("vmbo-b / k", Advice::VmboBK),
            ("vmbo-t/havo", Advice::VmboGTHavo),
            ("havo / vwo", Advice::HavoVwo),
            ("Praktijkonderwijs", Advice::Pro),
        ] {
            assert_eq!(advice(spelling).ok(), Some(expected), "{spelling}");
        }
        for bad in ["vmbo", "mbo", "havo/vwo/gym"] {
            assert_eq!(advice(bad).err().map(|p| p.code), Some("advice"), "{bad}");
        }
    }

    #[test]
    fn lwoo_accepts_dutch_and_english_yes_and_no() {
        for yes in ["ja", "JA", "yes", "true", "1"] {
            assert_eq!(lwoo(yes).ok(), Some(true));
        }
        for no in ["nee", "No", "FALSE", "0", ""] {
            assert_eq!(lwoo(no).ok(), Some(false));
        }
        assert_eq!(lwoo("misschien").err().map(|p| p.code), Some("lwoo"));
    }

    #[test]
    fn the_limits_and_the_email_rule_equal_those_of_the_api_validator() {
        let base = format!(
            "{HEADER}\n1;Sanne;de Vries;8A;2014-05-17;havo;nee;Amstelveen;ouder@example.nl;\n"
        );
        let at_limit = base
            .replace("\n1;", &format!("\n{};", "é".repeat(64)))
            .replace(";Sanne;", &format!(";{};", "a".repeat(100)))
            .replace(";8A;", &format!(";{};", "8".repeat(20)))
            .replace(";Amstelveen;", &format!(";{};", "b".repeat(100)));
        let rows = rows(&at_limit);
        assert!(rows[0].data.validate().is_ok());

        let over = base
            .replace("\n1;", &format!("\n{};", "é".repeat(65)))
            .replace(";Sanne;", &format!(";{};", "a".repeat(101)))
            .replace(";8A;", &format!(";{};", "8".repeat(21)))
            .replace(";Amstelveen;", &format!(";{};", "b".repeat(101)))
            .replace(
                "ouder@example.nl",
                &format!("{}@example.nl", "c".repeat(250)),
            );
        let columns = [
            "external_id",
            "first_name",
            "class_name",
            "home_town",
            "parent_email",
        ];
        assert_eq!(
            errors(&over),
            columns.map(|c| error(2, c, "too_long")).to_vec()
        );

        for address in [
            "a@b",
            "a.b@c.nl",
            "no-at-sign",
            "a@@b.nl",
            "a b@c.nl",
            "ä@exämple.de",
        ] {
            let mut data = rows[0].data.clone();
            data.parent_email = address.to_owned();
            let api_accepts = data.validate().is_ok();
            assert_eq!(email(address).is_ok(), api_accepts, "{address}");
        }
    }

    #[test]
    fn more_than_5000_rows_is_one_error_on_the_first_extra_line() {
        let mut file = format!("{HEADER}\n");
        for id in 0..=MAX_ROWS {
            file.push_str(&format!(
                "{id};Sanne;de Vries;8A;2014-05-17;havo;nee;Amstelveen;ouder@example.nl;\n"
            ));
        }
        assert_eq!(errors(&file), vec![error(5002, "row", "too_many_rows")]);
        let at_limit = file.trim_end().rsplit_once('\n').unwrap().0.to_owned();
        assert_eq!(self::rows(&at_limit).len(), MAX_ROWS);
    }

    fn pupil(external_id: &str, twin: Option<PupilId>) -> Pupil {
        Pupil {
            id: PupilId::from_uuid(Uuid::new_v4()),
            procedure_id: ProcedureId::from_uuid(Uuid::nil()),
            school_id: SchoolId::from_uuid(Uuid::nil()),
            external_id: external_id.to_owned(),
            elk_number: "4817302956".to_owned(),
            first_name: "Zoë".to_owned(),
            last_name: "van \"de\" Berg, jr.".to_owned(),
            class_name: "8A".to_owned(),
            birth_date: date(2014, 3, 9),
            advice: overstap_domain::Advice::VmboGTHavo,
            lwoo: true,
            home_town: "Amstelveen".to_owned(),
            parent_email: "ouders@example.nl".to_owned(),
            twin_pupil_id: twin,
            status: overstap_domain::RegistrationStatus::Av,
            paper_route: None,
        }
    }

    #[test]
    fn export_then_parse_round_trips_every_field() {
        let mut first = pupil("-17", None);
        first.last_name = "Quote \"and\", comma".to_owned();
        let mut second = pupil("18", Some(first.id));
        second.lwoo = false;
        second.first_name = "=SUM(A1)".to_owned();
        first.twin_pupil_id = Some(second.id);
        let outsider = pupil("19", Some(PupilId::from_uuid(Uuid::new_v4())));
        let pupils = [first, second, outsider];

        let rows = rows(&export(&pupils));
        assert_eq!(rows.len(), pupils.len());
        for (row, pupil) in rows.iter().zip(&pupils) {
            let data = &row.data;
            assert_eq!(data.external_id, pupil.external_id);
            assert_eq!(data.first_name, pupil.first_name);
            assert_eq!(data.last_name, pupil.last_name);
            assert_eq!(data.class_name, pupil.class_name);
            assert_eq!(data.birth_date, pupil.birth_date);
            assert_eq!(data.advice, crate::dto::advice(pupil.advice).into());
            assert_eq!(data.lwoo, pupil.lwoo);
            assert_eq!(data.home_town, pupil.home_town);
            assert_eq!(data.parent_email, pupil.parent_email);
        }
        let twins: Vec<Option<&str>> = rows.iter().map(|r| r.twin_external_id.as_deref()).collect();
        assert_eq!(twins, [Some("18"), Some("-17"), None]);
    }

    #[test]
    fn export_quotes_cells_and_ends_lines_with_crlf() {
        let text = export(&[pupil("1", None)]);
        let expected_header = format!("\u{feff}{},elk_number,status\r\n", COLUMNS.join(","));
        assert!(text.starts_with(&expected_header), "{text}");
        assert!(text.ends_with(
            "1,Zoë,\"van \"\"de\"\" Berg, jr.\",8A,2014-03-09,vmbo-gt/havo,ja,Amstelveen,ouders@example.nl,,4817302956,AV\r\n"
        ), "{text}");
    }

    #[test]
    fn export_prefixes_cells_that_a_spreadsheet_would_run_as_a_formula() {
        let mut p = pupil("@1", None);
        p.first_name = "=HYPERLINK(\"http://x\")".to_owned();
        p.last_name = "+31".to_owned();
        p.home_town = "-2".to_owned();
        let text = export(&[p]);
        let line = text.lines().nth(1).unwrap();
        assert!(
            line.starts_with("'@1,\"'=HYPERLINK(\"\"http://x\"\")\",'+31,8A,"),
            "{line}"
        );
        assert!(line.contains(",'-2,"), "{line}");
        assert!(!text.contains(",=") && !text.contains(",+"));
        let file = format!("{HEADER}\n1;Anna;'t Hart;8A;2014-05-17;havo;nee;'=x;a@example.nl;\n");
        let rows = rows(&file);
        assert_eq!(rows[0].data.last_name, "'t Hart");
        assert_eq!(rows[0].data.home_town, "=x");
    }
}

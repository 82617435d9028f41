//! Reading an uploaded CSV file as spreadsheets write it: UTF-8 with or without a byte order
//! mark, `;` (Dutch Excel) or `,` between fields, a header naming the documented columns in any
//! order and case, blank lines skipped, and line numbers as an editor shows them. What each
//! cell must hold is the caller's business; this module finds the cells and the problems of the
//! file's shape.

use overstap_api_types::RowError;
use overstap_domain::pupil::record::{self, shown};

use super::FORMULA_STARTS;

/// The columns of one kind of file.
pub struct Columns {
    /// Every column the import reads, in documented order.
    pub all: &'static [&'static str],
    /// Columns of `all` a file may leave out.
    pub optional: &'static [&'static str],
    /// Columns an export adds that the import ignores.
    pub read_only: &'static [&'static str],
    /// The most data rows one file may hold.
    pub max_rows: usize,
    /// What a row is, for messages ("pupils", "schools").
    pub rows_are: &'static str,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ImportError {
    /// Not a CSV text file at all (binary, not UTF-8, empty, no header): 422 `unsupported_file`.
    #[error("{0}")]
    NotCsv(String),
    /// Every problem found, by line: 422 `invalid_input`. Nothing may be imported.
    #[error("{} problem(s) in the file", .0.len())]
    Rows(Vec<RowError>),
}

/// One data row of the file.
pub struct Record {
    /// The row's line in the file (the header is line 1).
    pub line: u32,
    fields: csv::StringRecord,
}

/// The data rows of a file whose header is right, and the rows that have the wrong shape.
pub struct Sheet {
    columns: &'static Columns,
    positions: Vec<Option<usize>>,
    pub records: Vec<Record>,
    pub errors: Vec<RowError>,
}

impl Sheet {
    /// The trimmed cell of the `column`-th documented column, without the `'` an export puts
    /// before a formula character; an absent optional column reads as empty.
    pub fn cell<'r>(&self, record: &'r Record, column: usize) -> &'r str {
        let value = self.positions[column]
            .and_then(|position| record.fields.get(position))
            .unwrap_or("")
            .trim();
        match value.strip_prefix('\'') {
            Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
            _ => value,
        }
    }

    /// Collects the problems of one row, each named by its column.
    pub fn problems(&self, line: u32) -> Problems {
        Problems {
            columns: self.columns.all,
            line,
            errors: Vec::new(),
        }
    }
}

/// Reads a whole file: its header must name the columns; each data row must have as many
/// fields as the header. Row-shape problems are in [`Sheet::errors`].
pub fn read(bytes: &[u8], columns: &'static Columns) -> Result<Sheet, ImportError> {
    let text = decode(bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = LineCounter::new(text);
    let mut records = reader.records();
    let header = loop {
        match records.next() {
            None => return Err(not_csv("The file has no header line.")),
            Some(record) => {
                let record = record.map_err(unreadable)?;
                if !is_blank(&record) {
                    break record;
                }
            }
        }
    };
    let line = lines.line_of(&header);
    let positions = positions(&header, line, columns)?;
    let mut sheet = Sheet {
        columns,
        positions,
        records: Vec::new(),
        errors: Vec::new(),
    };
    for record in records {
        let record = record.map_err(unreadable)?;
        if is_blank(&record) {
            continue;
        }
        let line = lines.line_of(&record);
        if sheet.records.len() + sheet.errors.len() >= columns.max_rows {
            sheet.errors.push(RowError {
                line,
                column: "row".to_owned(),
                code: "too_many_rows".to_owned(),
                message: format!(
                    "A file may hold at most {} {}; split it and import the parts one after another.",
                    columns.max_rows, columns.rows_are
                ),
            });
            break;
        }
        if record.len() != header.len() {
            sheet
                .errors
                .push(wrong_field_count(&record, line, header.len()));
            continue;
        }
        sheet.records.push(Record {
            line,
            fields: record,
        });
    }
    Ok(sheet)
}

/// One problem of one cell: a stable code and an English sentence.
pub struct Problem {
    pub code: &'static str,
    pub message: String,
}

pub fn problem(code: &'static str, message: String) -> Problem {
    Problem { code, message }
}

pub fn required() -> Problem {
    problem("required", "This field is empty.".to_owned())
}

impl From<record::ValueProblem> for Problem {
    fn from(problem: record::ValueProblem) -> Problem {
        Problem {
            code: problem.code,
            message: problem.message,
        }
    }
}

/// The domain's rule for a required text (`record::text`), as a file reports it.
pub fn text(value: &str, max: usize) -> Result<String, Problem> {
    record::text(value, max).map_err(Problem::from)
}

/// An optional text: empty is `None`.
pub fn optional<T>(
    value: &str,
    check: impl FnOnce(&str) -> Result<T, Problem>,
) -> Result<Option<T>, Problem> {
    if value.is_empty() {
        Ok(None)
    } else {
        check(value).map(Some)
    }
}

pub fn email(value: &str) -> Result<String, Problem> {
    use validator::ValidateEmail;
    let address = text(value, 254)?;
    if address.validate_email() {
        Ok(address)
    } else {
        Err(problem(
            "email",
            format!("\"{}\" is not an e-mail address.", shown(value)),
        ))
    }
}

/// The problems of one row.
pub struct Problems {
    columns: &'static [&'static str],
    line: u32,
    pub errors: Vec<RowError>,
}

impl Problems {
    pub fn check<T>(&mut self, column: usize, result: Result<T, Problem>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(problem) => {
                self.add(column, problem.code, problem.message);
                None
            }
        }
    }

    pub fn add(&mut self, column: usize, code: &str, message: String) {
        self.errors.push(RowError {
            line: self.line,
            column: self.columns[column].to_owned(),
            code: code.to_owned(),
            message,
        });
    }
}

fn not_csv(message: &str) -> ImportError {
    ImportError::NotCsv(message.to_owned())
}

fn unreadable(error: csv::Error) -> ImportError {
    ImportError::NotCsv(format!("The file cannot be read as CSV: {error}."))
}

/// The text of the file without a byte order mark, or why it is not a CSV text file.
fn decode(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(not_csv(
            "This is a spreadsheet workbook (e.g. .xlsx), not a CSV file; in Excel choose \
             Save As > \"CSV UTF-8\".",
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(not_csv(
            "The file is UTF-16 text; save it as CSV in UTF-8 (in Excel: \"CSV UTF-8\").",
        ));
    }
    if bytes.contains(&0) {
        return Err(not_csv(
            "The file holds binary data, not text; upload a CSV file.",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let line = line_breaks(&bytes[..error.valid_up_to()]) + 1;
        ImportError::NotCsv(format!(
            "The file is not UTF-8 text (line {line} has a character in another encoding); \
             save it as CSV in UTF-8 (in Excel: \"CSV UTF-8\")."
        ))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(not_csv("The file is empty."));
    }
    Ok(text)
}

/// `;` (what Dutch Excel writes) or `,`, whichever the first non-blank line holds more of
/// outside quotes.
fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let (mut semicolons, mut commas, mut quoted) = (0, 0, false);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

fn is_blank(record: &csv::StringRecord) -> bool {
    record.iter().all(|field| field.trim().is_empty())
}

/// Line numbers as an editor shows them (`\r\n`, `\n` and a lone `\r` each end a line).
/// The csv crate's own `Position::line` is one short after a CRLF line end and does not count a
/// lone CR, so lines are counted from the records' byte offsets, which only grow.
struct LineCounter<'t> {
    text: &'t [u8],
    offset: usize,
    line: usize,
}

impl<'t> LineCounter<'t> {
    fn new(text: &'t str) -> LineCounter<'t> {
        LineCounter {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    fn line_of(&mut self, record: &csv::StringRecord) -> u32 {
        let reported = record
            .position()
            .and_then(|p| usize::try_from(p.byte()).ok())
            .unwrap_or(self.offset);
        // A record never starts with a line break, but the reported start may include the
        // `\n` of the CRLF before it (and blank lines).
        let mut start = reported.clamp(self.offset, self.text.len());
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        self.line += line_breaks(&self.text[self.offset..start]);
        self.offset = start;
        u32::try_from(self.line).unwrap_or(u32::MAX)
    }
}

fn line_breaks(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|&(at, &byte)| {
            byte == b'\n' || (byte == b'\r' && bytes.get(at + 1) != Some(&b'\n'))
        })
        .count()
}

/// Where each documented column sits in the file.
fn positions(
    header: &csv::StringRecord,
    line: u32,
    columns: &Columns,
) -> Result<Vec<Option<usize>>, ImportError> {
    let mut positions = vec![None; columns.all.len()];
    let mut unknown = Vec::new();
    let mut errors = Vec::new();
    for (position, written) in header.iter().enumerate() {
        let name = written.trim().to_lowercase();
        if name.is_empty() || columns.read_only.contains(&name.as_str()) {
            continue;
        }
        match columns.all.iter().position(|c| *c == name) {
            Some(column) if positions[column].is_some() => errors.push(RowError {
                line,
                column: columns.all[column].to_owned(),
                code: "duplicate_column".to_owned(),
                message: format!("The column {name} appears twice in the header."),
            }),
            Some(column) => positions[column] = Some(position),
            None => unknown.push(format!("\"{}\"", shown(written.trim()))),
        }
    }
    if positions.iter().all(Option::is_none) {
        return Err(ImportError::NotCsv(format!(
            "The first line must be the header with the column names ({}); none of them \
             was found.",
            columns.all.join(", ")
        )));
    }
    if !unknown.is_empty() {
        errors.push(RowError {
            line,
            column: "row".to_owned(),
            code: "unknown_column".to_owned(),
            message: format!(
                "Unknown column(s) {}; the columns are {}.",
                unknown.join(", "),
                columns.all.join(", ")
            ),
        });
    }
    for (column, name) in columns.all.iter().enumerate() {
        if positions[column].is_none() && !columns.optional.contains(name) {
            errors.push(RowError {
                line,
                column: (*name).to_owned(),
                code: "missing_column".to_owned(),
                message: format!("The header has no column {name}."),
            });
        }
    }
    if errors.is_empty() {
        Ok(positions)
    } else {
        Err(ImportError::Rows(errors))
    }
}

fn wrong_field_count(record: &csv::StringRecord, line: u32, width: usize) -> RowError {
    let hint = if record.iter().any(|field| field.contains('\n')) {
        " A quote (\") that is not closed joins lines together."
    } else {
        ""
    };
    RowError {
        line,
        column: "row".to_owned(),
        code: "wrong_field_count".to_owned(),
        message: format!(
            "This row has {} fields but the header has {width}.{hint}",
            record.len()
        ),
    }
}

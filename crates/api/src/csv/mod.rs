//! CSV files: [`read`] reads an uploaded one; [`Csv`] writes one as spreadsheets open it: a
//! byte order mark, `,` between fields, CRLF line ends, and a `'` before a cell that a
//! spreadsheet would run as a formula (OWASP "CSV injection").

pub mod read;
pub mod upload;

/// Characters a spreadsheet treats as the start of a formula (OWASP "CSV injection").
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

pub struct Csv(String);

impl Default for Csv {
    fn default() -> Csv {
        Csv(String::from('\u{feff}'))
    }
}

impl Csv {
    pub fn new() -> Csv {
        Csv::default()
    }

    pub fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) {
        for (index, cell) in cells.into_iter().enumerate() {
            let cell = cell.as_ref();
            if index > 0 {
                self.0.push(',');
            }
            let guard = if cell.starts_with(FORMULA_STARTS) {
                "'"
            } else {
                ""
            };
            if cell.contains([',', '"', '\r', '\n']) {
                self.0.push('"');
                self.0.push_str(guard);
                self.0.push_str(&cell.replace('"', "\"\""));
                self.0.push('"');
            } else {
                self.0.push_str(guard);
                self.0.push_str(cell);
            }
        }
        self.0.push_str("\r\n");
    }

    pub fn blank_line(&mut self) {
        self.0.push_str("\r\n");
    }

    pub fn finish(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::Csv;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        let mut csv = Csv::new();
        csv.row(["a,b", "=1+1", "say \"hi\"", "plain"]);
        assert_eq!(
            csv.finish(),
            "\u{feff}\"a,b\",'=1+1,\"say \"\"hi\"\"\",plain\r\n"
        );
    }
}

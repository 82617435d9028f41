//! The Damm check digit: catches every single-digit error and every adjacent transposition.

/// Damm's totally anti-symmetric quasigroup of order 10 (Damm 2004, the table in common use).
const TABLE: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/// The interim digit after the given digits (each 0..=9). Appending it as a check digit makes
/// the interim of the whole sequence 0.
pub(crate) fn interim(digits: &[u8]) -> u8 {
    digits.iter().fold(0, |state, &digit| {
        TABLE[usize::from(state)][usize::from(digit % 10)]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_published_example_572_gets_check_digit_4() {
        assert_eq!(interim(&[5, 7, 2]), 4);
        assert_eq!(interim(&[5, 7, 2, 4]), 0);
    }

    #[test]
    fn the_table_is_a_latin_square_with_a_zero_diagonal() {
        for (i, row) in TABLE.iter().enumerate() {
            assert_eq!(row[i], 0);
            let mut seen = [false; 10];
            for &cell in row {
                seen[usize::from(cell)] = true;
            }
            assert!(seen.iter().all(|&s| s));
        }
    }
}

use super::*;
use proptest::prelude::*;

fn valid_number() -> impl Strategy<Value = ElkNumber> {
    (any::<u64>(), 0..CAPACITY).prop_map(|(key, index)| ElkNumberGenerator::new(key).number(index))
}

#[test]
fn a_number_parses_from_its_canonical_and_its_grouped_form() {
    let number = ElkNumberGenerator::new(3).number(0);
    assert_eq!(number.to_string().len(), 10);
    assert_eq!(ElkNumber::parse(&number.to_string()), Ok(number));
    assert_eq!(ElkNumber::parse(&number.grouped()), Ok(number));
    let dashed = number.grouped().replace(' ', "-");
    assert_eq!(ElkNumber::parse(&format!(" {dashed} ")), Ok(number));
}

#[test]
fn parse_states_what_is_wrong_with_the_input() {
    assert_eq!(
        ElkNumber::parse(""),
        Err(ElkNumberError::WrongLength { given: 0 })
    );
    assert_eq!(
        ElkNumber::parse("123 456"),
        Err(ElkNumberError::WrongLength { given: 6 })
    );
    assert_eq!(
        ElkNumber::parse("12345678O9"),
        Err(ElkNumberError::InvalidCharacter { character: 'O' })
    );
    assert_eq!(
        ElkNumber::parse("0000000000"),
        Err(ElkNumberError::LeadingZero)
    );
    // Body 572000000 has check digit 8 (see below); 9 is wrong.
    assert_eq!(
        ElkNumber::parse("5720000009"),
        Err(ElkNumberError::CheckDigitMismatch)
    );
}

#[test]
fn the_check_digit_is_the_damm_digit_of_the_body() {
    let number = ElkNumber::from_body(572_000_000);
    assert_eq!(number.to_string(), "5720000008");
    assert_eq!(number.grouped(), "5720 0000 08");
    assert_eq!(number.as_u64(), 5_720_000_008);
}

#[test]
fn serde_writes_the_canonical_digits_and_reads_any_accepted_form() {
    let number = ElkNumber::from_body(572_000_000);
    assert_eq!(serde_json::to_string(&number).unwrap(), "\"5720000008\"");
    assert_eq!(
        serde_json::from_str::<ElkNumber>("\"5720 0000 08\"").unwrap(),
        number
    );
    assert!(serde_json::from_str::<ElkNumber>("\"5720000009\"").is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_single_digit_typo_is_caught(number in valid_number()) {
        let digits: Vec<u8> = number.to_string().into_bytes();
        for position in 0..digits.len() {
            for replacement in b'0'..=b'9' {
                if replacement == digits[position] {
                    continue;
                }
                let mut typo = digits.clone();
                typo[position] = replacement;
                let typo = String::from_utf8(typo).unwrap();
                prop_assert!(ElkNumber::parse(&typo).is_err(), "{typo} was accepted");
            }
        }
    }

    #[test]
    fn every_swap_of_two_adjacent_digits_is_caught(number in valid_number()) {
        let digits: Vec<u8> = number.to_string().into_bytes();
        for position in 0..digits.len() - 1 {
            if digits[position] == digits[position + 1] {
                continue;
            }
            let mut swapped = digits.clone();
            swapped.swap(position, position + 1);
            let swapped = String::from_utf8(swapped).unwrap();
            prop_assert!(ElkNumber::parse(&swapped).is_err(), "{swapped} was accepted");
        }
    }

    #[test]
    fn every_generated_number_round_trips(number in valid_number()) {
        prop_assert_eq!(ElkNumber::parse(&number.to_string()), Ok(number));
        prop_assert_eq!(ElkNumber::parse(&number.grouped()), Ok(number));
    }
}

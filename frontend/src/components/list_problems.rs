//! The server's refusals of a preference list, sorted by where they belong: an entry, the
//! priority claim's fields, or the list as a whole.

use overstap_api_types::FieldError;

/// Where one refusal belongs, from its field name (`entries[2].programme_id`, `entries`, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Entry(usize),
    SiblingName,
    SiblingClass,
    Claim,
    List,
}

pub fn place(field: &str) -> Place {
    let Some(rest) = field.strip_prefix("entries[") else {
        return Place::List;
    };
    let Some((index, tail)) = rest.split_once(']') else {
        return Place::List;
    };
    let Ok(index) = index.parse::<usize>() else {
        return Place::List;
    };
    match tail {
        ".priority_claim.sibling_name" => Place::SiblingName,
        ".priority_claim.sibling_class" => Place::SiblingClass,
        tail if tail.starts_with(".priority_claim") => Place::Claim,
        _ => Place::Entry(index),
    }
}

/// The refusals at `wanted`.
pub fn at(problems: &[FieldError], wanted: &Place) -> Vec<FieldError> {
    problems
        .iter()
        .filter(|problem| place(&problem.field) == *wanted)
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Place, place};

    #[test]
    fn field_names_find_their_place() {
        assert_eq!(place("entries[2].programme_id"), Place::Entry(2));
        assert_eq!(place("entries[0]"), Place::Entry(0));
        assert_eq!(
            place("entries[0].priority_claim.sibling_name"),
            Place::SiblingName
        );
        assert_eq!(
            place("entries[0].priority_claim.sibling_class"),
            Place::SiblingClass
        );
        assert_eq!(place("entries[1].priority_claim"), Place::Claim);
        assert_eq!(place("entries[3].priority_claim.kind"), Place::Claim);
        assert_eq!(place("entries"), Place::List);
        assert_eq!(place("link_twin"), Place::List);
        assert_eq!(place("entries[x]"), Place::List);
    }
}

//! The closed sets of the domain (statuses, advice, languages, run kinds, ...) as table columns.
//!
//! A column holding one of them is typed `Stored<T>` in its entity: the text is parsed once,
//! where the row is read, and a value that does not parse is a typed database error
//! (`DbErr::TryIntoErr`), never a default. Writing stores the domain's own name (`as_str`).

use std::fmt;

use sea_orm::sea_query::{ArrayType, ColumnType, Nullable, StringLen, ValueType, ValueTypeErr};
use sea_orm::{ColIdx, DbErr, QueryResult, TryGetError, TryGetable, Value};

use overstap_domain::pupil::paper_route::PaperReason;
use overstap_domain::{
    Advice, Language, OfferOutcome, PriorityRuleKind, PriorityVerdict, RegistrationStatus, Role,
    RunKind, SchoolKind,
};

/// A domain value stored as its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Stored<T>(pub T);

/// A closed set with a stable name per member.
pub trait StoredText: Copy + fmt::Debug + Send + Sync + 'static {
    /// For error messages: what the column holds.
    const WHAT: &'static str;
    fn name(&self) -> &'static str;
    fn from_name(name: &str) -> Option<Self>;
}

macro_rules! stored_text {
    ($($ty:ty => $what:literal),* $(,)?) => {$(
        impl StoredText for $ty {
            const WHAT: &'static str = $what;
            fn name(&self) -> &'static str {
                self.as_str()
            }
            fn from_name(name: &str) -> Option<Self> {
                name.parse().ok()
            }
        }
    )*};
}

stored_text! {
    Advice => "advice",
    Language => "language",
    OfferOutcome => "offer outcome",
    PaperReason => "paper route reason",
    PriorityRuleKind => "priority rule",
    PriorityVerdict => "priority verdict",
    RegistrationStatus => "registration status",
    Role => "role",
    RunKind => "run kind",
    SchoolKind => "school kind",
}

/// A stored name that is not a member of its set.
#[derive(Debug, thiserror::Error)]
#[error("{value:?} is not a {what}")]
pub struct UnknownName {
    what: &'static str,
    value: String,
}

impl<T: StoredText> From<T> for Stored<T> {
    fn from(value: T) -> Self {
        Stored(value)
    }
}

/// Compares with a stored name, as a query or a test would write it.
impl<T: StoredText> PartialEq<&str> for Stored<T> {
    fn eq(&self, name: &&str) -> bool {
        self.0.name() == *name
    }
}

impl<T: StoredText> fmt::Display for Stored<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name())
    }
}

impl<T: StoredText> From<Stored<T>> for Value {
    fn from(value: Stored<T>) -> Self {
        Value::from(value.0.name())
    }
}

impl<T: StoredText> TryGetable for Stored<T> {
    fn try_get_by<I: ColIdx>(res: &QueryResult, idx: I) -> Result<Self, TryGetError> {
        let text = String::try_get_by(res, idx)?;
        T::from_name(&text).map(Stored).ok_or_else(|| {
            TryGetError::DbErr(DbErr::TryIntoErr {
                from: "String",
                into: T::WHAT,
                source: std::sync::Arc::new(UnknownName {
                    what: T::WHAT,
                    value: text,
                }),
            })
        })
    }
}

impl<T: StoredText> ValueType for Stored<T> {
    fn try_from(value: Value) -> Result<Self, ValueTypeErr> {
        let text = <String as ValueType>::try_from(value)?;
        T::from_name(&text).map(Stored).ok_or(ValueTypeErr)
    }

    fn type_name() -> String {
        T::WHAT.to_owned()
    }

    fn array_type() -> ArrayType {
        ArrayType::String
    }

    fn column_type() -> ColumnType {
        ColumnType::String(StringLen::None)
    }
}

impl<T: StoredText> Nullable for Stored<T> {
    fn null() -> Value {
        Value::String(None)
    }
}

impl<T: StoredText> sea_orm::IntoActiveValue<Stored<T>> for Stored<T> {
    fn into_active_value(self) -> sea_orm::ActiveValue<Stored<T>> {
        sea_orm::ActiveValue::Set(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_round_trips_and_an_unknown_name_is_an_error() {
        let value: Value = Stored(RegistrationStatus::Ag).into();
        assert_eq!(value, Value::from("AG"));
        let back = <Stored<RegistrationStatus> as ValueType>::try_from(value).unwrap();
        assert_eq!(back.0, RegistrationStatus::Ag);
        assert!(<Stored<Advice> as ValueType>::try_from(Value::from("mavo-plus")).is_err());
    }
}

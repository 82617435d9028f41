//! The names a parent knows the pupil fields by, for the correction e-mail.

use overstap_domain::Language;
use overstap_domain::pupil::PupilField;

/// The name a parent knows a pupil field by.
pub fn field_name(field: PupilField, language: Language) -> &'static str {
    match language {
        Language::Nl => match field {
            PupilField::Name => "naam",
            PupilField::BirthDate => "geboortedatum",
            PupilField::Advice => "schooladvies",
            PupilField::Lwoo => "leerwegondersteuning (lwoo)",
            PupilField::Address => "adres",
            PupilField::HomeTown => "woonplaats",
            PupilField::ParentEmails => "e-mailadressen van de ouders",
        },
        Language::En => match field {
            PupilField::Name => "name",
            PupilField::BirthDate => "date of birth",
            PupilField::Advice => "school advice",
            PupilField::Lwoo => "learning support (lwoo)",
            PupilField::Address => "address",
            PupilField::HomeTown => "home town",
            PupilField::ParentEmails => "parents' e-mail addresses",
        },
        Language::Tr => match field {
            PupilField::Name => "ad",
            PupilField::BirthDate => "doğum tarihi",
            PupilField::Advice => "okul tavsiyesi (schooladvies)",
            PupilField::Lwoo => "öğrenme desteği (lwoo)",
            PupilField::Address => "adres",
            PupilField::HomeTown => "ikamet yeri (woonplaats)",
            PupilField::ParentEmails => "velilerin e-posta adresleri",
        },
        Language::Ar => match field {
            PupilField::Name => "الاسم",
            PupilField::BirthDate => "تاريخ الميلاد",
            PupilField::Advice => "توصية المدرسة (schooladvies)",
            PupilField::Lwoo => "دعم التعلّم (lwoo)",
            PupilField::Address => "العنوان",
            PupilField::HomeTown => "مكان السكن (woonplaats)",
            PupilField::ParentEmails => "عناوين البريد الإلكتروني للوالدين",
        },
    }
}

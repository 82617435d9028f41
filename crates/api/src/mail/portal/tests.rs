use std::collections::HashSet;

use overstap_domain::{Language, PriorityClaim};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;
use time::macros::datetime;

use super::{
    Confirmation, ConfirmedProgramme, PasswordReset, Withdrawn, confirmation, password_reset,
    withdrawn,
};

const NASTY: &str = r#"<b>Ali & "Noor"</b>"#;
const ESCAPED: &str = "&lt;b&gt;Ali &amp; &quot;Noor&quot;&lt;/b&gt;";
const LINK: &str = "http://localhost:8080/aanmelding?x=1&y=2";
const ELK: &str = "123456789012";
const CONFIRMED: OffsetDateTime = datetime!(2026-03-27 18:45 UTC);
const CLOSES: OffsetDateTime = datetime!(2026-03-31 22:00 UTC);
const PUBLISHED: OffsetDateTime = datetime!(2026-04-15 14:00 UTC);
const RESET_UNTIL: OffsetDateTime = datetime!(2026-03-30 12:30 UTC);

/// (language, confirmed at, last moment of the week, publication, reset link works until).
const DATES: [(Language, &str, &str, &str, &str); 4] = [
    (
        Language::Nl,
        "vrijdag 27 maart 2026 om 19:45",
        "dinsdag 31 maart 2026 om 23:59",
        "woensdag 15 april 2026 om 16:00",
        "maandag 30 maart 2026 om 14:30",
    ),
    (
        Language::En,
        "Friday 27 March 2026 at 19:45",
        "Tuesday 31 March 2026 at 23:59",
        "Wednesday 15 April 2026 at 16:00",
        "Monday 30 March 2026 at 14:30",
    ),
    (
        Language::Tr,
        "27 Mart 2026 Cuma saat 19:45",
        "31 Mart 2026 Salı saat 23:59",
        "15 Nisan 2026 Çarşamba saat 16:00",
        "30 Mart 2026 Pazartesi saat 14:30",
    ),
    (
        Language::Ar,
        "الجمعة 27 مارس 2026 الساعة 19:45",
        "الثلاثاء 31 مارس 2026 الساعة 23:59",
        "الأربعاء 15 أبريل 2026 الساعة 16:00",
        "الاثنين 30 مارس 2026 الساعة 14:30",
    ),
];

/// Given out of order on purpose: the mail lists them by rank.
const PROGRAMMES: [ConfirmedProgramme<'static>; 3] = [
    ConfirmedProgramme {
        rank: 2,
        programme_name: "vwo",
        school_name: "Amstelveen College",
        town: "Amstelveen",
    },
    ConfirmedProgramme {
        rank: 1,
        programme_name: "havo/vwo",
        school_name: "Hermann Wesselink College",
        town: "Amstelveen",
    },
    ConfirmedProgramme {
        rank: 3,
        programme_name: "technasium",
        school_name: "Panta Rhei",
        town: "Uithoorn",
    },
];

fn confirm_with(
    language: Language,
    child: &str,
    programmes: &[ConfirmedProgramme<'_>],
    claim: Option<&PriorityClaim>,
    twin: Option<&str>,
) -> NewMail {
    confirmation(
        "ouder@example.nl",
        &Confirmation {
            language,
            child_first_name: child,
            elk_number: ELK,
            programmes,
            priority_claim: claim,
            twin_first_name: twin,
            confirmed_at: CONFIRMED,
            closes_at: CLOSES,
            publication_at: PUBLISHED,
            portal_link: LINK,
        },
    )
}

fn sibling(name: &str) -> PriorityClaim {
    PriorityClaim::Sibling {
        name: name.to_owned(),
        class: "2B".to_owned(),
    }
}

fn confirm(language: Language, child: &str) -> NewMail {
    confirm_with(
        language,
        child,
        &PROGRAMMES,
        Some(&sibling("Daan")),
        Some("Lotte"),
    )
}

fn reset(language: Language, child: &str) -> NewMail {
    password_reset(
        "ouder@example.nl",
        &PasswordReset {
            language,
            child_first_name: child,
            elk_number: ELK,
            reset_link: LINK,
            valid_until: RESET_UNTIL,
        },
    )
}

fn withdraw(language: Language, child: &str) -> NewMail {
    withdrawn(
        "ouder@example.nl",
        &Withdrawn {
            language,
            child_first_name: child,
            closes_at: CLOSES,
            portal_link: LINK,
        },
    )
}

fn every_mail(language: Language, child: &str) -> [NewMail; 3] {
    [
        confirm(language, child),
        reset(language, child),
        withdraw(language, child),
    ]
}

fn both(mail: &NewMail, text: &str) -> bool {
    mail.body_text.contains(text) && mail.body_html.contains(text)
}

fn position(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing from {haystack}"))
}

#[test]
fn the_confirmation_lists_the_programmes_by_rank_with_school_and_town() {
    for language in Language::ALL {
        let mail = confirm(language, "Sem");
        for text in [&mail.body_text, &mail.body_html] {
            let first = position(text, "1. havo/vwo – Hermann Wesselink College");
            let second = position(text, "2. vwo – Amstelveen College");
            let third = position(text, "3. technasium – Panta Rhei");
            assert!(first < second && second < third, "{language}: {text}");
            assert!(text.contains("Uithoorn"), "{language}");
        }
    }
    assert!(both(
        &confirm(Language::Nl, "Sem"),
        "3. technasium – Panta Rhei, Uithoorn"
    ));
    assert!(both(
        &confirm(Language::Ar, "Sem"),
        "3. technasium – Panta Rhei, Uithoorn"
    ));
}

#[test]
fn the_confirmation_gives_the_elk_number_and_every_moment_in_the_parents_language() {
    for (language, confirmed, until, published, _) in DATES {
        let mail = confirm(language, "Sem");
        assert!(both(&mail, ELK), "{language}");
        assert!(both(&mail, confirmed), "{language}: {}", mail.body_text);
        assert!(both(&mail, until), "{language}: {}", mail.body_text);
        assert!(both(&mail, published), "{language}: {}", mail.body_text);
        assert!(mail.body_text.contains(LINK));
        assert!(
            mail.body_html
                .contains("href=\"http://localhost:8080/aanmelding?x=1&amp;y=2\"")
        );
        assert!(mail.subject.contains("Sem"));
        assert_eq!(mail.recipient, "ouder@example.nl");
    }
    let can_still_change = [
        (Language::Nl, "intrekken en de voorkeurslijst wijzigen"),
        (
            Language::En,
            "withdraw the registration in Overstap and change",
        ),
        (
            Language::Tr,
            "geri çekebilir ve tercih listesini değiştirebilirsiniz",
        ),
        (
            Language::Ar,
            "سحب التسجيل في Overstap وتعديل قائمة التفضيلات",
        ),
    ];
    for (language, text) in can_still_change {
        assert!(both(&confirm(language, "Sem"), text), "{language}");
    }
    for language in [Language::Tr, Language::Ar] {
        let mail = confirm(language, "Sem");
        for dutch in ["(ELK-nummer)", "(aanmelding)", "(voorkeurslijst)"] {
            assert!(both(&mail, dutch), "{language} {dutch}");
        }
    }
}

#[test]
fn the_confirmation_names_the_priority_claim_and_the_twin() {
    let sibling_rule = [
        (Language::Nl, "Broer of zus op de school", "Daan, 2B"),
        (Language::En, "Brother or sister at the school", "Daan, 2B"),
        (Language::Tr, "Okulda okuyan kardeş", "Daan, 2B"),
        (Language::Ar, "أخ أو أخت في المدرسة", "Daan, 2B"),
    ];
    for (language, rule, sibling) in sibling_rule {
        let mail = confirm(language, "Sem");
        assert!(both(&mail, rule), "{language}: {}", mail.body_text);
        assert!(both(&mail, sibling), "{language}: {}", mail.body_text);
        assert!(both(&mail, "Lotte"), "{language}");

        let plain = confirm_with(language, "Sem", &PROGRAMMES, None, None);
        assert!(!plain.body_text.contains("Daan") && !plain.body_text.contains("Lotte"));
        assert!(plain.body_text.len() < mail.body_text.len());
    }
    for language in Language::ALL {
        let claims = [
            sibling("Daan"),
            PriorityClaim::StaffChild,
            PriorityClaim::Hardship,
            PriorityClaim::Kopklas,
        ];
        let texts: HashSet<String> = claims
            .iter()
            .map(|claim| confirm_with(language, "Sem", &PROGRAMMES, Some(claim), None).body_text)
            .collect();
        assert_eq!(texts.len(), claims.len(), "{language}");
    }
    assert!(both(
        &confirm_with(
            Language::Tr,
            "Sem",
            &PROGRAMMES,
            Some(&PriorityClaim::Hardship),
            None
        ),
        "(hardheidsclausule)"
    ));
}

#[test]
fn the_reset_mail_carries_the_link_the_user_name_and_when_it_stops_working() {
    for (language, _, _, _, valid_until) in DATES {
        let mail = reset(language, "Sem");
        assert!(mail.body_text.contains(LINK), "{language}");
        assert!(
            mail.body_html
                .contains("href=\"http://localhost:8080/aanmelding?x=1&amp;y=2\"")
        );
        assert!(both(&mail, ELK), "{language}");
        assert!(both(&mail, valid_until), "{language}: {}", mail.body_text);
        assert!(both(&mail, "ELK"), "{language}");
        assert!(mail.subject.contains("Sem") && mail.subject.contains("Overstap"));
    }
}

#[test]
fn the_withdrawal_mail_says_until_when_it_can_be_made_final_again() {
    for (language, _, until, _, _) in DATES {
        let mail = withdraw(language, "Sem");
        assert!(both(&mail, until), "{language}: {}", mail.body_text);
        assert!(mail.body_text.contains(LINK), "{language}");
        assert!(mail.subject.contains("Sem"));
    }
    let no_longer_counts = [
        (Language::Nl, "telt niet meer mee"),
        (Language::En, "no longer counts"),
        (Language::Tr, "artık yerleştirmede dikkate alınmıyor"),
        (Language::Ar, "لم يعد يُحتسب"),
    ];
    for (language, text) in no_longer_counts {
        assert!(both(&withdraw(language, "Sem"), text), "{language}");
    }
}

#[test]
fn html_escapes_every_name_and_text_keeps_them_as_written() {
    let programmes = [ConfirmedProgramme {
        rank: 1,
        programme_name: NASTY,
        school_name: NASTY,
        town: NASTY,
    }];
    for language in Language::ALL {
        let claim = sibling(NASTY);
        let named = confirm_with(language, NASTY, &programmes, Some(&claim), Some(NASTY));
        assert!(
            named.body_html.matches(ESCAPED).count() >= 5,
            "{}",
            named.body_html
        );
        for mail in [named, reset(language, NASTY), withdraw(language, NASTY)] {
            assert!(mail.body_html.contains(ESCAPED), "{}", mail.body_html);
            assert!(!mail.body_html.contains("<b>"), "{}", mail.body_html);
            assert!(mail.body_text.contains(NASTY));
            assert!(mail.subject.contains(NASTY));
        }
    }
}

#[test]
fn subjects_and_texts_differ_per_language_and_per_mail() {
    for index in 0..3 {
        let mails: Vec<NewMail> = Language::ALL
            .into_iter()
            .map(|language| every_mail(language, "Sem")[index].clone())
            .collect();
        let subjects: HashSet<&str> = mails.iter().map(|m| m.subject.as_str()).collect();
        let texts: HashSet<&str> = mails.iter().map(|m| m.body_text.as_str()).collect();
        assert_eq!(subjects.len(), Language::ALL.len(), "{subjects:?}");
        assert_eq!(texts.len(), Language::ALL.len());
    }
    for language in Language::ALL {
        let subjects: HashSet<String> = every_mail(language, "Sem")
            .into_iter()
            .map(|m| m.subject)
            .collect();
        assert_eq!(subjects.len(), 3, "{language}");
    }
}

#[test]
fn arabic_mails_run_right_to_left_and_the_others_left_to_right() {
    for language in Language::ALL {
        let dir = if language.is_rtl() { "rtl" } else { "ltr" };
        for mail in every_mail(language, "Sem") {
            assert!(mail.body_html.starts_with("<!DOCTYPE html>"));
            assert!(
                mail.body_html
                    .contains(&format!("<html lang=\"{language}\" dir=\"{dir}\">")),
                "{language}"
            );
            assert!(mail.body_html.contains(&format!("<div dir=\"{dir}\"")));
            assert!(mail.body_html.trim_end().ends_with("</html>"));
        }
    }
    for mail in every_mail(Language::Ar, "Sem") {
        assert!(mail.body_html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        for line in mail.body_text.lines() {
            if !(line.is_empty() || line == "--" || line == LINK) {
                assert!(line.starts_with('\u{200F}'), "{line:?}");
            }
        }
    }
}

//! The e-mails the parent portal sends: confirmation, password reset, withdrawal and the
//! placement result, in every language.

use std::collections::HashSet;

use overstap_domain::{Language, PriorityClaim};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;
use time::macros::datetime;

use super::{
    Confirmation, ConfirmedProgramme, PasswordReset, PlacementResult, Withdrawn, confirmation,
    password_reset, placement_result, withdrawn,
};

const NASTY: &str = r#"<b>Ali & "Noor"</b>"#;
const ESCAPED: &str = "&lt;b&gt;Ali &amp; &quot;Noor&quot;&lt;/b&gt;";
const LINK: &str = "http://localhost:8080/aanmelding?x=1&y=2";
const ELK: &str = "123456789012";
const CONFIRMED: OffsetDateTime = datetime!(2026-03-27 18:45 UTC);
const CLOSES: OffsetDateTime = datetime!(2026-03-31 22:00 UTC);
const PUBLISHED: OffsetDateTime = datetime!(2026-04-15 14:00 UTC);
const RESET_UNTIL: OffsetDateTime = datetime!(2026-03-30 12:30 UTC);
const ROUND2: OffsetDateTime = datetime!(2026-04-22 08:00 UTC);

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

/// Ranked 2nd on the list; the child is on the reserve list of the 1st.
const RESERVE: [(&str, &str, u32); 1] = [("havo/vwo", "Hermann Wesselink College", 4)];

fn result_with(
    language: Language,
    child: &str,
    placed: Option<ConfirmedProgramme<'_>>,
    reserve: &[(&str, &str, u32)],
    round2: Option<OffsetDateTime>,
) -> NewMail {
    placement_result(
        "ouder@example.nl",
        &PlacementResult {
            language,
            child_first_name: child,
            placed,
            reserve,
            round2_opens_at: round2,
            portal_link: LINK,
        },
    )
}

fn placed_at(rank: u32) -> ConfirmedProgramme<'static> {
    ConfirmedProgramme {
        rank,
        programme_name: "vwo",
        school_name: "Amstelveen College",
        town: "Amstelveen",
    }
}

fn placed(language: Language, child: &str) -> NewMail {
    result_with(language, child, Some(placed_at(2)), &RESERVE, None)
}

fn not_placed(language: Language, child: &str) -> NewMail {
    result_with(language, child, None, &RESERVE, Some(ROUND2))
}

fn every_mail(language: Language, child: &str) -> [NewMail; 5] {
    [
        confirm(language, child),
        reset(language, child),
        withdraw(language, child),
        placed(language, child),
        not_placed(language, child),
    ]
}

/// A value as a sentence shows it: Arabic isolates it (FSI … PDI) from the text around it.
fn shown(language: Language, value: &str) -> String {
    if language.is_rtl() {
        format!("\u{2068}{value}\u{2069}")
    } else {
        value.to_owned()
    }
}

/// "1. havo/vwo – Hermann Wesselink College", each value as the language shows it.
fn programme_line(language: Language, rank: &str, programme: &str, school: &str) -> String {
    let [rank, programme, school] = [rank, programme, school].map(|v| shown(language, v));
    format!("{rank}. {programme} – {school}")
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
        let line = |rank, programme, school| programme_line(language, rank, programme, school);
        for text in [&mail.body_text, &mail.body_html] {
            let first = position(text, &line("1", "havo/vwo", "Hermann Wesselink College"));
            let second = position(text, &line("2", "vwo", "Amstelveen College"));
            let third = position(text, &line("3", "technasium", "Panta Rhei"));
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
        "\u{2068}3\u{2069}. \u{2068}technasium\u{2069} – \u{2068}Panta Rhei\u{2069}, \
         \u{2068}Uithoorn\u{2069}"
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
        (
            Language::Ar,
            "أخ أو أخت في المدرسة",
            "\u{2068}Daan\u{2069}, \u{2068}2B\u{2069}",
        ),
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

fn nasty_programme() -> ConfirmedProgramme<'static> {
    ConfirmedProgramme {
        rank: 1,
        programme_name: NASTY,
        school_name: NASTY,
        town: NASTY,
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
        let reserve = [(NASTY, NASTY, 4)];
        let placed_nasty = result_with(language, NASTY, Some(nasty_programme()), &reserve, None);
        // The child in the greeting or intro, the three facts, the school in the next
        // steps, and the reserve programme and school.
        assert!(
            placed_nasty.body_html.matches(ESCAPED).count() >= 7,
            "{}",
            placed_nasty.body_html
        );
        let unplaced_nasty = result_with(language, NASTY, None, &reserve, Some(ROUND2));
        let mails = [
            named,
            reset(language, NASTY),
            withdraw(language, NASTY),
            placed_nasty,
            unplaced_nasty,
        ];
        for mail in mails {
            assert!(mail.body_html.contains(ESCAPED), "{}", mail.body_html);
            assert!(!mail.body_html.contains("<b>"), "{}", mail.body_html);
            assert!(mail.body_text.contains(NASTY));
            assert!(mail.subject.contains(NASTY));
        }
    }
}

#[test]
fn subjects_and_texts_differ_per_language_and_per_mail() {
    for index in 0..5 {
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
        assert_eq!(subjects.len(), 5, "{language}");
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

#[test]
fn the_placed_result_congratulates_and_names_programme_school_town_and_choice() {
    let second_choice = [
        (Language::Nl, "Gefeliciteerd", "Dit was uw tweede keuze."),
        (
            Language::En,
            "Congratulations",
            "This was your second choice.",
        ),
        (Language::Tr, "Tebrikler", "ikinci tercihinizdi"),
        (Language::Ar, "تهانينا", "اختياركم الثاني"),
    ];
    for (language, congratulations, choice) in second_choice {
        let mail = placed(language, "Sem");
        assert!(both(&mail, congratulations), "{language}");
        assert!(both(&mail, choice), "{language}: {}", mail.body_text);
        for name in ["vwo", "Amstelveen College", "Amstelveen"] {
            assert!(both(&mail, name), "{language}: {name}");
        }
        assert!(mail.subject.contains("Sem"), "{language}");
        assert!(mail.body_text.contains(LINK), "{language}");
        assert!(
            mail.body_html
                .contains("href=\"http://localhost:8080/aanmelding?x=1&amp;y=2\"")
        );
        assert_eq!(mail.recipient, "ouder@example.nl");
        // Round 2 is for pupils without a place.
        let with_round2 = result_with(language, "Sem", Some(placed_at(2)), &[], Some(ROUND2));
        assert_eq!(
            with_round2.body_text,
            result_with(language, "Sem", Some(placed_at(2)), &[], None).body_text
        );
    }
    let school_contacts_you = [
        (Language::Nl, "Amstelveen College neemt contact met u op"),
        (Language::En, "Amstelveen College will contact you"),
        (Language::Tr, "Amstelveen College kayıt (inschrijving)"),
        (
            Language::Ar,
            "ستتواصل معكم مدرسة \u{2068}Amstelveen College\u{2069}",
        ),
    ];
    for (language, text) in school_contacts_you {
        assert!(both(&placed(language, "Sem"), text), "{language}");
    }
}

#[test]
fn the_choice_is_said_in_words_up_to_the_tenth_and_in_figures_after() {
    let choices = [
        (Language::Nl, 1, "uw eerste keuze"),
        (Language::Nl, 10, "uw tiende keuze"),
        (Language::Nl, 12, "uw 12e keuze"),
        (Language::En, 1, "your first choice"),
        (Language::En, 3, "your third choice"),
        (Language::En, 11, "your 11th choice"),
        (Language::En, 21, "your 21st choice"),
        (Language::En, 22, "your 22nd choice"),
        (Language::Tr, 1, "birinci tercihinizdi"),
        (Language::Tr, 3, "üçüncü tercihinizdi"),
        (Language::Tr, 12, "12. tercihinizdi"),
        (Language::Ar, 1, "اختياركم الأول"),
        (Language::Ar, 3, "اختياركم الثالث"),
        (Language::Ar, 12, "اختياركم رقم \u{2068}12\u{2069}"),
    ];
    for (language, rank, text) in choices {
        let mail = result_with(language, "Sem", Some(placed_at(rank)), &[], None);
        assert!(both(&mail, text), "{language} {rank}: {}", mail.body_text);
    }
}

#[test]
fn the_unplaced_result_says_so_kindly_and_gives_round_two_with_its_date() {
    let round2 = [
        (
            Language::Nl,
            "niet geplaatst",
            "woensdag 22 april 2026 om 10:00",
            "tweede ronde",
        ),
        (
            Language::En,
            "has not been placed",
            "Wednesday 22 April 2026 at 10:00",
            "(tweede ronde)",
        ),
        (
            Language::Tr,
            "hiçbirine yerleştirilemedi",
            "22 Nisan 2026 Çarşamba saat 10:00",
            "(tweede ronde)",
        ),
        (
            Language::Ar,
            "لم يحصل طفلكم \u{2068}Sem\u{2069}",
            "الأربعاء 22 أبريل 2026 الساعة 10:00",
            "(tweede ronde)",
        ),
    ];
    for (language, not_placed_text, date, round) in round2 {
        let mail = not_placed(language, "Sem");
        assert!(
            both(&mail, not_placed_text),
            "{language}: {}",
            mail.body_text
        );
        assert!(both(&mail, date), "{language}: {}", mail.body_text);
        assert!(both(&mail, round), "{language}");
        assert!(mail.subject.contains("Sem"), "{language}");
        assert!(mail.body_text.contains(LINK), "{language}");
        assert!(!both(&mail, "Amstelveen College"), "{language}");
        assert_ne!(mail.subject, placed(language, "Sem").subject);
    }
    for language in [Language::Tr, Language::Ar] {
        let mail = not_placed(language, "Sem");
        for dutch in ["(plaatsing)", "(voorkeurslijst)", "(basisschool)"] {
            assert!(both(&mail, dutch), "{language} {dutch}");
        }
    }
}

#[test]
fn without_round_two_the_primary_school_or_coordinator_gets_in_touch() {
    let contact = [
        (Language::Nl, "De basisschool of de coördinator"),
        (
            Language::En,
            "The primary school or the transfer coordinator",
        ),
        (
            Language::Tr,
            "İlkokul (basisschool) veya geçiş koordinatörü",
        ),
        (
            Language::Ar,
            "المدرسة الابتدائية (basisschool) أو منسّق الانتقال",
        ),
    ];
    for (language, text) in contact {
        let mail = result_with(language, "Sem", None, &[], None);
        assert!(both(&mail, text), "{language}: {}", mail.body_text);
        assert!(!mail.body_text.contains("2026"), "{language}");
        assert!(!both(&not_placed(language, "Sem"), text), "{language}");
    }
}

#[test]
fn reserve_positions_are_listed_only_when_published() {
    let reserve_lines = [
        (
            Language::Nl,
            "havo/vwo – Hermann Wesselink College: nummer 4",
            "reservelijst",
        ),
        (
            Language::En,
            "havo/vwo – Hermann Wesselink College: position 4",
            "reserve list",
        ),
        (
            Language::Tr,
            "havo/vwo – Hermann Wesselink College: 4. sıra",
            "(reservelijst)",
        ),
        (
            Language::Ar,
            "المركز \u{2068}4\u{2069}: \u{2068}havo/vwo\u{2069} – \
             \u{2068}Hermann Wesselink College\u{2069}",
            "(reservelijst)",
        ),
    ];
    for (language, line, word) in reserve_lines {
        for mail in [placed(language, "Sem"), not_placed(language, "Sem")] {
            assert!(both(&mail, line), "{language}: {}", mail.body_text);
            assert!(both(&mail, word), "{language}");
        }
        let html = placed(language, "Sem").body_html;
        assert!(html.contains(&format!("<li>{line}</li>")), "{html}");
        for mail in [
            result_with(language, "Sem", Some(placed_at(2)), &[], None),
            result_with(language, "Sem", None, &[], Some(ROUND2)),
        ] {
            assert!(!mail.body_text.contains("Hermann"), "{language}");
            assert!(!mail.body_text.contains(word), "{language}");
            assert!(!mail.body_html.contains("<ul"), "{language}");
        }
    }
    let several = [("havo", "A", 7), ("vwo", "B", 2)];
    let mail = result_with(Language::En, "Sem", None, &several, None);
    let first = position(&mail.body_text, "havo – A: position 7");
    let second = position(&mail.body_text, "vwo – B: position 2");
    assert!(first < second, "{}", mail.body_text);
}

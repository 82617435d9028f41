use overstap_domain::Language;

use super::every_mail::{LINK, every_mail};
use super::{environment, one_line};

#[test]
fn the_templates_compile() {
    assert!(environment().is_ok(), "{:?}", environment().err());
}

#[test]
fn every_mail_renders_in_every_language_without_a_problem() {
    for language in Language::ALL {
        for mail in every_mail(language, "Sem") {
            assert!(
                !mail.subject.is_empty() && !mail.body_text.is_empty(),
                "{language}"
            );
            assert!(mail.body_html.ends_with("</body>\n</html>\n"), "{language}");
            assert!(mail.body_text.ends_with('\n') && !mail.body_text.ends_with("\n\n"));
            assert!(!mail.body_text.contains("\n\n\n"), "{}", mail.body_text);
            assert!(!mail.body_html.contains("\n\n"), "{}", mail.body_html);
        }
    }
}

#[test]
fn a_school_name_with_markup_is_escaped_in_html_and_verbatim_in_text() {
    const SCHOOL: &str = r#"<script>&"'"#;
    for language in Language::ALL {
        for mail in every_mail(language, SCHOOL) {
            assert!(
                mail.body_html.contains("&lt;script&gt;&amp;&quot;&#x27;"),
                "{}",
                mail.body_html
            );
            assert!(!mail.body_html.contains("<script"), "{}", mail.body_html);
            assert!(!mail.body_html.contains("&\""), "{}", mail.body_html);
            assert!(mail.body_text.contains(SCHOOL), "{}", mail.body_text);
            assert!(!mail.body_text.contains("&lt;"), "{}", mail.body_text);
            assert!(mail.subject.contains(SCHOOL), "{}", mail.subject);
        }
    }
}

#[test]
fn an_arabic_mail_isolates_a_latin_name_and_the_others_do_not() {
    for mail in every_mail(Language::Ar, "Sem") {
        let isolated = "\u{2068}Sem\u{2069}";
        assert!(mail.subject.contains(isolated), "{:?}", mail.subject);
        assert!(mail.body_text.contains(isolated), "{:?}", mail.body_text);
        assert!(mail.body_html.contains(isolated), "{:?}", mail.body_html);
    }
    for language in [Language::Nl, Language::En, Language::Tr] {
        for mail in every_mail(language, "Sem") {
            for part in [&mail.subject, &mail.body_text, &mail.body_html] {
                assert!(
                    !part.contains(['\u{2068}', '\u{2069}']),
                    "{language}: {part:?}"
                );
            }
        }
    }
}

#[test]
fn arabic_mail_runs_right_to_left_in_the_document_and_in_the_wrapper() {
    for mail in every_mail(Language::Ar, "Sem") {
        let html = mail.body_html;
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
        assert!(html.contains("<div dir=\"rtl\" lang=\"ar\""), "{html}");
        assert!(html.contains("text-align:right"));
        assert!(!html.contains("-left") && !html.contains(":left"), "{html}");
    }
    let corrected = every_mail(Language::Ar, "Sem").swap_remove(1).body_html;
    assert!(corrected.contains("border-right:4px") && corrected.contains("padding-right:24px"));
    assert!(corrected.contains("dir=\"ltr\" style=\"color:#0b5cad;word-break:break-all;\""));
    for language in [Language::Nl, Language::En, Language::Tr] {
        for mail in every_mail(language, "Sem") {
            let html = mail.body_html;
            assert!(html.contains(&format!("<html lang=\"{language}\" dir=\"ltr\">")));
            assert!(html.contains("text-align:left"));
            assert!(
                !html.contains("-right") && !html.contains(":right"),
                "{html}"
            );
        }
    }
}

#[test]
fn arabic_text_lines_start_with_a_right_to_left_mark_except_links() {
    let text = every_mail(Language::Ar, "Sem").swap_remove(1).body_text;
    let lines: Vec<&str> = text.lines().filter(|line| !line.is_empty()).collect();
    assert!(lines.contains(&LINK), "{text}");
    assert!(lines.contains(&"--"), "{text}");
    assert!(
        lines.iter().any(|line| line.starts_with("\u{200F}- ")),
        "{text}"
    );
    for line in lines {
        assert_eq!(
            line.starts_with('\u{200F}'),
            line != LINK && line != "--",
            "{line:?}"
        );
    }
    assert!(
        !every_mail(Language::Tr, "Sem")[1]
            .body_text
            .contains('\u{200F}')
    );
}

#[test]
fn the_text_layout_puts_each_block_in_its_own_paragraph() {
    let text = &every_mail(Language::En, "Sem")[1].body_text;
    assert!(
        text.starts_with("Dear parent or carer of Sem,\n\nSem has corrected"),
        "{text}"
    );
    assert!(text.contains("\n\n- name\n- date of birth\n"), "{text}");
    assert!(
        text.contains(&format!("\n\nView details:\n{LINK}\n\n")),
        "{text}"
    );
    assert!(text.contains("Please contact Sem.\n\nKind regards,\nSem\n\n--\nThis e-mail"));
    let login = &every_mail(Language::En, "Sem")[0].body_text;
    assert!(login.contains("\n\nYour user name (ELK number): 123456789012\nThe registration"));
}

#[test]
fn a_subject_stays_on_one_line() {
    assert_eq!(one_line("Hallo\r\nBcc: x@y"), "Hallo Bcc: x@y");
    let mail = &every_mail(Language::Nl, "Sem\r\nBcc: x@y")[0];
    assert!(!mail.subject.contains(['\r', '\n']), "{:?}", mail.subject);
}

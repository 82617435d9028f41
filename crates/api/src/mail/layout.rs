//! One layout for every e-mail: a `Letter` of blocks rendered as phone-friendly HTML and text.

use std::fmt::Write;

use overstap_domain::Language;
use overstap_persistence::outbox::NewMail;

/// What a template says; the layout decides how it looks.
pub(crate) struct Letter {
    pub language: Language,
    pub subject: String,
    pub blocks: Vec<Block>,
}

pub(crate) enum Block {
    /// A paragraph; a `\n` inside becomes a line break.
    Text(String),
    /// The call to action, with the bare link under it for mail clients that hide buttons.
    Button {
        label: String,
        link: String,
        fallback: String,
    },
    /// Label/value pairs, the value emphasised (user name, dates).
    Facts(Vec<(String, String)>),
    List(Vec<String>),
    /// A highlighted paragraph (keep this safe, do not forward).
    Notice(String),
    /// Small print at the bottom.
    Footer(String),
}

const FONT: &str =
    "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;";
const ACCENT: &str = "#0b5cad";

/// Right-to-left mark: plain-text readers take a paragraph's direction from its first letter.
const RLM: char = '\u{200F}';

fn direction(language: Language) -> &'static str {
    if language.is_rtl() { "rtl" } else { "ltr" }
}

/// The side a line starts on. Spelled out as left/right because Outlook and some webmail
/// clients ignore logical properties such as `border-inline-start`.
fn start_side(language: Language) -> &'static str {
    if language.is_rtl() { "right" } else { "left" }
}

impl Letter {
    pub fn into_mail(self, recipient: &str) -> NewMail {
        NewMail {
            recipient: recipient.to_owned(),
            subject: one_line(&self.subject),
            body_text: self.text(),
            body_html: self.html(),
            template: None,
        }
    }

    fn html(&self) -> String {
        // Webmail such as Gmail drops the attributes of <html>, so the wrapper repeats them.
        let start = start_side(self.language);
        let mut out = String::with_capacity(4096);
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n\
             <head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{title}</title>\n</head>\n\
             <body style=\"margin:0;padding:0;background:#f3f4f6;\">\n\
             <div dir=\"{dir}\" lang=\"{lang}\" style=\"max-width:560px;margin:0 auto;\
             padding:16px 12px;text-align:{start};{FONT}\">\n\
             <div style=\"background:#ffffff;border-radius:8px;padding:20px;\">\n",
            lang = self.language.as_str(),
            dir = direction(self.language),
            title = escape(&self.subject),
        );
        for block in &self.blocks {
            match block {
                Block::Text(text) => {
                    let _ = writeln!(out, "<p style=\"margin:0 0 16px;\">{}</p>", lines(text));
                }
                Block::Button {
                    label,
                    link,
                    fallback,
                } => {
                    let href = escape(link);
                    let _ = writeln!(
                        out,
                        "<p style=\"margin:24px 0;\">\
                         <a href=\"{href}\" style=\"display:inline-block;\
                         background:{ACCENT};color:#ffffff;text-decoration:none;font-weight:bold;\
                         padding:12px 20px;border-radius:6px;\">{label}</a></p>\n\
                         <p style=\"margin:0 0 16px;font-size:14px;color:#555555;\">\
                         {fallback}<br>\
                         <a href=\"{href}\" dir=\"ltr\" \
                         style=\"color:{ACCENT};word-break:break-all;\">{href}</a></p>",
                        label = escape(label),
                        fallback = escape(fallback),
                    );
                }
                Block::Facts(facts) => {
                    out.push_str(
                        "<div style=\"margin:0 0 16px;padding:12px 16px;background:#f3f4f6;\
                         border-radius:6px;\">\n",
                    );
                    for (label, value) in facts {
                        let _ = writeln!(
                            out,
                            "<p style=\"margin:0 0 8px;\">\
                             <span style=\"font-size:14px;color:#555555;\">{}</span><br>\
                             <strong style=\"font-size:17px;\">{}</strong></p>",
                            escape(label),
                            escape(value)
                        );
                    }
                    out.push_str("</div>\n");
                }
                Block::List(items) => {
                    let _ = writeln!(
                        out,
                        "<ul style=\"margin:0 0 16px;padding:0;padding-{start}:24px;\">"
                    );
                    for item in items {
                        let _ = writeln!(out, "<li>{}</li>", escape(item));
                    }
                    out.push_str("</ul>\n");
                }
                Block::Notice(text) => {
                    let _ = writeln!(
                        out,
                        "<p style=\"margin:0 0 16px;padding:12px 16px;background:#fff7e0;\
                         border-{start}:4px solid #e0a800;\">{}</p>",
                        lines(text)
                    );
                }
                Block::Footer(text) => {
                    let _ = writeln!(
                        out,
                        "<p style=\"margin:24px 0 0;font-size:13px;color:#6b7280;\">{}</p>",
                        lines(text)
                    );
                }
            }
        }
        out.push_str("</div>\n</div>\n</body>\n</html>\n");
        out
    }

    fn text(&self) -> String {
        let mut out = String::with_capacity(1024);
        for block in &self.blocks {
            match block {
                Block::Text(text) | Block::Notice(text) => {
                    let _ = writeln!(out, "{text}\n");
                }
                Block::Footer(text) => {
                    let _ = writeln!(out, "--\n{text}\n");
                }
                Block::Button {
                    label,
                    link,
                    fallback: _,
                } => {
                    let _ = writeln!(out, "{label}:\n{link}\n");
                }
                Block::Facts(facts) => {
                    for (label, value) in facts {
                        let _ = writeln!(out, "{label}: {value}");
                    }
                    out.push('\n');
                }
                Block::List(items) => {
                    for item in items {
                        let _ = writeln!(out, "- {item}");
                    }
                    out.push('\n');
                }
            }
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
        if self.language.is_rtl() {
            out = self.mark_right_to_left(&out);
        }
        out
    }

    /// Starts every line of an RTL text with a right-to-left mark, so that a line opening
    /// with a name, a number or a list dash still reads from the right. Links stay bare (a
    /// mark would become part of the link when copied) and so does the `--` signature line.
    fn mark_right_to_left(&self, text: &str) -> String {
        let links: Vec<&str> = self
            .blocks
            .iter()
            .filter_map(|block| match block {
                Block::Button { link, .. } => Some(link.as_str()),
                _ => None,
            })
            .collect();
        let mut out = String::with_capacity(text.len() + 64);
        for line in text.lines() {
            if !line.is_empty() && line != "--" && !links.contains(&line) {
                out.push(RLM);
            }
            out.push_str(line);
            out.push('\n');
        }
        out
    }
}

/// Escapes text for HTML element content and double- or single-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn lines(text: &str) -> String {
    escape(text).replace('\n', "<br>\n")
}

/// A header value never spans lines, whatever a name contains.
fn one_line(text: &str) -> String {
    text.split(char::is_control)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_both_quotes() {
        assert_eq!(
            escape(r#"<b>Ali & "Noor"</b> 'x'"#),
            "&lt;b&gt;Ali &amp; &quot;Noor&quot;&lt;/b&gt; &#39;x&#39;"
        );
    }

    #[test]
    fn a_subject_stays_on_one_line() {
        assert_eq!(one_line("Hallo\r\nBcc: x@y"), "Hallo Bcc: x@y");
    }

    fn letter(language: Language) -> Letter {
        Letter {
            language,
            subject: "Onderwerp".to_owned(),
            blocks: vec![
                Block::Text("Sem\n2026".to_owned()),
                Block::Button {
                    label: "Open".to_owned(),
                    link: "https://example.nl/a?b=1&c=2".to_owned(),
                    fallback: "Link:".to_owned(),
                },
                Block::Facts(vec![("ELK".to_owned(), "123".to_owned())]),
                Block::List(vec!["1. havo".to_owned()]),
                Block::Notice("Let op".to_owned()),
                Block::Footer("Overstap".to_owned()),
            ],
        }
    }

    #[test]
    fn arabic_mail_runs_right_to_left_in_the_document_and_in_the_wrapper() {
        let html = letter(Language::Ar).html();
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
        assert!(html.contains("<div dir=\"rtl\" lang=\"ar\""), "{html}");
        assert!(html.contains("text-align:right"));
        assert!(html.contains("border-right:4px"));
        assert!(html.contains("padding-right:24px"));
        assert!(html.contains("dir=\"ltr\" style=\"color:#0b5cad;word-break:break-all;\""));
        assert!(!html.contains("-left"), "{html}");
        for language in [Language::Nl, Language::En, Language::Tr] {
            let html = letter(language).html();
            assert!(html.contains(&format!("<html lang=\"{language}\" dir=\"ltr\">")));
            assert!(html.contains("text-align:left") && html.contains("border-left:4px"));
            assert!(!html.contains("-right"), "{html}");
        }
    }

    #[test]
    fn arabic_text_lines_start_with_a_right_to_left_mark_except_links() {
        let text = letter(Language::Ar).text();
        let lines: Vec<&str> = text.lines().filter(|line| !line.is_empty()).collect();
        assert_eq!(
            lines,
            [
                "\u{200F}Sem",
                "\u{200F}2026",
                "\u{200F}Open:",
                "https://example.nl/a?b=1&c=2",
                "\u{200F}ELK: 123",
                "\u{200F}- 1. havo",
                "\u{200F}Let op",
                "--",
                "\u{200F}Overstap",
            ]
        );
        assert!(text.ends_with("Overstap\n"));
        assert!(!letter(Language::Tr).text().contains(RLM));
    }
}

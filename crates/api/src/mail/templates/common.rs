//! The phrases every parent e-mail shares: greeting, button fallback and closing.

use overstap_domain::Language;

/// "Beste ouder of verzorger van Sem,". Turkish letters greet the parent without the child's
/// name: a name would need a suffix that follows its vowels ("Sem'in", "Ali'nin").
pub(crate) fn greeting(language: Language, child: &str) -> String {
    match language {
        Language::Nl => format!("Beste ouder of verzorger van {child},"),
        Language::En => format!("Dear parent or carer of {child},"),
        Language::Tr => "Sayın veli,".to_owned(),
        Language::Ar => format!("عزيزي وليّ أمر {child}،"),
    }
}

/// The line above the bare link, for mail clients that hide buttons.
pub(crate) fn button_fallback(language: Language) -> String {
    match language {
        Language::Nl => "Werkt de knop niet? Kopieer dan deze link in uw browser:",
        Language::En => "Button not working? Copy this link into your browser:",
        Language::Tr => "Düğme çalışmıyor mu? Bu bağlantıyı kopyalayıp tarayıcınıza yapıştırın:",
        Language::Ar => "إذا لم يعمل الزر، انسخوا هذا الرابط والصقوه في المتصفح:",
    }
    .to_owned()
}

/// "Met vriendelijke groet," and the sender on the next line.
pub(crate) fn closing(language: Language, sender: &str) -> String {
    match language {
        Language::Nl => format!("Met vriendelijke groet,\n{sender}"),
        Language::En => format!("Kind regards,\n{sender}"),
        Language::Tr => format!("Saygılarımızla,\n{sender}"),
        Language::Ar => format!("مع أطيب التحيات،\n{sender}"),
    }
}

/// The small print of a mail a school has Overstap send.
pub(crate) fn sent_for_school(language: Language, school: &str) -> String {
    match language {
        Language::Nl => format!("Deze e-mail is verstuurd via Overstap namens {school}."),
        Language::En => format!("This e-mail was sent through Overstap on behalf of {school}."),
        Language::Tr => {
            format!("Bu e-posta {school} adına Overstap aracılığıyla gönderilmiştir.")
        }
        Language::Ar => format!("أُرسلت هذه الرسالة عبر Overstap نيابةً عن {school}."),
    }
}

//! A password-reset link, sent to the address the primary school has on file.

use overstap_domain::Language;
use overstap_domain::i18n::format_date_time;
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use super::SENDER;
use crate::mail::layout::{Block, Letter};
use crate::mail::templates::common::{button_fallback, closing, greeting};

/// A password-reset link, sent to the address the primary school has on file.
pub struct PasswordReset<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub elk_number: &'a str,
    pub reset_link: &'a str,
    /// When the link stops working; shown to the minute ("works until 14:30").
    pub valid_until: OffsetDateTime,
}

pub fn password_reset(recipient: &str, mail: &PasswordReset<'_>) -> NewMail {
    let language = mail.language;
    let child = mail.child_first_name;
    let (subject, intro, button, facts, notice, footer) = match language {
        Language::Nl => (
            format!("Nieuw wachtwoord kiezen voor Overstap ({child})"),
            format!(
                "Er is een nieuw wachtwoord aangevraagd voor het Overstap-account van {child}. \
                 Met de knop hieronder kiest u een nieuw wachtwoord."
            ),
            "Nieuw wachtwoord kiezen",
            ["Uw gebruikersnaam (ELK-nummer)", "De link werkt tot"],
            "Heeft u dit niet zelf aangevraagd? Dan kunt u deze e-mail negeren: uw wachtwoord \
             blijft hetzelfde. Stuur deze e-mail niet door.",
            format!(
                "Deze e-mail is verstuurd naar het e-mailadres dat de basisschool van {child} \
                 heeft doorgegeven."
            ),
        ),
        Language::En => (
            format!("Choose a new password for Overstap ({child})"),
            format!(
                "A new password was requested for {child}'s Overstap account. Use the button \
                 below to choose a new password."
            ),
            "Choose a new password",
            ["Your user name (ELK number)", "The link works until"],
            "Did you not ask for this yourself? Then you can ignore this e-mail: your password \
             stays the same. Do not forward this e-mail.",
            format!(
                "This e-mail was sent to the address that {child}'s primary school has on file."
            ),
        ),
        Language::Tr => (
            format!("Overstap için yeni şifre belirleme ({child})"),
            format!(
                "Çocuğunuz {child} için açılmış Overstap hesabına yeni bir şifre talep edildi. \
                 Yeni şifrenizi aşağıdaki düğmeyle belirleyin."
            ),
            "Yeni şifre belirle",
            [
                "Kullanıcı adınız (ELK-nummer)",
                "Bağlantının geçerli olduğu zaman sınırı",
            ],
            "Bunu siz talep etmediyseniz bu e-postayı dikkate almayın: şifreniz değişmez. Bu \
             e-postayı başkasına iletmeyin.",
            "Bu e-posta, çocuğunuzun ilkokulunun (basisschool) kayıtlarında bulunan adrese \
             gönderilmiştir."
                .to_owned(),
        ),
        Language::Ar => (
            format!("اختيار كلمة مرور جديدة لحساب Overstap ({child})"),
            format!(
                "طُلبت كلمة مرور جديدة لحساب Overstap الخاص بطفلكم {child}. اختاروا كلمة مرور \
                 جديدة بالضغط على الزر أدناه."
            ),
            "اختيار كلمة مرور جديدة",
            ["اسم المستخدم الخاص بكم (ELK-nummer)", "يعمل الرابط حتى"],
            "إذا لم تطلبوا ذلك بأنفسكم، فيمكنكم تجاهل هذه الرسالة: تبقى كلمة المرور كما هي. لا \
             تعيدوا توجيه هذه الرسالة إلى أحد.",
            "أُرسلت هذه الرسالة إلى العنوان المسجَّل لدى المدرسة الابتدائية (basisschool) \
             لطفلكم."
                .to_owned(),
        ),
    };
    let [elk_label, until_label] = facts.map(str::to_owned);
    Letter {
        language,
        subject,
        blocks: vec![
            Block::Text(greeting(language, child)),
            Block::Text(intro),
            Block::Button {
                label: button.to_owned(),
                link: mail.reset_link.to_owned(),
                fallback: button_fallback(language),
            },
            Block::Facts(vec![
                (elk_label, mail.elk_number.to_owned()),
                (until_label, format_date_time(mail.valid_until, language)),
            ]),
            Block::Notice(notice.to_owned()),
            Block::Text(closing(language, SENDER)),
            Block::Footer(footer),
        ],
    }
    .into_mail(recipient)
}

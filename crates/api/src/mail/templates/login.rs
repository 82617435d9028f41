//! The "ouder inlog": the personal link with which a parent creates the account.

use overstap_domain::Language;
use overstap_domain::i18n::{format_date_time, format_last_moment};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use super::common::{button_fallback, closing, greeting};
use crate::mail::layout::{Block, Letter};

/// The "ouder inlog": the personal link that creates the parent's account.
pub struct ParentLogin<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub elk_number: &'a str,
    pub activation_link: &'a str,
    /// Exclusive end of the link's validity: the close of the registration week.
    pub valid_until: OffsetDateTime,
    pub registration_opens_at: OffsetDateTime,
    pub school_name: &'a str,
}

pub fn parent_login(recipient: &str, mail: &ParentLogin<'_>) -> NewMail {
    let language = mail.language;
    let child = mail.child_first_name;
    let school = mail.school_name;
    let opens = format_date_time(mail.registration_opens_at, language);
    let until = format_last_moment(mail.valid_until, language);
    let elk = mail.elk_number.to_owned();
    let (subject, intro, label, facts, notice, footer) = match language {
        Language::Nl => (
            format!("Aanmelden voor de middelbare school: inloggegevens voor {child}"),
            format!(
                "Via Overstap meldt u {child} aan voor een school voor voortgezet onderwijs. \
                 {school} stuurt u daarvoor deze persoonlijke inloglink. Met de knop \
                 hieronder maakt u uw account aan."
            ),
            "Account aanmaken",
            [
                "Uw gebruikersnaam (ELK-nummer)",
                "De aanmeldweek begint",
                "De link is geldig tot en met",
            ],
            "Bewaar dit ELK-nummer goed: het is uw gebruikersnaam voor Overstap. \
             Deze link is persoonlijk; stuur deze e-mail niet door.",
            format!(
                "Deze e-mail is verstuurd via Overstap namens {school}. Vragen? Neem contact \
                 op met de school."
            ),
        ),
        Language::En => (
            format!("Secondary school registration: sign-in details for {child}"),
            format!(
                "With Overstap you register {child} for a secondary school. {school} sends \
                 you this personal sign-in link for it. Use the button below to create \
                 your account."
            ),
            "Create account",
            [
                "Your user name (ELK number)",
                "The registration week opens",
                "The link is valid until",
            ],
            "Keep this ELK number safe: it is your user name for Overstap. This link \
             is personal; do not forward this e-mail.",
            format!(
                "This e-mail was sent through Overstap on behalf of {school}. Questions? \
                 Please contact the school."
            ),
        ),
        Language::Tr => (
            format!("Ortaöğretim okuluna başvuru: {child} için giriş bilgileri"),
            format!(
                "Overstap ile çocuğunuz {child} için bir ortaöğretim okuluna (voortgezet \
                 onderwijs) başvuru yaparsınız. {school} bunun için size bu kişisel giriş \
                 bağlantısını gönderiyor. Hesabınızı aşağıdaki düğmeyle oluşturun."
            ),
            "Hesap oluştur",
            [
                "Kullanıcı adınız (ELK-nummer)",
                "Başvuru haftasının (aanmeldweek) başlangıcı",
                "Bağlantının geçerli olduğu son an",
            ],
            "Bu ELK numarasını (ELK-nummer) iyi saklayın: Overstap'taki kullanıcı adınızdır. \
             Bu bağlantı size özeldir; bu e-postayı başkasına iletmeyin.",
            format!(
                "Bu e-posta {school} adına Overstap aracılığıyla gönderilmiştir. Sorularınız \
                 için lütfen okulla iletişime geçin."
            ),
        ),
        Language::Ar => (
            format!("التسجيل في المدرسة الثانوية: بيانات الدخول الخاصة بطفلكم {child}"),
            format!(
                "عبر Overstap تسجّلون طفلكم {child} في مدرسة للتعليم الثانوي (voortgezet \
                 onderwijs). ولهذا الغرض ترسل إليكم {school} رابط الدخول الشخصي هذا. أنشئوا \
                 حسابكم بالضغط على الزر أدناه."
            ),
            "إنشاء الحساب",
            [
                "اسم المستخدم الخاص بكم (ELK-nummer)",
                "بداية أسبوع التسجيل (aanmeldweek)",
                "الرابط صالح حتى",
            ],
            "احتفظوا برقم ELK هذا (ELK-nummer) في مكان آمن: فهو اسم المستخدم الخاص بكم في \
             Overstap. هذا الرابط شخصي؛ لا تعيدوا توجيه هذه الرسالة إلى أحد.",
            format!(
                "أُرسلت هذه الرسالة عبر Overstap نيابةً عن {school}. هل لديكم أسئلة؟ يُرجى \
                 التواصل مع المدرسة."
            ),
        ),
    };
    let [elk_label, opens_label, until_label] = facts.map(str::to_owned);
    Letter {
        language,
        subject,
        blocks: vec![
            Block::Text(greeting(language, child)),
            Block::Text(intro),
            Block::Button {
                label: label.to_owned(),
                link: mail.activation_link.to_owned(),
                fallback: button_fallback(language),
            },
            Block::Facts(vec![
                (elk_label, elk),
                (opens_label, opens),
                (until_label, until),
            ]),
            Block::Notice(notice.to_owned()),
            Block::Text(closing(language, school)),
            Block::Footer(footer),
        ],
    }
    .into_mail(recipient)
}

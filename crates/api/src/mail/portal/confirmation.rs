//! The ontvangstbevestiging: the registration is definitive (AG -> AV), with the list as it
//! was confirmed and the moments that matter next.

use overstap_domain::i18n::{format_date_time, format_last_moment};
use overstap_domain::{Language, PriorityClaim};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use super::{SENDER, sent_automatically};
use crate::mail::layout::{Block, Letter};
use crate::mail::templates::common::{button_fallback, closing, greeting};

/// One programme of the confirmed list, in rank order.
pub struct ConfirmedProgramme<'a> {
    pub rank: u32,
    pub programme_name: &'a str,
    pub school_name: &'a str,
    pub town: &'a str,
}

/// The ontvangstbevestiging: the registration is definitive (AV).
pub struct Confirmation<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub elk_number: &'a str,
    pub programmes: &'a [ConfirmedProgramme<'a>],
    /// The claim at the 1st choice, if any (e.g. Sibling { name, class }).
    pub priority_claim: Option<&'a PriorityClaim>,
    /// The linked twin's first name, when the lists are linked.
    pub twin_first_name: Option<&'a str>,
    pub confirmed_at: OffsetDateTime,
    /// Exclusive end of the registration week: until then the parent can withdraw and change.
    pub closes_at: OffsetDateTime,
    /// When the results are published.
    pub publication_at: OffsetDateTime,
    pub portal_link: &'a str,
}

/// The texts of the confirmation in one language.
struct Texts {
    subject: String,
    intro: String,
    claim_label: &'static str,
    claim_checked: &'static str,
    facts: [&'static str; 4],
    change: &'static str,
    button: &'static str,
    footer: &'static str,
}

pub fn confirmation(recipient: &str, mail: &Confirmation<'_>) -> NewMail {
    let language = mail.language;
    let child = mail.child_first_name;
    let texts = texts(language, child);
    let mut programmes: Vec<&ConfirmedProgramme<'_>> = mail.programmes.iter().collect();
    programmes.sort_by_key(|programme| programme.rank);
    let list = programmes.into_iter().map(programme_line).collect();

    let mut blocks = vec![
        Block::Text(greeting(language, child)),
        Block::Text(texts.intro),
        Block::List(list),
    ];
    if let Some(claim) = mail.priority_claim {
        blocks.push(Block::Facts(claim_facts(
            claim,
            language,
            texts.claim_label,
        )));
        blocks.push(Block::Text(texts.claim_checked.to_owned()));
    }
    if let Some(twin) = mail.twin_first_name {
        blocks.push(Block::Text(twin_linked(language, twin)));
    }
    let [elk, confirmed, until, publication] = texts.facts.map(str::to_owned);
    blocks.extend([
        Block::Facts(vec![
            (elk, mail.elk_number.to_owned()),
            (confirmed, format_date_time(mail.confirmed_at, language)),
            (until, format_last_moment(mail.closes_at, language)),
            (publication, format_date_time(mail.publication_at, language)),
        ]),
        Block::Notice(texts.change.to_owned()),
        Block::Button {
            label: texts.button.to_owned(),
            link: mail.portal_link.to_owned(),
            fallback: button_fallback(language),
        },
        Block::Text(closing(language, SENDER)),
        Block::Footer(format!("{} {}", sent_automatically(language), texts.footer)),
    ]);
    Letter {
        language,
        subject: texts.subject,
        blocks,
    }
    .into_mail(recipient)
}

fn texts(language: Language, child: &str) -> Texts {
    match language {
        Language::Nl => Texts {
            subject: format!("Ontvangstbevestiging: de aanmelding van {child} is definitief"),
            intro: format!(
                "U heeft de aanmelding van {child} voor het voortgezet onderwijs definitief \
                 gemaakt. Dit is uw voorkeurslijst, in volgorde:"
            ),
            claim_label: "Voorrang gevraagd bij uw 1e keuze",
            claim_checked: "De school controleert de voorrang vóór de plaatsing.",
            facts: [
                "ELK-nummer",
                "Definitief gemaakt op",
                "Intrekken en wijzigen kan tot en met",
                "De uitslag is te zien vanaf",
            ],
            change: "Tot dat moment kunt u de aanmelding in Overstap intrekken en de \
                     voorkeurslijst wijzigen. Een ingetrokken aanmelding telt pas weer mee als \
                     u haar opnieuw definitief maakt.",
            button: "Aanmelding bekijken",
            footer: "Bewaar deze e-mail als bewijs van uw aanmelding.",
        },
        Language::En => Texts {
            subject: format!("Confirmation of receipt: {child}'s registration is final"),
            intro: format!(
                "You have made {child}'s registration for secondary school final. This is \
                 your list of preferences, in order:"
            ),
            claim_label: "Priority claimed at your 1st choice",
            claim_checked: "The school checks the priority claim before placement.",
            facts: [
                "ELK number",
                "Made final on",
                "You can withdraw and change it until",
                "Results are shown from",
            ],
            change: "Until then you can withdraw the registration in Overstap and change the \
                     list of preferences. A withdrawn registration only counts again once you \
                     make it final again.",
            button: "View the registration",
            footer: "Keep this e-mail as proof of your registration.",
        },
        Language::Tr => Texts {
            subject: format!("Alındı onayı: {child} için başvuru kesinleşti"),
            intro: format!(
                "Çocuğunuz {child} için ortaöğretime başvuruyu (aanmelding) kesinleştirdiniz. \
                 Tercih listeniz (voorkeurslijst) sırasıyla şöyledir:"
            ),
            claim_label: "1. tercihinizde istenen öncelik (voorrang)",
            claim_checked: "Okul, yerleştirmeden önce öncelik talebini kontrol eder.",
            facts: [
                "ELK numarası (ELK-nummer)",
                "Kesinleştirilme zamanı",
                "Geri çekme ve değiştirme için son an",
                "Sonuçların açıklanma zamanı",
            ],
            change: "O zamana kadar Overstap'ta başvuruyu geri çekebilir ve tercih listesini \
                     değiştirebilirsiniz. Geri çekilen bir başvuru, ancak yeniden \
                     kesinleştirdiğinizde tekrar geçerli olur.",
            button: "Başvuruyu görüntüle",
            footer: "Bu e-postayı başvurunuzun kanıtı olarak saklayın.",
        },
        Language::Ar => Texts {
            subject: format!("إشعار استلام: أصبح تسجيل طفلكم {child} نهائيًا"),
            intro: format!(
                "لقد جعلتم تسجيل (aanmelding) طفلكم {child} في التعليم الثانوي نهائيًا. هذه \
                 قائمة التفضيلات (voorkeurslijst) الخاصة بكم بالترتيب:"
            ),
            claim_label: "الأولوية المطلوبة (voorrang) في اختياركم الأول",
            claim_checked: "تتحقق المدرسة من طلب الأولوية قبل توزيع المقاعد.",
            facts: [
                "رقم التلميذ (ELK-nummer)",
                "تاريخ جعل التسجيل نهائيًا",
                "يمكن السحب والتعديل حتى",
                "تظهر النتائج ابتداءً من",
            ],
            change: "حتى ذلك الموعد يمكنكم سحب التسجيل في Overstap وتعديل قائمة التفضيلات. \
                     ولا يُحتسب التسجيل المسحوب إلا بعد أن تجعلوه نهائيًا من جديد.",
            button: "عرض التسجيل",
            footer: "احتفظوا بهذه الرسالة إثباتًا لتسجيلكم.",
        },
    }
}

/// "1. havo/vwo – Hermann Wesselink College, Amstelveen". The names are Dutch, so the comma
/// is a Latin one in Arabic mails too: it sits inside the left-to-right run of the names.
fn programme_line(programme: &ConfirmedProgramme<'_>) -> String {
    let ConfirmedProgramme {
        rank,
        programme_name,
        school_name,
        town,
    } = programme;
    format!("{rank}. {programme_name} – {school_name}, {town}")
}

/// The priority rule by the name a parent knows.
fn rule_name(claim: &PriorityClaim, language: Language) -> &'static str {
    match (language, claim) {
        (Language::Nl, PriorityClaim::Sibling { .. }) => "Broer of zus op de school",
        (Language::Nl, PriorityClaim::StaffChild) => "Kind van een medewerker van de school",
        (Language::Nl, PriorityClaim::Hardship) => "Hardheidsclausule",
        (Language::Nl, PriorityClaim::Kopklas) => "Kopklas",
        (Language::En, PriorityClaim::Sibling { .. }) => "Brother or sister at the school",
        (Language::En, PriorityClaim::StaffChild) => "Child of a member of staff of the school",
        (Language::En, PriorityClaim::Hardship) => "Hardship clause (hardheidsclausule)",
        (Language::En, PriorityClaim::Kopklas) => "Kopklas (a bridging year for learning Dutch)",
        (Language::Tr, PriorityClaim::Sibling { .. }) => "Okulda okuyan kardeş",
        (Language::Tr, PriorityClaim::StaffChild) => "Okul çalışanının çocuğu",
        (Language::Tr, PriorityClaim::Hardship) => "Özel durum maddesi (hardheidsclausule)",
        (Language::Tr, PriorityClaim::Kopklas) => {
            "Kopklas (Hollandacayı geliştirmek için ara sınıf)"
        }
        (Language::Ar, PriorityClaim::Sibling { .. }) => "أخ أو أخت في المدرسة",
        (Language::Ar, PriorityClaim::StaffChild) => "طفل أحد العاملين في المدرسة",
        (Language::Ar, PriorityClaim::Hardship) => "بند الحالات الخاصة (hardheidsclausule)",
        (Language::Ar, PriorityClaim::Kopklas) => "Kopklas (صف انتقالي لتقوية اللغة الهولندية)",
    }
}

/// The claim as label/value facts: the rule, and for the sibling rule the sibling the school
/// will look up.
fn claim_facts(claim: &PriorityClaim, language: Language, label: &str) -> Vec<(String, String)> {
    let mut facts = vec![(label.to_owned(), rule_name(claim, language).to_owned())];
    if let PriorityClaim::Sibling { name, class } = claim {
        let sibling_label = match language {
            Language::Nl => "Naam en klas van de broer of zus",
            Language::En => "Sibling's name and class",
            Language::Tr => "Kardeşin adı ve sınıfı",
            Language::Ar => "اسم الأخ أو الأخت وصفّه",
        };
        facts.push((sibling_label.to_owned(), format!("{name}, {class}")));
    }
    facts
}

/// Linked twins submit one list and are placed together.
fn twin_linked(language: Language, twin: &str) -> String {
    match language {
        Language::Nl => format!(
            "Uw voorkeurslijst is gekoppeld aan die van {twin} (tweeling): beiden doen mee \
             met dezelfde lijst en worden samen geplaatst."
        ),
        Language::En => format!(
            "Your list is linked to that of {twin} (twins): both take part with the same list \
             and are placed together."
        ),
        Language::Tr => format!(
            "Bu tercih listesi (voorkeurslijst), ikiz kardeşi {twin} için yapılan başvuruyla \
             bağlantılıdır: ikisi aynı listeyle katılır ve birlikte yerleştirilir."
        ),
        Language::Ar => format!(
            "قائمة التفضيلات (voorkeurslijst) هذه مرتبطة بتسجيل التوأم {twin}: يشارك الاثنان \
             بالقائمة نفسها ويُقبلان معًا في المدرسة نفسها."
        ),
    }
}

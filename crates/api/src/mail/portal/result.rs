//! The uitslag: at the publication moment every parent hears where the child is placed, or
//! that it is not placed yet and what happens next (round 2, or the primary school or the
//! coordinator gets in touch), with any reserve positions the region publishes.

use overstap_domain::Language;
use overstap_domain::i18n::format_date_time;
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use super::{ConfirmedProgramme, SENDER, sent_automatically};
use crate::mail::layout::{Block, Letter};
use crate::mail::templates::common::{button_fallback, closing, greeting};

/// The placement result (uitslag), sent at the publication moment.
pub struct PlacementResult<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    /// The programme, school and town the child is placed at; None when not placed.
    /// `rank` is the choice rank on the list.
    pub placed: Option<ConfirmedProgramme<'a>>,
    /// Reserve positions for programmes ranked higher, when the region publishes them:
    /// (programme name, school name, position).
    pub reserve: &'a [(&'a str, &'a str, u32)],
    /// When round 2 opens for unplaced pupils, if the calendar has one. Not shown to the
    /// parents of a placed child.
    pub round2_opens_at: Option<OffsetDateTime>,
    pub portal_link: &'a str,
}

pub fn placement_result(recipient: &str, mail: &PlacementResult<'_>) -> NewMail {
    let language = mail.language;
    let child = mail.child_first_name;
    let (subject, mut blocks) = match &mail.placed {
        Some(programme) => placed(language, child, programme),
        None => not_placed(language, child),
    };
    if !mail.reserve.is_empty() {
        let (intro, note) = reserve_texts(language, child, mail.placed.is_some());
        blocks.push(Block::Text(intro));
        blocks.push(Block::List(
            mail.reserve
                .iter()
                .map(|&(programme, school, position)| {
                    reserve_line(language, programme, school, position)
                })
                .collect(),
        ));
        blocks.push(Block::Text(note.to_owned()));
    }
    match &mail.placed {
        Some(programme) => blocks.push(Block::Text(school_contacts_you(
            language,
            programme.school_name,
        ))),
        None => blocks.extend(next_steps(language, child, mail.round2_opens_at)),
    }
    let button = match language {
        Language::Nl => "Uitslag bekijken",
        Language::En => "View the result",
        Language::Tr => "Sonucu görüntüle",
        Language::Ar => "عرض النتيجة",
    };
    blocks.extend([
        Block::Button {
            label: button.to_owned(),
            link: mail.portal_link.to_owned(),
            fallback: button_fallback(language),
        },
        Block::Text(closing(language, SENDER)),
        Block::Footer(sent_automatically(language).to_owned()),
    ]);
    Letter {
        language,
        subject,
        blocks,
    }
    .into_mail(recipient)
}

/// The subject and the opening blocks when the child has a place.
fn placed(
    language: Language,
    child: &str,
    programme: &ConfirmedProgramme<'_>,
) -> (String, Vec<Block>) {
    let choice = ordinal(language, programme.rank);
    let (subject, intro, labels) = match language {
        Language::Nl => (
            format!("Uitslag van de plaatsing: {child} is geplaatst"),
            format!(
                "Gefeliciteerd! {child} is geplaatst op de opleiding hieronder. Dit was uw \
                 {choice} keuze."
            ),
            ["Opleiding", "School", "Plaats"],
        ),
        Language::En => (
            format!("Placement result: {child} has been placed"),
            format!(
                "Congratulations! {child} has been placed at the programme below. This was \
                 your {choice} choice."
            ),
            ["Programme", "School", "Town"],
        ),
        Language::Tr => (
            format!("Yerleştirme sonucu: {child} bir okula yerleştirildi"),
            format!(
                "Tebrikler! Çocuğunuz {child}, aşağıdaki programa yerleştirildi (plaatsing). \
                 Bu, tercih listenizdeki (voorkeurslijst) {choice} tercihinizdi."
            ),
            ["Eğitim programı (opleiding)", "Okul", "Şehir"],
        ),
        Language::Ar => (
            format!("نتيجة توزيع المقاعد: حصل طفلكم {child} على مقعد"),
            format!(
                "تهانينا! حصل طفلكم {child} على مقعد (plaatsing) في البرنامج الدراسي المذكور \
                 أدناه. كان هذا اختياركم {choice} في قائمة التفضيلات (voorkeurslijst)."
            ),
            ["البرنامج الدراسي (opleiding)", "المدرسة", "المدينة"],
        ),
    };
    let [programme_label, school_label, town_label] = labels.map(str::to_owned);
    let blocks = vec![
        Block::Text(greeting(language, child)),
        Block::Text(intro),
        Block::Facts(vec![
            (programme_label, programme.programme_name.to_owned()),
            (school_label, programme.school_name.to_owned()),
            (town_label, programme.town.to_owned()),
        ]),
    ];
    (subject, blocks)
}

/// The subject and the opening blocks when the child has no place: said plainly, then that
/// the parent is not left alone with it. The subject itself stays neutral.
fn not_placed(language: Language, child: &str) -> (String, Vec<Block>) {
    let (subject, intro) = match language {
        Language::Nl => (
            format!("Uitslag van de plaatsing voor {child}"),
            format!(
                "Helaas is {child} bij deze plaatsing niet geplaatst op een van de opleidingen \
                 van uw voorkeurslijst. We begrijpen dat dit teleurstellend is. U staat er niet \
                 alleen voor: hieronder leest u wat er nu gebeurt."
            ),
        ),
        Language::En => (
            format!("Placement result for {child}"),
            format!(
                "Unfortunately, {child} has not been placed at any of the programmes on your \
                 list this time. We understand that this is disappointing. You are not on your \
                 own: below you can read what happens now."
            ),
        ),
        Language::Tr => (
            format!("{child} için yerleştirme sonucu"),
            format!(
                "Maalesef çocuğunuz {child}, bu yerleştirmede (plaatsing) tercih listenizdeki \
                 (voorkeurslijst) programların hiçbirine yerleştirilemedi. Bunun üzücü \
                 olduğunu biliyoruz. Yalnız değilsiniz: bundan sonra ne olacağını aşağıda \
                 bulabilirsiniz."
            ),
        ),
        Language::Ar => (
            format!("نتيجة توزيع المقاعد لطفلكم {child}"),
            format!(
                "للأسف لم يحصل طفلكم {child} في هذا التوزيع (plaatsing) على مقعد في أيٍّ من \
                 البرامج الواردة في قائمة التفضيلات (voorkeurslijst). نتفهم أن هذا مخيّب \
                 للآمال. لستم وحدكم: تجدون أدناه ما سيحدث الآن."
            ),
        ),
    };
    (
        subject,
        vec![Block::Text(greeting(language, child)), Block::Text(intro)],
    )
}

/// The line above the reserve positions and the line under them. A placed child is on the
/// reserve lists of programmes it ranked higher; an unplaced one of any on its list.
fn reserve_texts(language: Language, child: &str, placed: bool) -> (String, &'static str) {
    match (language, placed) {
        (Language::Nl, true) => (
            format!(
                "Voor opleidingen die hoger op uw voorkeurslijst stonden, staat {child} op de \
                 reservelijst:"
            ),
            "Komt daar een plaats vrij, dan neemt die school contact met u op. Tot die tijd \
             blijft de plaatsing hierboven gewoon staan.",
        ),
        (Language::Nl, false) => (
            format!("{child} staat wel op de reservelijst van:"),
            "Komt daar een plaats vrij, dan neemt die school contact met u op.",
        ),
        (Language::En, true) => (
            format!("For programmes higher on your list, {child} is on the reserve list:"),
            "If a place becomes available there, that school will contact you. Until then the \
             placement above stands.",
        ),
        (Language::En, false) => (
            format!("{child} is on the reserve list of:"),
            "If a place becomes available there, that school will contact you.",
        ),
        (Language::Tr, true) => (
            format!(
                "Çocuğunuz {child}, tercih listenizde daha üst sıradaki şu programların yedek \
                 listesinde (reservelijst) yer alıyor:"
            ),
            "Bu programlardan birinde yer açılırsa o okul sizinle iletişime geçer. O zamana \
             kadar yukarıdaki yerleştirme geçerliliğini korur.",
        ),
        (Language::Tr, false) => (
            format!(
                "Çocuğunuz {child}, şu programların yedek listesinde (reservelijst) yer alıyor:"
            ),
            "Bu programlardan birinde yer açılırsa o okul sizinle iletişime geçer.",
        ),
        (Language::Ar, true) => (
            format!(
                "طفلكم {child} مُدرَج في قائمة الانتظار (reservelijst) للبرامج التي جاءت في \
                 مرتبة أعلى في قائمة التفضيلات:"
            ),
            "إذا شغر مقعد هناك، فستتواصل معكم تلك المدرسة. وحتى ذلك الحين يبقى المقعد المذكور \
             أعلاه محجوزًا لطفلكم.",
        ),
        (Language::Ar, false) => (
            format!("طفلكم {child} مُدرَج في قائمة الانتظار (reservelijst) لدى:"),
            "إذا شغر مقعد هناك، فستتواصل معكم تلك المدرسة.",
        ),
    }
}

/// "havo – Amstelveen College: nummer 4". The Arabic line opens with its own words, so that
/// it reads from the right before the left-to-right run of the Dutch names.
fn reserve_line(language: Language, programme: &str, school: &str, position: u32) -> String {
    match language {
        Language::Nl => format!("{programme} – {school}: nummer {position}"),
        Language::En => format!("{programme} – {school}: position {position}"),
        Language::Tr => format!("{programme} – {school}: {position}. sıra"),
        Language::Ar => format!("المركز {position}: {programme} – {school}"),
    }
}

/// What happens after a placement: the secondary school gets in touch.
fn school_contacts_you(language: Language, school: &str) -> String {
    match language {
        Language::Nl => format!(
            "Wat gebeurt er nu? {school} neemt contact met u op over de inschrijving en de \
             volgende stappen. U hoeft nu zelf niets te doen."
        ),
        Language::En => format!(
            "What happens next? {school} will contact you about enrolment and the next steps. \
             You do not need to do anything now."
        ),
        Language::Tr => format!(
            "Bundan sonra ne olacak? {school} kayıt (inschrijving) ve sonraki adımlar \
             hakkında sizinle iletişime geçecek. Şu anda sizin bir şey yapmanıza gerek yok."
        ),
        Language::Ar => format!(
            "ماذا بعد؟ ستتواصل معكم مدرسة {school} بشأن التسجيل في المدرسة (inschrijving) \
             والخطوات التالية. لا تحتاجون إلى فعل أي شيء الآن."
        ),
    }
}

/// What happens without a place: round 2 with its date when the calendar has one, otherwise
/// the primary school or the coordinator gets in touch.
fn next_steps(language: Language, child: &str, round2: Option<OffsetDateTime>) -> Vec<Block> {
    let Some(opens_at) = round2 else {
        let contact = match language {
            Language::Nl => {
                "De basisschool of de coördinator van de overstap neemt contact met u op over \
                 de volgende stappen. U hoeft nu zelf niets te doen."
            }
            Language::En => {
                "The primary school or the transfer coordinator will contact you about the \
                 next steps. You do not need to do anything now."
            }
            Language::Tr => {
                "İlkokul (basisschool) veya geçiş koordinatörü (coördinator) sonraki adımlar \
                 hakkında sizinle iletişime geçecek. Şu anda sizin bir şey yapmanıza gerek yok."
            }
            Language::Ar => {
                "ستتواصل معكم المدرسة الابتدائية (basisschool) أو منسّق الانتقال (coördinator) \
                 بشأن الخطوات التالية. لا تحتاجون إلى فعل أي شيء الآن."
            }
        };
        return vec![Block::Notice(contact.to_owned())];
    };
    let (label, text) = match language {
        Language::Nl => (
            "De tweede ronde begint op",
            format!(
                "Voor leerlingen die nog geen plaats hebben, is er een tweede ronde. Daarin \
                 kunt u {child} aanmelden bij een school die nog plaatsen vrij heeft. De \
                 basisschool helpt u daarbij."
            ),
        ),
        Language::En => (
            "Round 2 opens on",
            format!(
                "There is a second round (tweede ronde) for pupils who do not have a place \
                 yet. In it you can register {child} at a school that still has places. The \
                 primary school will help you with this."
            ),
        ),
        Language::Tr => (
            "İkinci turun (tweede ronde) başlangıcı",
            format!(
                "Henüz bir okula yerleştirilmemiş öğrenciler için ikinci bir tur vardır. Bu \
                 turda çocuğunuz {child} için hâlâ boş yeri olan bir okula başvurabilirsiniz. \
                 İlkokul (basisschool) size bu konuda yardımcı olur."
            ),
        ),
        Language::Ar => (
            "تبدأ الجولة الثانية (tweede ronde) في",
            format!(
                "هناك جولة ثانية للتلاميذ الذين لم يحصلوا على مقعد بعد. يمكنكم فيها تسجيل \
                 طفلكم {child} في مدرسة لا تزال لديها مقاعد شاغرة. وستساعدكم المدرسة \
                 الابتدائية (basisschool) في ذلك."
            ),
        ),
    };
    vec![
        Block::Facts(vec![(
            label.to_owned(),
            format_date_time(opens_at, language),
        )]),
        Block::Notice(text),
    ]
}

/// The rank as a parent says it: "tweede keuze", "second choice", "ikinci tercih",
/// "اختياركم الثاني"; in figures past the tenth.
fn ordinal(language: Language, rank: u32) -> String {
    const NL: [&str; 10] = [
        "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
        "tiende",
    ];
    const EN: [&str; 10] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    const TR: [&str; 10] = [
        "birinci",
        "ikinci",
        "üçüncü",
        "dördüncü",
        "beşinci",
        "altıncı",
        "yedinci",
        "sekizinci",
        "dokuzuncu",
        "onuncu",
    ];
    const AR: [&str; 10] = [
        "الأول",
        "الثاني",
        "الثالث",
        "الرابع",
        "الخامس",
        "السادس",
        "السابع",
        "الثامن",
        "التاسع",
        "العاشر",
    ];
    let words = match language {
        Language::Nl => NL,
        Language::En => EN,
        Language::Tr => TR,
        Language::Ar => AR,
    };
    if let Some(word) = rank.checked_sub(1).and_then(|i| words.get(i as usize)) {
        return (*word).to_owned();
    }
    match language {
        Language::Nl => format!("{rank}e"),
        Language::En => {
            let suffix = match (rank % 10, rank % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{rank}{suffix}")
        }
        Language::Tr => format!("{rank}."),
        Language::Ar => format!("رقم {rank}"),
    }
}

//! Arabic, for parents (right to left); the staff pages fall back to English.

use super::en::EN;
use super::parent::ar::PARENT_AR;
use super::texts::{StatusText, Texts};

const MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

fn rate_limited(seconds: u64) -> String {
    if seconds >= 120 {
        format!(
            "محاولات كثيرة جدًا. حاول مرة أخرى بعد {} دقيقة.",
            seconds.div_ceil(60)
        )
    } else {
        format!("محاولات كثيرة جدًا. حاول مرة أخرى بعد {seconds} ثانية.")
    }
}

fn error_reference(request_id: &str) -> String {
    format!("اذكر الرمز {request_id} عند التواصل معنا.")
}

fn window_closed(opens: &str, closes: &str) -> String {
    format!("هذا ممكن فقط من {opens} حتى {closes}.")
}

fn date(year: i32, month: u8, day: u8) -> String {
    let month = usize::from(month)
        .checked_sub(1)
        .and_then(|i| MONTHS.get(i));
    format!("{day} {} {year}", month.copied().unwrap_or_default())
}

pub const AR: Texts = Texts {
    app_name: "Overstap",
    app_tagline: "من المدرسة الابتدائية إلى المدرسة الثانوية",
    skip_to_content: "انتقل إلى المحتوى",
    language_label: "اللغة",
    signed_in_as: "مسجّل الدخول باسم",
    sign_out: "تسجيل الخروج",
    signed_out_notice: "لقد سجّلت الخروج.",
    footer: "Overstap: التسجيل في التعليم الثانوي في منطقتك.",
    loading: "جارٍ التحميل…",
    not_found_title: "الصفحة غير موجودة",
    not_found_body: "هذه الصفحة غير موجودة (لم تعد موجودة).",
    back_to_start: "العودة إلى البداية",

    landing_title: "مرحبًا بك في Overstap",
    landing_intro: "هنا يملأ الآباء والأوصياء قائمة التفضيلات (voorkeurslijst) ويسجّلون أطفالهم \
                    في مدرسة ثانوية (aanmelding). وتتابع المدارس التسجيلات هنا.",
    landing_parent: "أنا وليّ أمر",
    landing_parent_hint: "سجّل الدخول برقم ELK الخاص بطفلك.",
    landing_staff: "أعمل في مدرسة",
    landing_staff_hint: "مدرسة ابتدائية أو ثانوية أو إدارة مدرسية أو تنسيق.",

    parent_sign_in_title: "تسجيل الدخول لأولياء الأمور",
    parent_sign_in_intro: "سجّل الدخول برقم ELK الخاص بطفلك وكلمة المرور التي اخترتها عند تفعيل \
                           الحساب.",
    staff_sign_in_title: "تسجيل الدخول للمدارس",
    staff_sign_in_intro: "سجّل الدخول بعنوان البريد الإلكتروني لحساب مدرستك.",
    elk_number_label: "رقم ELK (رقم التلميذ)",
    elk_number_hint: "يمكنك حذف المسافات والشرطات.",
    email_label: "البريد الإلكتروني",
    password_label: "كلمة المرور",
    sign_in: "تسجيل الدخول",
    signing_in: "جارٍ تسجيل الدخول…",
    session_expired_notice: "انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.",
    staff_instead: "هل تعمل في مدرسة؟ سجّل الدخول هنا.",
    parent_instead: "هل أنت وليّ أمر؟ سجّل الدخول هنا.",

    error_invalid_credentials: "اسم المستخدم وكلمة المرور غير متطابقين.",
    error_invalid_input: "يرجى التحقق من الحقول المعلّمة.",
    error_rate_limited: rate_limited,
    error_rate_limited_later: "محاولات كثيرة جدًا. يرجى المحاولة لاحقًا.",
    error_session_expired: "انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.",
    error_forbidden: "ليس لديك صلاحية الوصول إلى هذه البيانات.",
    error_not_found: "لم يُعثر على هذه البيانات.",
    error_conflict: "هذا غير ممكن الآن؛ تغيّرت البيانات في هذه الأثناء.",
    error_too_large: "هذا أكبر من أن يُرسل.",
    error_unavailable: "لا يمكن الوصول إلى Overstap الآن. يرجى المحاولة لاحقًا.",
    error_unexpected: "حدث خطأ من جهتنا.",
    error_network: "لا يوجد اتصال بـ Overstap. تحقق من اتصالك بالإنترنت.",
    error_reference,
    error_window_closed: window_closed,
    error_window_closed_now: "هذا غير ممكن الآن حسب جدول الإجراءات.",
    error_not_allowed_in_status: "هذا غير ممكن في الحالة الحالية للتسجيل.",
    error_unsupported_file: "لا يمكننا قراءة هذا الملف.",
    error_stale_revision: "تغيّر هذا في مكان آخر في هذه الأثناء. اطّلع على الحالة الحالية وحاول \
                           مرة أخرى.",
    error_invalid_link: "هذا الرابط لم يعد يعمل. اطلب من المدرسة الابتدائية بيانات دخول جديدة.",
    facts_suffix: "_ar",
    field_required: "يرجى ملء هذا الحقل.",
    field_length: "هذا الحقل فارغ أو طويل جدًا.",
    field_too_long: "هذا طويل جدًا.",
    field_email: "يرجى إدخال بريد إلكتروني صالح.",
    field_invalid: "هذه القيمة غير صالحة.",

    status_title: "معنى الحالة",
    status_wit: StatusText {
        letters: "",
        label: "أبيض (wit)",
        help: "نقطة بيضاء: لم تُرسل بعد رسالة بيانات دخول وليّ الأمر.",
    },
    status_blauw: StatusText {
        letters: "",
        label: "أزرق (blauw)",
        help: "نقطة زرقاء: أُرسلت رسالة الدخول (ولم تُستخدم بعد).",
    },
    status_groen: StatusText {
        letters: "",
        label: "أخضر (groen)",
        help: "نقطة خضراء: فتح وليّ الأمر الرابط وأنشأ الحساب.",
    },
    status_ag: StatusText {
        letters: "AG",
        label: "بدأ التسجيل (aanmelding gestart)",
        help: "أخضر مع الحرفين AG: بدأ وليّ الأمر قائمة تفضيلات لكنها ليست نهائية.",
    },
    status_av: StatusText {
        letters: "AV",
        label: "اكتمل التسجيل (aanmelding voltooid)",
        help: "أخضر مع الحرفين AV: القائمة مكتملة ونهائية؛ التلميذ مسجّل.",
    },

    parent_home_title: "انتقال طفلك",
    child_birth_date: "تاريخ الميلاد",
    child_primary_school: "المدرسة الابتدائية",
    child_advice: "النصيحة المدرسية (schooladvies)",
    child_status: "حالة التسجيل",
    parent_status_groen: "لديك حساب. يمكنك الآن إعداد قائمة التفضيلات.",
    parent_status_ag: "بدأت قائمة التفضيلات، لكن التسجيل ليس نهائيًا بعد.",
    parent_status_av: "اكتمل تسجيلك: قائمة التفضيلات نهائية.",
    date,

    // Staff only: English.
    pupil_count: EN.pupil_count,
    pupils_empty: EN.pupils_empty,
    col_name: EN.col_name,
    col_class: EN.col_class,
    col_elk_number: EN.col_elk_number,
    col_advice: EN.col_advice,
    col_status: EN.col_status,
    lwoo: EN.lwoo,
    vo_home_title: EN.vo_home_title,
    vo_home_intro: EN.vo_home_intro,
    programmes_empty: EN.programmes_empty,
    col_programme: EN.col_programme,
    col_admitted_advice: EN.col_admitted_advice,
    col_capacity: EN.col_capacity,
    board_home_title: EN.board_home_title,
    board_home_intro: EN.board_home_intro,
    schools_empty: EN.schools_empty,
    col_school: EN.col_school,
    col_kind: EN.col_kind,
    col_town: EN.col_town,
    col_code: EN.col_code,
    kind_po: EN.kind_po,
    kind_vo: EN.kind_vo,
    coordinator_home_title: EN.coordinator_home_title,
    procedure_heading: EN.procedure_heading,
    region_schools_title: EN.region_schools_title,
    col_phase: EN.col_phase,
    col_opens: EN.col_opens,
    col_phase_state: EN.col_phase_state,
    phase_upcoming: EN.phase_upcoming,
    phase_open: EN.phase_open,
    phase_closed: EN.phase_closed,
    phase_login_dispatch: EN.phase_login_dispatch,
    phase_registration: EN.phase_registration,
    phase_priority_verification: EN.phase_priority_verification,
    phase_placement: EN.phase_placement,
    phase_publication: EN.phase_publication,
    phase_round2: EN.phase_round2,

    parent: PARENT_AR,
    po: EN.po,
    vo: EN.vo,
    coordinator: EN.coordinator,
    two_step: EN.two_step,
};

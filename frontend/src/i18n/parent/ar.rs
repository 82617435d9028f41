//! Arabic texts of the parent portal (shown right to left).

use overstap_api_types::PriorityRuleKind;

use super::ParentTexts;
use super::round2::ar::ROUND2_AR;

fn week_open(opens: &str, last: &str) -> String {
    format!("يمتد أسبوع التسجيل من {opens} حتى {last}.")
}

fn week_upcoming(opens: &str) -> String {
    format!("يبدأ أسبوع التسجيل في {opens}.")
}

fn schools_count(min: u32, have: u32) -> String {
    format!("ضع {min} مدارس مختلفة على الأقل في القائمة. الآن: {have}.")
}

fn rank(n: usize) -> String {
    format!("الاختيار {n}")
}

fn move_up(name: &str) -> String {
    format!("نقل {name} إلى الأعلى")
}

fn move_down(name: &str) -> String {
    format!("نقل {name} إلى الأسفل")
}

fn remove(name: &str) -> String {
    format!("حذف {name} من القائمة")
}

fn moved_to(name: &str, position: usize) -> String {
    format!("{name} الآن في المرتبة {position}.")
}

fn added(name: &str) -> String {
    format!("أُضيف {name} إلى القائمة.")
}

fn removed(name: &str) -> String {
    format!("حُذف {name} من القائمة.")
}

fn catalogue_intro(advice: &str) -> String {
    format!("تظهر هنا فقط البرامج التي تقبل النصيحة المدرسية {advice}.")
}

fn results_count(count: usize) -> String {
    format!("عدد البرامج: {count}")
}

fn priority_offered(rule: &str) -> String {
    format!("أولوية عند الاختيار الأول: {rule}")
}

fn website_of(school: &str) -> String {
    format!("موقع {school}")
}

fn rule_name(rule: PriorityRuleKind) -> &'static str {
    match rule {
        PriorityRuleKind::Sibling => "أخ أو أخت في هذه المدرسة",
        PriorityRuleKind::StaffChild | PriorityRuleKind::Hardship | PriorityRuleKind::Kopklas => {
            "قاعدة الأولوية للمدرسة"
        }
    }
}

fn priority_claim(school: &str, rule: &str) -> String {
    format!("أطلب الأولوية في {school} ({rule})")
}

fn twin_link(name: &str) -> String {
    format!("ربط قائمتي بقائمة توأمي {name}")
}

fn twin_linked(name: &str) -> String {
    format!("قائمتا طفلك وتوأمه {name} مرتبطتان.")
}

fn entry_error(rank: usize, message: &str) -> String {
    format!("الاختيار {rank}: {message}")
}

fn list_too_short(min: u32) -> String {
    format!("ضع {min} مدارس مختلفة على الأقل في القائمة.")
}

fn claim_sibling(name: &str, class: &str) -> String {
    format!("الأخ أو الأخت: {name}، الصف {class}")
}

fn twin_not_linked(name: &str) -> String {
    format!("غير مرتبطة بالتوأم {name}.")
}

fn confirmed(email: &str) -> String {
    format!("اكتمل تسجيلك. أرسلنا تأكيد الاستلام إلى {email}.")
}

fn withdraw_explained(last: &str) -> String {
    format!("حتى {last} يمكنك سحب التسجيل وتعديل القائمة ثم التأكيد من جديد.")
}

fn result_not_yet(when: &str) -> String {
    format!("ستظهر النتيجة ابتداءً من {when}. ستصلك حينها رسالة بالبريد الإلكتروني أيضًا.")
}

fn result_placed(programme: &str, school: &str, rank: u32) -> String {
    format!("قُبل طفلك في {programme} في {school}: اختيارك رقم {rank}.")
}

fn reserve_position(programme: &str, school: &str, position: u32) -> String {
    format!("{programme} في {school}: المرتبة {position} في قائمة الانتظار")
}

pub const PARENT_AR: ParentTexts = ParentTexts {
    nav_label: "التسجيل",
    nav_home: "نظرة عامة",
    nav_data: "البيانات",
    nav_list: "قائمة التفضيلات",
    nav_confirm: "التأكيد",
    nav_result: "النتيجة",

    activate_title: "تفعيل الحساب",
    activate_intro: "أنت تنشئ حسابًا لتسجيل طفلك في المدرسة الثانوية.",
    activate_child: "طفلك",
    activate_username_hint: "من الآن فصاعدًا تسجّل الدخول برقم ELK هذا.",
    new_password_label: "اختر كلمة مرور",
    password_hint: "من 8 إلى 64 حرفًا. جملة من بضع كلمات قوية وسهلة التذكر.",
    activate_submit: "تفعيل الحساب",
    activating: "جارٍ التفعيل…",
    password_too_short: "كلمة المرور هذه قصيرة جدًا. استخدم 8 أحرف على الأقل.",
    password_too_long: "كلمة المرور هذه طويلة جدًا. استخدم 64 حرفًا على الأكثر.",
    password_too_common: "كلمة المرور هذه شائعة جدًا وسهلة التخمين. اختر كلمة مرور أخرى.",
    invalid_link_title: "هذا الرابط لم يعد يعمل",
    invalid_link_body: "انتهت صلاحية الرابط أو استُخدم من قبل أو استُبدل برابط أحدث. اطلب من \
                        المدرسة الابتدائية لطفلك بيانات دخول جديدة.",
    invalid_reset_link_body: "انتهت صلاحية رابط إعادة تعيين كلمة المرور أو استُخدم من قبل. اطلب \
                              رابطًا جديدًا. إن لم ينجح ذلك فاطلب من المدرسة الابتدائية بيانات \
                              دخول جديدة.",
    request_new_reset: "طلب رابط جديد",

    forgot_link: "هل نسيت كلمة المرور؟",
    forgot_title: "نسيت كلمة المرور",
    forgot_intro: "أدخل رقم ELK الخاص بطفلك. ستصلك رسالة بريد إلكتروني فيها رابط لاختيار كلمة \
                   مرور جديدة.",
    forgot_submit: "أرسل لي رسالة",
    sending: "جارٍ الإرسال…",
    forgot_sent: "إذا كان رقم ELK هذا معروفًا فقد أُرسلت رسالة إلى العنوان المسجّل لك لدى المدرسة \
                  الابتدائية. تحقق أيضًا من مجلد الرسائل غير المرغوب فيها.",
    back_to_sign_in: "العودة إلى تسجيل الدخول",
    reset_title: "اختر كلمة مرور جديدة",
    reset_intro: "اختر كلمة مرور جديدة. ثم سجّل الدخول برقم ELK وكلمة المرور الجديدة.",
    reset_submit: "حفظ كلمة المرور",
    saving: "جارٍ الحفظ…",
    password_changed_notice: "تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.",

    next_step_heading: "ما الخطوة التالية؟",
    next_groen: "أعدّ قائمة التفضيلات: البرامج مرتبة حسب رغبتك.",
    next_ag: "راجع قائمة التفضيلات واجعل التسجيل نهائيًا.",
    next_av: "اكتمل التسجيل. لا يلزمك فعل شيء الآن.",
    next_closed: "انتهى أسبوع التسجيل. هذه هي الحالة عند الإغلاق.",
    week_open,
    week_upcoming,
    week_closed: "انتهى أسبوع التسجيل؛ لم يعد بالإمكان تغيير القائمة.",
    go_to_list: "إلى قائمة التفضيلات",
    go_to_confirm: "المراجعة والتأكيد",
    go_to_result: "إلى النتيجة",
    go_to_data: "عرض بيانات طفلك",

    data_title: "بيانات طفلك",
    data_intro: "هذه البيانات من المدرسة الابتدائية. لا يمكنك تغييرها هنا.",
    class_label: "الصف",
    lwoo_label: "دعم التعلّم (lwoo)",
    home_town_label: "مكان السكن",
    parent_email_label: "البريد الإلكتروني للرسائل",
    yes: "نعم",
    no: "لا",
    data_wrong_title: "هل هناك خطأ؟",
    data_wrong_body: "تواصل مع المدرسة الابتدائية. المدرسة وحدها يمكنها تعديل هذه البيانات.",
    contact_email: "البريد الإلكتروني",
    contact_phone: "الهاتف",
    contact_website: "الموقع الإلكتروني",

    list_title: "قائمة التفضيلات",
    list_intro: "رتّب البرامج حسب رغبتك، واجعل اختيارك الأول في الأعلى. يُحفظ كل تغيير فورًا \
                 كمسودة.",
    schools_count,
    my_list_heading: "قائمتك",
    list_empty: "قائمتك فارغة حتى الآن. اختر برامج من الأسفل.",
    rank,
    move_up,
    move_down,
    remove,
    moved_to,
    added,
    removed,
    drag_hint: "غيّر الترتيب بالسحب أو بزرّي الأعلى والأسفل.",
    save_saving: "جارٍ الحفظ…",
    save_saved: "حُفظت المسودة.",
    save_failed: "لم يُحفظ التغيير الأخير.",
    stale_notice: "تغيّرت القائمة في مكان آخر في هذه الأثناء (في نافذة أخرى أو من قِبل الوالد \
                   الآخر). تظهر لك الآن القائمة الحالية. أعد تغييرك إذا لزم الأمر.",
    read_only_av: "تسجيلك نهائي. هل تريد تغيير القائمة؟ اسحب التسجيل أولًا؛ تبقى القائمة محفوظة \
                   كمسودة.",
    read_only_closed: "لا يمكن تغيير القائمة الآن.",
    catalogue_heading: "اختيار البرامج",
    catalogue_intro,
    search_label: "ابحث باسم البرنامج أو المدرسة أو المدينة",
    filter_town: "المدينة",
    filter_level: "المستوى",
    all_towns: "كل المدن",
    all_levels: "كل المستويات",
    results_count,
    no_results: "لم يُعثر على برامج. غيّر كلمات البحث أو عوامل التصفية.",
    add: "إضافة",
    on_list: "في قائمتك",
    levels_label: "المستويات",
    priority_offered,
    website_of,
    new_window: "(يُفتح في نافذة جديدة)",
    rule_name,

    priority_heading: "الأولوية",
    priority_claim,
    priority_explained: "الأولوية ممكنة فقط عند الاختيار الأول. تتحقق المدرسة منها قبل القبول.",
    sibling_name: "اسم الأخ أو الأخت",
    sibling_class: "صف الأخ أو الأخت",
    twin_heading: "التوأم",
    twin_link,
    twin_linked,
    twin_explained: "للتوأمين المرتبطين القائمة نفسها ويُقبلان معًا.",

    errors_heading: "يرجى تصحيح ما يلي",
    entry_error,
    list_too_short,
    list_too_long: "القائمة طويلة جدًا.",
    not_eligible: "هذا البرنامج لا يناسب النصيحة المدرسية.",
    duplicate: "هذا البرنامج موجود في القائمة بالفعل.",
    unknown_programme: "هذا البرنامج غير موجود (لم يعد موجودًا).",
    priority_not_at_first_choice: "الأولوية ممكنة فقط عند الاختيار الأول.",
    priority_rule_not_offered: "هذه المدرسة لا تقدّم هذه الأولوية.",
    priority_rule_not_in_region: "قاعدة الأولوية هذه لا تسري في منطقتك.",
    sibling_name_missing: "أدخل اسم الأخ أو الأخت.",
    sibling_class_missing: "أدخل صف الأخ أو الأخت.",
    twin_list_differs: "قائمة التوأم مختلفة. للتوأمين المرتبطين القائمة نفسها.",
    paper_route: "مع هذه النصيحة تسجّل المدرسة الابتدائية طفلك بنموذج ورقي.",
    list_empty_refused: "ضع برنامجًا واحدًا على الأقل في القائمة.",

    confirm_title: "المراجعة والتأكيد",
    confirm_intro: "راجع القائمة. بعد التأكيد يصبح التسجيل نهائيًا. خلال أسبوع التسجيل يمكنك \
                    سحبه.",
    summary_list: "قائمة تفضيلاتك",
    summary_claim: "الأولوية",
    summary_no_claim: "لم تُطلب أولوية.",
    claim_sibling,
    summary_twin: "التوأم",
    twin_not_linked,
    confirm_button: "جعل التسجيل نهائيًا",
    confirming: "جارٍ التأكيد…",
    confirmed,
    edit_list: "تعديل القائمة",
    withdraw_button: "سحب التسجيل",
    withdrawing: "جارٍ السحب…",
    withdrawn: "سُحب التسجيل. القائمة محفوظة كمسودة: عدّلها ثم أكّد من جديد.",
    withdraw_explained,
    confirm_empty: "لا يوجد شيء في القائمة بعد.",

    result_title: "النتيجة",
    result_not_yet,
    result_placed,
    result_placed_heading: "مقبول",
    result_unplaced: "لم يُقبل طفلك بعد. ستساعدك المدرسة الابتدائية في الجولة الثانية.",
    result_pending: "ما زالت النتيجة قيد التحديد. يرجى النظر مرة أخرى لاحقًا.",
    reserve_heading: "قوائم الانتظار",
    reserve_position,

    round2: ROUND2_AR,
};

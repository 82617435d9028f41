//! Turkish, for parents; the staff pages fall back to English.

use super::en::EN;
use super::parent::tr::PARENT_TR;
use super::texts::{StatusText, Texts};

const MONTHS: [&str; 12] = [
    "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
    "Kasım", "Aralık",
];

fn rate_limited(seconds: u64) -> String {
    if seconds >= 120 {
        format!(
            "Çok fazla deneme. {} dakika sonra yeniden deneyin.",
            seconds.div_ceil(60)
        )
    } else {
        format!("Çok fazla deneme. {seconds} saniye sonra yeniden deneyin.")
    }
}

fn error_reference(request_id: &str) -> String {
    format!("Bize ulaştığınızda {request_id} kodunu belirtin.")
}

fn window_closed(opens: &str, closes: &str) -> String {
    format!("Bu yalnızca {opens} ile {closes} arasında mümkündür.")
}

fn date(year: i32, month: u8, day: u8) -> String {
    let month = usize::from(month)
        .checked_sub(1)
        .and_then(|i| MONTHS.get(i));
    format!("{day} {} {year}", month.copied().unwrap_or_default())
}

pub const TR: Texts = Texts {
    app_name: "Overstap",
    app_tagline: "İlkokuldan ortaokula geçiş",
    skip_to_content: "İçeriğe geç",
    language_label: "Dil",
    signed_in_as: "Giriş yapan",
    sign_out: "Çıkış yap",
    signed_out_notice: "Çıkış yaptınız.",
    footer: "Overstap: bölgenizde ortaöğretime kayıt.",
    loading: "Yükleniyor…",
    not_found_title: "Sayfa bulunamadı",
    not_found_body: "Bu sayfa yok (artık yok).",
    back_to_start: "Başa dön",

    landing_title: "Overstap'a hoş geldiniz",
    landing_intro: "Veliler burada tercih listesini (voorkeurslijst) doldurur ve çocuklarını bir \
                    ortaöğretim okuluna kaydeder (aanmelding). Okullar kayıtları burada takip eder.",
    landing_parent: "Veliyim",
    landing_parent_hint: "Çocuğunuzun ELK numarasıyla giriş yapın.",
    landing_staff: "Bir okulda çalışıyorum",
    landing_staff_hint: "İlkokul, ortaokul, okul yönetimi ya da koordinasyon.",

    parent_sign_in_title: "Veliler için giriş",
    parent_sign_in_intro: "Çocuğunuzun ELK numarası ve hesabı etkinleştirirken seçtiğiniz \
                           şifreyle giriş yapın.",
    staff_sign_in_title: "Okullar için giriş",
    staff_sign_in_intro: "Okul hesabınızın e-posta adresiyle giriş yapın.",
    elk_number_label: "ELK numarası (öğrenci numarası)",
    elk_number_hint: "Boşlukları ve tireleri yazmayabilirsiniz.",
    email_label: "E-posta adresi",
    password_label: "Şifre",
    sign_in: "Giriş yap",
    signing_in: "Giriş yapılıyor…",
    session_expired_notice: "Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın.",
    staff_instead: "Bir okulda mı çalışıyorsunuz? Buradan giriş yapın.",
    parent_instead: "Veli misiniz? Buradan giriş yapın.",

    error_invalid_credentials: "Kullanıcı adı ve şifre birbirini tutmuyor.",
    error_invalid_input: "Lütfen işaretli alanları kontrol edin.",
    error_rate_limited: rate_limited,
    error_rate_limited_later: "Çok fazla deneme. Lütfen daha sonra yeniden deneyin.",
    error_session_expired: "Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın.",
    error_forbidden: "Bu bilgilere erişiminiz yok.",
    error_not_found: "Bu bilgiler bulunamadı.",
    error_conflict: "Bu şu anda mümkün değil; bilgiler bu arada değişti.",
    error_too_large: "Bu, gönderilemeyecek kadar büyük.",
    error_unavailable: "Overstap'a şu anda ulaşılamıyor. Lütfen daha sonra yeniden deneyin.",
    error_unexpected: "Bizim tarafımızda bir sorun oluştu.",
    error_network: "Overstap ile bağlantı yok. İnternet bağlantınızı kontrol edin.",
    error_reference,
    error_window_closed: window_closed,
    error_window_closed_now: "Prosedür takvimine göre bu şu anda mümkün değil.",
    error_not_allowed_in_status: "Kaydın şu anki durumunda bu mümkün değil.",
    error_unsupported_file: "Bu dosyayı okuyamıyoruz.",
    error_stale_revision: "Bu bu arada başka bir yerde değiştirildi. Güncel duruma bakıp yeniden \
                           deneyin.",
    error_invalid_link: "Bu bağlantı artık çalışmıyor. İlkokuldan yeni bir giriş isteyin.",
    facts_suffix: "_tr",
    field_required: "Lütfen bu alanı doldurun.",
    field_length: "Bu alan boş ya da çok uzun.",
    field_too_long: "Bu çok uzun.",
    field_email: "Lütfen geçerli bir e-posta adresi girin.",
    field_invalid: "Bu değer geçerli değil.",

    status_title: "Durumun anlamı",
    status_wit: StatusText {
        letters: "",
        label: "Beyaz (wit)",
        help: "Beyaz nokta: veli girişi e-postası henüz gönderilmedi.",
    },
    status_blauw: StatusText {
        letters: "",
        label: "Mavi (blauw)",
        help: "Mavi nokta: giriş e-postası gönderildi (henüz kullanılmadı).",
    },
    status_groen: StatusText {
        letters: "",
        label: "Yeşil (groen)",
        help: "Yeşil nokta: veli bağlantıyı açtı ve hesabı oluşturdu.",
    },
    status_ag: StatusText {
        letters: "AG",
        label: "Kayıt başladı (aanmelding gestart)",
        help: "Yeşil, AG harfleri: veli bir tercih listesine başladı ama liste kesin değil.",
    },
    status_av: StatusText {
        letters: "AV",
        label: "Kayıt tamamlandı (aanmelding voltooid)",
        help: "Yeşil, AV harfleri: liste dolduruldu ve kesinleştirildi; öğrenci kayıtlı.",
    },

    parent_home_title: "Çocuğunuzun geçişi",
    child_birth_date: "Doğum tarihi",
    child_primary_school: "İlkokul",
    child_advice: "Okul tavsiyesi (schooladvies)",
    child_status: "Kaydın durumu",
    parent_status_groen: "Bir hesabınız var. Şimdi tercih listesini hazırlayabilirsiniz.",
    parent_status_ag: "Tercih listesine başladınız, ancak kayıt henüz kesin değil.",
    parent_status_av: "Kaydınız tamamlandı: tercih listesi kesinleşti.",
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

    parent: PARENT_TR,
    po: EN.po,
    vo: EN.vo,
    coordinator: EN.coordinator,
    two_step: EN.two_step,
};

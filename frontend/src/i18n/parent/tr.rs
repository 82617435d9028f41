//! Turkish texts of the parent portal.

use overstap_api_types::PriorityRuleKind;

use super::ParentTexts;
use super::round2::tr::ROUND2_TR;

fn week_open(opens: &str, last: &str) -> String {
    format!("Kayıt haftası {opens} ile {last} arasındadır.")
}

fn week_upcoming(opens: &str) -> String {
    format!("Kayıt haftası {opens} tarihinde başlar.")
}

fn schools_count(min: u32, have: u32) -> String {
    format!("Listeye en az {min} farklı okul ekleyin. Şu an: {have} okul.")
}

fn rank(n: usize) -> String {
    format!("{n}. tercih")
}

fn move_up(name: &str) -> String {
    format!("{name}: yukarı taşı")
}

fn move_down(name: &str) -> String {
    format!("{name}: aşağı taşı")
}

fn remove(name: &str) -> String {
    format!("{name}: listeden çıkar")
}

fn moved_to(name: &str, position: usize) -> String {
    format!("{name} şimdi {position}. sırada.")
}

fn added(name: &str) -> String {
    format!("{name} listeye eklendi.")
}

fn removed(name: &str) -> String {
    format!("{name} listeden çıkarıldı.")
}

fn catalogue_intro(advice: &str) -> String {
    format!("Burada yalnızca {advice} tavsiyesini kabul eden programlar gösterilir.")
}

fn results_count(count: usize) -> String {
    format!("{count} program")
}

fn priority_offered(rule: &str) -> String {
    format!("1. tercihte öncelik: {rule}")
}

fn website_of(school: &str) -> String {
    format!("{school} web sitesi")
}

fn rule_name(rule: PriorityRuleKind) -> &'static str {
    match rule {
        PriorityRuleKind::Sibling => "bu okulda kardeşi olan",
        PriorityRuleKind::StaffChild | PriorityRuleKind::Hardship | PriorityRuleKind::Kopklas => {
            "okulun öncelik kuralı"
        }
    }
}

fn priority_claim(school: &str, rule: &str) -> String {
    format!("{school} okulunda öncelik istiyorum ({rule})")
}

fn twin_link(name: &str) -> String {
    format!("İkizim {name} ile listeleri bağla")
}

fn twin_linked(name: &str) -> String {
    format!("Çocuğunuzun ve ikizi {name} için listeler bağlandı.")
}

fn entry_error(rank: usize, message: &str) -> String {
    format!("{rank}. tercih: {message}")
}

fn list_too_short(min: u32) -> String {
    format!("Listeye en az {min} farklı okul ekleyin.")
}

fn claim_sibling(name: &str, class: &str) -> String {
    format!("Kardeş: {name}, sınıf {class}")
}

fn twin_not_linked(name: &str) -> String {
    format!("İkiz {name} ile bağlı değil.")
}

fn confirmed(email: &str) -> String {
    format!("Kaydınız tamamlandı. {email} adresine bir alındı onayı gönderdik.")
}

fn withdraw_explained(last: &str) -> String {
    format!(
        "{last} tarihine kadar kaydı geri çekebilir, listeyi değiştirip yeniden onaylayabilirsiniz."
    )
}

fn result_not_yet(when: &str) -> String {
    format!("Sonuç {when} tarihinden itibaren görülebilir. O zaman bir e-posta da alacaksınız.")
}

fn result_placed(programme: &str, school: &str, rank: u32) -> String {
    format!(
        "Çocuğunuz {school} okulundaki {programme} programına yerleştirildi: {rank}. tercihiniz."
    )
}

fn reserve_position(programme: &str, school: &str, position: u32) -> String {
    format!("{school}, {programme}: yedek listede {position}. sıra")
}

pub const PARENT_TR: ParentTexts = ParentTexts {
    nav_label: "Kayıt",
    nav_home: "Genel bakış",
    nav_data: "Bilgiler",
    nav_list: "Tercih listesi",
    nav_confirm: "Onayla",
    nav_result: "Sonuç",

    activate_title: "Hesabı etkinleştir",
    activate_intro: "Çocuğunuzu ortaokula kaydetmek için bir hesap oluşturuyorsunuz.",
    activate_child: "Çocuğunuz",
    activate_username_hint: "Bundan sonra bu ELK numarasıyla giriş yaparsınız.",
    new_password_label: "Bir şifre seçin",
    password_hint: "En az 8, en fazla 64 karakter. Birkaç kelimeden oluşan bir cümle hem güçlü \
                    hem de kolay hatırlanır.",
    activate_submit: "Hesabı etkinleştir",
    activating: "Etkinleştiriliyor…",
    password_too_short: "Bu şifre çok kısa. En az 8 karakter kullanın.",
    password_too_long: "Bu şifre çok uzun. En fazla 64 karakter kullanın.",
    password_too_common: "Bu şifre çok kullanılıyor ve kolay tahmin edilir. Başka bir şifre seçin.",
    invalid_link_title: "Bu bağlantı artık çalışmıyor",
    invalid_link_body: "Bağlantının süresi dolmuş, bağlantı kullanılmış ya da yenisiyle \
                        değiştirilmiş. Çocuğunuzun ilkokulundan yeni bir giriş isteyin.",
    invalid_reset_link_body: "Şifre sıfırlama bağlantısının süresi dolmuş ya da bağlantı \
                              kullanılmış. Yeni bir bağlantı isteyin. Bu olmazsa ilkokuldan yeni \
                              bir giriş isteyin.",
    request_new_reset: "Yeni bağlantı iste",

    forgot_link: "Şifrenizi mi unuttunuz?",
    forgot_title: "Şifremi unuttum",
    forgot_intro: "Çocuğunuzun ELK numarasını girin. Yeni bir şifre seçmeniz için bağlantı içeren \
                   bir e-posta alacaksınız.",
    forgot_submit: "Bana e-posta gönder",
    sending: "Gönderiliyor…",
    forgot_sent: "Bu ELK numarası biliniyorsa, ilkokulun sizin için kayıtlı adresine bir e-posta \
                  gönderildi. İstenmeyen e-posta klasörüne de bakın.",
    back_to_sign_in: "Girişe dön",
    reset_title: "Yeni şifre seçin",
    reset_intro: "Yeni bir şifre seçin. Sonra ELK numarası ve yeni şifreyle giriş yapın.",
    reset_submit: "Şifreyi kaydet",
    saving: "Kaydediliyor…",
    password_changed_notice: "Şifreniz değiştirildi. Yeni şifreyle giriş yapın.",

    next_step_heading: "Sıradaki adım nedir?",
    next_groen: "Tercih listesini hazırlayın: programları tercih sırasına göre dizin.",
    next_ag: "Tercih listesini kontrol edin ve kaydı kesinleştirin.",
    next_av: "Kayıt tamamlandı. Şu an yapmanız gereken bir şey yok.",
    next_closed: "Kayıt haftası sona erdi. Burada kapanıştaki durumu görüyorsunuz.",
    week_open,
    week_upcoming,
    week_closed: "Kayıt haftası sona erdi; liste artık değiştirilemez.",
    go_to_list: "Tercih listesine git",
    go_to_confirm: "Kontrol et ve onayla",
    go_to_result: "Sonuca git",
    go_to_data: "Çocuğunuzun bilgilerine bakın",

    data_title: "Çocuğunuzun bilgileri",
    data_intro: "Bu bilgiler ilkokuldan gelir. Burada değiştiremezsiniz.",
    class_label: "Sınıf",
    lwoo_label: "Öğrenme desteği (lwoo)",
    home_town_label: "Yaşadığı yer",
    parent_email_label: "Mesajlar için e-posta adresi",
    yes: "Evet",
    no: "Hayır",
    data_wrong_title: "Yanlış bir şey mi var?",
    data_wrong_body: "İlkokulla iletişime geçin. Bu bilgileri yalnızca okul değiştirebilir.",
    contact_email: "E-posta",
    contact_phone: "Telefon",
    contact_website: "Web sitesi",

    list_title: "Tercih listesi",
    list_intro: "Programları tercih sırasına koyun, ilk tercihiniz en üstte olsun. Her değişiklik \
                 hemen taslak olarak kaydedilir.",
    schools_count,
    my_list_heading: "Listeniz",
    list_empty: "Listeniz henüz boş. Aşağıdan program seçin.",
    rank,
    move_up,
    move_down,
    remove,
    moved_to,
    added,
    removed,
    drag_hint: "Sırayı sürükleyerek ya da yukarı ve aşağı düğmeleriyle değiştirin.",
    save_saving: "Kaydediliyor…",
    save_saved: "Taslak kaydedildi.",
    save_failed: "Son değişiklik kaydedilmedi.",
    stale_notice: "Liste bu arada başka bir yerde değiştirildi (başka bir pencerede ya da diğer \
                   veli tarafından). Şimdi güncel listeyi görüyorsunuz. Gerekirse değişikliğinizi \
                   yeniden yapın.",
    read_only_av: "Kaydınız kesinleşti. Listeyi değiştirmek mi istiyorsunuz? Önce kaydı geri \
                   çekin; liste taslak olarak saklanır.",
    read_only_closed: "Liste şu anda değiştirilemez.",
    catalogue_heading: "Program seçin",
    catalogue_intro,
    search_label: "Program, okul ya da yer adına göre arayın",
    filter_town: "Yer",
    filter_level: "Seviye",
    all_towns: "Tüm yerler",
    all_levels: "Tüm seviyeler",
    results_count,
    no_results: "Program bulunamadı. Arama kelimelerini ya da filtreleri değiştirin.",
    add: "Ekle",
    on_list: "Listenizde",
    levels_label: "Seviyeler",
    priority_offered,
    website_of,
    new_window: "(yeni pencerede açılır)",
    rule_name,

    priority_heading: "Öncelik",
    priority_claim,
    priority_explained: "Öncelik yalnızca 1. tercihte istenebilir. Okul yerleştirmeden önce \
                         bunu kontrol eder.",
    sibling_name: "Kardeşin adı",
    sibling_class: "Kardeşin sınıfı",
    twin_heading: "İkiz",
    twin_link,
    twin_linked,
    twin_explained: "Bağlı ikizlerin listesi aynıdır ve birlikte yerleştirilirler.",

    errors_heading: "Lütfen bunu düzeltin",
    entry_error,
    list_too_short,
    list_too_long: "Liste çok uzun.",
    not_eligible: "Bu program tavsiyeye uygun değil.",
    duplicate: "Bu program zaten listede.",
    unknown_programme: "Bu program (artık) yok.",
    priority_not_at_first_choice: "Öncelik yalnızca 1. tercihte istenebilir.",
    priority_rule_not_offered: "Bu okul bu önceliği sunmuyor.",
    priority_rule_not_in_region: "Bu öncelik kuralı bölgenizde geçerli değil.",
    sibling_name_missing: "Kardeşin adını girin.",
    sibling_class_missing: "Kardeşin sınıfını girin.",
    twin_list_differs: "İkizin listesi farklı. Bağlı ikizlerin listesi aynı olmalıdır.",
    paper_route: "Bu tavsiyede ilkokul çocuğunuzu kâğıt bir formla kaydeder.",
    list_empty_refused: "Listeye en az bir program ekleyin.",

    confirm_title: "Kontrol et ve onayla",
    confirm_intro: "Listeyi kontrol edin. Onayladıktan sonra kayıt kesinleşir. Kayıt haftası \
                    boyunca kaydı yine de geri çekebilirsiniz.",
    summary_list: "Tercih listeniz",
    summary_claim: "Öncelik",
    summary_no_claim: "Öncelik istenmedi.",
    claim_sibling,
    summary_twin: "İkiz",
    twin_not_linked,
    confirm_button: "Kaydı kesinleştir",
    confirming: "Onaylanıyor…",
    confirmed,
    edit_list: "Listeyi değiştir",
    withdraw_button: "Kaydı geri çek",
    withdrawing: "Geri çekiliyor…",
    withdrawn: "Kayıt geri çekildi. Liste taslak olarak saklandı: değiştirip yeniden onaylayın.",
    withdraw_explained,
    confirm_empty: "Listede henüz bir şey yok.",

    result_title: "Sonuç",
    result_not_yet,
    result_placed,
    result_placed_heading: "Yerleştirildi",
    result_unplaced: "Çocuğunuz yerleştirilmedi. İlkokul ikinci turda size yardım edecek.",
    result_pending: "Sonuç henüz belirleniyor. Lütfen daha sonra yeniden bakın.",
    reserve_heading: "Yedek listeler",
    reserve_position,

    round2: ROUND2_TR,
};

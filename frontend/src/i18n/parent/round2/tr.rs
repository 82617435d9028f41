//! Turkish texts of round 2.

use super::Round2Texts;

fn window_open(opens: &str, last: &str) -> String {
    format!("İkinci tur listesini {opens} ile {last} (dahil) arasında hazırlayabilirsiniz.")
}

fn window_not_yet(opens: &str, last: &str) -> String {
    format!(
        "İkinci tur {opens} ile {last} (dahil) arasındadır. Listeyi {opens} tarihinden itibaren \
         hazırlayabilirsiniz."
    )
}

fn window_closed(last: &str) -> String {
    format!("İkinci tur kapandı. Listeler en geç {last} tarihine kadar gönderilebiliyordu.")
}

fn result_placed(programme: &str, school: &str, rank: u32) -> String {
    format!(
        "Çocuğunuz ikinci turda {school} okulunun {programme} programına yerleştirildi: ikinci \
         tur listesinde {rank}. tercih."
    )
}

pub const ROUND2_TR: Round2Texts = Round2Texts {
    nav: "İkinci tur",
    title: "İkinci tur",
    intro: "İkinci turda, hâlâ boş yeri olan ve tavsiyeye uygun programlar arasından yeniden \
            seçim yaparsınız. Kapanıştan sonra tüm listeler aynı anda yerleştirilir; sonucu \
            e-posta ile alırsınız.",
    reason_unplaced: "Çocuğunuz ilk turda bir yer alamadığı için katılıyor.",
    reason_withdrawn: "Okul, sizin isteğiniz üzerine yeri geri aldığı için çocuğunuz katılıyor.",
    not_taking_part: "Çocuğunuz ikinci tura katılmıyor. Yalnızca ilk turdan sonra yeri olmayan \
                      çocuklar katılır. Bir şey yapmanıza gerek yok.",
    home_taking_part: "Çocuğunuz ikinci tura katılıyor. Yeni bir liste hazırlayın ve onaylayın.",
    go_to_round2: "İkinci tura git",

    window_open,
    window_not_yet,
    window_closed,
    window_not_planned: "İkinci tur planlanmamış.",

    list_heading: "İkinci tur listeniz",
    no_programmes: "Tavsiyeye uygun ve boş yeri olan bir program yok. Lütfen ilkokulla iletişime \
                    geçin.",
    save_button: "Listeyi kaydet",
    saved: "Liste kaydedildi. Aşağıda onaylayın; yalnızca onaylanmış bir liste katılır.",
    unsaved: "Henüz kaydedilmemiş değişiklikler var.",
    read_only: "Liste şu anda değiştirilemez.",

    confirm_heading: "Kontrol edin ve onaylayın",
    confirm_intro: "Sıralamayı kontrol edin. Onayladıktan sonra liste kesinleşir ve artık \
                    değiştirilemez.",
    confirm_button: "Listeyi kesinleştir",
    confirmed_heading: "Onaylandı",
    confirmed: "İkinci tur listeniz kesinleşti. E-posta ile bir onay alacaksınız. Sonucu ikinci \
                tur kapandıktan sonra alırsınız.",

    list_empty: "Listeye en az bir program ekleyin.",
    duplicate_programme: "Bu program zaten listede.",
    programme_not_offered: "Bu programda boş yer kalmadı veya program tavsiyeye uygun değil. \
                            Listeden çıkarın.",

    result_heading: "İkinci tur sonucu",
    result_placed,
    result_unplaced: "Çocuğunuz ikinci turda yerleştirilmedi. Lütfen ilkokulla iletişime geçin.",
    result_placed_heading: "İkinci turda yerleştirildi",
};

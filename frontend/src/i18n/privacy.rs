//! The privacy statement and the data-export button, in nl, en, tr and ar (parents read it).

use super::Lang;

#[derive(Debug)]
pub struct PrivacyTexts {
    pub link: &'static str,
    pub title: &'static str,
    /// Heading and paragraph pairs.
    pub sections: [(&'static str, &'static str); 6],
    pub export_button: &'static str,
    pub export_failed: &'static str,
}

pub fn privacy_texts(lang: Lang) -> &'static PrivacyTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
        Lang::Tr => &TR,
        Lang::Ar => &AR,
    }
}

const NL: PrivacyTexts = PrivacyTexts {
    link: "Privacy",
    title: "Privacyverklaring",
    sections: [
        (
            "Wat we bewaren",
            "Van uw kind: naam, geboortedatum, ELK-nummer (uw inlogcode), klas, schooladvies, woonplaats en basisschool. Van u: het e-mailadres dat de basisschool opgaf, uw taal en uw wachtwoord (alleen versleuteld). Verder de voorkeurslijst, een eventuele voorrangsclaim (zoals de naam van een broer of zus), de plaatsing en de e-mails die we u stuurden.",
        ),
        (
            "Waarom",
            "Om uw kind een plaats in het voortgezet onderwijs te geven volgens de afspraken van de scholen in de regio: aanmelden, loten, plaatsen en de uitslag laten zien. Grondslag: de wettelijke taak van de scholen.",
        ),
        (
            "Hoe lang",
            "Tot 1 oktober van het schooljaar na de overstap (de regio kan een andere datum kiezen). Dan worden de gegevens van uw kind en van u automatisch verwijderd. Het logboek van wie wat deed blijft, maar zonder namen of nummers.",
        ),
        (
            "Wie wat ziet",
            "De basisschool ziet haar eigen leerlingen. Een middelbare school ziet alleen de leerlingen die haar op de lijst zetten of er geplaatst zijn. De coördinator van de regio ziet de loting en plaatsing van de regio. Niemand anders.",
        ),
        (
            "Uw rechten",
            "U kunt in het ouderportaal alles downloaden wat we over uw kind bewaren. Voor correctie vraagt u de basisschool; voor verwijdering de basisschool of de coördinator van de regio.",
        ),
        (
            "Contact",
            "De regio (het samenwerkingsverband van de scholen) is verantwoordelijk voor deze gegevens. Vragen stelt u aan de basisschool van uw kind; die stuurt ze zo nodig door naar de regio.",
        ),
    ],
    export_button: "Download alle gegevens (JSON)",
    export_failed: "Het downloaden is niet gelukt. Probeer het later opnieuw.",
};

const EN: PrivacyTexts = PrivacyTexts {
    link: "Privacy",
    title: "Privacy statement",
    sections: [
        (
            "What we keep",
            "About your child: name, date of birth, ELK number (your sign-in code), class, school advice, home town and primary school. About you: the e-mail address the primary school gave, your language and your password (encrypted only). Also the preference list, any priority claim (such as a brother's or sister's name), the placement and the e-mails we sent you.",
        ),
        (
            "Why",
            "To give your child a place in secondary school under the agreements of the region's schools: registration, lottery, placement and showing the result. Legal basis: the schools' statutory task.",
        ),
        (
            "How long",
            "Until 1 October of the school year after the transfer (the region may choose another date). Then your child's data and yours are removed automatically. The log of who did what stays, but without names or numbers.",
        ),
        (
            "Who sees what",
            "The primary school sees its own pupils. A secondary school sees only the pupils who put it on their list or were placed there. The region's coordinator sees the region's lottery and placement. Nobody else.",
        ),
        (
            "Your rights",
            "In the parent portal you can download everything we hold about your child. Ask the primary school for a correction; ask the primary school or the region's coordinator for erasure.",
        ),
        (
            "Contact",
            "The region (the schools' partnership) is responsible for this data. Ask your child's primary school; it passes questions on to the region where needed.",
        ),
    ],
    export_button: "Download all data (JSON)",
    export_failed: "The download failed. Please try again later.",
};

const TR: PrivacyTexts = PrivacyTexts {
    link: "Gizlilik",
    title: "Gizlilik bildirimi",
    sections: [
        (
            "Neleri saklıyoruz",
            "Çocuğunuz hakkında: adı, doğum tarihi, ELK numarası (giriş kodunuz), sınıfı, okul tavsiyesi, yaşadığı yer ve ilkokulu. Sizin hakkınızda: ilkokulun verdiği e-posta adresi, diliniz ve şifreniz (yalnızca şifrelenmiş). Ayrıca tercih listesi, varsa öncelik talebi (örneğin bir kardeşin adı), yerleştirme ve size gönderdiğimiz e-postalar.",
        ),
        (
            "Neden",
            "Çocuğunuza bölgedeki okulların anlaşmalarına göre ortaöğretimde bir yer vermek için: kayıt, kura, yerleştirme ve sonucun gösterilmesi. Hukuki dayanak: okulların yasal görevi.",
        ),
        (
            "Ne kadar süre",
            "Geçişten sonraki öğretim yılının 1 Ekim tarihine kadar (bölge başka bir tarih seçebilir). Sonra çocuğunuzun ve sizin verileriniz otomatik olarak silinir. Kimin ne yaptığının kaydı kalır, ancak isim veya numara olmadan.",
        ),
        (
            "Kim neyi görür",
            "İlkokul kendi öğrencilerini görür. Bir ortaokul yalnızca onu listesine yazan veya oraya yerleştirilen öğrencileri görür. Bölge koordinatörü bölgenin kurasını ve yerleştirmesini görür. Başka kimse görmez.",
        ),
        (
            "Haklarınız",
            "Veli portalında çocuğunuz hakkında sakladığımız her şeyi indirebilirsiniz. Düzeltme için ilkokula; silme için ilkokula veya bölge koordinatörüne başvurun.",
        ),
        (
            "İletişim",
            "Bu verilerden bölge (okulların iş birliği) sorumludur. Sorularınızı çocuğunuzun ilkokuluna sorun; gerekirse bölgeye iletir.",
        ),
    ],
    export_button: "Tüm verileri indir (JSON)",
    export_failed: "İndirme başarısız oldu. Lütfen daha sonra tekrar deneyin.",
};

const AR: PrivacyTexts = PrivacyTexts {
    link: "الخصوصية",
    title: "بيان الخصوصية",
    sections: [
        (
            "ما نحتفظ به",
            "عن طفلك: الاسم وتاريخ الميلاد ورقم ELK (رمز الدخول الخاص بك) والصف ونصيحة المدرسة ومكان السكن والمدرسة الابتدائية. عنك: عنوان البريد الإلكتروني الذي قدمته المدرسة الابتدائية ولغتك وكلمة المرور (مشفرة فقط). وأيضًا قائمة التفضيلات وأي طلب أولوية (مثل اسم أخ أو أخت) والقبول والرسائل التي أرسلناها إليك.",
        ),
        (
            "لماذا",
            "لمنح طفلك مكانًا في التعليم الثانوي وفق اتفاقيات مدارس المنطقة: التسجيل والقرعة والقبول وعرض النتيجة. الأساس القانوني: المهمة القانونية للمدارس.",
        ),
        (
            "إلى متى",
            "حتى 1 أكتوبر من العام الدراسي الذي يلي الانتقال (يمكن للمنطقة اختيار تاريخ آخر). بعد ذلك تُحذف بيانات طفلك وبياناتك تلقائيًا. يبقى سجل من فعل ماذا، ولكن بدون أسماء أو أرقام.",
        ),
        (
            "من يرى ماذا",
            "ترى المدرسة الابتدائية تلاميذها فقط. ترى المدرسة الثانوية فقط التلاميذ الذين وضعوها في قائمتهم أو قُبلوا فيها. يرى منسق المنطقة القرعة والقبول في المنطقة. لا أحد غيرهم.",
        ),
        (
            "حقوقك",
            "يمكنك في بوابة الوالدين تنزيل كل ما نحتفظ به عن طفلك. للتصحيح اسأل المدرسة الابتدائية؛ وللحذف اسأل المدرسة الابتدائية أو منسق المنطقة.",
        ),
        (
            "التواصل",
            "المنطقة (شراكة المدارس) مسؤولة عن هذه البيانات. وجّه أسئلتك إلى المدرسة الابتدائية لطفلك؛ وهي تحيلها إلى المنطقة عند الحاجة.",
        ),
    ],
    export_button: "تنزيل جميع البيانات (JSON)",
    export_failed: "فشل التنزيل. يرجى المحاولة لاحقًا.",
};

### The e-mails to parents, in Turkish (tr). Follows locales/nl/mail.ftl message by message;
### see docs/translations.md. A { $variable } is filled in by Overstap: never translate its name.
### The Dutch words a parent meets at school (ELK-nummer, aanmelding, voorkeurslijst) follow
### the translation in parentheses.

## Shared by every e-mail

# Greets the parent without the child's name: a name would need a suffix that follows its
# vowels ("Sem'in", "Ali'nin").
mail-greeting = Sayın veli,
mail-button-fallback = Düğme çalışmıyor mu? Bu bağlantıyı kopyalayıp tarayıcınıza yapıştırın:
mail-closing = Saygılarımızla,
mail-sent-for-school = Bu e-posta { $school } adına Overstap aracılığıyla gönderilmiştir.
mail-sent-automatically = Bu e-posta Overstap tarafından otomatik olarak gönderilmiştir.
mail-programme-line = { $rank }. { $programme } – { $school }, { $town }

## The pupil data a school corrected, by the names a parent knows

pupil-field-name = ad
pupil-field-birth-date = doğum tarihi
pupil-field-advice = okul tavsiyesi (schooladvies)
pupil-field-lwoo = öğrenme desteği (lwoo)
pupil-field-address = adres
pupil-field-home-town = ikamet yeri (woonplaats)
pupil-field-parent-emails = velilerin e-posta adresleri

## The priority rules, by the names a parent knows

priority-rule-sibling = Okulda okuyan kardeş
priority-rule-staff-child = Okul çalışanının çocuğu
priority-rule-hardship = Özel durum maddesi (hardheidsclausule)
priority-rule-kopklas = Kopklas (Hollandacayı geliştirmek için ara sınıf)

## parent-login: the personal link with which a parent creates the account

parent-login-subject = Ortaöğretim okuluna başvuru: { $child } için giriş bilgileri
parent-login-intro = Overstap ile çocuğunuz { $child } için bir ortaöğretim okuluna (voortgezet onderwijs) başvuru yaparsınız. { $school } bunun için size bu kişisel giriş bağlantısını gönderiyor. Hesabınızı aşağıdaki düğmeyle oluşturun.
parent-login-button = Hesap oluştur
parent-login-elk-label = Kullanıcı adınız (ELK-nummer)
parent-login-opens-label = Başvuru haftasının (aanmeldweek) başlangıcı
parent-login-until-label = Bağlantının geçerli olduğu son an
parent-login-notice = Bu ELK numarasını (ELK-nummer) iyi saklayın: Overstap'taki kullanıcı adınızdır. Bu bağlantı size özeldir; bu e-postayı başkasına iletmeyin.
parent-login-footer = { mail-sent-for-school } Sorularınız için lütfen okulla iletişime geçin.

## reminder: the registration is not complete yet and the registration week is closing

reminder-subject = Hatırlatma: { $child } için başvuru henüz tamamlanmadı
reminder-intro = Çocuğunuz { $child } için ortaöğretime başvuru (aanmelding) henüz tamamlanmadı. { reminder-next-step }
reminder-next-step =
    { $status ->
        [groen] Henüz hiçbir okul seçmediniz.
        [ag] Bir tercih listesi (voorkeurslijst) hazırladınız, ancak liste henüz kesinleşmedi.
        [av] Lütfen Overstap'ta her şeyin doğru olup olmadığını kontrol edin.
       *[other] Henüz hesabınızı oluşturmadınız.
    }
reminder-until-label = Başvuru yapabileceğiniz son an
reminder-button = Başvuruyu tamamla

## data-corrected: the primary school corrected the child's data

data-corrected-subject = Çocuğunuz { $child } hakkındaki bilgiler düzeltildi
data-corrected-intro = { $school }, Overstap'ta çocuğunuz { $child } hakkındaki şu bilgileri düzeltti:
data-corrected-notice = Başvuru (aanmelding) daha önce kesinleştiyse kesin olarak kalır: hiçbir şeyi yeniden yapmanız gerekmez.
data-corrected-button = Bilgileri görüntüle
data-corrected-not-right = Yanlış bir bilgi mi var? Lütfen { $school } ile iletişime geçin.

## address-changed: sent to the old address after the school changed the parent's e-mail address

address-changed-subject = Overstap'ta { $child } için e-posta adresi değiştirildi
address-changed-intro = { $school }, çocuğunuz { $child } için Overstap'taki başvuru (aanmelding) hakkında mesaj aldığınız e-posta adresini değiştirdi. Bu adrese artık mesaj gönderilmeyecek; giriş yapmak veya şifre belirlemek için daha önce aldığınız bağlantılar artık çalışmıyor.
address-changed-notice = Gizlilik nedeniyle yeni adres bu e-postada gösterilmez.
address-changed-not-you = Bunu siz istemediyseniz lütfen hemen { $school } ile iletişime geçin.

## twin-unlinked: the school no longer records the twins; their lists are no longer linked

twin-unlinked-subject = { $child } ve { $twin } için tercih listeleri (voorkeurslijst) artık bağlı değil
twin-unlinked-intro = { $school }, Overstap'ta { $child } ve { $twin } çocuklarını artık ikiz olarak kayıtlı tutmuyor. Bu nedenle tercih listeleri artık bağlı değil: bir listedeki değişiklik diğerini değiştirmez ve kurada (loting) artık tek bir birim sayılmazlar.
twin-unlinked-notice = Lütfen { $child } için tercih listesini kontrol edin ve gerekirse başvuruyu (aanmelding) yeniden kesinleştirin.
twin-unlinked-button = Başvuruya git
twin-unlinked-not-right = Bu doğru değilse lütfen { $school } ile iletişime geçin.

## confirmation: the confirmation of receipt; the registration is final

confirmation-subject = Alındı onayı: { $child } için başvuru kesinleşti
confirmation-intro = Çocuğunuz { $child } için ortaöğretime başvuruyu (aanmelding) kesinleştirdiniz. Tercih listeniz (voorkeurslijst) sırasıyla şöyledir:
confirmation-claim-label = 1. tercihinizde istenen öncelik (voorrang)
confirmation-claim-checked = Okul, yerleştirmeden önce öncelik talebini kontrol eder.
confirmation-sibling-label = Kardeşin adı ve sınıfı
confirmation-sibling = { $sibling }, { $class }
confirmation-twin = Bu tercih listesi (voorkeurslijst), ikiz kardeşi { $twin } için yapılan başvuruyla bağlantılıdır: ikisi aynı listeyle katılır ve birlikte yerleştirilir.
confirmation-elk-label = ELK numarası (ELK-nummer)
confirmation-confirmed-label = Kesinleştirilme zamanı
confirmation-until-label = Geri çekme ve değiştirme için son an
confirmation-published-label = Sonuçların açıklanma zamanı
confirmation-change = O zamana kadar Overstap'ta başvuruyu geri çekebilir ve tercih listesini değiştirebilirsiniz. Geri çekilen bir başvuru, ancak yeniden kesinleştirdiğinizde tekrar geçerli olur.
confirmation-button = Başvuruyu görüntüle
confirmation-footer = { mail-sent-automatically } Bu e-postayı başvurunuzun kanıtı olarak saklayın.

## password-reset: a link to choose a new password

password-reset-subject = Overstap için yeni şifre belirleme ({ $child })
password-reset-intro = Çocuğunuz { $child } için açılmış Overstap hesabına yeni bir şifre talep edildi. Yeni şifrenizi aşağıdaki düğmeyle belirleyin.
password-reset-button = Yeni şifre belirle
password-reset-elk-label = Kullanıcı adınız (ELK-nummer)
password-reset-until-label = Bağlantının geçerli olduğu zaman sınırı
password-reset-notice = Bunu siz talep etmediyseniz bu e-postayı dikkate almayın: şifreniz değişmez. Bu e-postayı başkasına iletmeyin.
# Without the child's name, which would need a suffix (see mail-greeting).
password-reset-footer = Bu e-posta, çocuğunuzun ilkokulunun (basisschool) kayıtlarında bulunan adrese gönderilmiştir.

## placement-changed: a secondary school changed the child's place after the results

placement-changed-subject =
    { $change ->
        [offer-accepted] { $child }, { $school } okuluna yerleştirildi
        [offer-declined] { $child } için teklif edilen yer kabul edilmedi
       *[withdrawn] { $child } için ayrılan yerden vazgeçildi
    }
placement-changed-intro =
    { $change ->
        [offer-accepted] { $school }, { $programme } ({ $school }) için teklif edilen yeri kabul ettiğinizi kaydetti. Çocuğunuz { $child } artık oraya yerleştirildi; önceki yer serbest bırakıldı.
        [offer-declined] { $school }, { $programme } ({ $school }) için teklif edilen yeri kabul etmediğinizi kaydetti. Çocuğunuz { $child } mevcut yerini korur.
       *[withdrawn] { $school }, isteğiniz üzerine çocuğunuz { $child } için { $programme } ({ $school }) yerinden vazgeçildiğini kaydetti. { $child } şu anda bir yere yerleştirilmemiştir ve 2. tura (ronde 2) katılabilir.
    }
placement-changed-button = Sonuca git
placement-changed-not-right =
    { $change ->
        [withdrawn] Bunu siz istemediyseniz lütfen hemen { $school } ile iletişime geçin.
       *[other] Bu doğru değilse lütfen hemen { $school } ile iletişime geçin.
    }

## placement-result: the placement result, at the publication moment

placement-result-subject-placed = Yerleştirme sonucu: { $child } bir okula yerleştirildi
placement-result-subject-unplaced = { $child } için yerleştirme sonucu
placement-result-placed = Tebrikler! Çocuğunuz { $child }, aşağıdaki programa yerleştirildi (plaatsing). Bu, tercih listenizdeki (voorkeurslijst) { placement-result-choice } tercihinizdi.
placement-result-choice =
    { $rank ->
        [1] birinci
        [2] ikinci
        [3] üçüncü
        [4] dördüncü
        [5] beşinci
        [6] altıncı
        [7] yedinci
        [8] sekizinci
        [9] dokuzuncu
        [10] onuncu
       *[other] { $rank }.
    }
placement-result-programme-label = Eğitim programı (opleiding)
placement-result-school-label = Okul
placement-result-town-label = Şehir
placement-result-unplaced = Maalesef çocuğunuz { $child }, bu yerleştirmede (plaatsing) tercih listenizdeki (voorkeurslijst) programların hiçbirine yerleştirilemedi. Bunun üzücü olduğunu biliyoruz. Yalnız değilsiniz: bundan sonra ne olacağını aşağıda bulabilirsiniz.
placement-result-reserve-placed = Çocuğunuz { $child }, tercih listenizde daha üst sıradaki şu programların yedek listesinde (reservelijst) yer alıyor:
placement-result-reserve-placed-note = Bu programlardan birinde yer açılırsa o okul sizinle iletişime geçer. O zamana kadar yukarıdaki yerleştirme geçerliliğini korur.
placement-result-reserve-unplaced = Çocuğunuz { $child }, şu programların yedek listesinde (reservelijst) yer alıyor:
placement-result-reserve-unplaced-note = Bu programlardan birinde yer açılırsa o okul sizinle iletişime geçer.
placement-result-reserve-line = { $programme } – { $school }: { $position }. sıra
placement-result-school-contacts-you = Bundan sonra ne olacak? { $school } kayıt (inschrijving) ve sonraki adımlar hakkında sizinle iletişime geçecek. Şu anda sizin bir şey yapmanıza gerek yok.
placement-result-round2-label = İkinci turun (tweede ronde) başlangıcı
placement-result-round2 = Henüz bir okula yerleştirilmemiş öğrenciler için ikinci bir tur vardır. Bu turda çocuğunuz { $child } için hâlâ boş yeri olan bir okula başvurabilirsiniz. İlkokul (basisschool) size bu konuda yardımcı olur.
placement-result-contact = İlkokul (basisschool) veya geçiş koordinatörü (coördinator) sonraki adımlar hakkında sizinle iletişime geçecek. Şu anda sizin bir şey yapmanıza gerek yok.
placement-result-button = Sonucu görüntüle

## round2-confirmation: the list for round 2 is final

round2-confirmation-subject = { $child } için 2. tur listesi alındı
round2-confirmation-intro = { $child } için ikinci yerleştirme turunun (ronde 2) tercih listesini (voorkeurslijst) kesinleştirdiniz. Bu okullar şu sırayla katılıyor:
round2-confirmation-confirmed-label = Kesinleştirildiği an
round2-confirmation-closes-label = 2. tur şu andan sonra kapanır
round2-confirmation-next = 2. tur kapandıktan sonra boş yerler dağıtılır. Ardından sonucu içeren bir e-posta alacaksınız; sonuç veli portalında da görünür.
round2-confirmation-button = 2. tura git

## withdrawn: the registration was withdrawn and no longer counts until made final again

withdrawn-subject = { $child } için başvuru geri çekildi
withdrawn-intro = Çocuğunuz { $child } için ortaöğretime yapılan başvuru (aanmelding) geri çekildi. Tercih listeniz (voorkeurslijst) taslak olarak saklandı, ancak başvuru artık yerleştirmede dikkate alınmıyor.
withdrawn-notice = Başvuruyu, başvuru haftası (aanmeldweek) bitmeden yeniden kesinleştirin. Yerleştirmeye yalnızca kesinleşmiş başvurular katılır.
withdrawn-until-label = Yeniden kesinleştirmek için son an
withdrawn-button = Başvuruya git
withdrawn-not-you = Başvuruyu siz geri çekmediyseniz giriş yapın, başvuruyu yeniden kesinleştirin ve ilkokulla (basisschool) iletişime geçin.

# Overstap: app texts (tr).

app-name = Overstap
app-tagline = İlkokuldan ortaokula geçiş
skip-to-content = İçeriğe geç
language-label = Dil
signed-in-as = Giriş yapan
# Who is signed in, in the header, for a parent: $child is the first name.
parent-of = { $child } adlı öğrencinin velisi
sign-out = Çıkış yap
signed-out-notice = Çıkış yaptınız.
footer = Overstap: bölgenizde ortaöğretime kayıt.
loading = Yükleniyor…
not-found-title = Sayfa bulunamadı
not-found-body = Bu sayfa yok (artık yok).
back-to-start = Başa dön
landing-title = Overstap'a hoş geldiniz
landing-intro = Veliler burada tercih listesini (voorkeurslijst) doldurur ve çocuklarını bir ortaöğretim okuluna kaydeder (aanmelding). Okullar kayıtları burada takip eder.
landing-parent = Veliyim
landing-parent-hint = Çocuğunuzun ELK numarasıyla giriş yapın.
landing-staff = Bir okulda çalışıyorum
landing-staff-hint = İlkokul, ortaokul, okul yönetimi ya da koordinasyon.
parent-sign-in-title = Veliler için giriş
parent-sign-in-intro = Çocuğunuzun ELK numarası ve hesabı etkinleştirirken seçtiğiniz şifreyle giriş yapın.
staff-sign-in-title = Okullar için giriş
staff-sign-in-intro = Okul hesabınızın e-posta adresiyle giriş yapın.
elk-number-label = ELK numarası (öğrenci numarası)
elk-number-hint = Boşlukları ve tireleri yazmayabilirsiniz.
email-label = E-posta adresi
password-label = Şifre
sign-in = Giriş yap
signing-in = Giriş yapılıyor…
session-expired-notice = Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın.
staff-instead = Bir okulda mı çalışıyorsunuz? Buradan giriş yapın.
parent-instead = Veli misiniz? Buradan giriş yapın.
error-invalid-credentials = Kullanıcı adı ve şifre birbirini tutmuyor.
error-invalid-input = Lütfen işaretli alanları kontrol edin.
# Under two minutes the wait is counted in seconds, from then on in minutes.
error-rate-limited-seconds = Çok fazla deneme. { $seconds } saniye sonra yeniden deneyin.
error-rate-limited-minutes = Çok fazla deneme. { $minutes } dakika sonra yeniden deneyin.
error-rate-limited-later = Çok fazla deneme. Lütfen daha sonra yeniden deneyin.
error-session-expired = Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın.
error-forbidden = Bu bilgilere erişiminiz yok.
error-not-found = Bu bilgiler bulunamadı.
error-conflict = Bu şu anda mümkün değil; bilgiler bu arada değişti.
error-too-large = Bu, gönderilemeyecek kadar büyük.
error-unavailable = Overstap'a şu anda ulaşılamıyor. Lütfen daha sonra yeniden deneyin.
error-unexpected = Bizim tarafımızda bir sorun oluştu.
error-network = Overstap ile bağlantı yok. İnternet bağlantınızı kontrol edin.
error-reference = Bize ulaştığınızda { $request-id } kodunu belirtin.
error-window-closed = Bu yalnızca { $opens } ile { $closes } arasında mümkündür.
error-window-closed-now = Prosedür takvimine göre bu şu anda mümkün değil.
error-not-allowed-in-status = Kaydın şu anki durumunda bu mümkün değil.
error-unsupported-file = Bu dosyayı okuyamıyoruz.
error-stale-revision = Bu bu arada başka bir yerde değiştirildi. Güncel duruma bakıp yeniden deneyin.
error-invalid-link = Bu bağlantı artık çalışmıyor. İlkokuldan yeni bir giriş isteyin.
field-required = Lütfen bu alanı doldurun.
field-length = Bu alan boş ya da çok uzun.
field-too-long = Bu çok uzun.
field-email = Lütfen geçerli bir e-posta adresi girin.
field-invalid = Bu değer geçerli değil.
status-title = Durumun anlamı
status-wit-label = Beyaz (wit)
status-wit-help = Beyaz nokta: veli girişi e-postası henüz gönderilmedi.
status-blauw-label = Mavi (blauw)
status-blauw-help = Mavi nokta: giriş e-postası gönderildi (henüz kullanılmadı).
status-groen-label = Yeşil (groen)
status-groen-help = Yeşil nokta: veli bağlantıyı açtı ve hesabı oluşturdu.
status-ag-letters = AG
status-ag-label = Kayıt başladı (aanmelding gestart)
status-ag-help = Yeşil, AG harfleri: veli bir tercih listesine başladı ama liste kesin değil.
status-av-letters = AV
status-av-label = Kayıt tamamlandı (aanmelding voltooid)
status-av-help = Yeşil, AV harfleri: liste dolduruldu ve kesinleştirildi; öğrenci kayıtlı.
parent-home-title = Çocuğunuzun geçişi
child-birth-date = Doğum tarihi
child-primary-school = İlkokul
child-advice = Okul tavsiyesi (schooladvies)
child-status = Kaydın durumu
parent-status-groen = Bir hesabınız var. Şimdi tercih listesini hazırlayabilirsiniz.
parent-status-ag = Tercih listesine başladınız, ancak kayıt henüz kesin değil.
# A date: $day, $month (1 to 12) and $year are numbers.
date = { $day } { $month ->
         [1] Ocak
         [2] Şubat
         [3] Mart
         [4] Nisan
         [5] Mayıs
         [6] Haziran
         [7] Temmuz
         [8] Ağustos
         [9] Eylül
         [10] Ekim
         [11] Kasım
        *[12] Aralık
    } { $year }
# A day of the week: $day is 1 (Monday) to 7 (Sunday).
weekday = { $day ->
         [1] Pazartesi
         [2] Salı
         [3] Çarşamba
         [4] Perşembe
         [5] Cuma
         [6] Cumartesi
        *[7] Pazar
    }
# A moment in Amsterdam time: $weekday and $date as above, $time like 09:00.
date-time = { $date } { $weekday } saat { $time }
parent-status-av = Kaydınız tamamlandı: tercih listesi kesinleşti.

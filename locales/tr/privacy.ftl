# Overstap: privacy texts (tr).

link = Gizlilik
title = Gizlilik bildirimi
section-1-heading = Neleri saklıyoruz
section-1-body = Çocuğunuz hakkında: adı, doğum tarihi, ELK numarası (giriş kodunuz), sınıfı, okul tavsiyesi, yaşadığı yer ve ilkokulu. Sizin hakkınızda: ilkokulun verdiği e-posta adresi, diliniz ve şifreniz (yalnızca şifrelenmiş). Ayrıca tercih listesi, varsa öncelik talebi (örneğin bir kardeşin adı), yerleştirme ve size gönderdiğimiz e-postalar.
section-2-heading = Neden
section-2-body = Çocuğunuza bölgedeki okulların anlaşmalarına göre ortaöğretimde bir yer vermek için: kayıt, kura, yerleştirme ve sonucun gösterilmesi. Hukuki dayanak: okulların yasal görevi.
section-3-heading = Ne kadar süre
section-3-body = Geçişten sonraki öğretim yılının 1 Ekim tarihine kadar (bölge başka bir tarih seçebilir). Sonra çocuğunuzun ve sizin verileriniz otomatik olarak silinir. Kimin ne yaptığının kaydı kalır, ancak isim veya numara olmadan.
section-4-heading = Kim neyi görür
section-4-body = İlkokul kendi öğrencilerini görür. Bir ortaokul yalnızca onu listesine yazan veya oraya yerleştirilen öğrencileri görür. Bölge koordinatörü bölgenin kurasını ve yerleştirmesini görür. Başka kimse görmez.
section-5-heading = Haklarınız
section-5-body = Veli portalında çocuğunuz hakkında sakladığımız her şeyi indirebilirsiniz. Düzeltme için ilkokula; silme için ilkokula veya bölge koordinatörüne başvurun.
section-6-heading = İletişim
section-6-body = Bu verilerden bölge (okulların iş birliği) sorumludur. Sorularınızı çocuğunuzun ilkokuluna sorun; gerekirse bölgeye iletir.
export-button = Tüm verileri indir (JSON)
export-failed = İndirme başarısız oldu. Lütfen daha sonra tekrar deneyin.

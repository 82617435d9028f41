# Overstap: app texts (ar).

app-name = Overstap
app-tagline = من المدرسة الابتدائية إلى المدرسة الثانوية
skip-to-content = انتقل إلى المحتوى
language-label = اللغة
signed-in-as = مسجّل الدخول باسم
# Who is signed in, in the header, for a parent: $child is the first name.
parent-of = وليّ أمر { $child }
sign-out = تسجيل الخروج
signed-out-notice = لقد سجّلت الخروج.
footer = Overstap: التسجيل في التعليم الثانوي في منطقتك.
loading = جارٍ التحميل…
not-found-title = الصفحة غير موجودة
not-found-body = هذه الصفحة غير موجودة (لم تعد موجودة).
back-to-start = العودة إلى البداية
landing-title = مرحبًا بك في Overstap
landing-intro = هنا يملأ الآباء والأوصياء قائمة التفضيلات (voorkeurslijst) ويسجّلون أطفالهم في مدرسة ثانوية (aanmelding). وتتابع المدارس التسجيلات هنا.
landing-parent = أنا وليّ أمر
landing-parent-hint = سجّل الدخول برقم ELK الخاص بطفلك.
landing-staff = أعمل في مدرسة
landing-staff-hint = مدرسة ابتدائية أو ثانوية أو إدارة مدرسية أو تنسيق.
parent-sign-in-title = تسجيل الدخول لأولياء الأمور
parent-sign-in-intro = سجّل الدخول برقم ELK الخاص بطفلك وكلمة المرور التي اخترتها عند تفعيل الحساب.
staff-sign-in-title = تسجيل الدخول للمدارس
staff-sign-in-intro = سجّل الدخول بعنوان البريد الإلكتروني لحساب مدرستك.
elk-number-label = رقم ELK (رقم التلميذ)
elk-number-hint = يمكنك حذف المسافات والشرطات.
email-label = البريد الإلكتروني
password-label = كلمة المرور
sign-in = تسجيل الدخول
signing-in = جارٍ تسجيل الدخول…
session-expired-notice = انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.
staff-instead = هل تعمل في مدرسة؟ سجّل الدخول هنا.
parent-instead = هل أنت وليّ أمر؟ سجّل الدخول هنا.
error-invalid-credentials = اسم المستخدم وكلمة المرور غير متطابقين.
error-invalid-input = يرجى التحقق من الحقول المعلّمة.
# Under two minutes the wait is counted in seconds, from then on in minutes.
error-rate-limited-seconds = محاولات كثيرة جدًا. حاول مرة أخرى بعد { $seconds } ثانية.
error-rate-limited-minutes = محاولات كثيرة جدًا. حاول مرة أخرى بعد { $minutes } دقيقة.
error-rate-limited-later = محاولات كثيرة جدًا. يرجى المحاولة لاحقًا.
error-session-expired = انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.
error-forbidden = ليس لديك صلاحية الوصول إلى هذه البيانات.
error-not-found = لم يُعثر على هذه البيانات.
error-conflict = هذا غير ممكن الآن؛ تغيّرت البيانات في هذه الأثناء.
error-too-large = هذا أكبر من أن يُرسل.
error-unavailable = لا يمكن الوصول إلى Overstap الآن. يرجى المحاولة لاحقًا.
error-unexpected = حدث خطأ من جهتنا.
error-network = لا يوجد اتصال بـ Overstap. تحقق من اتصالك بالإنترنت.
error-reference = اذكر الرمز { $request-id } عند التواصل معنا.
error-window-closed = هذا ممكن فقط من { $opens } حتى { $closes }.
error-window-closed-now = هذا غير ممكن الآن حسب جدول الإجراءات.
error-not-allowed-in-status = هذا غير ممكن في الحالة الحالية للتسجيل.
error-unsupported-file = لا يمكننا قراءة هذا الملف.
error-stale-revision = تغيّر هذا في مكان آخر في هذه الأثناء. اطّلع على الحالة الحالية وحاول مرة أخرى.
error-invalid-link = هذا الرابط لم يعد يعمل. اطلب من المدرسة الابتدائية بيانات دخول جديدة.
field-required = يرجى ملء هذا الحقل.
field-length = هذا الحقل فارغ أو طويل جدًا.
field-too-long = هذا طويل جدًا.
field-email = يرجى إدخال بريد إلكتروني صالح.
field-invalid = هذه القيمة غير صالحة.
status-title = معنى الحالة
status-wit-label = أبيض (wit)
status-wit-help = نقطة بيضاء: لم تُرسل بعد رسالة بيانات دخول وليّ الأمر.
status-blauw-label = أزرق (blauw)
status-blauw-help = نقطة زرقاء: أُرسلت رسالة الدخول (ولم تُستخدم بعد).
status-groen-label = أخضر (groen)
status-groen-help = نقطة خضراء: فتح وليّ الأمر الرابط وأنشأ الحساب.
status-ag-letters = AG
status-ag-label = بدأ التسجيل (aanmelding gestart)
status-ag-help = أخضر مع الحرفين AG: بدأ وليّ الأمر قائمة تفضيلات لكنها ليست نهائية.
status-av-letters = AV
status-av-label = اكتمل التسجيل (aanmelding voltooid)
status-av-help = أخضر مع الحرفين AV: القائمة مكتملة ونهائية؛ التلميذ مسجّل.
parent-home-title = انتقال طفلك
child-birth-date = تاريخ الميلاد
child-primary-school = المدرسة الابتدائية
child-advice = النصيحة المدرسية (schooladvies)
child-status = حالة التسجيل
parent-status-groen = لديك حساب. يمكنك الآن إعداد قائمة التفضيلات.
parent-status-ag = بدأت قائمة التفضيلات، لكن التسجيل ليس نهائيًا بعد.
# A date: $day, $month (1 to 12) and $year are numbers.
date = { $day } { $month ->
         [1] يناير
         [2] فبراير
         [3] مارس
         [4] أبريل
         [5] مايو
         [6] يونيو
         [7] يوليو
         [8] أغسطس
         [9] سبتمبر
         [10] أكتوبر
         [11] نوفمبر
        *[12] ديسمبر
    } { $year }
# A day of the week: $day is 1 (Monday) to 7 (Sunday).
weekday = { $day ->
         [1] الاثنين
         [2] الثلاثاء
         [3] الأربعاء
         [4] الخميس
         [5] الجمعة
         [6] السبت
        *[7] الأحد
    }
# A moment in Amsterdam time: $weekday and $date as above, $time like 09:00.
date-time = { $weekday } { $date } الساعة { $time }
parent-status-av = اكتمل تسجيلك: قائمة التفضيلات نهائية.

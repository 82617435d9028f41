### The e-mails to parents, in Arabic (ar), written right to left. Follows
### locales/nl/mail.ftl message by message; see docs/translations.md. A { $variable } is
### filled in by Overstap: never translate its name. Overstap isolates every filled-in value
### (names, numbers, dates) so that it reads correctly inside the Arabic sentence.
### The Dutch words a parent meets at school (ELK-nummer, aanmelding, voorkeurslijst) follow
### the translation in parentheses.

## Shared by every e-mail

mail-greeting = عزيزي وليّ أمر { $child }،
mail-button-fallback = إذا لم يعمل الزر، انسخوا هذا الرابط والصقوه في المتصفح:
mail-closing = مع أطيب التحيات،
mail-sent-for-school = أُرسلت هذه الرسالة عبر Overstap نيابةً عن { $school }.
mail-sent-automatically = أُرسلت هذه الرسالة تلقائيًا من Overstap.
mail-programme-line = { $rank }. { $programme } – { $school }, { $town }

## The pupil data a school corrected, by the names a parent knows

pupil-field-name = الاسم
pupil-field-birth-date = تاريخ الميلاد
pupil-field-advice = توصية المدرسة (schooladvies)
pupil-field-lwoo = دعم التعلّم (lwoo)
pupil-field-address = العنوان
pupil-field-home-town = مكان السكن (woonplaats)
pupil-field-parent-emails = عناوين البريد الإلكتروني للوالدين

## The priority rules, by the names a parent knows

priority-rule-sibling = أخ أو أخت في المدرسة
priority-rule-staff-child = طفل أحد العاملين في المدرسة
priority-rule-hardship = بند الحالات الخاصة (hardheidsclausule)
priority-rule-kopklas = Kopklas (صف انتقالي لتقوية اللغة الهولندية)

## parent-login: the personal link with which a parent creates the account

parent-login-subject = التسجيل في المدرسة الثانوية: بيانات الدخول الخاصة بطفلكم { $child }
parent-login-intro = عبر Overstap تسجّلون طفلكم { $child } في مدرسة للتعليم الثانوي (voortgezet onderwijs). ولهذا الغرض ترسل إليكم { $school } رابط الدخول الشخصي هذا. أنشئوا حسابكم بالضغط على الزر أدناه.
parent-login-button = إنشاء الحساب
parent-login-elk-label = اسم المستخدم الخاص بكم (ELK-nummer)
parent-login-opens-label = بداية أسبوع التسجيل (aanmeldweek)
parent-login-until-label = الرابط صالح حتى
parent-login-notice = احتفظوا برقم ELK هذا (ELK-nummer) في مكان آمن: فهو اسم المستخدم الخاص بكم في Overstap. هذا الرابط شخصي؛ لا تعيدوا توجيه هذه الرسالة إلى أحد.
parent-login-footer = { mail-sent-for-school } هل لديكم أسئلة؟ يُرجى التواصل مع المدرسة.

## reminder: the registration is not complete yet and the registration week is closing

reminder-subject = تذكير: لم يكتمل تسجيل طفلكم { $child } بعد
reminder-intro = لم يكتمل بعدُ تسجيل (aanmelding) طفلكم { $child } في التعليم الثانوي. { reminder-next-step }
reminder-next-step =
    { $status ->
        [groen] لم تختاروا أي مدرسة بعد.
        [ag] لقد أعددتم قائمة التفضيلات (voorkeurslijst)، لكنها لم تصبح نهائية بعد.
        [av] يُرجى التحقق في Overstap من أن كل شيء صحيح.
       *[other] لم تنشئوا حسابكم بعد.
    }
reminder-until-label = يمكنكم التسجيل حتى
reminder-button = إكمال التسجيل

## data-corrected: the primary school corrected the child's data

data-corrected-subject = تم تصحيح بيانات طفلكم { $child }
data-corrected-intro = قامت { $school } بتصحيح البيانات التالية لطفلكم { $child } في Overstap:
data-corrected-notice = إذا كان التسجيل (aanmelding) قد أصبح نهائيًا من قبل، فإنه يبقى نهائيًا: لا تحتاجون إلى القيام بأي شيء من جديد.
data-corrected-button = عرض البيانات
data-corrected-not-right = هل هناك خطأ ما؟ يُرجى التواصل مع { $school }.

## address-changed: sent to the old address after the school changed the parent's e-mail address

address-changed-subject = تم تغيير عنوان البريد الإلكتروني الخاص بـ { $child } في Overstap
address-changed-intro = قامت { $school } بتغيير عنوان البريد الإلكتروني الذي تصلكم عليه الرسائل حول تسجيل (aanmelding) طفلكم { $child } في Overstap. لن تصل رسائل إلى هذا العنوان بعد الآن، والروابط التي وصلتكم سابقًا لتسجيل الدخول أو لاختيار كلمة مرور لم تعد تعمل.
address-changed-notice = لأسباب تتعلق بالخصوصية لا يظهر العنوان الجديد في هذه الرسالة.
address-changed-not-you = إذا لم تطلبوا ذلك، يُرجى التواصل فورًا مع { $school }.

## twin-unlinked: the school no longer records the twins; their lists are no longer linked

twin-unlinked-subject = لم تعد قائمتا التفضيلات الخاصتان بـ { $child } و{ $twin } مرتبطتين
twin-unlinked-intro = لم تعد { $school } تسجّل { $child } و{ $twin } كتوأم في Overstap. لذلك لم تعد قائمتا التفضيلات (voorkeurslijst) مرتبطتين: التغيير في إحداهما لم يعد يغيّر الأخرى، ولم يعودا يُحتسبان كوحدة واحدة في القرعة.
twin-unlinked-notice = يُرجى مراجعة قائمة تفضيلات { $child } وجعل التسجيل (aanmelding) نهائيًا من جديد عند الحاجة.
twin-unlinked-button = الذهاب إلى التسجيل
twin-unlinked-not-right = إذا لم يكن هذا صحيحًا، يُرجى التواصل مع { $school }.

## confirmation: the confirmation of receipt; the registration is final

confirmation-subject = إشعار استلام: أصبح تسجيل طفلكم { $child } نهائيًا
confirmation-intro = لقد جعلتم تسجيل (aanmelding) طفلكم { $child } في التعليم الثانوي نهائيًا. هذه قائمة التفضيلات (voorkeurslijst) الخاصة بكم بالترتيب:
confirmation-claim-label = الأولوية المطلوبة (voorrang) في اختياركم الأول
confirmation-claim-checked = تتحقق المدرسة من طلب الأولوية قبل توزيع المقاعد.
confirmation-sibling-label = اسم الأخ أو الأخت وصفّه
confirmation-sibling = { $sibling }, { $class }
confirmation-twin = قائمة التفضيلات (voorkeurslijst) هذه مرتبطة بتسجيل التوأم { $twin }: يشارك الاثنان بالقائمة نفسها ويُقبلان معًا في المدرسة نفسها.
confirmation-elk-label = رقم التلميذ (ELK-nummer)
confirmation-confirmed-label = تاريخ جعل التسجيل نهائيًا
confirmation-until-label = يمكن السحب والتعديل حتى
confirmation-published-label = تظهر النتائج ابتداءً من
confirmation-change = حتى ذلك الموعد يمكنكم سحب التسجيل في Overstap وتعديل قائمة التفضيلات. ولا يُحتسب التسجيل المسحوب إلا بعد أن تجعلوه نهائيًا من جديد.
confirmation-button = عرض التسجيل
confirmation-footer = { mail-sent-automatically } احتفظوا بهذه الرسالة إثباتًا لتسجيلكم.

## password-reset: a link to choose a new password

password-reset-subject = اختيار كلمة مرور جديدة لحساب Overstap ({ $child })
password-reset-intro = طُلبت كلمة مرور جديدة لحساب Overstap الخاص بطفلكم { $child }. اختاروا كلمة مرور جديدة بالضغط على الزر أدناه.
password-reset-button = اختيار كلمة مرور جديدة
password-reset-elk-label = اسم المستخدم الخاص بكم (ELK-nummer)
password-reset-until-label = يعمل الرابط حتى
password-reset-notice = إذا لم تطلبوا ذلك بأنفسكم، فيمكنكم تجاهل هذه الرسالة: تبقى كلمة المرور كما هي. لا تعيدوا توجيه هذه الرسالة إلى أحد.
# Says "your child" instead of the name.
password-reset-footer = أُرسلت هذه الرسالة إلى العنوان المسجَّل لدى المدرسة الابتدائية (basisschool) لطفلكم.

## placement-changed: a secondary school changed the child's place after the results

placement-changed-subject =
    { $change ->
        [offer-accepted] تم قبول طفلكم { $child } في { $school }
        [offer-declined] لم يتم قبول المقعد المعروض على طفلكم { $child }
       *[withdrawn] تم التخلي عن مقعد طفلكم { $child }
    }
placement-changed-intro =
    { $change ->
        [offer-accepted] سجّلت { $school } أنكم قبلتم المقعد المعروض في { $programme } ({ $school }). أصبح طفلكم { $child } مسجلًا هناك الآن، وتم تحرير المقعد السابق.
        [offer-declined] سجّلت { $school } أنكم لم تقبلوا المقعد المعروض في { $programme } ({ $school }). يحتفظ طفلكم { $child } بالمقعد الذي كان لديه.
       *[withdrawn] سجّلت { $school } أنه بناءً على طلبكم تخلّى طفلكم { $child } عن المقعد في { $programme } ({ $school }). ليس لطفلكم الآن مقعد، ويمكنه المشاركة في الجولة الثانية (ronde 2).
    }
placement-changed-button = الذهاب إلى النتيجة
placement-changed-not-right =
    { $change ->
        [withdrawn] إذا لم تطلبوا ذلك، يُرجى التواصل فورًا مع { $school }.
       *[other] إذا لم يكن هذا صحيحًا، يُرجى التواصل فورًا مع { $school }.
    }

## placement-result: the placement result, at the publication moment

placement-result-subject-placed = نتيجة توزيع المقاعد: حصل طفلكم { $child } على مقعد
placement-result-subject-unplaced = نتيجة توزيع المقاعد لطفلكم { $child }
placement-result-placed = تهانينا! حصل طفلكم { $child } على مقعد (plaatsing) في البرنامج الدراسي المذكور أدناه. كان هذا اختياركم { placement-result-choice } في قائمة التفضيلات (voorkeurslijst).
placement-result-choice =
    { $rank ->
        [1] الأول
        [2] الثاني
        [3] الثالث
        [4] الرابع
        [5] الخامس
        [6] السادس
        [7] السابع
        [8] الثامن
        [9] التاسع
        [10] العاشر
       *[other] رقم { $rank }
    }
placement-result-programme-label = البرنامج الدراسي (opleiding)
placement-result-school-label = المدرسة
placement-result-town-label = المدينة
placement-result-unplaced = للأسف لم يحصل طفلكم { $child } في هذا التوزيع (plaatsing) على مقعد في أيٍّ من البرامج الواردة في قائمة التفضيلات (voorkeurslijst). نتفهم أن هذا مخيّب للآمال. لستم وحدكم: تجدون أدناه ما سيحدث الآن.
placement-result-reserve-placed = طفلكم { $child } مُدرَج في قائمة الانتظار (reservelijst) للبرامج التي جاءت في مرتبة أعلى في قائمة التفضيلات:
placement-result-reserve-placed-note = إذا شغر مقعد هناك، فستتواصل معكم تلك المدرسة. وحتى ذلك الحين يبقى المقعد المذكور أعلاه محجوزًا لطفلكم.
placement-result-reserve-unplaced = طفلكم { $child } مُدرَج في قائمة الانتظار (reservelijst) لدى:
placement-result-reserve-unplaced-note = إذا شغر مقعد هناك، فستتواصل معكم تلك المدرسة.
# Opens with its own words, so that the line reads from the right.
placement-result-reserve-line = المركز { $position }: { $programme } – { $school }
placement-result-school-contacts-you = ماذا بعد؟ ستتواصل معكم مدرسة { $school } بشأن التسجيل في المدرسة (inschrijving) والخطوات التالية. لا تحتاجون إلى فعل أي شيء الآن.
placement-result-round2-label = تبدأ الجولة الثانية (tweede ronde) في
placement-result-round2 = هناك جولة ثانية للتلاميذ الذين لم يحصلوا على مقعد بعد. يمكنكم فيها تسجيل طفلكم { $child } في مدرسة لا تزال لديها مقاعد شاغرة. وستساعدكم المدرسة الابتدائية (basisschool) في ذلك.
placement-result-contact = ستتواصل معكم المدرسة الابتدائية (basisschool) أو منسّق الانتقال (coördinator) بشأن الخطوات التالية. لا تحتاجون إلى فعل أي شيء الآن.
placement-result-button = عرض النتيجة

## round2-confirmation: the list for round 2 is final

round2-confirmation-subject = تم استلام قائمة طفلكم { $child } للجولة الثانية
round2-confirmation-intro = لقد جعلتم قائمة تفضيلات (voorkeurslijst) طفلكم { $child } للجولة الثانية لتوزيع المقاعد (ronde 2) نهائية. تشارك هذه المدارس بهذا الترتيب:
round2-confirmation-confirmed-label = أصبحت نهائية في
round2-confirmation-closes-label = تُغلق الجولة الثانية بعد
round2-confirmation-next = بعد إغلاق الجولة الثانية تُوزَّع المقاعد الشاغرة. ستصلكم بعد ذلك رسالة بالنتيجة، وتظهر النتيجة أيضًا في بوابة أولياء الأمور.
round2-confirmation-button = الذهاب إلى الجولة الثانية

## withdrawn: the registration was withdrawn and no longer counts until made final again

withdrawn-subject = تم سحب تسجيل طفلكم { $child }
withdrawn-intro = تم سحب تسجيل (aanmelding) طفلكم { $child } في التعليم الثانوي. قائمة التفضيلات (voorkeurslijst) محفوظة كمسودة، لكن التسجيل لم يعد يُحتسب في توزيع المقاعد.
withdrawn-notice = اجعلوا التسجيل نهائيًا من جديد قبل انتهاء أسبوع التسجيل (aanmeldweek). لا يشارك في توزيع المقاعد إلا التسجيل النهائي.
withdrawn-until-label = يمكن جعله نهائيًا من جديد حتى
withdrawn-button = الذهاب إلى التسجيل
withdrawn-not-you = إذا لم تسحبوا التسجيل بأنفسكم، فسجّلوا الدخول واجعلوه نهائيًا من جديد، وتواصلوا مع المدرسة الابتدائية (basisschool).

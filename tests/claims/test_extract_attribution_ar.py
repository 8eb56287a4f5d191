"""Arabic attribution rules added in extractors 0.7.0 and 0.7.1, one grammatical pattern per row.

Written from the guideline and Arabic news style, not from the fixture articles: accusation verbs
(the accuser is the subject, the accused is inside the content), sound masculine plurals in construct
(``مسؤولو الوزارة``), an agency's own name as canonical (guideline §3), quoted organisation subjects,
a rank after a comma apposition, ``بحسب ما نقلته X عن Y`` (Y speaks, ``via`` X), a dual title over two
names, the name علي before a complementiser, ``بيّن`` spelt like ``بين``, participles kept in the claim,
run-on cues only at a clause start, documents that speak for a named issuer, nicknames, collectives
named in full then by ``ال`` + head, charges (``وجّهت … تهماً``), and definite first names (``الطيب``).
0.7.1 adds the rows after ``allama``: the title ``والي``, one noun phrase before an accusation's charge
(the accused; the accuser is pro-drop), imperfect cues after a quotation, ``النائب عن …``, a name between
commas after a long genitive title or ``د.``, ``محمد الأمين …``, ``برئاسة``, a bare title before an
object, dual titles and ``الوزير والـX`` coordinations, ``نقلت "…" عن``, ``لـ``-genitives and ``التابعة
لـ`` in names, ``حركة X`` → ``X``, contrast run-ons, ``سموه``, oblique plurals, source-phrase verbs.
0.7.2 (``CASES_072``) replaces closed word lists by morphology and structure: a nisba already seen in a
registered title, feminine titles, compound and common-word given names, ``منت``, honorifics, accusative
subjects after ``غير أن``, nisba plurals as groups, ``نقلاً عن`` asides, quoted agency names, distinct
indefinite sources, ``حمّل … مسؤولية``, document source phrases and meetings of unnamed office-holders.
Each expected claim is (speaker, speaker_kind, via, start of content).
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    (
        "accuser-titled-name-object-opposition",
        H + "اتهم وزير الداخلية أحمد سالم المعارضة بالتحريض على العنف.",
        [("أحمد سالم", "person", "", "المعارضة بالتحريض")],
    ),
    (
        "accuser-bare-organisation",
        H + "واتهمت المعارضة الحكومة بالفساد وتزوير الانتخابات.",
        [("المعارضة", "organization", "", "الحكومة بالفساد")],
    ),
    (
        "construct-plural-collective",
        H + "وقال مهنيو القطاع إن الأسعار ارتفعت.\n\nوطالب ممثلو النقابات بزيادة الأجور.",
        [
            ("مهنيو القطاع", "group", "", "إن الأسعار"),
            ("ممثلو النقابات", "group", "", "زيادة الأجور"),
        ],
    ),
    (
        "construct-plural-org-genitive-and-prodrop",
        H + "وقال مسؤولو وزارة الصحة إن الوباء انحسر.\n\nوأضافوا أن اللقاحات متوفرة.",
        [
            ("مسؤولو وزارة الصحة", "group", "", "إن الوباء"),
            ("مسؤولو وزارة الصحة", "group", "", "أن اللقاحات"),
        ],
    ),
    (
        "agency-own-name-then-description",
        H + "وأفادت وكالة سبوتنيك الروسية الرسمية بأن الوفد وصل إلى دمشق.\n\n"
        "وأضافت الوكالة أن الزيارة تستمر يومين.",
        [("سبوتنيك", "organization", "", "بأن الوفد"), ("سبوتنيك", "organization", "", "أن الزيارة")],
    ),
    (
        "agency-descriptive-name-kept-whole",
        H + "وقالت وكالة أنباء البحرين إن الاجتماع انتهى.",
        [("وكالة أنباء البحرين", "organization", "", "إن الاجتماع")],
    ),
    (
        "quoted-organisation-subject",
        H + "وقال \"حزب العمال\" في بيان إن الإضراب مستمر.\n\n"
        "من جهتها، اتهمت «قوات الحماية الشعبية»، في بيان نشرته على منصة «إكس»، "
        "«الفصائل المسلحة» بخرق الهدنة.",
        [
            ("حزب العمال", "organization", "", "إن الإضراب"),
            ("قوات الحماية الشعبية", "organization", "", "«الفصائل"),
        ],
    ),
    (
        "office-comma-rank-name",
        H + "المتحدث باسم وزارة الدفاع، العميد الطيب عبد الله المنصوري، قال إن الحدود آمنة.",
        [("الطيب عبد الله المنصوري", "person", "", "إن الحدود")],
    ),
    (
        "source-relayed-by-agency",
        H + "وبحسب ما نقلته وكالة «الأناضول» عن مصادر دبلوماسية في الخرطوم، فإن المحادثات ستستأنف.",
        [("مصادر دبلوماسية في الخرطوم", "group", "الأناضول", "فإن المحادثات")],
    ),
    (
        "dual-title-two-names-then-dual-prodrop",
        H + "ودعا النائبان سامر خليل الحمد وأحمد عبد الكريم العلي إلى تشكيل لجنة تحقيق.\n\n"
        "كما أكدا أن الملف لن يغلق.",
        [
            ("سامر خليل الحمد + أحمد عبد الكريم العلي", "group", "", "تشكيل لجنة"),
            ("سامر خليل الحمد + أحمد عبد الكريم العلي", "group", "", "أن الملف"),
        ],
    ),
    (
        "name-ali-before-complementiser",
        H + "من جهته، قال رئيس النقابة أحمد علي إن الأجور متدنية.",
        [("أحمد علي", "person", "", "إن الأجور")],
    ),
    (
        "bayyana-with-honorific",
        H + "وقال وزير المالية خالد سعيد إن العجز تراجع.\n\nوبيّن معاليه أن الموازنة متوازنة.",
        [("خالد سعيد", "person", "", "إن العجز"), ("خالد سعيد", "person", "", "أن الموازنة")],
    ),
    (
        "participle-stays-in-claim",
        H + "وقالت وزيرة الصحة هند صبري إن العدوى تراجعت، محذرةً من أن الشتاء قد يعيدها.",
        [("هند صبري", "person", "", "إن العدوى")],
    ),
    (
        "participial-aside-before-main-complement",
        H + "وقال الوزير سامي فارس في مؤتمر صحفي، محذراً من أن الأمطار قد تؤخر الأعمال، إن الطريق سيفتح.",
        [("سامي فارس", "person", "", "إن الطريق")],
    ),
    (
        "acronym-in-brackets-after-subject",
        H + "ونفت القيادة المركزية الأمريكية (سنتكوم) تعرض أي سفينة للاستهداف.",
        [("القيادة المركزية الأمريكية", "organization", "", "تعرض أي")],
    ),
    (
        "verb-inside-content-is-no-run-on",
        H + "وقالت الدكتورة سلمى حداد، مديرة المختبر، إن الفحوص المخبرية أكدت أن الفيروس تراجع.",
        [("سلمى حداد", "person", "", "إن الفحوص")],
    ),
    (
        "data-issued-by-named-body",
        H + "أظهرت بيانات صادرة عن الهيئة الوطنية للإحصاء أن البطالة تراجعت.\n\n"
        "وأظهرت الأرقام أن الأجور ارتفعت.",
        [("الهيئة الوطنية للإحصاء", "organization", "", "أن البطالة")],
    ),
    (
        "addressee-inside-source-phrase",
        H + 'ويستحوذ قطاع النقل على 20 بالمئة من الإنفاق، وفق ما قاله لـ"الإذاعة الوطنية" الخبير '
        "الاقتصادي سمير نصار.",
        [("سمير نصار", "person", "", "ويستحوذ قطاع")],
    ),
    (
        "nickname-alias",
        H + 'وسجل كريم الزين، الملقب بـ"الصاروخ"، هدف الفوز في الدقيقة 90.\n\n'
        '"الفوز للجمهور"، قال "الصاروخ" في تصريحات عقب اللقاء.',
        [("كريم الزين", "person", "", "الفوز للجمهور")],
    ),
    (
        "collective-named-in-full-then-definite",
        H + "نفذ أهالي ضحايا حريق المصنع اعتصاماً أمام الوزارة.\n\n"
        "الأهالي، من جهتهم، أكدوا أنهم سيعتصمون مجدداً.",
        [("أهالي ضحايا حريق المصنع", "group", "", "أنهم سيعتصمون")],
    ),
    (
        "participle-adjective-after-genitive",
        H + "وقالت المنظمة العربية للتنمية المستدامة إن الاستثمارات تراجعت.",
        [("المنظمة العربية للتنمية المستدامة", "organization", "", "إن الاستثمارات")],
    ),
    (
        "charge-brought",
        H + "وكانت النيابة العامة قد وجّهت إليهم تهماً تتعلق بغسل الأموال.\n\nووجه الوزير رسالة إلى النواب.",
        [("النيابة العامة", "organization", "", "إليهم تهماً")],
    ),
    (
        "azat-attributed-and-name-izzat",
        H + "وقالت هيئة الإحصاء إن التضخم ارتفع.\n\nوعزت الهيئة الارتفاع إلى زيادة الإيجارات.\n\n"
        "وقال عزت إبراهيم إن الحزب باق.",
        [
            ("هيئة الإحصاء", "organization", "", "إن التضخم"),
            ("هيئة الإحصاء", "organization", "", "الارتفاع إلى"),
            ("عزت إبراهيم", "person", "", "إن الحزب"),
        ],
    ),
    (
        "definite-first-name-after-title",
        H + "وقال وزير التجارة وترقية الصادرات الطيب زيتوني إن التموين منتظم.",
        [("الطيب زيتوني", "person", "", "إن التموين")],
    ),
    (
        "condemned-object-after-organisation-adjective",
        H + "وأدانت وزارة الخارجية القطرية الهجوم على المدنيين.",
        [("وزارة الخارجية القطرية", "organization", "", "الهجوم على")],
    ),
    (
        "described-object-after-person-name",
        H + "ووصف المتحدث باسم الخارجية الإيرانية ناصر كنعاني الهجوم بأنه إرهابي.",
        [("ناصر كنعاني", "person", "", "الهجوم بأنه")],
    ),
    (
        "newspaper-brand-starting-with-a-place",
        H + "وذكرت صحيفة واشنطن بوست أن الإدارة تدرس العقوبات.",
        [("واشنطن بوست", "organization", "", "أن الإدارة")],
    ),
    (
        "given-name-that-is-also-a-verb",
        H + "وقال المتحدث باسم وزارة الصحة في غزة أشرف القدرة إن عدد الضحايا ارتفع.",
        [("أشرف القدرة", "person", "", "إن عدد")],
    ),
    (
        "run-on-after-haythu",
        H + "وقال وزير المالية خالد سعيد إن العجز تراجع، حيث أكد أن الإيرادات ارتفعت.",
        [("خالد سعيد", "person", "", "إن العجز"), ("خالد سعيد", "person", "", "أن الإيرادات")],
    ),
    (
        "condemnation-dan-variant-and-name-dan",
        H + "ودانت جمعية حماية المستهلك القرار بوصفه عبئاً على الأسر.\n\nوقال دان براون إن الرواية جاهزة.",
        [
            ("جمعية حماية المستهلك", "organization", "", "القرار بوصفه"),
            ("دان براون", "person", "", "إن الرواية"),
        ],
    ),
    (
        "construct-chain-of-plurals",
        H + 'وقال ممثلو نقابة سائقي سيارات الأجرة إن الزيادة "ستلتهم نصف الدخل".',
        [("ممثلو نقابة سائقي سيارات الأجرة", "group", "", "إن الزيادة")],
    ),
    (
        "quotation-after-organisation-is-content",
        H + 'واستنكرت جمعية حماية المستهلك "الغموض الذي يحيط بالقرار الحكومي".',
        [("جمعية حماية المستهلك", "organization", "", "الغموض الذي")],
    ),
    (
        "allama-taught-is-no-report",
        H + "فالتجربة السابقة علّمت القادة أن الوعود لا تكفي.",
        [],
    ),
    # 0.7.1: general failure modes found on articles nobody tuned on (sentences written for the test).
    (
        "governor-wali-title-then-surname",
        H + "وقال والي ولاية سنار أحمد يوسف الحاج، في مؤتمر صحفي، إن الطرق فتحت.\n\n"
        "وأضاف الحاج أن الكهرباء عادت إلى الأحياء.",
        [("أحمد يوسف الحاج", "person", "", "إن الطرق"), ("أحمد يوسف الحاج", "person", "", "أن الكهرباء")],
    ),
    (
        "accusation-with-one-noun-phrase-is-prodrop",
        H + "وقالت رئيسة الجمعية سعاد العمري إن الوضع صعب.\n\nواتهمت الحكومة بالتقصير في دعم الأسر.",
        [("سعاد العمري", "person", "", "إن الوضع"), ("سعاد العمري", "person", "", "الحكومة بالتقصير")],
    ),
    (
        "imperfect-cue-after-quotation",
        H + "وقالت رئيسة الجمعية سعاد العمري إن الوضع صعب.\n\n«لا يمكن الاستمرار هكذا»، تقول العمري.",
        [("سعاد العمري", "person", "", "إن الوضع"), ("سعاد العمري", "person", "", "لا يمكن")],
    ),
    (
        "mandubiya-organisation-then-short-form",
        H + "بلغ عدد الزوار أكثر من مليون زائر، حسب المندوبية العامة للسياحة.\n\n"
        "وكانت المندوبية قد نفت، في وقت سابق، وجود أي تراجع.",
        [
            ("المندوبية العامة للسياحة", "organization", "", "بلغ عدد"),
            ("المندوبية العامة للسياحة", "organization", "", "وجود أي"),
        ],
    ),
    (
        "member-of-parliament-for",
        H + "بدوره، رأى النائب عن الحزب الوطني الحر سامر كمال الدباغ أن الأزمة طويلة.\n\n"
        "النائب عن محافظة نينوى علي حسن العبيدي أكد خلال مداخلته أن الإنتاج تراجع.\n\n"
        'وقالت النائبة عن كتلة "الإصلاح" منى داود إن القانون ناقص.',
        [
            ("سامر كمال الدباغ", "person", "", "أن الأزمة"),
            ("علي حسن العبيدي", "person", "", "أن الإنتاج"),
            ("منى داود", "person", "", "إن القانون"),
        ],
    ),
    (
        "name-between-commas-after-long-genitive-title",
        H + "وحذرت رئيسة الغرفة الوطنية لمنتجي التمور، ليلى بن عمار، من أن الأسعار تراجعت.\n\n"
        "وقالت المتحدثة باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) في اليمن، "
        "منى سعيد نوري، إن الوضع خطير.",
        [("ليلى بن عمار", "person", "", "أن الأسعار"), ("منى سعيد نوري", "person", "", "إن الوضع")],
    ),
    (
        "doctor-abbreviation-before-apposed-name",
        H + "وقال المدير العام للمستشفى، د. منتصر عثمان الفكي، إن الإصابات تراجعت.\n\n"
        "وأوضح الفكي أن المراكز مفتوحة.",
        [
            ("منتصر عثمان الفكي", "person", "", "إن الإصابات"),
            ("منتصر عثمان الفكي", "person", "", "أن المراكز"),
        ],
    ),
    (
        "definite-given-name-inside-full-name",
        H + "وأكد وزير الري، محمد الأمين بوزيدي، يوم الاثنين، أن المحطات جاهزة.\n\n"
        "وأبرز السيد بوزيدي أن السدود ممتلئة.\n\nوقال الأمين العام للحزب إن الانتخابات قريبة.",
        [
            ("محمد الأمين بوزيدي", "person", "", "أن المحطات"),
            ("محمد الأمين بوزيدي", "person", "", "أن السدود"),
            ("الأمين العام للحزب", "person", "", "إن الانتخابات"),
        ],
    ),
    (
        "chaired-by-is-no-organisation",
        H + "عقد المجلس جلسته برئاسة النائب الأول لرئيس المجلس كريم ناصر الساعدي، "
        "خصصت لاستضافة وزير النقل سعد حميد الراوي.\n\nوقال الساعدي في مستهل الجلسة إن المواطن تعب.",
        [("كريم ناصر الساعدي", "person", "", "إن المواطن")],
    ),
    (
        "bare-title-then-object-is-the-named-holder",
        H + "وقال وزير النفط فارس عادل الحمداني إن الإنتاج مستقر.\n\n"
        "وعزا الوزير تراجع ساعات التجهيز إلى نقص الغاز.",
        [
            ("فارس عادل الحمداني", "person", "", "إن الإنتاج"),
            ("فارس عادل الحمداني", "person", "", "تراجع ساعات"),
        ],
    ),
    (
        "bare-title-then-a-new-surname-stays-a-name",
        H + "وقال الرئيس عبد المجيد تبون إن الحوار ضروري.\n\n"
        "وقال الرئيس ماكرون في مؤتمر صحفي إن فرنسا تدعم الحوار.\n\nوأعرب الرئيس ماكرون عن أمله في السلام.",
        [
            ("عبد المجيد تبون", "person", "", "إن الحوار"),
            ("ماكرون", "person", "", "إن فرنسا"),
            ("ماكرون", "person", "", "أمله في"),
        ],
    ),
    (
        "dual-title-over-unlisted-names",
        H + "ودعا النائبان مهند رشيد الخالدي وأركان جليل الربيعي إلى إلغاء العقود.\n\n"
        "كما طالبا بتشكيل لجنة تحقيق.",
        [
            ("مهند رشيد الخالدي + أركان جليل الربيعي", "group", "", "إلغاء العقود"),
            ("مهند رشيد الخالدي + أركان جليل الربيعي", "group", "", "تشكيل لجنة"),
        ],
    ),
    (
        "title-and-known-surname-coordinated",
        H + "وقال وزير العمل سامي فارس إن البرنامج ناجح.\n\n"
        "وأشار رئيس الغرفة نبيل كامل الشوبكي إلى أن المصانع جاهزة.\n\nوأكد الوزير والشوبكي ضرورة التدريب.",
        [
            ("سامي فارس", "person", "", "إن البرنامج"),
            ("نبيل كامل الشوبكي", "person", "", "أن المصانع"),
            ("سامي فارس + نبيل كامل الشوبكي", "group", "", "ضرورة التدريب"),
        ],
    ),
    (
        "quoted-agency-relays-from-a-source",
        H + 'ونقلت "وكالة الأنباء الرسمية" عن مصدر حكومي مطلع قوله إن الحكومة ستجتمع غداً.',
        [
            ("وكالة الأنباء الرسمية", "organization", "", "مصدر حكومي"),
            ("مصدر حكومي مطلع", "person", "وكالة الأنباء الرسمية", "إن الحكومة"),
        ],
    ),
    (
        "source-inside-company-keeps-its-lam-genitive",
        H + 'وكشف مصدر مطلع بالشركة الوطنية لكهرباء لبنان لـ"النهار" أن المحطات ستتوقف.',
        [("مصدر مطلع بالشركة الوطنية لكهرباء لبنان", "person", "", "أن المحطات")],
    ),
    (
        "affiliated-committee-keeps-its-affiliation",
        H + "في المقابل، زعمت هيئة شؤون الجرحى التابعة للمعارضة، في بيان، أن العلاج متوقف.\n\n"
        "واتهمت الهيئة الحكومة بالمماطلة.",
        [
            ("هيئة شؤون الجرحى التابعة للمعارضة", "organization", "", "أن العلاج"),
            ("هيئة شؤون الجرحى التابعة للمعارضة", "organization", "", "الحكومة بالمماطلة"),
        ],
    ),
    (
        "movement-then-its-proper-name-alone",
        H + "وقالت حركة أمل إن الحوار ضروري.\n\nوكانت أمل قد أكدت في بيان سابق أنها تدعم الحوار.",
        [("حركة أمل", "organization", "", "إن الحوار"), ("حركة أمل", "organization", "", "أنها تدعم")],
    ),
    (
        "contrast-opens-a-new-claim",
        H + "رأت الخبيرة الاقتصادية منى سعيد أن القرار صائب، لكنها حذرت من أن العجز قد يتسع.\n\n"
        "واعتبر رئيس الجمعية، حميد سالم، أن القطاع تعافى، غير أنه نبه إلى أن الأسعار مرتفعة.",
        [
            ("منى سعيد", "person", "", "أن القرار صائب"),
            ("منى سعيد", "person", "", "أن العجز"),
            ("حميد سالم", "person", "", "أن القطاع تعافى"),
            ("حميد سالم", "person", "", "أن الأسعار"),
        ],
    ),
    (
        "his-highness-is-the-prince-not-the-agency",
        H + "وقال وزير الطاقة الأمير فهد بن سلطان إن الإنتاج مستقر.\n\n"
        "وقال نائب رئيس الوزراء الروسي إيغور بيتروف إن الاتفاق جيد.\n\n"
        "ونقلت وكالة الأنباء الرسمية عن سموه قوله إن السوق متوازنة.",
        [
            ("فهد بن سلطان", "person", "", "إن الإنتاج"),
            ("إيغور بيتروف", "person", "", "إن الاتفاق"),
            ("وكالة الأنباء الرسمية", "organization", "", "سموه قوله"),
            ("فهد بن سلطان", "person", "وكالة الأنباء الرسمية", "إن السوق"),
        ],
    ),
    (
        "oblique-plural-collective-with-its-region",
        H + 'ونقلت إذاعة "شمس" عن مزارعين بولاية نابل قولهم إن الأسعار ارتفعت.\n\n'
        "وقال وزير الفلاحة سامي فارس إن الموسم جيد، كما دعا المواطنين إلى ترشيد الاستهلاك.",
        [
            ("شمس", "organization", "", "مزارعين بولاية"),
            ("مزارعين بولاية نابل", "group", "شمس", "إن الأسعار"),
            ("سامي فارس", "person", "", "إن الموسم"),
            ("سامي فارس", "person", "", "المواطنين إلى"),
        ],
    ),
    (
        "construct-plural-with-adjective-and-place",
        H + "وأكد مهنيو القطاع الفلاحي بسوسة، في لقاء نظم أمس، أن الموسم جيد.\n\n"
        "وقالت أسر معتقلين تحدثت إليها الصحيفة إن الزيارات قليلة.",
        [
            ("مهنيو القطاع الفلاحي بسوسة", "group", "", "أن الموسم"),
            ("أسر معتقلين", "group", "", "إن الزيارات"),
        ],
    ),
    (
        "broken-plural-source-runs-on-in-feminine-singular",
        H + "وقالت مصادر مطلعة للصحيفة إن المهلة ستبدأ في مارس، وأوضحت أن المخالفين سيرحلون.",
        [("مصادر مطلعة", "group", "", "إن المهلة"), ("مصادر مطلعة", "group", "", "أن المخالفين")],
    ),
    (
        "addressee-after-a-bare-title-is-no-part-of-it",
        H + "وقال مدير المستشفى لوسائل الإعلام، صباح اليوم، إن الوضع مستقر.\n\n"
        "وقال رئيس البلدية للصحفيين، مساء الأحد، إن المياه عادت.",
        [("مدير المستشفى", "person", "", "إن الوضع"), ("رئيس البلدية", "person", "", "إن المياه")],
    ),
    (
        "verb-inside-a-source-phrase-is-no-claim",
        H + "سجلت الولاية 300 إصابة جديدة خلال الأسبوع الماضي، بحسب ما أعلنت وزارة الصحة بالولاية، "
        "في وقت يتزايد فيه عدد العائدين.",
        [("وزارة الصحة", "organization", "", "سجلت الولاية")],
    ),
]


# 0.7.2: rules from the second blind set's failure modes, each in sentences written for the test.
CASES_072: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    (
        "nisba-of-registered-title-is-a-description",
        H + "استقبل الرئيس سمير داود وزير الصحة الإندونيسي أغوس سانتوسو.\n\n"
        "وأكد الوزير الإندونيسي أن بلاده مستعدة للتعاون.",
        [("أغوس سانتوسو", "person", "", "أن بلاده")],
    ),
    (
        "compound-given-name-with-al-din-after-title",
        H + "وقال وزير الزراعة الماليزي أمير الدين يوسف إن الموسم جيد.",
        [("أمير الدين يوسف", "person", "", "إن الموسم")],
    ),
    (
        "feminine-of-a-listed-title",
        H + "وقالت معاونة وزير الصحة رنا خليل إن المساعدات وصلت.",
        [("رنا خليل", "person", "", "إن المساعدات")],
    ),
    (
        "three-letter-given-name-starting-with-lam",
        H + "وأشارت مديرة المدرسة لمى العلي إلى أن الدوام سيبدأ الأحد.",
        [("لمى العلي", "person", "", "أن الدوام")],
    ),
    (
        "omani-honorific-before-name",
        H + "وأوضحت الفاضلة سلمى بنت خالد البلوشية أن البرنامج سينطلق قريباً.\n\n"
        "ولفتت البلوشية إلى أن التسجيل مفتوح.",
        [
            ("سلمى بنت خالد البلوشية", "person", "", "أن البرنامج"),
            ("سلمى بنت خالد البلوشية", "person", "", "أن التسجيل"),
        ],
    ),
    (
        "bayyana-before-a-known-surname",
        H + "وقال وزير النقل ماجد العتيبي إن الطريق افتتح.\n\nوبيّن العتيبي أن الأعمال انتهت.",
        [("ماجد العتيبي", "person", "", "إن الطريق"), ("ماجد العتيبي", "person", "", "أن الأعمال")],
    ),
    (
        "common-word-as-first-name-before-a-given-name",
        H + "وترأس الاجتماع وزير النفط صباح محمد الربيعي.\n\nوقال الربيعي إن الإنتاج ارتفع.",
        [("صباح محمد الربيعي", "person", "", "إن الإنتاج")],
    ),
    (
        "mauritanian-nasab-with-sheikh-inside-the-name",
        H + "وقالت النائبة خديجة منت الشيخ سيدي إن القانون ناقص.",
        [("خديجة منت الشيخ سيدي", "person", "", "إن القانون")],
    ),
    (
        "relations-with-parliament-office-and-definite-given-name",
        H + "وقال وزير العلاقات مع البرلمان محمد الأمين ولد أحمد إن النص جاهز.",
        [("محمد الأمين ولد أحمد", "person", "", "إن النص")],
    ),
    (
        "apposition-title-is-no-second-person",
        H + "وأكدت معالي نورة سعيد الكعبي، وزيرة دولة لشؤون الأمن الدوائي، أن المخزون كاف.\n\n"
        "والتقت معاليها وزير الصحة الكيني جون موانغي، وبحث الجانبان التعاون.\n\n"
        "وأكد الوزيران أهمية الشراكة.",
        [
            ("نورة سعيد الكعبي", "person", "", "أن المخزون"),
            ("نورة سعيد الكعبي + جون موانغي", "group", "", "أهمية الشراكة"),
        ],
    ),
    (
        "accusative-subject-after-ghayr-anna",
        H + "غير أن مسؤولاً في الوزارة قال إن الموعد لم يحدد.",
        [("مسؤولاً في الوزارة", "person", "", "إن الموعد")],
    ),
    (
        "informed-source-keeps-its-topic",
        H + "وقال مصدر مطلع على سير التحقيق إن النتائج ستعلن قريباً.",
        [("مصدر مطلع على سير التحقيق", "person", "", "إن النتائج")],
    ),
    (
        "nisba-plural-is-a-group-and-its-plural-prodrop",
        H + "ويرى برلمانيون أردنيون في عمان أن التضخم سيتراجع.\n\nوأشاروا إلى أن الجنيه استقر.",
        [
            ("برلمانيون أردنيون في عمان", "group", "", "أن التضخم"),
            ("برلمانيون أردنيون في عمان", "group", "", "أن الجنيه"),
        ],
    ),
    (
        "opinion-verb-itaqada-after-amma",
        H + "أما الباحث كريم منصور فيعتقد أن الأزمة ستطول.",
        [("كريم منصور", "person", "", "أن الأزمة")],
    ),
    (
        "relayed-source-in-a-company-with-definite-l-genitive",
        H + "ونقلت قناة «الوطنية» عن مصدر بالهيئة العامة للمياه أن المحطة توقفت.",
        [
            ("الوطنية", "organization", "", "مصدر بالهيئة"),
            ("مصدر بالهيئة العامة للمياه", "person", "الوطنية", "أن المحطة"),
        ],
    ),
    (
        "quoting-aside-between-cue-and-content",
        H + "وذكرت صحيفة «الأيام» المحلية، نقلاً عن مسؤول في البلدية، أن الشارع سيغلق.",
        [
            ("الأيام", "organization", "", "أن الشارع"),
            ("مسؤول في البلدية", "person", "الأيام", "أن الشارع"),
        ],
    ),
    (
        "quoted-agency-name-after-its-description",
        H + "وقال الوزير خالد ناصر إن الاتفاق قريب.\n\n"
        "ونقلت وكالة الأنباء الكويتية الرسمية \"كونا\" عن الوزير ناصر قوله إن المحادثات مثمرة.",
        [
            ("خالد ناصر", "person", "", "إن الاتفاق"),
            ("كونا", "organization", "", "الوزير ناصر"),
            ("خالد ناصر", "person", "كونا", "إن المحادثات"),
        ],
    ),
    (
        "two-indefinite-sources-stay-two-speakers",
        H + "وقال مصدر أمني إن الحادث عرضي.\n\nوقال مصدر في البلدية إن الأضرار محدودة.\n\n"
        "وأضاف المصدر أن الطريق فتح.",
        [
            ("مصدر أمني", "person", "", "إن الحادث"),
            ("مصدر في البلدية", "person", "", "إن الأضرار"),
            ("مصدر في البلدية", "person", "", "أن الطريق"),
        ],
    ),
    (
        "held-responsible-object-is-no-subject",
        H + "وقال النائب سالم عيسى إن الكهرباء انقطعت.\n\n"
        "وحمّل الشركة الوطنية للطاقة مسؤولية الانقطاع.",
        [("سالم عيسى", "person", "", "إن الكهرباء"), ("سالم عيسى", "person", "", "الشركة الوطنية")],
    ),
    (
        "source-phrase-after-document-and-adjectives",
        H + "وتراجعت البطالة إلى 9 بالمائة، بحسب البيانات الرسمية الصادرة عن الهيئة العامة للإحصاء.",
        [("الهيئة العامة للإحصاء", "organization", "", "وتراجعت البطالة")],
    ),
    (
        "short-quoted-name-before-cue-is-no-quotation",
        H + "وفي حديث لصحيفة \"الأنباء\"، قال الدكتور سامي حداد إن الموسم واعد.",
        [("سامي حداد", "person", "", "إن الموسم")],
    ),
    (
        "two-sides-after-a-meeting-of-unnamed-office-holders",
        H + "واستقبل معالي وزير الثقافة اليوم في مكتبه سفير اليابان المعتمد لدى المملكة.\n\n"
        "وأعرب الجانبان عن تطلعهما إلى تعزيز التعاون.",
        [("وزير الثقافة + سفير اليابان المعتمد لدى المملكة", "group", "", "تطلعهما")],
    ),
]


ALL_CASES = CASES + CASES_072


@pytest.mark.parametrize(("name", "raw", "expected"), ALL_CASES, ids=[c[0] for c in ALL_CASES])
def test_arabic_attribution(name: str, raw: str, expected: list[tuple[str, str, str, str]]) -> None:
    doc = clean_text(raw)
    claims = [c for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    for c in claims:
        assert doc.text[c.start : c.end] == c.content
    got = [(c.speaker, c.speaker_kind.value, c.via, c.content) for c in claims]
    assert len(got) == len(expected), got
    for (speaker, kind, via, content), (want_speaker, want_kind, want_via, want_start) in zip(
        got, expected, strict=True
    ):
        assert (speaker, kind, via) == (want_speaker, want_kind, want_via), got
        assert content.startswith(want_start), (speaker, content)


def test_participle_continuation_is_inside_the_content() -> None:
    """Guideline §4.1: ``محذراً من أن …`` runs on inside the main cue's claim, not as a claim of its own."""
    doc = clean_text(H + "وقال وزير النقل سامي فارس إن الطريق سيفتح، محذراً من أن الأمطار قد تؤخر الأعمال.")
    claims = [c for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    assert [c.speaker for c in claims] == ["سامي فارس"]
    assert claims[0].content.endswith("قد تؤخر الأعمال")
    assert "محذراً من أن" in claims[0].content


def test_run_on_claim_ends_before_its_connective() -> None:
    """Guideline §4.10: ``…، حيث أكد …`` opens a new claim; the connective belongs to neither content."""
    doc = clean_text(H + "وقال وزير المالية خالد سعيد إن العجز تراجع، حيث أكد أن الإيرادات ارتفعت.")
    contents = [c.content for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    assert contents == ["إن العجز تراجع", "أن الإيرادات ارتفعت"]


def test_verbal_noun_after_negation_is_no_cue() -> None:
    """``طلب عدم ذكر اسمه`` (asked that his name be withheld): ``ذكر`` after ``عدم``/``دون`` is no cue."""
    from claims.extract.arabic.cues import find_cues
    from claims.extract.core.tokens import tokenize
    from claims.text.normalize import fold

    folded = fold("وقال مصدر أمني، طلب عدم ذكر اسمه، دون ذكر التفاصيل، إن الهجوم وقع فجراً").text
    cues = [c.form.lemma for c in find_cues(tokenize(folded, 0, len(folded)))]
    assert cues == ["قال"]


def test_state_noun_is_no_honorific_person() -> None:
    """``35 دولة``, ``دولة الإمارات`` are states; only ``دولة`` before an office (``دولة رئيس الوزراء``) is
    the style of address. A state taken for a person would join the participants of ``الجانبان``."""
    from claims.extract.arabic.noun_phrases import Ctx
    from claims.extract.arabic.register import register_names, units_of
    from claims.extract.core.entities import Registry
    from claims.text.normalize import fold
    from claims.types import SpeakerKind

    text = (
        "وشارك في القمة وزراء من 35 دولة، وأكدت دولة الإمارات دعمها. "
        "وقال دولة رئيس الوزراء سعد حمدان إن القمة ناجحة."
    )
    ctx = Ctx(text, fold(text), Registry())
    units = units_of(ctx)
    ctx.reg.sentence_starts = [span.start for _, span, _, _ in units]
    register_names(ctx, units)
    people = [e.canonical for e in ctx.reg.entities if e.kind == SpeakerKind.PERSON]
    assert people == ["سعد حمدان"]

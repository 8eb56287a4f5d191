"""Arabic attribution rules added in extractor 0.7.0, one grammatical pattern per row.

Written from the guideline and Arabic news style, not from the fixture articles: accusation verbs
(the accuser is the subject, the accused is inside the content), sound masculine plurals in construct
(``مسؤولو الوزارة``), an agency's own name as canonical (guideline §3), quoted organisation subjects,
a rank after a comma apposition, ``بحسب ما نقلته X عن Y`` (Y speaks, ``via`` X), a dual title over two
names, the name علي before a complementiser, ``بيّن`` spelt like ``بين``, participles kept in the claim,
run-on cues only at a clause start, documents that speak for a named issuer, nicknames, collectives
named in full then by ``ال`` + head, charges (``وجّهت … تهماً``), and definite first names (``الطيب``).
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
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
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

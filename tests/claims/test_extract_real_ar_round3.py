"""Arabic failure kinds from the third real dev set (rb1, diagnosis-rb1.md), one kind per row.

Each row is our own sentence (invented names and places) reproducing a shape seen on real pages:
nested reports inside an indirect complement (§2), given names that carry the article, round
brackets used as quotation marks, a phrasal cue's preposition met inside an adjunct, an
organisation qualified by ``بـ``, ``سيادته`` after a title-only speaker, and a quotation left open by
the end of the excerpt. Expected claims are (speaker, start of content), events left aside. Every
row failed on main (1e26d6e) except the guards named ``guard-…``, which held before and keep the
new rules from over-reaching.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind
from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # 2. nested reports inside an indirect complement
    (
        "nested-collective-in-the-accusative",
        H + "وقال مصدر في الوزارة إن المحتجين طالبوا باستقالة المدير بسبب تأخر الرواتب.",
        [("مصدر في الوزارة", "إن المحتجين"), ("المحتج", "استقالة المدير")],
    ),
    (
        "nested-titled-person",
        H + "قال رئيس البلدية سمير داود إن وزير الداخلية أكد أن الشرطة ستحمي الموظفين.",
        [("سمير داود", "إن وزير"), ("وزير الداخلية", "أن الشرطة")],
    ),
    (
        "nested-organisation-feminine",
        H + "وأوضحت المتحدثة باسم الشركة أن النقابة هددت بالإضراب إذا لم ترفع الأجور.",
        [("المتحدثة باسم الشركة", "أن النقابة"), ("النقابة", "الإضراب")],
    ),
    (
        "guard-a-verb-that-is-no-report-inside-the-complement",
        H + "وقال رئيس البلدية سمير داود إن العمال أنهوا صيانة الجسر قبل الموعد.",
        [("سمير داود", "إن العمال")],
    ),
    (
        "guard-a-clause-before-the-verb-is-no-subject",
        H + "وقال رئيس البلدية سمير داود إن الموظفين الذين وصلوا متأخرين أمس أكدوا أن الحافلات تعطلت.",
        [("سمير داود", "إن الموظفين")],
    ),
    (
        "a-paper-that-quoted-someone-in-a-relative-clause",
        H + "نفى المتحدث باسم الميناء ما نشرته مجلة الأفق الأسبوعية التي نقلت عن مدير الميناء ناصر الحداد إن (نصف الرافعات معطلة).",
        [
            ("المتحدث باسم الميناء", "ما نشرته"),
            ("مجلة الأفق الأسبوعية", "عن مدير"),
            ("ناصر الحداد", "إن (نصف"),
        ],
    ),
    # 3. a given name that carries the article, known by its slot
    (
        "definite-given-name-with-a-connector",
        H + "قال المختار بن العربي رئيس غرفة التجارة إن الموسم السياحي كان ضعيفا.",
        [("المختار بن العربي", "إن الموسم")],
    ),
    (
        "definite-given-name-before-its-role",
        H + "وأوضح الطاهر العلوي، مدير الميناء، أن السفن تنتظر أياما قبل التفريغ.",
        [("الطاهر العلوي", "أن السفن")],
    ),
    (
        "guard-a-definite-noun-and-its-adjective-is-no-name",
        H + "قال الجيش الوطني، في بيان، إن الحدود هادئة.",
        [("الجيش الوطني", "إن الحدود")],
    ),
    (
        "a-participle-paragraph-after-an-unread-claim-is-speech-not-an-event",
        H
        + "قال سعيد الوادي رئيس غرفة التجارة إن الموسم السياحي كان ضعيفا.\n"
        + "ثم زار الوادي السوق القديم برفقة التجار.\n"
        + "مؤكدا في التصريح نفسه، أن الحكومة وعدت بدعم القطاع.",
        # the participle is the cue; the content starts at the complementiser (§4.2)
        [("سعيد الوادي", "إن الموسم"), ("سعيد الوادي", "أن الحكومة")],
    ),
    # 4. round brackets as quotation marks; a verb before قائلا is a cue
    (
        "round-brackets-hold-the-whole-quotation",
        H + "وقال نبيل السامرائي ( الجسر سيفتح أمام السيارات يوم الأحد ).",
        [("نبيل السامرائي", "الجسر سيفتح")],
    ),
    (
        "round-bracket-quotation-over-two-paragraphs-with-new-cues",
        H
        + "وقال نبيل السامرائي في حديث لمراسلنا ( الجسر لم يتضرر ، مؤكدا إن الفحوص انتهت أمس وتبع قائلا : "
        + "كما ان الشركة ستطلي الجسر قريبا .\n"
        + "واشار السامرائي الى الجهود التي يبذلها المهندسون )",
        [
            ("نبيل السامرائي", "الجسر لم يتضرر"),
            ("نبيل السامرائي", "كما ان الشركة"),
            ("نبيل السامرائي", "الجهود التي"),
        ],
    ),
    (
        "an-unlisted-verb-before-qaailan-opens-a-report",
        H + "سئل وزير المالية عن الضرائب. وردد قائلا: لن نرفع الضرائب هذا العام.",
        [("وزير المالية", "لن نرفع")],
    ),
    (
        "guard-an-agency-code-in-brackets-is-no-quotation",
        H + "وقال رئيس البلدية (د ب أ) إن الخبر كاذب.",
        [("رئيس البلدية", "إن الخبر")],
    ),
    (
        "guard-a-participle-before-qaailan-stays-inside",
        H + "وقال الوزير سامي الكردي إن الميزانية جاهزة، مضيفا قائلا: سنعرضها غدا.",
        [("سامي الكردي", "إن الميزانية")],
    ),
    # 5. a phrasal cue's preposition met inside a venue adjunct first
    (
        "preposition-of-a-venue-then-a-complementiser",
        H + "وأكدت هيئة الطيران في بيان نشرته على موقعها الرسمي، أن الرحلات ستعود غدا.",
        [("هيئة الطيران", "أن الرحلات")],
    ),
    (
        "preposition-of-a-venue-then-the-cues-own-preposition",
        H + "وشدد الوزير سامي الكردي في تدوينة على حسابه بموقع “إكس” امس (الأحد) على ضرورة ترشيد المياه.",
        [("سامي الكردي", "ضرورة ترشيد")],
    ),
    (
        "a-site-after-a-venue-noun",
        H + "وأوضحت الهيئة في منشور عبر صفحتها على فيسبوك، أن الرحلات ستعود غدا.",
        [("الهيئة", "أن الرحلات")],
    ),
    (
        "guard-the-cues-preposition-before-a-complementiser-stays",
        H + "وأكدت هيئة الطيران في بيانها على ضرورة أن يلتزم المسافرون بالمواعيد.",
        [("هيئة الطيران", "ضرورة أن")],
    ),
    # 6. an organisation qualified by بـ and its parent body; the verb's own verbal noun
    (
        "organisation-with-its-parent-body-after-b",
        H + "نفت وزارة الزراعة بالحكومة المحلية، مساء اليوم الخميس، نفيا قاطعا إتلاف المحصول.",
        [("وزارة الزراعة بالحكومة المحلية", "إتلاف المحصول")],
    ),
    (
        "cognate-verbal-noun-before-the-cues-preposition",
        H + "وحذر الوزير سامي الكردي تحذيرا شديدا من رفع أسعار الخبز.",
        [("سامي الكردي", "رفع أسعار")],
    ),
    # 9. أبان (made clear), a general reporting verb; its 3ms form is also إبّان (during)
    (
        "abana-behind-waw-glued-to-a-full-stop",
        H + "قال الوزير سامي الكردي إن الخط جاهز.وأبان أن التذاكر متاحة عبر التطبيق.",
        [("سامي الكردي", "إن الخط"), ("سامي الكردي", "أن التذاكر")],
    ),
    (
        "guard-ibbana-during-is-no-cue",
        H + "إبان الحرب أعلن الجيش أن المدينة سقطت.",
        [("الجيش", "أن المدينة")],
    ),
    # 7. an honorific pronoun after a title-only speaker: a person, never ``على …`` (على is no given name)
    (
        "honorific-after-a-title-only-speaker",
        H
        + "ترأس الوزير كمال الصافي اجتماعا بحضور السيد مازن فؤاد مدير الميناء.\n\n"
        + "واطلع الوزير على مجمل أعمال التوسعة في الميناء.\n\n"
        + "وقال مدير الميناء في تصريح صحفي إنه عرض خطة الرصيف الجديد.\n\n"
        + "وأضاف سيادته أن الأعمال تنتهي في الخريف.",
        # the title is "مدير الميناء" (في تصريح صحفي is the frame), the office مازن فؤاد holds
        [("مازن فؤاد", "إنه عرض"), ("مازن فؤاد", "أن الأعمال")],
    ),
    # 8. a quotation left open by the end of the excerpt
    (
        "open-quotation-at-the-end-of-the-excerpt",
        H
        + "قال ماجد الفهد رئيس الاتحاد إن الموسم بدأ.\n\n"
        + "وأوضح الفهد أن «الاتحاد منح الأندية أسبوعين، وفق اللوائح، لتسجيل اللاع",
        [("ماجد الفهد", "إن الموسم"), ("ماجد الفهد", "أن «الاتحاد")],
    ),
    (
        "open-quotation-after-a-fronted-topic",
        H
        + "قال ماجد الفهد رئيس الاتحاد إن الموسم بدأ.\n\n"
        + "وبخصوص المهلة الممنوحة لنادي «الشعلة» للتسجيل، أوضح الفهد أن «الاتحاد منح النادي أسبوعين لتسجيل اللاع",
        [("ماجد الفهد", "إن الموسم"), ("ماجد الفهد", "أن «الاتحاد")],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round3_case(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


def test_the_quoted_source_in_a_relative_clause_comes_via_the_paper() -> None:
    text = H + "نفى المتحدث باسم الميناء ما نشرته جريدة الأفق التي نقلت عن مدير الميناء ناصر الحداد إن الرافعات معطلة."
    got = [(c.speaker, c.via) for c in extract_claims(clean_text(text)) if c.kind != ClaimKind.EVENT]
    assert got == [("المتحدث باسم الميناء", ""), ("جريدة الأفق", ""), ("ناصر الحداد", "جريدة الأفق")], got


def test_a_nested_claim_names_the_outer_speaker_as_via() -> None:
    text = H + "قال رئيس البلدية سمير داود إن وزير الداخلية أكد أن الشرطة ستحمي الموظفين."
    got = [(c.speaker, c.cue, c.via) for c in extract_claims(clean_text(text)) if c.kind != ClaimKind.EVENT]
    assert got == [("سمير داود", "قال", ""), ("وزير الداخلية", "أكد", "سمير داود")], got

"""Arabic wrong-speaker shapes from fresh pages (arspk1), each reproduced in invented text.

1. A relative, a witness or a lawyer as the subject (``والده``, ``أحد أقارب الشاب``, ``شاهد آخر``,
   ``وكتب أحدهم في منشور:``): the claim went to the previous speaker.
2. A title-only subject, then a second definite title the verb calls on (``وطالب رئيس الحزب المبعوث
   الأممي بـ…``) or a refusal's verbal noun of speaking (``ورفض المحامي الإدلاء بأقواله``): the object
   was glued into the speaker's name, and renamed earlier claims too.
3. A body's indefinite head with a form of كان after it (``عناصر شرطة كانوا``), or with a لل-genitive of
   speaking (``قاموس الشرطة للحديث عن``): the fragment became the body's fullest name.
5. ``الطواقم الطبية`` (the medical crews) is a collective that speaks, not a phrase left to the
   previous speaker.
7. ``هذا المصدر``, ``المصدر ذاته``: "this/the same source" is the source named before, not a person
   named inside earlier content.

Every sentence is invented; each case failed on 0126ee0. Each expected claim is (speaker, start of content).
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"
RADIO = "ذكرت إذاعة الفجر أن الشرطة أوقفت الشاب ناصر عليان.\n\n"
BLAST = "ذكرت صحيفة النهار أن الوزير سامي مراد أصيب في الانفجار، وفقا لما أفاد به مصدر أمني.\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "one-of-plural-relatives-with-genitive",
        H + RADIO + "وقال أحد أقارب الشاب إنه رأى سيارة تغادر المكان.",
        [("إذاعة الفجر", "أن الشرطة"), ("أحد أقارب الشاب", "إنه رأى")],
    ),
    (
        "one-of-definite-relatives-then-quotation",
        H + RADIO + 'وقال أحد الأقارب: "لا نعرف ما جرى".',
        [("إذاعة الفجر", "أن الشرطة"), ("أحد الأقارب", "لا نعرف")],
    ),
    (
        "kinship-noun-with-pronoun",
        H + RADIO + "وقال والده إنه كان في طريقه إلى العمل.",
        [("إذاعة الفجر", "أن الشرطة"), ("والده", "إنه كان")],
    ),
    (
        "feminine-kinship-noun-with-pronoun",
        H + RADIO + "وقالت والدته إنه كان في طريقه إلى العمل.",
        [("إذاعة الفجر", "أن الشرطة"), ("والدته", "إنه كان")],
    ),
    (
        "lawyer-with-pronoun",
        H + RADIO + "وقال محاميه إن موكله بريء.",
        [("إذاعة الفجر", "أن الشرطة"), ("محاميه", "إن موكله")],
    ),
    (
        "kinship-noun-with-definite-genitive",
        H + RADIO + "وقال شقيق الضحية إنه كان في طريقه إلى العمل.",
        [("إذاعة الفجر", "أن الشرطة"), ("شقيق الضحية", "إنه كان")],
    ),
    (
        "another-witness",
        H + RADIO + "وقال شاهد آخر إنه رأى سيارة تغادر المكان.",
        [("إذاعة الفجر", "أن الشرطة"), ("شاهد آخر", "إنه رأى")],
    ),
    (
        "eye-witness",
        H + RADIO + "وقال شاهد عيان إنه رأى سيارة تغادر المكان.",
        [("إذاعة الفجر", "أن الشرطة"), ("شاهد عيان", "إنه رأى")],
    ),
    (
        "one-of-them-then-a-prepositional-phrase",
        H + RADIO + 'وكتب أحدهم في منشور: "هذا ظلم كبير".',
        [("إذاعة الفجر", "أن الشرطة"), ("أحدهم", "هذا ظلم")],
    ),
    (
        "called-on-title-is-the-object",
        H + "قال رئيس الحزب إن الحوار متعثر.\n\nوطالب رئيس الحزب المبعوث الأممي بتغيير خطته.",
        [("رئيس الحزب", "إن الحوار"), ("رئيس الحزب", "المبعوث الأممي")],
    ),
    (
        "called-on-title-with-adjective-before-ila",
        H + "قال رئيس الحزب إن الحوار متعثر.\n\nودعا رئيس الحزب المبعوث الخاص إلى تغيير خطته.",
        [("رئيس الحزب", "إن الحوار"), ("رئيس الحزب", "المبعوث الخاص")],
    ),
    (
        "refusal-to-speak-renames-nobody",
        H + "وطالب المحامي بتأجيل الجلسة، موضحا أن الملف ناقص.\n\nورفض المحامي الإدلاء بأقواله قبل التأجيل.",
        [("المحامي", "تأجيل الجلسة")],
    ),
    (
        "two-sisters-and-their-account",
        H + "وتكمل الشقيقتان روايتهما بأنهما خرجتا إلى الشرفة.",
        [("الشقيقتان", "بأنهما خرجتا")],
    ),
    (
        "kana-after-a-body-head-is-no-name",
        H + "أعلنت الشرطة أن عناصرها أطلقوا النار على شاب.\n\nوأضافت أن عناصر شرطة كانوا منتشرين في المنطقة.",
        [("الشرطة", "أن عناصرها"), ("الشرطة", "أن عناصر")],
    ),
    (
        "speech-genitive-is-no-part-of-a-body",
        H + "أعلنت الشرطة أن عناصرها أطلقوا النار على شاب.\n\n"
        "وقال مصدر إن ذلك جاء بحسب قاموس الشرطة للحديث عن القتل.",
        [("الشرطة", "أن عناصرها"), ("مصدر", "إن ذلك")],
    ),
    (
        "medical-crews-speak",
        H + "قالت الشرطة إن دورية لاحقت المشتبه.\n\nوقد أعلنت الطواقم الطبية أن المشتبه توفي لاحقا.",
        [("الشرطة", "إن دورية"), ("الطواقم الطبية", "أن المشتبه")],
    ),
    (
        "this-source",
        H + BLAST + "وأكد هذا المصدر أن الوزير نقل إلى المستشفى.",
        [("صحيفة النهار", "أن الوزير"), ("مصدر أمني", "أن الوزير"), ("مصدر أمني", "أن الوزير نقل")],
    ),
    (
        "the-same-source",
        H + BLAST + "وأكد المصدر ذاته أن الوزير نقل إلى المستشفى.",
        [("صحيفة النهار", "أن الوزير"), ("مصدر أمني", "أن الوزير"), ("مصدر أمني", "أن الوزير نقل")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_speakers(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    got = [(c.speaker, c.content) for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]
    assert len(got) == len(expected), got
    for (speaker, content), (want, start) in zip(got, expected, strict=True):
        assert speaker == want, got
        assert content.startswith(start), got


@pytest.mark.parametrize(
    ("raw", "speaker"),
    [
        # unchanged neighbours: a stacked title that leads to its holder's name, a named "same" title
        (H + "ودعا رئيس الحزب الوزير سامي نور إلى تغيير خطته.", "سامي نور"),
        (H + "قال المسؤول عن الصحة سالم ولد أحمد إن الوضع مستقر.\n\nوأضاف المسؤول ذاته أن الخطة جاهزة.", "سالم ولد أحمد"),
        (H + RADIO + "وقال ابنه إنه كان في طريقه إلى العمل.", "ابنه"),
    ],
)
def test_neighbours_unchanged(raw: str, speaker: str) -> None:
    got = [c.speaker for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]
    assert got[-1] == speaker, got

"""Arabic leftovers of round 16, one mechanism per row, in our own invented sentences.

An organisation named by a construct chain that ends in an office (``مكتب وزير …``) and the
department that issues for it (``بيان صادر عن إعلام مكتب …``); a bare cue going on from a narrated
occasion (``… مؤتمراً أوضحت خلاله …``) whose noun-phrase content stops at ``كما`` + verb; speech after
the speaker with neither أن nor quotation marks. Each row is a small article; expected claims are
(speaker, start of content[, end of content]).
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, ...]]]] = [
    (
        "office-of-minister",
        H + "وقال مكتب وزير الزراعة إن موسم الحصاد سيبدأ مبكراً هذا العام.",
        [("مكتب وزير الزراعة", "إن موسم")],
    ),
    (
        "office-of-governor-waw-title",
        H + "وأكد مكتب والي الولاية الشمالية أن الطرق أعيد فتحها.",
        [("مكتب والي الولاية الشمالية", "أن الطرق")],
    ),
    (
        "issuing-department-of-office",
        H + "أعلن بيان صادر عن إعلام مكتب والي الولاية الشمالية أن الأمطار خلفت أضراراً كبيرة.\n\n"
        "وأكد البيان أن السلطات ستعوض المتضررين.",
        [
            ("إعلام مكتب والي الولاية الشمالية", "أن الأمطار"),
            ("إعلام مكتب والي الولاية الشمالية", "أن السلطات"),
        ],
    ),
    (
        "occasion-bare-cue-np",
        H + "عقدت وزارة الزراعة مؤتمرا صحفيا صباح اليوم بالعاصمة اوضحت خلاله الخسائر الكبيرة الناتجة عن "
        "الجفاف كما تطرق مسؤولو الوزارة للموسم المقبل.",
        [("وزارة الزراعة", "الخسائر الكبيرة", "الخسائر الكبيرة الناتجة عن الجفاف")],
    ),
    (
        "unmarked-speech-after-name",
        H + "الى ذلك اوضح مدير الري الدكتور سامي الخطيب تأتي اهمية المشروع في توفير المياه للمزارعين "
        "وقال رأينا في الايام الماضية تراجعاً كبيراً في منسوب السدود.",
        [("سامي الخطيب", "تأتي اهمية"), ("سامي الخطيب", "رأينا في")],
    ),
    (
        "abbreviated-doctor-glued-to-name",
        H + "وقال وزير الري د.سامي الخطيب إن المشروع جاء بدعم من الحكومة.\n\n"
        "وأضاف د.الخطيب: “السد يأتي لدعم الزراعة في المنطقة كلها”.",
        [("سامي الخطيب", "إن المشروع"), ("سامي الخطيب", "السد يأتي")],
    ),
    (
        "opening-verb-then-saying-colon",
        H + "عبر سامي الخطيب مدرب المنتخب عن رضاه عن أداء اللاعبين في مباراة اليوم.\n\n"
        "وتحدث الخطيب عن موقف اللاعب أحمد يوسف نجم النادي قائلاً: “يوسف لديه فرصة للمشاركة، سنتأكد خلال يومين”.",
        [("سامي الخطيب", "رضاه عن"), ("سامي الخطيب", "يوسف لديه")],
    ),
    (
        "title-with-wing-of-bloc",
        H + "الى ذلك نفى رئيس كتلة البناء تنظيم الشمال علي الخطيب، الاحد، الانباء عن زيادة الرواتب.",
        [("علي الخطيب", "الانباء عن")],
    ),
    (
        "mp-for-bloc-comma-name-comma",
        H + "ونفت النائبة عن كتلة الامل وعضو اللجنة المالية، سلمى الحداد، اليوم الاحد، تقديمها مقترحا للجنة.",
        [("سلمى الحداد", "تقديمها مقترحا")],
    ),
    (
        "call-object-with-relative-clause",
        H + "نفت النائبة سلمى الحداد الانباء عن الرواتب.\n\n"
        "وطالبت الحداد الجهة التي بثت الخبر بتقديم دليل واضح.",
        [("سلمى الحداد", "الانباء عن"), ("سلمى الحداد", "الجهة التي بثت")],
    ),
    (
        "place-head-as-family-name",
        H + "ومن جانبه، بيّن رئيس بلدية القرية محي الدين دولة لتلفزيون المدينة، أن الحريق أخمد.",
        [("محي الدين دولة", "أن الحريق")],
    ),
    (
        "there-is-after-title-only",
        H + "وقال المتحدث باسم الجيش الوطني سامي الخطيب إن القوات تقدمت.\n\n"
        "وأضاف المتحدث باسم الجيش الوطني هناك عبارة غير صحيحة في كلمة المندوبة.",
        [("سامي الخطيب", "إن القوات"), ("سامي الخطيب", "هناك عبارة")],
    ),
    (
        "call-after-definite-frame",
        H + "وقال المتحدث باسم الجيش سامي الخطيب إن القوات تقدمت.\n\n"
        "ودعا ” الخطيب ” خلال المؤتمر الصحفي وسائل الإعلام الأجنبية لزيارة المدينة للوقوف على الحقائق.",
        [("سامي الخطيب", "إن القوات"), ("سامي الخطيب", "وسائل الإعلام")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_arabic_leftover(name: str, raw: str, expected: list[tuple[str, ...]]) -> None:
    doc = clean_text(raw)
    claims = extract_claims(doc)
    got = [(c.speaker, c.content) for c in claims if c.kind != ClaimKind.EVENT]
    for c in claims:
        assert doc.text[c.start : c.end] == c.content
    assert len(got) == len(expected), got
    for (speaker, content), want in zip(got, expected, strict=True):
        assert speaker == want[0], (speaker, content)
        assert content.startswith(want[1]), (speaker, content)
        if len(want) > 2:
            assert content == want[2], (speaker, content)


GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "date-after-name-is-no-speech",
        H + "وقال وزير الري سامي الخطيب يوم الأحد في مؤتمر صحفي إن المياه كافية.",
        [("سامي الخطيب", "إن المياه")],
    ),
    (
        "clitic-cue-occasion-keeps-clause",
        H + "وعقد الوزير سامي الخطيب اجتماعا موسعا وأكد خلاله أن المياه كافية.",
        [("سامي الخطيب", "أن المياه")],
    ),
    (
        "talk-verb-without-saying-is-no-claim",
        H + "وتحدث الوزير سامي الخطيب عن موقف الحكومة من المشروع في المؤتمر.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), GUARDS, ids=[c[0] for c in GUARDS])
def test_arabic_leftover_guard(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    claims = [c for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]
    assert [(c.speaker, c.content[: len(w[1])]) for c, w in zip(claims, expected, strict=False)] == expected
    assert len(claims) == len(expected)

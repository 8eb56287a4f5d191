"""Arabic missed statements from fresh pages (armiss2), each shape reproduced in invented text.

1. A reply verb with a colon (``ردّ الوزير: …``, ``فردّت: «…»``): ردّ/عقّب alone name what was replied
   to (topic verbs), but with a colon right after the verb or its subject they report the words that
   follow, as أجاب does, and the sentences after go on with the same speaker.
2. A place of origin between the speaker and the complementiser or colon (``أكد المزارع X من قرية Y في
   Z أن …``, ``قال ثلاثة شهود من بلدة X: «…»``): the subject is read as if the place were not there;
   a counted group (``ثلاثة شهود``) is a speaker.
3. A reporting verb in a relative clause joined by و and set off by a comma (``…، والتي قالت فيه إن …``,
   ``تقريره الفصلي، والذي توقع فيه أن …``): the antecedent (or the owner of the report) is the speaker.
4. A non-reporting main verb and a reporting participle (``وجّهت النقابة التحية …، مؤكدة حقهم في …``,
   ``روى سائق … لصحيفة …، مؤكداً أن …``): the participle reports the subject's words; a greeting
   (``التحية``) is the verb's object, never part of the subject's name.
5. A quotation left open where the excerpt ends (``…، وتابع: "إن المدارس …``): the content runs to
   the text's end.

Every sentence is invented. Each claim is (speaker, start of content[, end of content]).
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, ...]]]] = [
    # 1. reply verb + colon
    (
        "reply-verb-after-a-fronted-question-with-colon",
        "وفي رده على سؤال حول أسعار الخبز رد الوزير: لا توجد زيادة مقررة في الأسعار. "
        "فالمخزون يكفي لستة أشهر. وعلى التجار أن يلتزموا بالتسعيرة.\n",
        [("الوزير", "لا توجد زيادة"), ("الوزير", "فالمخزون يكفي"), ("الوزير", "وعلى التجار")],
    ),
    (
        "pro-drop-reply-verb-with-colon-takes-the-speaker-before",
        "أعلنت المديرة سلمى حداد أن المدرسة مغلقة. وسألها الصحفيون عن موعد الافتتاح، "
        "فردّت: «سنفتح الأبواب مطلع الشهر المقبل».\n",
        [("سلمى حداد", "أن المدرسة"), ("سلمى حداد", "سنفتح الأبواب")],
    ),
    # 2. place of origin after the speaker
    (
        "origin-phrase-with-a-country-before-the-complementiser",
        "أكد المزارع سليم حداد من قرية الجديدة في لبنان أن الأمطار أتلفت المحصول.\n",
        [("سليم حداد", "أن الأمطار")],
    ),
    (
        "counted-group-with-origin-phrase-before-a-colon",
        'من جهة أخرى قال ثلاثة شهود من بلدة القصر: "الجنود أغلقوا الطريق منذ الفجر".\n',
        [("ثلاثة شهود", "الجنود أغلقوا")],
    ),
    (
        "origin-phrase-gives-the-antecedent-for-the-next-sentences",
        "أكد المزارع سليم الحداد من قرية الجديدة أن الأمطار أتلفت المحصول.\n\n"
        'وقال الحداد وفق "العربية" إن الخسائر كبيرة.\n\n'
        'وأضاف: "لم نشهد مثل هذا منذ عشرين عاماً".\n',
        [("سليم الحداد", "أن الأمطار"), ("سليم الحداد", "إن الخسائر"), ("سليم الحداد", "لم نشهد")],
    ),
    # 3. relative clause of saying
    (
        "feminine-relative-after-a-newspaper-and-a-time-word",
        'جاء ذلك ردا على تقرير نشرته صحيفة "الفجر"، أمس، والتي قالت فيه إن الوزير استقال.\n',
        [("الفجر", "إن الوزير")],
    ),
    (
        "relative-after-the-owners-report",
        "وأصدر البنك المركزي تقريره الفصلي، والذي توقع فيه أن يرتفع التضخم إلى 12 بالمئة.\n",
        [("البنك المركزي", "أن يرتفع التضخم")],
    ),
    # 4. participle after a non-reporting verb
    (
        "participle-with-a-stated-noun-phrase-after-a-greeting",
        "وجهت النقابة التحية للعمال المضربين على صمودهم، مؤكدة حقهم في الأجر العادل والتأمين الصحي.\n",
        [("النقابة", "حقهم في الأجر")],
    ),
    (
        "participle-after-a-narrating-verb-and-an-addressee",
        'روى سائق شاحنة لصحيفة "النهار" تفاصيل مرعبة عن الحادث، مؤكداً أن الفرامل تعطلت فجأة.\n',
        [("سائق شاحنة", "أن الفرامل")],
    ),
    (
        "witness-with-an-addressee-then-a-participle",
        'نقل شاهد عيان لقناة "الأفق" تفاصيل مؤلمة حول الفيضان في البلدة يوم الجمعة، '
        "مؤكداً غرق عشرات المنازل في الحي الشرقي.\n",
        [("شاهد عيان", "غرق عشرات المنازل")],
    ),
    # 5. quotation left open at the end of the text
    (
        "new-report-opening-a-quotation-the-excerpt-cuts",
        'وقال بيان أمس، إن الحي مغلق، وأضاف: "الطرق مقطوعة منذ الصباح"، '
        'وتابع: "إن المدارس ستبقى مغلقة حتى إشعار آخر',
        [("بيان", "إن الحي"), ("بيان", "الطرق مقطوعة"), ("بيان", "إن المدارس", "حتى إشعار آخر")],
    ),
    (
        "statement-going-on-into-a-quotation-the-excerpt-cuts",
        'وأكد البيان أن هذا القرار ليس مفاجئاً، بل يأتي ضمن "سلسلة من الإجراءات بحق المزارعين في الجنوب والشمال',
        [("البيان", "أن هذا القرار", "في الجنوب والشمال")],
    ),
]


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in extract_claims(clean_text(text)) if c.kind.value != "event"]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_shape(name: str, text: str, expected: list[tuple[str, ...]]) -> None:
    got = _claims(H + text)
    for speaker, start, *end in expected:
        assert any(s == speaker and c.startswith(start) and all(c.endswith(e) for e in end) for s, c in got), got


NEGATIVES: list[tuple[str, str]] = [
    # ورد "came" with a preposition, not a reply
    ("came-in-the-text-is-no-reply", "وورد في نص القرار: «يمنع التجول ليلا».\n"),
    # reacting with an act, no colon
    ("reply-with-an-act-and-no-colon", "ورد الفريق على الهزيمة بفوز كبير في المباراة التالية.\n"),
    # a restrictive relative: the one who announced, no claim
    ("restrictive-relative-names-no-speaker", "وزار الوزير ابن المواطن الذي أعلن عن إصابته بالمرض.\n"),
    # a bare stance after a participle says too little
    ("bare-stance-after-a-participle", "وجهت النقابة التحية للعمال المضربين على صمودهم، مؤكدة دعمها.\n"),
]


@pytest.mark.parametrize("name,text", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_no_claim(name: str, text: str) -> None:
    assert _claims(H + text) == []


def test_reply_verb_inside_a_clause_keeps_the_main_cue() -> None:
    """``قال الوزير عقب لقائه السفير: «…»``: عقب is "after" there; the claim is قال's, once."""
    doc = clean_text(H + "وقال الوزير عقب لقائه السفير: «العلاقات ممتازة».\n")
    got = [c for c in extract_claims(doc) if c.kind.value != "event"]
    assert [(c.speaker, c.cue) for c in got] == [("الوزير", "قال")], got


def test_object_before_a_place_is_no_origin() -> None:
    """``أعلن الجيش انسحاب قواته من مدينة حلب …``: the object's ``من``, not where the speaker is from."""
    got = _claims(H + "وأعلن الجيش انسحاب قواته من مدينة حلب أن صح التعبير.\n")
    assert all(not c.startswith("أن صح") for _, c in got), got


def test_greeting_is_never_part_of_the_speakers_name() -> None:
    got = _claims(H + "وجّه حزب النور التحية للمقاومة على صمودها، مؤكدا حق الشعب في الدفاع عن أرضه.\n")
    assert got and all("التحية" not in s for s, _ in got), got

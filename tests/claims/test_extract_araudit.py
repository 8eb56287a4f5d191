"""Arabic shapes found on fresh pages nobody had read (audit19ar): our own sentences, invented names,
one shape per row. Expected: each attribution's speaker (and, where it matters, its cue and via), in
order, events left aside."""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _said(raw: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.via) for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]


DESCRIBED: list[tuple[str, str, list[str]]] = [
    (
        "office-comma-honorific-name-then-nisba-description",
        # the office (with the country in the genitive), a comma, an honorific, the name: a later
        # "the <country-adjective> minister" is that person
        H
        + "أعلن وزير خارجية الأردن، الشيخ سمير بن علي آل حسين، أمس الأحد، أن المفاوضات ستستأنف قريبا في العاصمة.\n"
        + "وقال الوزير الأردني إن الجولة المقبلة ستكون حاسمة للطرفين.",
        ["سمير بن علي آل حسين", "سمير بن علي آل حسين"],
    ),
    (
        "office-comma-doctor-name-then-nisba-description",
        H
        + "أوضح وزير صحة تونس، الدكتور كريم بن سالم، أن حملة التلقيح ستشمل كل الولايات.\n"
        + "وأكد الوزير التونسي أن المخزون يكفي لثلاثة أشهر على الأقل.",
        ["كريم بن سالم", "كريم بن سالم"],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in DESCRIBED], ids=[c[0] for c in DESCRIBED])
def test_description_finds_the_office_holder(raw: str, expected: list[str]) -> None:
    assert [s for s, _, _ in _said(raw)] == expected


LEAD_PARTICIPLE = (
    H
    + 'وقالت هيئة المياه في بيان إن "مستوى السد ارتفع إلى حد غير مسبوق هذا الأسبوع".\n\n'
    + 'مضيفة حسب وكالة الأنباء الوطنية (ونا) التابعة للحكومة أن "عشرين قرية غمرتها المياه خلال الليل".\n\n'
    + 'موضحة أن "فرق الإنقاذ تعمل منذ الفجر في ثلاث مناطق".'
)


def test_paragraph_opened_by_participle_keeps_the_speaker_and_takes_the_source_as_via() -> None:
    # "مضيفة حسب وكالة X أن …" opens its own paragraph: the body that spoke before goes on speaking;
    # the agency named in it only carried the words
    said = _said(LEAD_PARTICIPLE)
    assert [s for s, _, _ in said] == ["هيئة المياه", "هيئة المياه", "هيئة المياه"]
    assert said[1][1:] == ("مضيفة", "ونا")
    assert said[2][1] == "موضحة"


def test_paragraph_opened_by_participle_content_starts_at_the_complementiser() -> None:
    claims = [c for c in extract_claims(clean_text(LEAD_PARTICIPLE)) if c.kind != ClaimKind.EVENT]
    assert claims[2].content.startswith("أن ")


COLLECTIVES: list[tuple[str, str, list[str]]] = [
    (
        "quantity-noun-before-a-group-of-people",
        H + "وأشار بعض الأهالي إلى أنهم غادروا بيوتهم قبل وصول المياه بساعات.",
        ["بعض الأهالي"],
    ),
    (
        "quantity-noun-before-a-described-group",
        H + "وأوضح بعض المسؤولين في البلدية أن الرواتب تأخرت شهرين كاملين.",
        ["بعض المسؤولين في البلدية"],
    ),
    (
        "quantity-noun-before-things-is-no-speaker",
        H + "وانتقد رئيس النقابة بعض الإجراءات التي أعلنتها الحكومة مؤخرا.",
        ["رئيس النقابة"],
    ),
    (
        "oblique-participle-plural-after-according-to",
        H + "وبحسب مشاركين في الندوة فإن المداخلات ركزت على غلاء الأسعار وندرة الوظائف.",
        ["مشاركين في الندوة"],
    ),
    (
        "simple-verb-participle-plural-after-according-to",
        H + "وبحسب راكبين في الطائرة فإن الرحلة تأخرت خمس ساعات كاملة في المطار.",
        ["راكبين في الطائرة"],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in COLLECTIVES], ids=[c[0] for c in COLLECTIVES])
def test_unnamed_collective_speaks(raw: str, expected: list[str]) -> None:
    assert [s for s, _, _ in _said(raw)] == expected


def test_fronted_place_phrase_before_the_verb_of_a_participle_report() -> None:
    # "ومن على المنصة، تحدث X عن …، مضيفا: «…»": a fronted place phrase and its comma; the participle
    # reports what the subject of the verb after the comma said
    raw = (
        H
        + "ومن على المنصة، تحدث رئيس البلدية سالم الهاشمي عن مشاريع الطرق الجديدة، "
        + "مضيفا: «سننهي الجسر قبل الصيف المقبل»."
    )
    assert [(s, c) for s, c, _ in _said(raw)] == [("سالم الهاشمي", "مضيفا")]


def test_bayyana_with_a_statement_frame_and_no_comma_after_the_name() -> None:
    # "وبيّن X في تصريح لإذاعة …، اليوم الأربعاء، أنّه …": the verb, not the preposition "between"
    raw = (
        H
        + "أفاد المتحدث باسم المحكمة، سامي الهادي، بأنه تقرر تأجيل الجلسات.\n"
        + "وبيّن الهادي في تصريح لإذاعة المدينة الدولية، اليوم الأربعاء، أنّه تم استثناء القضايا العاجلة."
    )
    claims = [c for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]
    assert [(c.speaker, c.cue) for c in claims] == [("سامي الهادي", "أفاد"), ("سامي الهادي", "بيّن")]
    assert claims[1].content.startswith("أنّه")


def test_between_two_nouns_with_a_statement_word_is_no_report() -> None:
    raw = H + "وقارن التقرير بين الهادي في تصريح سابق وما قاله اليوم من أن الأمور تحسنت."
    assert not [c for c in extract_claims(clean_text(raw)) if c.cue in ("بين", "وبين")]

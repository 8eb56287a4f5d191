"""Arabic attribution on real pages, round 20 (our own sentences, invented names and places).

A word that is no name read as the name after a title: the title phrase running into the report's
frame (``الوزيرة في بيان صحفي صادر …``), one unknown indefinite word after a title that nothing
closes (``ثمّن المدير جهود …``: the verb's object).
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _full(raw: str) -> list[tuple[str, str, str]]:
    claims = extract_claims(clean_text(H + raw))
    return [(c.speaker, c.cue, c.content) for c in claims if c.kind != ClaimKind.EVENT]


def test_title_ends_before_the_statement_frame() -> None:
    got = _full(
        "وأوضحت المديرة في بيان صحفي صادر مساء الأحد، بأن المكتبة ستفتح أبوابها.\n"
        "وأضافت المديرة أن الكتب الجديدة وصلت."
    )
    assert [s for s, _, _ in got] == ["المديرة", "المديرة"], got
    assert got[0][2].startswith("بأن المكتبة"), got


def test_lone_unknown_word_after_a_title_is_the_object() -> None:
    got = _full(
        "وقال رئيس البلدية كمال يوسف إن الطريق مغلق.\n"
        "بالإضافة لذلك ثمّن الرئيس جهود البلدية التي ساعدت في التنظيف."
    )
    assert got == [
        ("كمال يوسف", "قال", "إن الطريق مغلق"),
        ("كمال يوسف", "ثمّن", "جهود البلدية التي ساعدت في التنظيف"),
    ], got
    # a lone surname closed by the content or the cue's preposition stays a name
    got = _full("وقال الرئيس فلانيك إن الطريق مغلق. وأشار الوزير دوبرين إلى أن الجسر آمن.")
    assert [s for s, _, _ in got] == ["فلانيك", "دوبرين"], got


def test_masculine_object_after_a_feminine_title_and_genitive() -> None:
    got = _full("وناشدت وزيرة التربية المجتمع الدولي التدخل لحماية المدارس.")
    assert got == [("وزيرة التربية", "ناشدت", "المجتمع الدولي التدخل لحماية المدارس")], got


def test_definite_place_head_after_b_stays_in_the_title() -> None:
    got = _full("كما أكد المسؤول الأول بالمنطقة بأن التحقيق سيبدأ غدا.")
    assert got == [("المسؤول الأول بالمنطقة", "أكد", "بأن التحقيق سيبدأ غدا")], got

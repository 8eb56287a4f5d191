"""Arabic speaker phrases as real pages write them (issue 11 item 2), one failure kind per row.

Each row is our own sentence (invented names) reproducing a kind seen on the real dev set: a title's
complement taken as the name, a nationality or ``د.`` before the name, a long title before a foreign
name, a collective subject, a subject after a prepositional phrase, an unknown one-word organisation,
a short name that must resolve to the fullest name. Expected claims are (speaker, start of content).
"""

from __future__ import annotations

import pytest

from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "title-complement-possessive",
        H + "قال مدرب منتخبنا الوطني لكرة السلة، الإيطالي ماركو بيانكي، في المؤتمر الصحفي إن الفريق جاهز للمباراة.",
        [("ماركو بيانكي", "إن الفريق")],
    ),
    (
        "title-complement-then-comma-name",
        H + "وقال لاعب منتخبنا، سامر يوسف، في تصريح صحفي إن المباراة صعبة جدا.",
        [("سامر يوسف", "إن المباراة")],
    ),
    (
        "abbreviated-doctor-attached",
        H + "وقالت وزيرة الصحة د.سلمى حداد إن الوضع مستقر حتى الآن.",
        [("سلمى حداد", "إن الوضع")],
    ),
    (
        "abbreviated-doctor-spaced",
        H + "وقالت وزيرة الصحة د. سلمى حداد إن الوضع مستقر حتى الآن.",
        [("سلمى حداد", "إن الوضع")],
    ),
    (
        "long-title-foreign-name",
        H
        + "وقالت مديرة قسم الأمصال في منظمة الصحة العالمية كارين فوستر في مؤتمر صحفي: "
        + '"المخزون يكفي حتى الصيف".',
        [("كارين فوستر", "المخزون يكفي")],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_real_page_speaker_phrases(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)

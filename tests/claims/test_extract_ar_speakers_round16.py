"""Arabic speakers and speaker phrases, round 16: our own sentences (invented names and outlets), one
shape per row, each reproducing a kind of wrong speaker seen on the read dev sets. Expected claims are
(speaker, start of content), events left aside."""

from __future__ import annotations

import pytest

from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "addressee-station-after-fronted-subject",
        # a ل-prefixed station after the verb is the addressee (its body word ends like a nisba plural)
        H + "بدوره، رئيس بلدية القرية سامر يوسف أوضح لتلفزيون المدينة، أنه سقطت بقايا صاروخ في الحي.",
        [("سامر يوسف", "أنه سقطت")],
    ),
    (
        "bayyana-after-turn-marker",
        H
        + "وقال الوزير كريم سالم إن الخطة جاهزة.\n"
        + "ومن جانبه، بيّن رئيس بلدية القرية سامر يوسف لإذاعة المدينة، أن الحريق أخمد بسرعة.",
        [("كريم سالم", "إن الخطة"), ("سامر يوسف", "أن الحريق")],
    ),
    (
        "bayyana-name-comma-channel-frame",
        H
        + "أوضح الناطق باسم جهاز الإسعاف سامر يوسف، الأحد، أن عدة جهات وفرت معدات طبية.\n"
        + "وبيّن يوسف، في تصريح للمنارة، أن الجهاز يسعى لإقامة مستشفى ميداني.",
        [("سامر يوسف", "أن عدة"), ("سامر يوسف", "أن الجهاز")],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers_round16(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)

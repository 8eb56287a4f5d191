"""Arabic speaker phrases from the dev7/dev8 real pages, round 5d (our own sentences).

Kinds: a kinship noun in a construct (``شقيق X``) describes a person and is no speaker name.
Expected claims are (speaker, start of content).
"""

from __future__ import annotations

import pytest

from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "kinship-construct-is-no-speaker-name",
        H
        + "قال سمير الشيخ وزير النقل، اليوم الأحد، إن الطرق ستفتح قريبا.\n\n"
        + "وأوضح الشيخ أن العمل سيبدأ غدا.\n\n"
        + "يذكر ان نادر الشيخ شقيق وزير النقل، سمير الشيخ توفي أمس في حادث سير.",
        [("سمير الشيخ", "إن الطرق"), ("سمير الشيخ", "أن العمل")],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round5d_case(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)

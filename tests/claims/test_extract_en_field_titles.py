"""A title with a field opened by a title word (``Minister of Public Works Ann Cole``) names its holder by the
last two words.

The name scan runs back from the cue over capitalised words and stops at a title word; when the field's first
word is itself a title word (public, foreign, national), the field's noun was read as a given name
(``Works Ann Cole``, ``Prosecutions Noor Haji``). ``Secretary of State Ann Marie Cole`` keeps all three names:
``State`` is the whole field there. Sentences invented for the test.
"""

from __future__ import annotations

import pytest

from tests.claims.extract_helpers import assert_speakers_and_starts

E = "Headline for the test case\n\n"

CASES = [
    ("public-works", E + "Minister of Public Works Ann Cole said the bridge would reopen in May.", [("Ann Cole", "the bridge")]),
    (
        "public-prosecutions",
        E + "Director of Public Prosecutions Noor Haji said charges would follow within a week.",
        [("Noor Haji", "charges would")],
    ),
]

GUARDS = [
    (
        "state-is-the-whole-field",
        E + "Secretary of State Ann Marie Cole said the talks were constructive.",
        [("Ann Marie Cole", "the talks")],
    ),
    (
        "field-noun-not-a-title-word",
        E + "Minister of Foreign Affairs Jane Obi said talks would resume on Friday.",
        [("Jane Obi", "talks would")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_the_holder_after_a_field_opened_by_a_title_word(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected, exact=True)

"""English: words set between the subject and its reporting verb (our own sentences, invented names).

Seen on fresh regional pages (West and East Africa, South Asia) where such sentences went without a
claim: a contrast adverb in commas or bare (``He, however, said …``, ``She however noted …``) and a
time phrase of a determiner and a period (``X last month said …``, ``He earlier this week said …``).
Both are when or how, never part of the speaker.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

LEAD = "Short test story\n\nMayor John Tebogo visited the plant on Monday.\n\n"

CASES: list[tuple[str, str, str]] = [
    ("however-in-commas-after-a-pronoun", "He, however, said there were seven doctors at the hospital.", "there were"),
    ("however-bare-after-a-pronoun", "He however said there were seven doctors at the hospital.", "there were"),
    ("therefore-after-a-surname", "Tebogo, therefore, said the ward would close.", "the ward"),
    ("last-month-after-a-surname", "Tebogo last month said the hospital was short of beds.", "the hospital"),
    ("this-week-after-a-pronoun", "He this week said the hospital was short of beds.", "the hospital"),
    ("earlier-this-month-after-a-pronoun", "He earlier this month said the hospital was short of beds.", "the hospital"),
]


@pytest.mark.parametrize(("sentence", "content_start"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_adjunct_between_subject_and_verb(sentence: str, content_start: str) -> None:
    doc = clean_text(LEAD + sentence)
    claims = [c for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    assert [c.speaker for c in claims] == ["John Tebogo"], claims
    assert claims[0].content.startswith(content_start)
    assert doc.text[claims[0].start : claims[0].end] == claims[0].content

"""English kinds found on real pages in December 2026 (PolNeAR train and the dev4 pages), each with our own
sentences; no article sentence is used here. Each case fails with extractor 0.9.0:

- a quotation typed with two single marks (``''…,'' he said``, ``’’`` closing) is a quotation;
- a stop inside the closing mark ends the sentence: the next sentence is no part of the content;
- an adjunct chain after the cue (``said Thursday during a visit to …, Ohio, that``) is skipped up to
  its complementiser, however long.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "Harbour town plans a new quay\n\nThe council met on a wet evening in the old town hall.\n\n"


def _claims(body: str) -> list[tuple[str, str]]:
    doc = clean_text(H + body + "\n")
    return [(c.speaker, c.content) for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "doubled-apostrophes-are-a-quotation",
        "''The quay will not open before May,'' said Ann Cole, the harbour master.",
        [("Ann Cole", "The quay will not open before May")],
    ),
    (
        "doubled-apostrophes-with-a-pronoun-cue",
        "Ann Cole spoke first. ''Nobody asked the fishermen,'' she said.",
        [("Ann Cole", "Nobody asked the fishermen")],
    ),
    (
        "doubled-right-marks-close-a-quotation",
        "Ann Cole said: “The quay is late and the money is gone.’’ Tom Baker disagreed.",
        [("Ann Cole", "The quay is late and the money is gone")],
    ),
    (
        "stop-inside-the-closing-mark-ends-the-content",
        "Ann Cole said the harbour has “served the town well.” She then listed three berths in the south.",
        [("Ann Cole", "the harbour has “served the town well.”")],
    ),
    (
        "long-adjunct-chain-before-that",
        "Ann Cole said Thursday during a visit to a boat yard in Akron, Ohio, that the quay would open in May.",
        [("Ann Cole", "that the quay would open in May")],
    ),
]


@pytest.mark.parametrize("body,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_real_page_kind(body: str, expected: list[tuple[str, str]]) -> None:
    got = _claims(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_content) in zip(got, expected, strict=True):
        assert speaker == want_speaker, (speaker, content)
        assert content == want_content, (speaker, content)

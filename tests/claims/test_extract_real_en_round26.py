"""English round 26: claims missed altogether on real pages (cues, content spans, continuations, nesting).

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
round 26 unless marked as a guard.

- a quotation that ends the excerpt without its closing mark, on a last paragraph that opens with a closed
  quotation and its cue (``“…,” Cole said. “We all want``): prose cut short, never a headline.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "last-paragraph-quote-cut-by-the-excerpt",
        "Councillors voted 6 to 3 against the plan.\n\n"
        "“This is a budget for an election year, isn’t it,” Ann Cole said. “We all want lower tax",
        [("Ann Cole", "This is a budget"), ("Ann Cole", "We all want lower tax")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round26(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker or (" + " not in want_speaker and want_speaker in speaker), got
        assert content.startswith(want_start), got

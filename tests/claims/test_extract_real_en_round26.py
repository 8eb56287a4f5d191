"""English round 26: claims missed altogether on real pages (cues, content spans, continuations, nesting).

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
round 26 unless marked as a guard.

- a quotation that ends the excerpt without its closing mark, on a last paragraph that opens with a closed
  quotation and its cue (``“…,” Cole said. “We all want``): prose cut short, never a headline.
- ``X quoted Y as saying`` and ``Y was quoted as saying`` with the content before them (a closed
  quotation, or a clause up to the comma) and only adjuncts after ``as saying``: the content is what
  stands before; the active form is two claims (the agency's, and Y's via the agency, guideline §4.3).
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
    (
        "agency-quoted-after-a-fronted-clause",
        "The harbour master of Oban was dismissed on Friday, the state news agency NORA quoted Interior "
        "Minister Ann Cole as saying on Monday, as anger grew over the flood.",
        [("NORA", "The harbour master of Oban"), ("Ann Cole", "The harbour master of Oban")],
    ),
    (
        "agency-quoted-after-a-quotation",
        "Interior Minister Ann Cole met the divers on Monday.\n\n"
        "\"Nothing that happened changes our view that the divers must be paid,\" NORA quoted Cole as "
        "saying.",
        [("NORA", "Nothing that happened"), ("Ann Cole", "Nothing that happened")],
    ),
    (
        "was-quoted-after-a-quotation",
        "\"We know the quay will stay shut until the spring,\" Ann Cole was quoted as saying at a briefing.",
        [("Ann Cole", "We know the quay")],
    ),
    (
        "was-quoted-after-a-clause",
        "The quay will stay shut until the spring, Ann Cole was quoted as saying on Monday.",
        [("Ann Cole", "The quay will stay shut")],
    ),
    (
        "guard-agency-quoted-with-content-after",
        "NORA quoted Ann Cole as saying that the quay would stay shut.",
        [("NORA", "Ann Cole as saying"), ("Ann Cole", "that the quay would stay shut")],
    ),
    (
        "guard-was-quoted-after-a-fronted-adjunct",
        "On Monday, Ann Cole was quoted by NORA as saying the quay would stay shut.",
        [("Ann Cole", "the quay would stay shut")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round26(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker or (" + " not in want_speaker and want_speaker in speaker), got
        assert content.startswith(want_start), got

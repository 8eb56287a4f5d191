"""English kinds found on PolNeAR train pages (real English news), each with our own invented sentences; no
article sentence is used here. Each case fails with the extractor before round 7:

- a name opening the sentence after a short lower-case description (``Union organiser John Fenwick is …``,
  ``Veteran pollster Dale Fenwick -- author of … --``) is the person the narration is about, so the next
  paragraph's ``he said`` is that person (before, the pronoun found no one and the quotes were lost, or
  went to a capitalised word met later).
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

_claims = attributions


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "described-name-opens-sentence-then-he-said",
        "Union organiser John Fenwick is doubtful the plan can work.\n\n"
        '"The council needs a better plan," he said. "The quay is too small."',
        [
            ("John Fenwick", "The council needs a better plan"),
            ("John Fenwick", "The quay is too small"),
        ],
    ),
    (
        "described-name-with-dash-apposition-then-he-said",
        "Veteran pollster Dale Fenwick -- author of a book on harbours -- is doubtful the plan can work.\n\n"
        '"The council needs a better plan," he said.',
        [("Dale Fenwick", "The council needs a better plan")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round7(body: str, expected: list[tuple[str, str]]) -> None:
    got = _claims(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert want_speaker in speaker, got
        assert content.startswith(want_start), got


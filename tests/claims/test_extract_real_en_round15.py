"""English miss kinds found on real English pages (round 15), each with our own invented sentences; no
article sentence is used here. Each case fails with the extractor before round 15:

- a plural subject with a bare present reporting verb and a ``that`` clause (``Local fishermen claim
  that …``, ``Critics, however, argue that …``): the bare form was no cue (only ``say``, ``deny`` …
  were listed), so the claim was missed; it is a cue only after a plural subject and before ``that``,
  so ``the claim that`` and ``to claim that`` stay what they were.
- a sentence whose full stop the page lost before a line break (``She added that … on duty`` + one line
  break + the next sentence): the unclosed line was taken for a headline and skipped; a line that opens
  with a subject pronoun and its reporting verb and runs straight on to the next line is prose.
- a common-noun subject with a narrated verb before ``and said`` (``An unknown man phoned the office and
  said that …``, ``Harbour master John Reed phoned … and said …``): only the capitalised words were taken
  as the subject, so the claim was missed or went to ``Harbour``; the subject now runs to its first verb.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "plural-subject-bare-claim",
        "However, local fishermen claim that they were pushed off the pier by the guards.",
        [("local fishermen", "that they were pushed off the pier")],
    ),
    (
        "plural-subject-adverb-between",
        "Other harbour sources also claim that the quay is sinking into the mud.",
        [("harbour sources", "that the quay is sinking")],
    ),
    (
        "plural-subject-commas-around-adverb",
        "Critics, however, argue that the new quay is far too small for the trawlers.",
        [("Critics", "that the new quay is far too small")],
    ),
    (
        "infinitive-stays-no-cue",
        "The boatmen went home early. They want to claim that the pier was safe all along.",
        [],
    ),
    (
        "lost-full-stop-before-line-break",
        "Harbour spokesperson Mary Bell spoke at noon.\n\nShe added that the keeper was asleep on duty\n"
        "When he was found he was sent home at once.",
        [("Mary Bell", "that the keeper was asleep on duty")],
    ),
    (
        "common-noun-subject-before-and-said",
        "An unknown man phoned the harbour office and said that there is a leak in the old pier.",
        [("unknown man", "that there is a leak in the old pier")],
    ),
    (
        "lower-case-title-before-name-and-said",
        "Harbour master John Reed phoned the mayor and said that the pier was closed for the winter.",
        [("John Reed", "that the pier was closed")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round15(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert want_speaker in speaker, got
        assert content.startswith(want_start), got

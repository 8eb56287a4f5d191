"""English speakers decided by where the words stand (a third look at wrong speakers on real pages).

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
this change unless marked as a guard.

- A prepositional adjunct set off by commas between the subject and the cue (``The harbour chief, in an
  interview with COAST WEEKLY, said``) is never the speaker, whatever name it holds: the outlet or the
  person addressed there is no subject."""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "outlet-inside-an-adjunct-is-no-speaker",
        "The harbour chief, in an interview with COAST WEEKLY, said the ferries were safe.",
        [("the harbour chief", "the ferries were safe")],
    ),
    (
        "named-body-inside-an-adjunct-is-no-speaker",
        "The mayor, in a letter to the Tarlow Gazette, said the quay would reopen in May.",
        [("the mayor", "the quay would reopen in May")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "guard-a-name-before-the-adjunct-speaks",
        "Ann Cole, in an interview with the Tarlow Herald, said the ferries were safe.",
        [("Ann Cole", "the ferries were safe")],
    ),
]


@pytest.mark.parametrize(("name", "body", "want"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_speaker_by_position(name: str, body: str, want: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(want), got
    for (speaker, content), (want_speaker, want_start) in zip(got, want, strict=True):
        assert speaker == want_speaker, (name, got)
        assert content.startswith(want_start), (name, got)

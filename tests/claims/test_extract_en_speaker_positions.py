"""English speakers decided by where the words stand (a third look at wrong speakers on real pages).

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
this change unless marked as a guard.

- A prepositional adjunct set off by commas between the subject and the cue (``The harbour chief, in an
  interview with COAST WEEKLY, said``) is never the speaker, whatever name it holds: the outlet or the
  person addressed there is no subject.
- An office with its initials in brackets, then its holder (``The Inspector General of Customs (IGC),
  Ola Varley,``) is that person's office, not a body: a later ``The Inspector General said`` or ``The
  IGC said`` is the holder.
"""

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
    (
        "office-with-bracketed-initials-then-its-holder",
        "The Inspector General of Customs (IGC), Ola Varley, stressed that checks will start soon.\n\n"
        "The Inspector General said final reports will be ready next week.",
        [("Ola Varley", "that checks will start soon"), ("Ola Varley", "final reports will be ready")],
    ),
    (
        "the-initials-alone-are-the-holder",
        "The Commissioner of Ports (CoP), Ann Cole, said the fees would rise.\n\n"
        "The CoP added that the new berths were ready.",
        [("Ann Cole", "the fees would rise"), ("Ann Cole", "that the new berths were ready")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "guard-a-body-with-initials-stays-a-body",
        "The Marine Liaison Unit (MLU), based in Tarlow, said the boats were checked.\n\n"
        "The MLU added that two crews were fined.",
        [
            ("Marine Liaison Unit", "the boats were checked"),
            ("Marine Liaison Unit", "that two crews were fined"),
        ],
    ),
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

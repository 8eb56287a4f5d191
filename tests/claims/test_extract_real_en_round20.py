"""English uncued continuation claims (round 20), with our own invented sentences; no article sentence is
used here. Each case fails before round 20:

- the page's last paragraph, a quotation cut by the excerpt before its closing mark and its full stop
  (``“We have asked the ferry firms to``), right after a speaker's claim: the speaker's quotation going
  on (guideline §4.1, cue ``""``), not a headline-like fragment to drop;
- an uncued future-tense sentence after a statement whose subject is qualified by a body in a
  prepositional phrase (``Those with the company for ten years will …``): the body only qualifies the
  subject's head, so the sentence goes on in the speaker's voice;
- ``According to witnesses of last night’s raid, which began at 1am, …``: ``last`` after ``of`` is inside the
  source, not a time phrase closing it, and the relative clause describes the source, not the account.

Guards: such a cut quotation with nobody speaking before it stays no claim; a quoted headline-like last
line that closes its mark is no cut quotation; a body heading the subject (``The directors of the company
will meet …``) acts on its own and is no continuation.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "a-cut-quotation-closing-the-page-after-a-claim",
        "Councillor Ann Cole said the quay would reopen in May.\n\n"
        "“We have asked the ferry firms to be patient while the divers check the piles and",
        [("Ann Cole", "the quay would reopen"), ("Ann Cole", "We have asked the ferry firms")],
    ),
    (
        "a-three-word-cut-quotation-after-a-claim",
        "Councillor Ann Cole said the quay would reopen in May.\n\n“Shortly after the",
        [("Ann Cole", "the quay would reopen"), ("Ann Cole", "Shortly after the")],
    ),
    (
        "a-cut-quotation-after-one-narrated-sentence",
        "Councillor Ann Cole said the quay would reopen in May.\n\n"
        "The ferries stopped running on Friday.\n\n"
        "“We can confirm that the divers began work today but we",
        [("Ann Cole", "the quay would reopen"), ("Ann Cole", "We can confirm that the divers")],
    ),
    (
        "a-cut-quotation-with-nobody-speaking-before",  # guard
        "The ferries stopped running on Friday.\n\n"
        "“We can confirm that the divers began work today but we",
        [],
    ),
    (
        "a-quoted-headline-closing-its-mark-is-no-cut-quotation",  # guard
        "Councillor Ann Cole said the quay would reopen in May.\n\n“Ferry row” deepens as talks stall",
        [("Ann Cole", "the quay would reopen")],
    ),
    (
        "a-subject-qualified-by-a-body-goes-on",
        "Councillor Ann Cole says the laid-off workers can claim benefits worth half their wages.\n\n"
        "Those with the company for ten years will get a top-up through a fund agreed in 2010.",
        [("Ann Cole", "the laid-off workers can claim"), ("Ann Cole", "Those with the company for ten years")],
    ),
    (
        "a-body-heading-the-subject-acts-on-its-own",  # guard
        "Councillor Ann Cole says the laid-off workers can claim benefits worth half their wages.\n\n"
        "The directors of the company will meet the union on Monday.",
        [("Ann Cole", "the laid-off workers can claim")],
    ),
    (
        "according-to-a-source-with-a-time-possessive-and-a-relative-clause",
        "According to witnesses of last night’s raid, which began at 1am, 200 officers took part.",
        [("witnesses of last night’s raid", "200 officers took part")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round20(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker, got
        assert content.startswith(want_start), got

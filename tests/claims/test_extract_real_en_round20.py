"""English uncued continuation claims (round 20), with our own invented sentences; no article sentence is
used here. Each case fails before round 20:

- the page's last paragraph, a quotation cut by the excerpt before its closing mark and its full stop
  (``“We have asked the ferry firms to``), right after a speaker's claim: the speaker's quotation going
  on (guideline §4.1, cue ``""``), not a headline-like fragment to drop;
- an uncued future-tense sentence after a statement whose subject is qualified by a body in a
  prepositional phrase (``Those with the company for ten years will …``): the body only qualifies the
  subject's head, so the sentence goes on in the speaker's voice;
- ``According to witnesses of last night’s raid, which began at 1am, …``: ``last`` after ``of`` is inside the
  source, not a time phrase closing it, and the relative clause describes the source, not the account;
- a past-tense sentence in the paragraph of a claim read from a source (``according to``, ``said in a
  statement``) that opens with a pronoun for the account's people (``They blocked every street …``): the
  source's account going on (a small score: source reading + pronoun, against a time opener or a name).

Guards: such a cut quotation with nobody speaking before it stays no claim; a quoted headline-like last
line that closes its mark is no cut quotation; a body heading the subject (``The directors of the company
will meet …``) acts on its own and is no continuation; outlet narration about the speaker (``She founded the
firm in 1990``), a new person acting (``Police chief Tom Reilly led them …``), a dated sentence (``On Friday
they returned …``) and a past-tense sentence in a new paragraph stay no claim after a source's account.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

_W = "According to witnesses of the raid, 200 officers took part."

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
        [("Ann Cole", "the laid-off workers"), ("Ann Cole", "Those with the company for ten years")],
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
    (
        "a-source-account-going-on-in-its-paragraph",
        _W + " They blocked every street around the square and searched the bags of passers-by.",
        [("witnesses of the raid", "200 officers"), ("witnesses of the raid", "They blocked every")],
    ),
    (
        "outlet-narration-about-the-speaker-after-a-claim",  # guard
        "Councillor Ann Cole said the quay would reopen in May. She founded the ferry firm in 1990 "
        "and sold it in 2015.",
        [("Ann Cole", "the quay would reopen")],
    ),
    (
        "a-new-person-acting-after-a-source-account",  # guard
        _W + " Police chief Tom Reilly led them through the square at dawn.",
        [("witnesses of the raid", "200 officers took part")],
    ),
    (
        "a-dated-sentence-after-a-source-account",  # guard
        _W + " On Friday they returned to the square and searched the bags of passers-by.",
        [("witnesses of the raid", "200 officers took part")],
    ),
    (
        "a-past-tense-paragraph-after-a-source-account",  # guard
        _W + "\n\nThey blocked every street around the square and searched the bags of passers-by.",
        [("witnesses of the raid", "200 officers took part")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round20(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker, got
        assert content.startswith(want_start), got

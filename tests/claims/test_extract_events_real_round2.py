"""English ``event`` shapes from the dev9/dev11 diagnosis (December 2026, round 2), each with our own
invented sentences; no article sentence is used here. Each case fails before branch evfix2:

- a participle of saying hung on the clause (``…, stating that …``, ``a notice claiming …``): the
  sentence carries a source's words (§4.1), so it is no event; when the clause before the comma is a
  narrated act (``granted two weeks, adding that …``) that act alone is the event, unless it is itself
  a statement (``issued a statement on Sunday, questioning …``);
- a toll someone else counted (``the office announced the deaths of …``, ``reported four people
  killed``) is the source's report, not the outlet's narration;
- a negated bare reporting verb (``would neither confirm nor deny that …``) is a refusal to speak;
- a hedged passive with a time adverb between (``was earlier rumoured to …``) is still hedged.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "River town gets a new bridge\n\nThe council met on a wet evening in the old town hall on Monday.\n\n"


def _events(body: str) -> list[str]:
    doc = clean_text(H + body + "\n")
    return [
        c.content
        for c in extract_claims(doc)
        if c.kind == ClaimKind.EVENT and not c.content.startswith("The council")
    ]


NOT_EVENTS = [
    "The water board issued a statement on Tuesday evening, questioning the figures the city released.",
    "The ferry company put out a notice on 3 June claiming the harbour fees had doubled since 2019.",
    "The provincial health office announced the deaths of three hikers in the pass on Monday.",
    "Rescue officials reported four climbers killed in the avalanche near the northern ridge on Sunday.",
    "The club's owner would neither confirm nor deny that the stadium had been sold in 2021.",
    "Her name was earlier rumoured to be on the shortlist for the 2024 cabinet reshuffle.",
]


@pytest.mark.parametrize("body", NOT_EVENTS)
def test_a_sources_words_are_no_event(body: str) -> None:
    assert _events(body) == []


HEAD_EVENTS = [
    (
        "The tribunal eventually granted the defence three weeks to prepare, adding that no more time "
        "would be given after that.",
        "The tribunal eventually granted the defence three weeks to prepare",
    ),
    (
        "The harbour authority closed two piers on Friday, stating that the storm had damaged the cranes.",
        "The harbour authority closed two piers on Friday",
    ),
]


@pytest.mark.parametrize(("body", "event"), HEAD_EVENTS)
def test_the_act_before_a_participle_of_saying_is_the_event(body: str, event: str) -> None:
    assert event in _events(body)
    assert not any("storm had damaged" in e or "no more time" in e for e in _events(body))

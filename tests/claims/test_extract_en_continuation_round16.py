"""English uncued continuations (guideline §4 rule 1): a sentence that goes on with a report with no new
cue is the same speaker's claim (cue ""), not the outlet's event. Our own invented sentences; each case
under "goes on" fails with the extractor before ``account.py``; the guards pass before and after.

Evidence for (within the report's paragraph): a first-person subject outside quotation marks, a partial
quotation, a passive or ``There were …`` (an account's inventory), a count of people (``Two of them``), a
pointer back into the statement (``That boat …``), a sequence adverb (``Subsequently``), a source reading
(``According to …``, a statement), an account already carried on, a body or group as speaker; the sentence
itself must give some of it (``It was half contained.`` after ``according to`` has only its position). Against: a
new named actor or an office before the verb, the outlet moving on (``Meanwhile``, a date), background
framing (``The news comes …``), a hedge, the person speaking as the subject of a narrated act. Below a
report read from a written statement the account runs into the next paragraph, at a higher bar.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind
from tests.claims.english_shapes import HEADER, attributions

GOES_ON: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "according-to-then-sequence-adverbs",
        "According to a witness, a loud bang was heard on the pier at around noon on Sunday. "
        "Subsequently, a deckhand was pushed into the water. Afterwards, one passenger tried to pull him out.",
        [
            ("a witness", "a loud bang was heard on the pier"),
            ("a witness", "Subsequently, a deckhand was pushed into the water"),
            ("a witness", "Afterwards, one passenger tried to pull him out"),
        ],
    ),
    (
        "police-said-then-counted-actors",
        "Police said the fisherman was mending nets near the slipway when a grey van stopped beside him. "
        "Three masked men got out of the van and beat him with sticks.",
        [
            ("police", "the fisherman was mending nets near the slipway"),
            ("police", "Three masked men got out of the van and beat him with sticks"),
        ],
    ),
    (
        "first-person-after-indirect",
        "Harbour master Tomas Brek said that it was the previous board that had leased the quay to a "
        "private firm. We ended that lease and returned the berths to the town.",
        [
            ("Tomas Brek", "that it was the previous board that had leased the quay"),
            ("Tomas Brek", "We ended that lease and returned the berths to the town"),
        ],
    ),
    (
        "first-person-then-chained-passive",
        "Harbour master Tomas Brek said that the old board had leased the quay to a private firm. "
        "We ended that lease last spring. No berth has been sold to any foreign buyer.",
        [
            ("Tomas Brek", "that the old board had leased the quay"),
            ("Tomas Brek", "We ended that lease last spring"),
            ("Tomas Brek", "No berth has been sold to any foreign buyer"),
        ],
    ),
    (
        "pointer-back-into-the-statement",
        "The prosecutor Lena Marsh told the court that a single glove was found on the deck. "
        "That glove returned a match to the skipper's brother.",
        [
            ("Lena Marsh", "that a single glove was found on the deck"),
            ("Lena Marsh", "That glove returned a match to the skipper's brother"),
        ],
    ),
    (
        "existential-present-view",
        "Port minister Ivo Tran told reporters on Tuesday that there has been no rise in smuggling at the "
        "quay. There have been only a few isolated cases.",
        [
            ("Ivo Tran", "that there has been no rise in smuggling at the quay"),
            ("Ivo Tran", "There have been only a few isolated cases"),
        ],
    ),
    (
        "partial-quotation-after-indirect",
        'Inspector Dara Quinn said the skipper had been "a person of interest" for weeks. '
        'He had been sought by the coastguard "for quite some time".',
        [
            ("Dara Quinn", 'the skipper had been "a person of interest" for weeks'),
            ("Dara Quinn", 'He had been sought by the coastguard "for quite some time"'),
        ],
    ),
    (
        "statement-runs-into-next-paragraph",
        "A coastguard spokesman said in a statement that crews on Friday stopped a trawler off the cape "
        "and asked its crew for their papers.\n\n"
        "Flares were fired to warn the trawler and two crew members were detained and taken to the base. "
        "Two patrol boats were damaged in the chase.",
        [
            ("coastguard", "that crews on Friday stopped a trawler off the cape"),
            ("coastguard", "Flares were fired to warn the trawler"),
            ("coastguard", "Two patrol boats were damaged in the chase"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "body", "want"), GOES_ON, ids=[c[0] for c in GOES_ON])
def test_account_goes_on(name: str, body: str, want: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(want), (name, got)
    for (speaker, content), (want_speaker, want_start) in zip(got, want, strict=True):
        assert speaker.lower().endswith(want_speaker.lower()) or want_speaker.lower() in speaker.lower(), (
            name,
            got,
        )
        assert content.startswith(want_start), (name, got)


STAYS_THE_OUTLETS: list[tuple[str, str]] = [
    (
        "named-actor",
        "Officials said the two divers were pulled from the water near the reef. "
        "Both Oren Vale and Pia Sand died in hospital after being taken ashore.",
    ),
    (
        "meanwhile",
        "Police said the fisherman was mending nets near the slipway. "
        "Meanwhile, the harbour court adjourned a separate case until March.",
    ),
    (
        "date-opener",
        "Police said the fisherman was mending nets near the slipway. "
        "In 2019, the slipway was rebuilt after a storm.",
    ),
    (
        "background-framing",
        "Harbour master Tomas Brek urged skippers to stay in port. "
        "The news of the storm comes weeks after a trawler was lost off the cape.",
    ),
    (
        "office-acting",
        "Port minister Ivo Tran told reporters that smuggling had fallen. "
        "The minister did not say which quays had been searched.",
    ),
    (
        "speaker-narrated",
        "Ann Cole said she had worked on the docks for a decade. She left the firm two years later.",
    ),
    (
        "after-a-direct-quotation",
        '"We cannot do this alone," said Ann Cole, who runs the harbour trust. '
        "The actual work of dredging is managed by the county.",
    ),
    (
        "opinion-writer-first-person",
        "I ran for harbour master to fix our quays.\n\n"
        "Critics said the plan was too costly. In five years, we have rebuilt six berths. "
        "We now have almost forty boats waiting for moorings.",
    ),
    (
        "only-the-position-speaks",
        "The quay fire had burned six sheds by Monday evening, according to the county fire service. "
        "It was half contained.",
    ),
    (
        "new-paragraph-without-a-statement",
        "Inspector Dara Quinn said the van had stopped beside the slipway.\n\n"
        "Flares were fired and two men were detained and taken to the base.",
    ),
]


@pytest.mark.parametrize(("name", "body"), STAYS_THE_OUTLETS, ids=[c[0] for c in STAYS_THE_OUTLETS])
def test_outlets_own_narration_is_no_continuation(name: str, body: str) -> None:
    """The sentence after the report is the outlet's: no uncued claim is read from it."""
    doc = clean_text(HEADER + body + "\n")
    uncued = [
        c for c in extract_claims(doc) if c.kind != ClaimKind.EVENT and not c.cue and c.content not in body[:20]
    ]
    assert uncued == [], (name, [(c.speaker, c.content) for c in uncued])


def test_continuation_replaces_the_event_and_stays_below_the_cue() -> None:
    """The sentence becomes the speaker's claim and stops being the outlet's event; its confidence is
    below the cued report's (no cue says whose words they are)."""
    body = (
        "According to a witness, a loud bang was heard on the pier at around noon on Sunday. "
        "Subsequently, a deckhand was pushed into the water."
    )
    claims = extract_claims(clean_text(HEADER + body + "\n"))
    events = [c.content for c in claims if c.kind == ClaimKind.EVENT]
    assert not any(e.startswith("Subsequently") for e in events), events
    cued = next(c for c in claims if c.cue)
    going_on = next(c for c in claims if c.kind != ClaimKind.EVENT and c.content.startswith("Subsequently"))
    assert going_on.cue == "" and going_on.speaker == cued.speaker
    assert going_on.confidence < cued.confidence
    assert going_on.confidence <= 0.6

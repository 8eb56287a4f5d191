"""English miss kinds found on real English pages (round 17), each with our own invented sentences; no
article sentence is used here. Each case fails with the extractor before round 17:

- a participle of any reporting verb after the main clause (``…, confirming that …``, ``…, reiterating
  that …``): only a fixed handful (saying, warning, arguing …) hung a claim on the main clause's subject;
  now every reporting verb's ``-ing`` form does, under that verb's own guards (a clause-only verb needs a
  clause, a stance verb a judgement), except the verbs whose ``-ing`` form narrates an act or reads
  evidence (``calling the coastguard``, ``…, suggesting demand is back``).
- a reason participle (``declined to reopen the pier, citing a shortage of divers``): the reason is the
  subject's statement; ``citing the port authority`` names a source instead and stays no claim here.
- ``issued a statement saying …`` / ``issued a press release claiming …``: ``issued`` was read as an
  adjunct participle (``a statement issued on Monday``), so the main clause had no verb and no speaker.
- a toll a source counted (``announced the death of two fishermen``, ``reported four people killed``):
  ``announce`` and ``report`` needed a clause; the toll is the source's statement (the outlet does not
  vouch for it), while ``announced the new timetable`` stays no claim.
- judgements with ``as`` (``cited budget problems as the reason``) were no cue; ``cited a ruling that …``
  stays none. A stance verb's grievance after ``over`` (``criticized the minister over the closure``) is a
  statement like its ``for`` reason was; ``over the weekend`` (a span of time) stays a bare stance.
- two absolute clauses joined by ``and`` (``with Ann Cole calling for a fee and others backing a ban``):
  the first one's content ran on over the second subject's words; it now ends before them.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "clause-only-participle-with-clause",
        "Port director Ann Cole closed the northern pier on Monday, confirming that the hull of the old boat "
        "was cracked.",
        [("Ann Cole", "that the hull of the old boat was cracked")],
    ),
    (
        "reiterating-participle",
        "Harbour master John Reed turned down the offer, reiterating that the quay needs a new roof.",
        [("John Reed", "that the quay needs a new roof")],
    ),
    (
        "clause-only-participle-bare-object-stays-no-claim",
        "The ferry operator closed the northern pier on Monday, confirming the rumours.",
        [],
    ),
    (
        "stance-participle-bare-object-stays-no-claim",
        "The ferry operator issued a statement on Monday, praising the crew.",
        [],
    ),
    (
        "citing-a-reason",
        "The harbour board declined to reopen the northern pier, citing a shortage of divers.",
        [("harbour board", "a shortage of divers")],
    ),
    (
        "citing-a-source-stays-no-reason-claim",
        "The harbour board declined to reopen the northern pier, citing the port authority.",
        [],
    ),
    (
        "calling-an-act-stays-no-claim",
        "The fishermen left the harbour at dawn, calling the coastguard.",
        [],
    ),
    (
        "evidence-participle-stays-no-claim",
        "Fuel prices at the harbour rose sharply in May, suggesting that demand is back.",
        [],
    ),
    (
        "issued-a-statement-saying",
        "The harbour board issued a statement saying the pier had been inspected in May.",
        [("harbour board", "the pier had been inspected in May")],
    ),
    (
        "issued-a-press-release-claiming",
        "The harbour board issued a press release claiming the pier had been inspected in May.",
        [("harbour board", "the pier had been inspected in May")],
    ),
    (
        "announced-toll",
        "The regional health office announced the death of two fishermen in the storm on Sunday.",
        [("regional health office", "the death of two fishermen")],
    ),
    (
        "announced-plain-object-stays-no-claim",
        "Port director Ann Cole announced the new timetable for the ferry.",
        [],
    ),
    (
        "cited-as-the-reason",
        "The harbour council cited budget problems as the reason for the closure.",
        [("harbour council", "budget problems as the reason for the closure")],
    ),
    (
        "cited-without-judgement-stays-no-claim",
        "The harbour council cited a 2004 ruling in its decision.",
        [],
    ),
    (
        "stance-over-a-grievance",
        "Senator Tom Reed criticized Transport Minister Bill Hale over the closure of the ferry line.",
        [("Tom Reed", "Transport Minister Bill Hale over the closure")],
    ),
    (
        "stance-over-a-span-of-time-stays-no-claim",
        "Senator Tom Reed criticized Transport Minister Bill Hale over the weekend.",
        [],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round17(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert want_speaker in speaker, got
        assert content.startswith(want_start), got


def test_absolute_clause_ends_before_the_next_one() -> None:
    got = attributions(
        "Talks on the pier ended on Monday, with harbour master Ann Cole calling for a new fee and others "
        "backing a ban on night ferries."
    )
    assert [(s.split()[-1], c) for s, c in got] == [("Cole", "a new fee")], got

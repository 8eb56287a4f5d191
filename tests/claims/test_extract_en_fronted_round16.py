"""English fronted participle cues and court titles (round 16), with our own invented sentences; no article
sentence is used here. Each positive case fails before round 16:

- a sentence opening with a participle of saying or judging (``Noting that …``, ``Stating he had …``,
  ``Accusing X of …``, ``Describing X as …``, ``Maintaining that …``) whose subject is the main clause's
  subject: the participle's complement, up to the comma before the main clause, is a claim of that subject,
  beside the main clause's own claim;
- when the main clause reports nothing and its subject is owned (``the fishermen's letters were …``), the
  owner is who highlighted it;
- ``The Magistrate said`` after a named magistrate is that magistrate, not a speaker of its own.

Guards: a participle of an act (``Speaking to reporters``, ``Responding to claims that …``), a topic with
no statement (``Warning about the risks``) and an act participle without ``that`` (``Maintaining the old
quay``) make no claim of their own.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

_REILLY = "Councillor Tom Reilly met the dockers at the quay on Monday. "

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "noting-that-before-said",
        _REILLY + "Noting that the river was high, Councillor Reilly said the dykes would hold.",
        [("Tom Reilly", "that the river was high"), ("Tom Reilly", "the dykes would hold")],
    ),
    (
        "stating-a-bare-clause",
        _REILLY + "Stating he had full trust in the clerk, Councillor Reilly pointed out that the minutes were "
        "missing.",
        [("Tom Reilly", "he had full trust in the clerk"), ("Tom Reilly", "that the minutes were missing")],
    ),
    (
        "accusing-an-object-of",
        "The Leith Dockers Union met on Monday. Accusing the harbour board of hiding the accounts, the union "
        "said it would strike.",
        [
            ("Leith Dockers Union", "the harbour board of hiding the accounts"),
            ("Leith Dockers Union", "it would strike"),
        ],
    ),
    (
        "describing-as",
        _REILLY + "Describing the plan as a disaster, Reilly said he would vote against it.",
        [("Tom Reilly", "the plan as a disaster"), ("Tom Reilly", "he would vote against it")],
    ),
    (
        "act-participle-before-that",
        "Leith Dockers Union met on Monday. Maintaining that the quay was unsafe, the union urged the mayor "
        "to close it.",
        [("Leith Dockers Union", "that the quay was unsafe"), ("Leith Dockers Union", "the mayor to close it")],
    ),
    (
        "main-clause-reports-nothing-its-owner-speaks",
        "The fishermen met on Monday. Highlighting that boats had no berths, the fishermen’s many letters "
        "to the board were still unanswered.",
        [("the fishermen", "that boats had no berths")],
    ),
    (
        "the-magistrate-is-the-named-magistrate",
        "In his ruling, Leith Magistrate Tom Reilly dismissed the application. Magistrate Reilly said both "
        "sides should be respected. The Magistrate said further complaints should be brought to him.",
        [("Tom Reilly", "both sides should be respected"), ("Tom Reilly", "further complaints should be brought to him")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "speaking-is-an-act",
        _REILLY + "Speaking to reporters, Reilly said the dykes would hold.",
        [("Tom Reilly", "the dykes would hold")],
    ),
    (
        "responding-to-claims-is-an-act",
        _REILLY + "Responding to claims that the quay was unsafe, Reilly said the dykes would hold.",
        [("Tom Reilly", "the dykes would hold")],
    ),
    (
        "warning-about-a-topic",
        _REILLY + "Warning about the risks of flooding, Reilly said the dykes would hold.",
        [("Tom Reilly", "the dykes would hold")],
    ),
    (
        "act-participle-without-that",
        "The council met on Monday. Maintaining the old quay, the council spent a fortune.",
        [],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fronted_participle_and_court_title(body: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(body) == expected


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_fronted_participle_guards(body: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(body) == expected

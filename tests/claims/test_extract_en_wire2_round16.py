"""English agency copy, second round 16 pass. Our own invented sentences; no article sentence is used here.
Each case under CASES fails on main; GUARDS hold what must stay as it was.

- A number or a quantifier before ``points`` (``rose to 212.4 points``) makes it a plural noun, never the
  cue ``points``; likewise ``requests``, ``comments``, ``hopes``, … after a determiner or a number.
- ``Minister of <X>, <Name>, condemned … and reiterated …``: the coordinated verb takes the named holder
  (with the office as role), not the last word of the office; a name with a transliterated ayn written
  with a left quotation mark (``Id‘ris``) is one word.
- Wire verbs: ``uncovered`` (a verb of disclosure), ``revealed``/``announced`` with an -ing clause,
  ``pointed to`` with an object that tells a past fact, ``directed a call to … to …`` (also past a long
  list of addressees), ``expressed his “gratitude” to …`` (the quoted word is his), ``…, who underlined
  …`` after a long office with ``of``/``for`` phrases.
- ``spokesperson of the ministry`` stays as written (never ``ministry spokesperson``).
- ``Name, Role, made the remarks …``: the role ends at the apposition's closing comma.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind
from tests.claims.english_shapes import HEADER, attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "points-after-a-number",
        "The index stayed under the forecast, the harbour board disclosed in its monthly bulletin, noting that "
        "the freight index rose to 212.4 points in May.",
        [
            ("the harbour board", "The index stayed under the forecast"),
            ("the harbour board", "that the freight index rose to 212.4 points in May"),
        ],
    ),
    (
        "office-then-name-coordinated",
        "Minister of Fisheries, Tomas Varga, condemned the sabotage of the pier and reiterated calls on the "
        "regional council to fund new patrol boats.",
        [("Tomas Varga", "calls on the regional council to fund new patrol boats")],
    ),
    (
        "ayn-in-a-name",
        "Minister of Harbours, Omar Id‘ris, condemned the raid and reiterated calls on the port authority to "
        "guard the quay.",
        [("Omar Id‘ris", "calls on the port authority to guard the quay")],
    ),
    (
        "uncovered-postposed",
        "The harbour fees stayed below the cap for the season, the port authority uncovered in a recent "
        "statement.",
        [("the port authority", "The harbour fees stayed below the cap for the season")],
    ),
    (
        "revealed-gerund",
        "The Regional Court has revealed issuing over 300 rulings on fishing licences.",
        [("the Regional Court", "issuing over 300 rulings on fishing licences")],
    ),
    (
        "pointed-to-a-told-fact",
        "Ortega pointed to the recent audit he ordered, which found that the harbour fees had been misused.",
        [("Ortega", "the recent audit he ordered, which found that the harbour fees had been misused")],
    ),
    (
        "directed-a-call-long-list",
        "Ortega directed a call to the Harbour Board, the Council of Fishermen, the Coastal Guard, the heads of "
        "the Port Court and the Marine Council, and the Head of the Audit Office to restore the budget.",
        [
            (
                "Ortega",
                "to the Harbour Board, the Council of Fishermen, the Coastal Guard, the heads of the Port Court "
                "and the Marine Council, and the Head of the Audit Office to restore the budget",
            )
        ],
    ),
    (
        "expressed-quoted-gratitude",
        "Ortega expressed particularly his “gratitude” to the harbour board to “support the fishermen’s plan” "
        "this winter.",
        [("Ortega", "particularly his “gratitude” to the harbour board to “support the fishermen’s plan” this "
          "winter")],
    ),
    (
        "who-underlined-after-long-office",
        "The plan was on the agenda of the talks between Lind and the Special Envoy of the Nordic Council for "
        "Fisheries Anna Berglund, who underlined the importance to meet the fishermen.",
        [("Anna Berglund", "the importance to meet the fishermen")],
    ),
    (
        "spokesperson-of-the-ministry",
        "The reports about the minister's trip are false, said spokesperson of the ministry.",
        [("spokesperson of the ministry", "The reports about the minister's trip are false")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "points-out-still-a-cue",
        "Ortega points out that the quay is safe.",
        [("Ortega", "that the quay is safe")],
    ),
    (
        "pointed-to-a-bare-object",
        "Ortega pointed to the poor state of the old pier.",
        [],
    ),
    (
        "made-a-phone-call",
        "Ortega made a call to the harbour police to report the theft of his nets.",
        [],
    ),
    (
        "renewed-others-calls",
        "The audit has renewed calls for an inquiry to examine the harbour fees.",
        [],
    ),
    (
        "expressed-thanks-no-quote",
        "Ortega expressed his thanks to the divers.",
        [],
    ),
    (
        "condemned-bare-object",
        "Minister of Fisheries, Tomas Varga, condemned the sabotage of the pier.",
        [],
    ),
    (
        "announced-a-noun",
        "The Regional Court announced funding of new patrol boats.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "body", "want"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_wire2_round16(name: str, body: str, want: list[tuple[str, str]]) -> None:
    assert attributions(body) == want


def _roles(body: str) -> list[tuple[str, str]]:
    doc = clean_text(HEADER + body + "\n")
    return [(c.speaker, c.speaker_role) for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]


def test_office_holder_keeps_the_office_as_role() -> None:
    body = (
        "Minister of Fisheries, Tomas Varga, condemned the sabotage of the pier and said that the patrols "
        "would start soon."
    )
    assert _roles(body) == [("Tomas Varga", "Minister of Fisheries")]


def test_role_ends_before_made_the_remarks() -> None:
    body = (
        "Tomas Varga, Deputy Minister for Coastal Affairs, made the remarks during his address before the "
        "harbour summit, which ended here today.\n\n“The harbour is safe,” Varga said."
    )
    assert _roles(body) == [("Tomas Varga", "Deputy Minister for Coastal Affairs")]

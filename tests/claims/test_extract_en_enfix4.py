"""English misses on fresh pages (enmiss3), fixed by shape. Our own invented sentences; no article sentence
is used here. Each case under CASES fails on main; GUARDS hold what must stay as it was.

- An office ``<Title> of (the) <field or place>`` with its holder's name and no comma between: the holder
  speaks, not the place (``Governor of the Marsh Region, Admiral of the Fleet Ivo Tran``) nor the field's
  last word glued to a one-word name (``Inspector of Fisheries Okafor``, ``House of Delegates Ann Cole``).
- Appeals with an object and ``to …`` (``admonished``, ``challenged``) and the reproach ``chided X for …``.
- ``reassured X that …``, ``termed X fake``, ``held out little hope that …`` (also after a fronted clause
  with no comma that ends on ``this morning``).
- ``The town clerk said``, ``The harbour boss asked``, ``The four countries said``.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # 1. title chains
    (
        "office-of-the-place-then-second-office-and-name",
        "Governor of the Marsh Region, Admiral of the Fleet Ivo Tran stressed that the quay will reopen.",
        [("Ivo Tran", "that the quay will reopen")],
    ),
    (
        "office-of-field-of-the-place-and-name",
        "Director of Schools of the Marsh Region Lina Berg said that the term will start late.",
        [("Lina Berg", "that the term will start late")],
    ),
    (
        "office-of-field-and-one-word-name",
        "Brockton Chief Inspector of Fisheries Okafor said the nets were seized at dawn.",
        [("Okafor", "the nets were seized at dawn")],
    ),
    (
        "office-in-the-house-of-delegates-and-name-with-relative",
        "Vice Chair of the Ports Committee in the House of Delegates Ann Cole, who opened the hearing, said "
        "the talks were calm.",
        [("Ann Cole", "the talks were calm")],
    ),
    # 2. appeals and reproaches
    (
        "admonished-object-to",
        "The harbour minister has admonished the traders to keep their prices fair during the festival.",
        [("the harbour minister", "the traders to keep their prices fair during the festival")],
    ),
    (
        "challenged-object-to",
        "Ivo Tran challenged Mayor Cole to walk the flooded streets herself.",
        [("Ivo Tran", "Mayor Cole to walk the flooded streets herself")],
    ),
    (
        "chided-object-for",
        "The harbour minister also chided some skippers for ignoring the storm warnings.",
        [("the harbour minister", "some skippers for ignoring the storm warnings")],
    ),
    # 3. verbs kept as speech verbs only, phrasal cues
    (
        "reassured-object-that",
        "Mayor Ann Cole has reassured shop owners that the council will cover the repairs.",
        [("Ann Cole", "that the council will cover the repairs")],
    ),
    (
        "reassured-long-object-that",
        "Mayor Ann Cole has reassured those hit by the flood that the council will cover the repairs.",
        [("Ann Cole", "that the council will cover the repairs")],
    ),
    (
        "termed-object-adjective",
        "The mayor termed the flyer fake.",
        [("the mayor", "the flyer fake")],
    ),
    (
        "held-out-hope-after-time-adjunct-without-comma",
        "As the search for the crew resumes this morning Mayor Sione Lavaka held out little hope "
        "that the ferry would sail before Friday.",
        [("Sione Lavaka", "that the ferry would sail before Friday")],
    ),
    (
        "held-out-little-hope-that",
        "Ann Cole held out little hope that the ferry would sail before Friday.",
        [("Ann Cole", "that the ferry would sail before Friday")],
    ),
    # 4. descriptions and groups
    (
        "the-town-clerk",
        "The town clerk said the ballots were counted twice.",
        [("the town clerk", "the ballots were counted twice")],
    ),
    (
        "the-harbour-boss-asked-to",
        "The harbour boss asked the skippers to stay in port.",
        [("the harbour boss", "the skippers to stay in port")],
    ),
    (
        "the-n-countries",
        "The four countries said that they would share the cost of the bridge.",
        [("The four countries", "that they would share the cost of the bridge")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "minister-of-field-and-two-word-name",
        "Minister of Fisheries Ann Cole said the nets were seized at dawn.",
        [("Ann Cole", "the nets were seized at dawn")],
    ),
    (
        "house-of-representatives-is-a-body",
        "The House of Representatives said the bill had failed.",
        [("House of Representatives", "the bill had failed")],
    ),
    (
        "name-before-role-still-read",
        "Okafor, managing editor of Brockton Weekly News said the paper will close.",
        [("Okafor", "the paper will close")],
    ),
    ("challenged-a-ruling-says-nothing", "The union challenged the ruling in court.", []),
    ("reassured-bare-object-says-nothing", "Mayor Ann Cole reassured the families.", []),
    ("chided-bare-object-says-nothing", "The coach chided the players.", []),
    ("held-out-the-keys-says-nothing", "The mayor held out the keys that opened the gate.", []),
    ("held-talks-says-nothing", "The mayor held talks that lasted for hours.", []),
]


def _events_left_out(body: str) -> list[tuple[str, str]]:
    return attributions(body)


@pytest.mark.parametrize(("name", "body", "want"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_enfix4(name: str, body: str, want: list[tuple[str, str]]) -> None:
    assert _events_left_out(body) == want

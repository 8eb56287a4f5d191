"""English agency copy (national agencies' English services), round 16. Our own invented sentences; no
article sentence is used here. Each case under CASES fails on main; GUARDS hold what must stay as it was.

- ``a top official of the Ministry of Trade and Industry`` after a postposed ``said``: the official speaks
  (the description, with its article), not the body in the complement — also with a long body name.
- ``Al- Tran`` (the Arabic article, a hyphen and a stray space): the short name finds the full one.
- ``Police Forces of Marsh State``: a trailing ``State`` is the place's word, not a role stripped off.
- A heading ``Statement by an official at …:`` then the text in the third person (``The Republic rejects
  …``): each sentence is the official's claim, also one the body itself cues (``The Republic also stresses
  that …``).
- ``underscored`` is a wire verb of saying.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

STATEMENT = (
    "Norland City, May 3, 2021, NNA -- Statement by an official at the Ministry of Harbours:\n"
    "The Republic of Norland rejects the report issued recently by the harbour board, which was based on "
    "unsupported claims.\n"
    "The Republic also stresses that the report will not change its policy on the quay. The Republic will "
    "continue to keep the quay open to all boats.\n"
    "Such a policy has made the Republic a trusted partner of fishermen across the region."
)
OFFICIAL = "an official at the Ministry of Harbours"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "official-of-a-registered-body",
        "The Harbour Board met on Monday. The quay will be busy all year, said a senior official of the "
        "Harbour Board.",
        [("a senior official of the Harbour Board", "The quay will be busy all year")],
    ),
    (
        "official-of-a-long-body-name",
        "The quay will be busy all year, said a top official of the Ministry of Foreign Trade and Coastal "
        "Fisheries.",
        [
            (
                "a top official of the Ministry of Foreign Trade and Coastal Fisheries",
                "The quay will be busy all year",
            )
        ],
    ),
    (
        "article-with-a-stray-space",
        "Ivo Shaheen Al-Tran, Assistant Harbour Master, opened the quay on Monday. “The quay will be busy "
        "all year,” Al- Tran added.",
        [("Ivo Shaheen Al-Tran", "The quay will be busy all year")],
    ),
    (
        "state-ends-a-force-name",
        "Norland Police Forces of Marsh State issued a notice on Monday. The statement said that the quay "
        "was closed.",
        [("Norland Police Forces of Marsh State", "that the quay was closed")],
    ),
    (
        "statement-heading-third-person",
        STATEMENT,
        [
            (OFFICIAL, "The Republic of Norland rejects the report issued recently by the harbour board, which "
             "was based on unsupported claims"),
            (OFFICIAL, "The Republic also stresses that the report will not change its policy on the quay"),
            (OFFICIAL, "The Republic will continue to keep the quay open to all boats"),
            (OFFICIAL, "Such a policy has made the Republic a trusted partner of fishermen across the region"),
        ],
    ),
    (
        "underscored",
        "Councillor Ivo Tran underscored the importance of repairing the harbour wall before winter.",
        [("Ivo Tran", "the importance of repairing the harbour wall before winter")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "spokesman-before-a-board-name",
        "A Norland Harbour Board spokesman said the quay was closed.",
        [("Norland Harbour Board spokesman", "the quay was closed")],
    ),
    (
        "official-at-a-body",
        "An official at the Harbour Board said the quay will be busy all year.",
        [("An official at the Harbour Board", "the quay will be busy all year")],
    ),
    (
        "statement-line-no-colon-narration",
        "Read below the full statement issued by harbour board chairman Tom Welby\n\n"
        "The board met on Monday to discuss the quay.\n\nThe quay will reopen in May.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "body", "want"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_wire_round16(name: str, body: str, want: list[tuple[str, str]]) -> None:
    assert attributions(body) == want

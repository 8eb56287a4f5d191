"""English cues recognised by their frame rather than by a listed verb (round 16). Our own invented
sentences; no article sentence is used here. Each case under CASES fails on main; GUARDS hold what must
stay as it was.

- ``<speaker> <past-tense verb> that <clause>``: any verb in that frame reports (``narrated that``,
  ``prophesied that``, ``suspected that``), a listed verb of belief also with a bare clause (``Police thinks
  the fire …``); verbs of perceiving, finding out, deciding or causing (``found``, ``learned``, ``noticed``,
  ``heard``, ``ensured``) stay narration, and so do passives (``is suspected that``) and a relative
  ``that`` (``the boats he repaired that were …``).
- ``“…,” <name> <past-tense verb>.``: the quotation is the subject's, whatever the verb.
- A light verb with a speech noun (``issued a warning to …``, ``made an urgent appeal to …``) and a verb of
  appealing (``appealed for …``, ``appealed to skippers to …``), with the request's infinitive;
  ``issued a statement``, ``made a plea for unity`` and ``appealed against the ruling`` report nothing.
- ``expressed`` with a feeling and its preposition (``expressed frustration over …``, ``expressed his
  condolences to …``) is a statement; ``expressed`` with a bare object stays none.
- ``points out that`` (a present form of ``point out``).
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "unknown-verb-that-clause",
        "Harbour master Ivo Tran narrated that the crew had patched the hull twice before the storm.",
        [("Ivo Tran", "that the crew had patched the hull twice before the storm")],
    ),
    (
        "relative-prophesied-that",
        "A bid for bail by Ann Cole, who allegedly prophesied that the old pier would collapse in May, "
        "yesterday lost his appeal.",
        [("Ann Cole", "that the old pier would collapse in May")],
    ),
    (
        "suspected-that",
        "His sister Mara Velt suspected that the lock on the shed had been forced.",
        [("Mara Velt", "that the lock on the shed had been forced")],
    ),
    (
        "belief-verb-bare-clause",
        "Police thinks the fire in the boathouse was started by a faulty heater.",
        [("Police", "the fire in the boathouse was started by a faulty heater")],
    ),
    (
        "points-out-that",
        "Harbour master Ivo Tran points out that the slipway has not been repaired since 1998.",
        [("Ivo Tran", "that the slipway has not been repaired since 1998")],
    ),
    (
        "after-quote-unknown-verb",
        "“We will keep the ferry running through the winter, whatever the cost,” Councillor Ann Cole "
        "reassured.",
        [("Ann Cole", "We will keep the ferry running through the winter, whatever the cost")],
    ),
    (
        "issued-a-warning-to",
        "On Friday the Norland Coastguard issued a warning to swimmers heading for the north beach not to "
        "enter the water after dark.",
        [("the Norland Coastguard", "to swimmers heading for the north beach not to enter the water after dark")],
    ),
    (
        "issued-special-appeal",
        "Inspector Omar Daud issued a special appeal to cyclists, to lock their bikes inside the new shelter.",
        [("Omar Daud", "to cyclists, to lock their bikes inside the new shelter")],
    ),
    (
        "appealed-for",
        "Detective Ann Cole appealed for photographs from anyone on the quay that night to help the inquiry.",
        [("Ann Cole", "photographs from anyone on the quay that night to help the inquiry")],
    ),
    (
        "expressed-feeling-over",
        "Councillor Ivo Tran expressed frustration over the slow repair of the harbour wall.",
        [("Ivo Tran", "frustration over the slow repair of the harbour wall")],
    ),
    (
        "expressed-condolences-to",
        "Speaking at a briefing, Chief Inspector Mara Velt expressed her condolences to the families of the "
        "two fishermen.",
        [("Mara Velt", "her condolences to the families of the two fishermen")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("noticed-that", "Inspector Omar Daud noticed that the lock on the shed had been forced.", []),
    ("learned-that", "Harbour master Ivo Tran learned that the crew had patched the hull twice.", []),
    ("heard-that", "The court heard that the crew had patched the hull twice before the storm.", []),
    ("ensured-that", "The new rule ensured that every boat was checked before it left the quay.", []),
    ("passive-suspected", "One clerk is suspected of taking part in the theft of the harbour fees.", []),
    ("relative-that", "Ann Cole repaired the boats that were left on the slipway.", []),
    ("that-determiner", "The board cancelled that agreement and gave the quay to the town.", []),
    ("that-day", "Ivo Tran repaired that day the boats that were left on the slipway.", []),
    ("issued-a-statement", "The Norland Coastguard issued a statement on Friday.", []),
    ("appealed-against", "Ann Cole appealed against the ruling on Friday.", []),
    ("expressed-bare", "Ivo Tran expressed his thanks.", []),
    ("plea-for-noun-only", "Ivo Tran made a plea for unity at the quay.", []),
]


@pytest.mark.parametrize(("name", "body", "want"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_cues_round16(name: str, body: str, want: list[tuple[str, str]]) -> None:
    assert attributions(body) == want

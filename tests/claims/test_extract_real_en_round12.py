"""English miss kinds found on real English pages (Middle East, Africa, South Asia outlets), each with our
own invented sentences; no article sentence is used here. Each case fails with the extractor before round 12:

- a verb of stance or refutation with a noun-phrase object that still carries a statement: a participle
  cue after it (``denounced the vandalism, stating that …``, ``lamented the mess …, citing …``), a
  ``that`` clause or quotation inside it (``refuted press reports that …``), or an ``as`` judgement
  (``labeled the plan as …``); the bare object alone (``denounced the vandalism.``) stays no claim (§4.4);
- a speaker described first (``A Harbour Board spokesman denied …``) and named later with the same
  description before the name (``Harbour Board spokesman Ian Ford said …``): one speaker, the full name;
- a stray full stop between a month and its day (``on October. 10, 2023,``) ends no sentence, so the
  claim is not cut at the month.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

_claims = attributions


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "stance-object-then-stating",
        "Mayor Ann Cole denounced the vandalism at the pier, stating that such acts shame the whole town.",
        [("Ann Cole", "such acts shame the whole town")],
    ),
    (
        "stance-object-then-citing",
        "The mayor lamented the mess and lack of order at the quay, citing a lack of money from the council.",
        [("mayor", "the mess and lack of order at the quay")],
    ),
    (
        "refuted-reports-that",
        "Mayor Ann Cole refuted press reports that the quay would close in May.",
        [("Ann Cole", "the quay would close in May")],
    ),
    (
        "labeled-as-judgement",
        "Mayor Ann Cole labeled the dredging plan as a reckless waste of money.",
        [("Ann Cole", "the dredging plan as a reckless waste")],
    ),
    (
        "applauded-object-with-quotation",
        "Mayor Ann Cole applauded the old friendship that the two ports “kept alive with trust and respect”.",
        [("Ann Cole", "the two ports")],
    ),
    (
        "bare-stance-object-is-no-claim",
        "Mayor Ann Cole denounced the vandalism at the pier.",
        [],
    ),
    (
        "described-speaker-named-later",
        "A Harbour Board spokesman denied reports that the quay would close.\n\n"
        "Harbour Board spokesman Ian Ford told reporters that the cranes were old.\n\n"
        "The spokesman affirmed that the board had a plan for new cranes.",
        [
            ("Ian Ford", "that the quay would close"),
            ("Ian Ford", "that the cranes were old"),
            ("Ian Ford", "that the board had a plan"),
        ],
    ),
    (
        "other-body-spokesman-stays-unnamed",
        "A Harbour Board spokesman denied reports that the quay would close.\n\n"
        "Pier Trust spokesman Ian Ford told reporters that the cranes were old.",
        [("Harbour Board spokesman", "that the quay would close"), ("Ian Ford", "that the cranes were old")],
    ),
    (
        "stray-stop-between-month-and-day",
        "Inspector Jane Moss said the boat came to the quay on October. 10, 2023, to unload its fish.",
        [("Jane Moss", "the boat came to the quay on October. 10, 2023, to unload its fish")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round12(body: str, expected: list[tuple[str, str]]) -> None:
    got = _claims(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_part) in zip(got, expected, strict=True):
        assert want_speaker in speaker, got
        assert want_part in content, got

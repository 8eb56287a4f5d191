"""English miss kinds found on real English pages (Middle East, Africa, South Asia outlets), each with our
own invented sentences; no article sentence is used here. Each case fails with the extractor before round 12:

- a verb of stance or refutation with a noun-phrase object that still carries a statement: a participle
  cue after it (``denounced the vandalism, stating that …``, ``lamented the mess …, citing …``), a
  ``that`` clause or quotation inside it (``refuted press reports that …``), or an ``as`` judgement
  (``labeled the plan as …``); the bare object alone (``denounced the vandalism.``) stays no claim (§4.4);
- a speaker described first (``A Harbour Board spokesman denied …``) and named later with the same
  description before the name (``Harbour Board spokesman Ian Ford said …``): one speaker, the full name;
- ``ruled out`` + a noun phrase is a denial, a claim (``ruled in favour`` narrates and stays none);
- a subordinator before a described subject (``While the mayor lamented …``) is no part of the subject;
- a cue set inside the sentence after a relative or subordinator (``…, where, he said, the cranes …``):
  what follows the cue is the content, the narration before it is not; and ``he`` there is the person the
  sentence is about, also when that person is named by a lone first name (``Ian briefed Reyes``), which now
  counts as a mention of the full name introduced before;
- ``the police`` after ``police commissioner X`` is the force, not the commissioner;
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
        "ruled-out-noun-phrase",
        "Mayor Ann Cole has ruled out the involvement of the harbour board in the fire at the quay.",
        [("Ann Cole", "the involvement of the harbour board")],
    ),
    (
        "ruled-in-favour-is-no-claim",
        "The court ruled in favour of the harbour board on Monday.",
        [],
    ),
    (
        "subordinator-before-described-subject",
        "While the mayor lamented the mess and lack of order at the quay, citing a lack of money.",
        [("mayor", "the mess and lack of order at the quay")],
    ),
    (
        "cue-inside-after-relative-and-first-name-subject",
        "Mayor Ian Okafor and his deputy, Tom Reyes, met on Monday.\n\n"
        "During the meeting, Ian briefed Reyes on the state of the quay, where, he said, the cranes have "
        "been failing for years.\n\n"
        "He said, despite all the repairs, the quay is not safe yet.",
        [("Ian Okafor", "the cranes have been failing for years"), ("Ian Okafor", "the quay is not safe yet")],
    ),
    (
        "the-police-after-a-police-commissioner",
        "Former police commissioner Tom Reyes said the gangs were armed.\n\n"
        "Later, the police said that the threats were not verified.",
        [("Tom Reyes", "the gangs were armed"), ("police", "that the threats were not verified")],
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

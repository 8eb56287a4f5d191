"""English attributions lost on pages nobody tuned for (audit3e), by frame and by speaker shape. Our own
invented sentences; no article sentence is used here. Each case under CASES fails on main; GUARDS hold what
must stay as it was.

- a mandative verb with ``that`` and a subjunctive clause (``demanded that the mayor step down``), also with a
  day between the verb and ``that`` (``demanded Wednesday that …``);
- a finite ``be`` with an adjective of held stance and its that-clause (``is optimistic that …``, ``was adamant
  that …``); ``It is certain that …`` has no one holding the stance, and a stance with no clause states nothing;
- ``queried why …``: the question is the content, as with ``questioned why``;
- people described, not named: a person word with a lower-case adjunct of place or occasion (``A nurse on duty
  at the clinic``, ``The representatives at the meeting``), a bounded quantity (``At least one candidate``),
  a bare collective or a quantified person after an inverted cue (``…, said villagers.``, ``said one
  resident``);
- a written text with no author anywhere before it is the source (``According to the circular, …``, ``The
  circular further states that …``); once an author is named (``Ann Cole wrote a letter …``), ``the letter``
  is not made a speaker of its own.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "demanded-that-subjunctive",
        "The ferry union demanded that the harbour master step down before the winter season.",
        [("ferry union", "that the harbour master step down")],
    ),
    (
        "demanded-day-that",
        "The ferry union demanded Wednesday that the harbour master resign.",
        [("ferry union", "that the harbour master resign")],
    ),
    (
        "is-optimistic-that",
        "Defence counsel Lina Berg is optimistic that the court will rule on the quay by March.",
        [("Lina Berg", "that the court will rule on the quay by March")],
    ),
    (
        "was-adamant-that",
        "Harbour master Omar Daud was adamant that no diver had been hurt at the pier.",
        [("Omar Daud", "that no diver had been hurt at the pier")],
    ),
    (
        "queried-why",
        "Councillor Ivo Tran queried why the vote on the quay was held behind closed doors.",
        [("Ivo Tran", "why the vote on the quay was held behind closed doors")],
    ),
    (
        "person-with-occasion",
        "The delegates at the forum said that their nets had been torn by trawlers from the south.",
        [("The delegates at the forum", "that their nets had been torn")],
    ),
    (
        "singular-person-on-duty",
        "A nurse on duty at the clinic confirmed that four divers were being treated for burns.",
        [("A nurse on duty at the clinic", "that four divers were being treated")],
    ),
    (
        "bounded-quantity",
        "At least one mayoral candidate claims some of her posters were torn down overnight.",
        [("At least one mayoral candidate", "some of her posters were torn down")],
    ),
    (
        "inverted-bare-collective",
        "Eleven boats were dragged onto the rocks by the storm, said fishermen.",
        [("fishermen", "Eleven boats were dragged onto the rocks")],
    ),
    (
        "inverted-quantified-person",
        "“The water came up to our knees in minutes,” said one villager.",
        [("one villager", "The water came up to our knees in minutes")],
    ),
    (
        "according-to-the-circular",
        "According to the circular, every ferry must carry two life rafts from May.",
        [("the circular", "every ferry must carry two life rafts")],
    ),
    (
        "the-circular-states",
        "The circular further states that the quay will stay shut on Sundays.",
        [("The circular", "that the quay will stay shut on Sundays")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("expletive-certain", "It is certain that the quay will reopen in May.", []),
    ("stance-without-clause", "Harbour master Omar Daud is optimistic about the season.", []),
    ("demanded-that-determiner", "The ferry union demanded that agreement be honoured.", []),
    (
        "the-nurse-alone-stays",
        "A nurse said four divers were being treated for burns.",
        [("A nurse", "four divers were being treated")],
    ),
    (
        "authored-letter-is-no-speaker",
        "Ann Cole wrote a letter to the board about the ferry. The letter said the quay was unsafe.",
        [],
    ),
    (
        "the-report-added-keeps-its-author",
        "The Harbour Gazette reported that the quay was late. The work will cost more, the report added.",
        [("Harbour Gazette", "that the quay was late"), ("Harbour Gazette", "The work will cost more")],
    ),
]


@pytest.mark.parametrize(("name", "body", "want"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_cue_frames(name: str, body: str, want: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(want), got
    for (speaker, content), (want_speaker, want_start) in zip(got, want, strict=True):
        assert want_speaker in speaker, (speaker, content)
        assert content.startswith(want_start), (speaker, content)

"""English attribution shapes missed or misread (round 16, second pass). Our own invented sentences; no
article sentence is used here. Each case under CASES fails on main; GUARDS hold what must stay as it was.

- a request whose requester is named by the head of a role with ``for``/``of`` (``Minister for Ports Ann
  Cole … The Minister has also asked that …``);
- a singular noun for several people speaking as one (``The family, however, claimed that …``);
- a claiming participle set off between the subject and its verb (``The men, claiming to be …, arrived``);
- a verb of claiming with its infinitive inside a relative (``injuries that he claims to have received``).
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "minister-for-asked-that",
        "Minister for Ports Ann Cole said the quay was safe.\n\n"
        "The Minister has also asked that everyone refrain from spreading rumours about the ferry.",
        [
            ("Ann Cole", "the quay was safe"),
            ("Ann Cole", "that everyone refrain from spreading rumours about the ferry"),
        ],
    ),
    (
        "secretary-of-asked-that",
        "Secretary of State Ann Cole visited the port. The Secretary asked that the hearing be moved.",
        [("Ann Cole", "that the hearing be moved")],
    ),
    (
        "the-state-is-no-secretary-of-state",
        "Secretary of State Ann Cole visited the port. The state asked that the hearing be moved.",
        [],
    ),
    (
        "the-family-however-claimed",
        "Wardens claimed that the diver slipped on the pier. The family, however, claimed that he was pushed.",
        [("Wardens", "that the diver slipped on the pier"), ("The family", "that he was pushed")],
    ),
    (
        "apposed-claiming-to-be",
        "The five men, claiming to be members of the Old Harbour Guild and dressed in grey, arrived at the "
        "gate at dawn.",
        [("The five men", "to be members of the Old Harbour Guild")],
    ),
    (
        "relative-claims-to-have",
        "The row followed a night in which a sailor from Oban, 41-year-old, Ivo Tran suffered burns that he "
        "claims to have received from the harbour guards, while in their care.",
        [("Ivo Tran", "to have received from the harbour guards")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("apposed-hoping-to", "The five men, hoping to be paid, arrived at the gate at dawn.", []),
    (
        "claimed-to-be-main-verb",
        "Ivo Tran claimed to be the rightful owner of the boat.",
        [("Ivo Tran", "to be the rightful owner of the boat")],
    ),
]


@pytest.mark.parametrize(("name", "body", "want"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_cues2_round16(name: str, body: str, want: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(want), got
    for (speaker, content), (want_speaker, want_start) in zip(got, want, strict=True):
        assert want_speaker in speaker, (speaker, content)
        assert content.startswith(want_start), (speaker, content)

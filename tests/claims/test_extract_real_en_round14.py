"""English speaker kinds found on real English pages (round 14), each with our own invented sentences; no
article sentence is used here. Each case fails with the extractor before round 14:

- a discourse adjunct between the subject and its verb (``The Harbour Authority for its part said``,
  ``on its side``, ``in turn``) is no part of the speaker (the lexicon's ``discourse_adjuncts``);
- ``he``/``she`` after a fronted clause that names its own subject (``While Reyes thanked the divers hired by
  Daud, he said …``) is that subject, not a name inside the clause's object; after a fronted participle with
  no subject (``After meeting Lopez …, she told …``) a name inside the clause is not whom the pronoun means;
- ``…, where he said that …``: the pronoun inside the relative is the sentence's subject named before it,
  and the pronoun (not the whole clause before ``where``) holds the subject slot.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "for-its-part-no-commas",
        "The Harbour Authority for its part said the cranes would be replaced by June.",
        [("Harbour Authority", "the cranes would be replaced by June")],
    ),
    (
        "on-its-side",
        "The Coast Guard on its side said no fishing boat had sunk in the storm.",
        [("Coast Guard", "no fishing boat had sunk")],
    ),
    (
        "in-turn-no-commas",
        "The Fishermen's Union in turn said the boats would stay in port until Friday.",
        [("Fishermen's Union", "the boats would stay in port")],
    ),
    (
        "for-his-own-part",
        "Mayor Tom Reyes for his own part said the pier would shut for the winter.",
        [("Tom Reyes", "the pier would shut")],
    ),
    (
        "fronted-while-clause-subject",
        "Mayor Tom Reyes met union leader Omar Daud on Monday.\n\n"
        "While Reyes thanked the divers hired by Daud, he said the pier would reopen in May.",
        [("Tom Reyes", "the pier would reopen in May")],
    ),
    (
        "fronted-participle-object-name",
        "Harbour master Ann Cole met the envoy Maria Lopez on Monday.\n\n"
        "After meeting Lopez at the town hall, she told reporters that the quay was safe.",
        [("Ann Cole", "that the quay was safe")],
    ),
    (
        "where-he-said",
        "Mayor Tom Reyes visited the harbour on Monday, where he said that the pier would reopen in May.",
        [("Tom Reyes", "that the pier would reopen in May")],
    ),
    (
        "where-he-made-it-clear",
        "Mayor Tom Reyes spoke at the council, where he made it clear that the cranes would be replaced.",
        [("Tom Reyes", "that the cranes would be replaced")],
    ),
    (
        "where-he-said-after-another-name",
        "Union leader Omar Daud met the crews.\n\n"
        "Mayor Tom Reyes visited the harbour on Monday, where he said that the pier would reopen in May.",
        [("Tom Reyes", "that the pier would reopen in May")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "comma-adjunct-still-dropped",
        "Mayor Tom Reyes, for his part, said the pier would shut.",
        [("Tom Reyes", "the pier would shut")],
    ),
    (
        "part-of-a-name-stays",
        "The Party of Hope said the pier would shut.",
        [("Party of Hope", "the pier would shut")],
    ),
    (
        "fronted-subject-other-gender",
        "Mr Tom Reyes met Ms Ann Cole on Monday.\n\n"
        "While Ms Cole thanked the divers, he said the pier would reopen in May.",
        [("Tom Reyes", "the pier would reopen in May")],
    ),
    (
        "where-without-pronoun",
        "The council met at the old hall, where the mayor said the pier would reopen in May.",
        [("mayor", "the pier would reopen in May")],
    ),
]


def _check(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_part) in zip(got, expected, strict=True):
        assert want_speaker in speaker, got
        assert want_part in content, got
        assert not any(w in speaker.lower().split() for w in ("part", "side", "turn", "where", "spoke")), got


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round14(body: str, expected: list[tuple[str, str]]) -> None:
    _check(body, expected)


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in GUARDS], ids=[c[0] for c in GUARDS])
def test_english_round14_guards(body: str, expected: list[tuple[str, str]]) -> None:
    _check(body, expected)

"""English round 28: recall and speakers on two new real-page sets (shapes counted there and on PolNeAR).

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
round 28 unless marked as a guard.

- A description that names no one (a common noun heads it) is shown with the article its mention had
  (``The government says`` → ``the government``; ``the spokesperson of the Ministry of …``): the scorer
  and a reader cite it so. Names, bare plurals and descriptions already shown with ``a``/``an`` stay.
- An abbreviated surname part with its stop (``Ivan St. Clair-Lorz``) is part of the name, as speaker
  (later ``St. Clair-Lorz`` is the same person) and as the addressee after ``told`` (never content).
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "description-keeps-its-definite-article",
        "The government says that the ferry will be run by the navy.",
        [("the government", "that the ferry will be run by the navy")],
    ),
    (
        "spokesperson-of-a-body-keeps-its-article",
        "At a briefing in Tarlow, the spokesperson of the Ministry of Harbours stated that Norland had asked "
        "for more files.",
        [("the spokesperson of the Ministry of Harbours", "that Norland had asked for more files")],
    ),
    (
        "the-article-stays-for-the-pronoun-after-it",
        "The ministry said the ferry was late.\n\nIt added that the timetable would change in May.",
        [("the ministry", "the ferry was late"), ("the ministry", "that the timetable would change")],
    ),
]

CASES += [
    (
        "abbreviated-surname-part-in-the-speaker",
        "Justice Ivan St. Clair-Lorz said the knife was left by the same person.\n\n"
        "St. Clair-Lorz said he found the defendant guilty.",
        [
            ("Ivan St. Clair-Lorz", "the knife was left by the same person"),
            ("Ivan St. Clair-Lorz", "he found the defendant guilty"),
        ],
    ),
    (
        "abbreviated-surname-part-in-the-addressee",
        "Prosecutor Ann Cole told Justice Ivan St. Clair-Lorz, a single fingerprint was recovered from the "
        "bag.",
        [("Ann Cole", "a single fingerprint was recovered from the bag")],
    ),
]

# a capitalised office, or a body's short reference, keeps its definite article too (dev31: "the
# Directorate", "the Police authorities"); a body's full name of three words or more, an acronym and a
# person's name do not
CASES += [
    (
        "short-reference-to-a-body-keeps-its-article",
        "Gunmen fired at the party office in Tarlow on Sunday. The Directorate said two guards were hurt.",
        [("the Directorate", "two guards were hurt")],
    ),
    (
        "capitalised-office-keeps-its-article",
        "The Inspector General of Police said officers had returned fire.",
        [("the Inspector General of Police", "officers had returned fire")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("bare-plural-unchanged", "Officials said the ferry was late.", [("Officials", "the ferry was late")]),
    (
        "named-body-unchanged",
        "The Norland Harbour Board said the ferry was late.",
        [("Norland Harbour Board", "the ferry was late")],
    ),
    ("acronym-unchanged", "The NHA said the ferry was late.", [("NHA", "the ferry was late")]),
    (
        "person-unchanged",
        "The town was quiet on Monday. Ann Cole said the ferry was late.",
        [("Ann Cole", "the ferry was late")],
    ),
    (
        "indefinite-description-unchanged",
        "An eye witness said the car was red.",
        [("An eye witness", "the car was red")],
    ),
]


@pytest.mark.parametrize(("name", "body", "want"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_round28(name: str, body: str, want: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(want), got
    for (speaker, content), (want_speaker, want_start) in zip(got, want, strict=True):
        assert speaker == want_speaker, (name, got)
        assert content.startswith(want_start), (name, got)

"""English speakers given as a description, a title or an organisation noun when the article names the
person or body elsewhere (round 18), each with our own invented sentences; no article sentence is used
here. Each case fails with the extractor before round 18:

- a role fronted before a name with no article (``…, Director-General of the Harbour Board, Ann Cole,
  said``): the role is hers, so a later ``The Director-General said`` is Ann Cole, not a body;
- ``the Palace spokesman`` when one named person holds a spokesman's office (``presidential spokesman
  Tom Reilly``): the description is that person — and stays a description when two people could hold it;
- an honorific inside a name (``Halvard Sheikh Omari``): a given name before ``Sheikh`` makes it part
  of the name, while a title before a name (``Health Minister Ann Cole``) stays a title;
- a lone ``I``, a demonstrative (``That threatened …``) or an expletive contraction (``It's alleged …``)
  is no organisation speaker, and ``She's … but concedes`` is the ``she`` of the narration.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "fronted-role-without-article",
        "THE harbour will reopen within a week, Director-General of the Harbour Board, Ann Cole, said on "
        "Friday.\n\n"
        "The Director-General said that the dredging would start in spring.",
        [("Ann Cole", "THE harbour will reopen"), ("Ann Cole", "that the dredging would start")],
    ),
    (
        "a-compound-office-nobody-holds-stays-a-description",
        "The Director-General said that the dredging would start in spring.",
        [("Director-General", "that the dredging would start")],
    ),
    (
        "a-role-in-apposition-after-a-name-is-that-persons",  # a guard: no fronted role of the next run
        "Tom Reilly, Minister of State for Ports, Fisheries and Coastal Works Applications, at a quay in "
        "Leith.\n\n"
        "The country will build two new harbours, the minister announced on Tuesday.",
        [("Tom Reilly", "The country will build two new harbours")],
    ),
    (
        "definite-spokesman-with-one-named-holder",
        '"We are not closing the port," presidential spokesman Tom Reilly said on Monday.\n\n'
        "Reilly said the ferries would keep to their timetable.\n\n"
        '"Nobody should panic about the tides," the Palace spokesman said.',
        [
            ("Tom Reilly", "We are not closing the port"),
            ("Tom Reilly", "the ferries would keep"),
            ("Tom Reilly", "Nobody should panic"),
        ],
    ),
    (
        "definite-spokesman-with-two-holders-stays-a-description",
        '"We are not closing the port," presidential spokesman Tom Reilly said on Monday.\n\n'
        '"The ferries are safe," army spokesman Sam Price said.\n\n'
        '"Nobody should panic about the tides," the Palace spokesman said.',
        [
            ("Tom Reilly", "We are not closing the port"),
            ("Sam Price", "The ferries are safe"),
            ("Palace spokesman", "Nobody should panic"),
        ],
    ),
    (
        "honorific-inside-a-name",
        "Two boats sank in the bay overnight, Halvard Sheikh Omari, the head of the port authority told "
        "reporters.",
        [("Halvard Sheikh Omari", "Two boats sank in the bay")],
    ),
    (
        "title-before-a-name-stays-a-title",
        "Health Minister Ann Cole said that the clinics would stay open.",
        [("Ann Cole", "that the clinics would stay open")],
    ),
    (
        "narrators-i-is-no-organisation",
        "Ann Cole runs the harbour.\n\nI pledged to create 700 jobs in seven years.",
        [],
    ),
    (
        "a-demonstrative-is-no-organisation",
        "The board raised the fees. That threatened to create a lot of unhappy families.",
        [],
    ),
    (
        "an-expletive-contraction-is-no-organisation",
        "It’s alleged the woman had accused the officers of theft.",
        [],
    ),
    (
        "a-pronoun-contraction-is-the-pronoun",
        "Ann Cole spoke on Monday. She's a ferry pilot but concedes that most of her peers love the boats.",
        [("Ann Cole", "that most of her peers love the boats")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round18(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker or (want_speaker in speaker and len(want_speaker.split()) > 1), got
        assert content.startswith(want_start), got

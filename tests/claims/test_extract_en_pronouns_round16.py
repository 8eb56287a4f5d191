"""English pronoun speakers, round 16: whom ``they``/``she``/``he`` mean when the narration moved on.

Each row is a small invented article; the expected claims are (speaker, the start of the content), in
document order (see ``extract_helpers``). A row fails alone, so a regression names the rule it broke.
"""

from __future__ import annotations

import pytest

from tests.claims.extract_helpers import assert_speakers_and_starts

E = "Headline for the test case\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "they-after-narrated-group-subject",
        # a plural subject the narration turned to after the latest claim is who "they" are
        E + "Dock workers alleged that the port authority had ignored their safety complaints.\n\n"
        "Marlow valley farmers raised the question of river water. Noting that the wells had run dry, "
        "they urged the council to build a new pipeline.",
        [
            ("Dock workers", "that the port authority"),
            ("Marlow valley farmers", "that the wells"),
            ("Marlow valley farmers", "the council to build"),
        ],
    ),
    (
        "she-after-person-named-last-in-narration",
        # the previous sentence has no person as subject and names one person (an object): "she" is her,
        # not the speaker quoted three sentences earlier
        E + "Coun. Ann Pryce wanted to delay the new bus routes.\n\n"
        "“Riders cannot pay more this year,” she said.\n\n"
        "The proposal was defeated by a vote of 7-3 on Monday.\n\n"
        "The long debate over the routes annoyed several councillors, including Councillor Ruth Okafor.\n\n"
        "“We spent a whole afternoon on a settled question,” she said.",
        [("Ann Pryce", "Riders cannot"), ("Ruth Okafor", "We spent")],
    ),
    (
        "he-after-subject-with-relative-clause",
        # the subject of the narrated sentence, past the relative clause set off by commas, is who "he" is
        E + "The council can make a fresh start, according to Tom Reyes.\n\n"
        "Councillor Mia Cole said she had been shut out of every committee.\n\n"
        "“This council does not listen,” Cole said.\n\n"
        "Tom Reyes, who was elected chair after a long meeting, talked about unity in his speech.\n\n"
        "He said the council had to work as one team.",
        [
            ("Tom Reyes", "The council can"),
            ("Mia Cole", "she had been"),
            ("Mia Cole", "This council"),
            ("Tom Reyes", "the council had"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_pronoun_case(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)

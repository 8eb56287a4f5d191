"""English recall classes counted over the PolNeAR train split (837 documents), each tested with our own
invented sentences (no article sentence is used here). Each case fails with the extractor before it:

- a reporting verb in a non-restrictive relative clause (``…, Gov. Nina Berg, who noted that …``): the
  name before the comma is the speaker (past an age, an origin or a role in apposition: ``Ann Cole, 52,
  of Hill Street, who …``); the clause closes at the comma before the main verb (``…, who said …, will
  visit …``); named inside someone else's clause, that speaker does not take the floor from whoever
  spoke before. A place or a description before ``who`` (``the opposition in Tarlow, who``) names no
  one and gives no claim.
- a stop closing a bracket and followed by a lower-case word (``Sen. Ann Cole (D-Vt.) said …``) ends an
  abbreviation, not the sentence: before, the cue was cut from its subject and the claim was lost.
- ``according to`` a count or a record named by its head within the first words and what follows it
  (``a recent poll of harbour voters``, ``the county polling average``, ``port records``, ``figures
  released on Friday``): the count is the speaker, its time phrase included; an unnamed report stays
  no source (round 23's guard), and a count whose author follows ``by``/``from`` is not its own source.
"""

from __future__ import annotations

import pytest

from claims.text.segment import split_paragraph
from tests.claims.english_shapes import attributions

_claims = attributions


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "who-after-a-passive-by",
        "The plan was welcomed by former harbour master Nina Berg, who noted that the old quay had "
        "flooded twice last winter.",
        [("Nina Berg", "that the old quay had flooded twice last winter")],
    ),
    (
        "who-after-an-inverted-cue",
        "“We need the dredger now,” said Omar Haq, a river pilot, who predicted that the channel would "
        "silt up within a year.",
        [
            ("Omar Haq", "We need the dredger now"),
            ("Omar Haq", "that the channel would silt up within a year"),
        ],
    ),
    (
        "who-past-age-and-origin",
        "The vote was backed by Ann Cole, 52, of Hill Street, who said the fishermen deserve a new quay.",
        [("Ann Cole", "the fishermen deserve a new quay")],
    ),
    (
        "who-past-a-role-apposition",
        "The idea was mocked by Ben Rhodes, the ferry operator, who argued that no ship would ever use it.",
        [("Ben Rhodes", "that no ship would ever use it")],
    ),
    (
        "who-clause-closes-before-the-main-verb",
        "Mayor Ian Okafor, who said the port was safe, will visit the quay on Friday.",
        [("Ian Okafor", "the port was safe")],
    ),
    (
        "who-then-a-second-cue-of-the-main-clause",
        "Mayor Ian Okafor, who said the port was safe, told reporters that the divers were ready.",
        [("Ian Okafor", "the port was safe"), ("Ian Okafor", "that the divers were ready")],
    ),
    (
        "who-after-a-place-names-no-one",
        "The plan was mocked by the opposition in Tarlow, who said the quay was a waste of money.",
        [],
    ),
    (
        "party-and-state-in-brackets-before-the-cue",
        "Sen. Ann Cole (D-Vt.) said the dredging would have to wait until spring.",
        [("Ann Cole", "the dredging would have to wait until spring")],
    ),
    (
        "party-and-state-with-initials-before-the-cue",
        "Rep. Tom Reyes (R-N.Y.) told reporters that the quay would not be finished this year.",
        [("Tom Reyes", "that the quay would not be finished this year")],
    ),
    (
        "according-to-a-poll-of-voters",
        "According to a recent poll of harbour voters, the mayor leads by ten points.",
        [("recent poll of harbour voters", "the mayor leads by ten points")],
    ),
    (
        "according-to-a-polling-average",
        "In the north, the mayor is in first, according to the county polling average.",
        [("county polling average", "In the north, the mayor is in first")],
    ),
    (
        "according-to-records",
        "The ferry made 40 crossings last year, according to port records.",
        [("port records", "The ferry made 40 crossings last year")],
    ),
    (
        "according-to-data-with-its-release-time",
        "Fish landings fell 3 percent, according to figures released on Friday.",
        [("figures released on Friday", "Fish landings fell 3 percent")],
    ),
    (
        "according-to-data-from-an-author-is-no-count-claim",
        "Shipping rose sharply last year. Fish landings fell 3 percent, according to data from the port.",
        [],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_recall(body: str, expected: list[tuple[str, str]]) -> None:
    got = _claims(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_part) in zip(got, expected, strict=True):
        assert want_speaker in speaker, got
        assert want_part in content, got


def test_who_clause_speaker_does_not_take_the_floor() -> None:
    """A person named inside another clause and reporting in a relative clause leaves the floor to the
    speaker before: the later ``she said`` is still the harbour master's."""
    got = _claims(
        "Harbour master Nina Berg said the quay would open in May.\n\n"
        "The plan was mocked by ferry owner Ben Rhodes, who said no ship would use it.\n\n"
        "The dredging will take a year, she said."
    )
    assert got[-1] == ("Nina Berg", "The dredging will take a year"), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Ann Cole (D-Vt.) said the fee was fair.", ["Sen. Ann Cole (D-Vt.) said the fee was fair."]),
        (
            "The fee rose. (It was the third rise.) Then it fell.",
            ["The fee rose.", "(It was the third rise.)", "Then it fell."],
        ),
    ],
)
def test_a_closing_bracket_after_a_stop_ends_the_sentence_only_before_a_new_one(
    text: str, expected: list[str]
) -> None:
    assert [text[s.start : s.end] for s in split_paragraph(text, 0, len(text))] == expected

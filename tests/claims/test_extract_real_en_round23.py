"""English round 23: claims the extractor missed entirely (no prediction with their content).

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
round 23 unless marked as a guard.

- a bare clause after a verb that needs one (``added``, ``stated``, ``confirmed``, ``announced``,
  ``admitted``) whose predicate opens with ``did``/``does``/``can`` or a negated contraction (``added he
  didn't support …``), or whose subject is a nominative pronoun (``announced they want …``: ``they`` is
  never an object). The reporter of a nested claim keeps the floor: a later ``he said`` is the reporter's.
- a statement going on after its cue in the next sentence or paragraph: ``He will appear in court …``
  after a force's statement (a personal pronoun cannot be the force, so it is the man spoken of), and a
  future passive (``A liaison officer will also be appointed …``, then ``Meetings will also be held …``):
  the subject undergoes the measure announced; an active future narrates (``A ferry will sail …``).
- ``according to`` a count named by its head only (``the survey``, ``a new poll``, ``early returns``):
  the count is the source; a filed document's author (``a complaint filed by a family member``) is the
  source; an unnamed ``report`` stays none. A source set between a subject and its verb (``The suspects,
  according to the police, were caught …``) leaves the predicate as the content, never the bare subject.
- ``lauded X for …`` is praise with its grounds stated (a stance verb like ``praised``); ``lauded X``
  alone states nothing.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "added-bare-clause-with-did",
        "Port director Ann Cole added she did not support closing the northern quay.",
        [("Ann Cole", "she did not support closing")],
    ),
    (
        "stated-bare-clause-with-negated-contraction",
        "Port director Ann Cole stated she didn't support closing the northern quay.",
        [("Ann Cole", "she didn't support closing")],
    ),
    (
        "confirmed-bare-clause-with-can",
        "Port director Ann Cole confirmed the divers can start work on Monday.",
        [("Ann Cole", "the divers can start work")],
    ),
    (
        "announced-nominative-pronoun-clause",
        "Port director Ann Cole announced they want a second quay by the spring.",
        [("Ann Cole", "they want a second quay")],
    ),
    ("guard-announced-object-stays-an-act", "Port director Ann Cole announced the new ferry timetable.", []),
    (
        "pronoun-for-someone-the-force-spoke-of",
        "Harbour police say a sailor has been charged with theft of a dinghy.\n\n"
        "He will appear in the Harbour Magistrates Court tomorrow.",
        [("police", "a sailor has been charged"), ("police", "He will appear")],
    ),
    (
        "guard-pronoun-for-the-person-who-spoke",
        "Port director Ann Cole said new measures were planned for the quay.\n\n"
        "She will travel to Oban on Monday.",
        [("Ann Cole", "new measures were planned")],
    ),
    (
        "future-passive-measures-go-on",
        "The port authority said that new measures are planned for returning sailors.\n"
        "A liaison officer will also be appointed in each harbour to report on safety.\n"
        "Meetings will also be held regularly at each quay.",
        [
            ("port authority", "that new measures are planned"),
            ("port authority", "A liaison officer will also be appointed"),
            ("port authority", "Meetings will also be held"),
        ],
    ),
    (
        "according-to-a-survey",
        "Nearly three in four sailors say they would like a longer quay, according to the survey.",
        [("survey", "Nearly three in four sailors")],
    ),
    (
        "according-to-early-returns",
        "Late Sunday, Ann Cole won the harbour primary in Oban, according to early returns.",
        [("early returns", "Late Sunday, Ann Cole won")],
    ),
    (
        "according-to-a-complaint-filed-by",
        "The sailor later tested positive at a private clinic, according to a complaint filed by a family member.",
        [("family member", "The sailor later tested positive")],
    ),
    (
        "according-to-between-subject-and-verb",
        "The suspects, according to the harbour police, were caught at the quay with a rifle.",
        [("police", "were caught at the quay")],
    ),
    ("guard-according-to-an-unnamed-report", "The quay will cost 3 million, according to a report.", []),
    (
        "lauded-with-grounds",
        "Port director Ann Cole lauded the mayor for his brave stand on the quay.",
        [("Ann Cole", "the mayor for his brave stand")],
    ),
    ("guard-lauded-bare-object", "Port director Ann Cole lauded the mayor.", []),
    (
        "guard-active-future-narrates",
        "The port authority said that new measures are planned for returning sailors.\n"
        "A ferry will sail to Oban on Monday morning.",
        [("port authority", "that new measures are planned")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round23(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert want_speaker in speaker, got
        assert content.startswith(want_start), got


def test_reporter_keeps_the_floor_after_a_nested_claim() -> None:
    # guard: the nested claim is new in round 23; the quotation after it stays the reporter's
    body = (
        "Harbour pilot Tom Welby said the quay was busy. He noted that Ann Cole has admitted she "
        "won't run the port again.\n\n"
        "\u201cThe pilots are asking for very little,\u201d he said."
    )
    got = attributions(body)
    quoted = [s for s, c in got if c.startswith("The pilots")]
    assert quoted and "Welby" in quoted[0], got

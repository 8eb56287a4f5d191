"""English pronoun speakers after the narration turned to someone the article already knows (round 19),
with our own invented sentences; no article sentence is used here. Each case fails before round 19:

- a person the first pass could not name (introduced untitled, known only once they spoke, as one of two
  speakers together) opens a later narrated sentence (``Reilly made a plea …``, or after a fronted phrase:
  ``On the eve of the vote, Reilly softened …``): the next ``he said`` is that person, not the speaker of
  the claim before the narration;
- a quotation paragraph with no cue of its own, after a narrated sentence about another person (``Mayor
  Ann Cole rejected the plan.``), is that person's, not the speaker's of the claim before the narration;
- a name in the object of a narrated verb (``The spokesperson identified the suspect as officer Tom
  Reilly``, ``Detectives arrested officer Tom Reilly``) is no antecedent of the next ``she``/``he``: the
  subject, or the latest speaker, is.

Guards: a name inside a quotation is what the speaker talks about, and a body opening the narrated
sentence is no ``he``; both leave ``he`` with the latest speaker. A quotation paragraph after narration
that names nobody, or after a quotation naming someone in its running text, stays the speaker's. A name
after a fronted phrase's comma, after a copula (``Across town is Mayor Tom Reilly``) or beside its own
reporting verb stays a subject.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

_INTRO = (
    "Tom Reilly and Harbour Master Ann Cole pledged to work together on Monday.\n\n"
    "Reilly and Cole said in a statement that the talks had been fruitful.\n\n"
    "Councillor Sam Price of Leith said the vote would help both sides.\n\n"
)
_BEFORE = [
    ("Tom Reilly + Harbour Master Ann Cole", "to work together"),
    ("Tom Reilly + Harbour Master Ann Cole", "that the talks had been fruitful"),
    ("Sam Price", "the vote would help both sides"),
]

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "narrated-subject-after-a-fronted-phrase",
        _INTRO + "On the eve of the vote, Reilly softened his tone. Asked on the radio about the harbour, he "
        "praised the dockers.\n\n“We can always talk,” he said.",
        [*_BEFORE, ("Tom Reilly", "We can always talk")],
    ),
    (
        "narrated-subject-opening-the-sentence",
        _INTRO + "Reilly made a plea for unity at the quay.\n\n“We can always talk,” he said.",
        [*_BEFORE, ("Tom Reilly", "We can always talk")],
    ),
    (
        "a-name-inside-a-quotation-is-no-narrated-subject",  # guard
        _INTRO + "“Reilly made a plea for unity at the quay.”\n\n“We can always talk,” he said.",
        [*_BEFORE, ("Sam Price", "Reilly made a plea"), ("Sam Price", "We can always talk")],
    ),
    (
        "a-body-opening-the-narration-is-no-he",  # guard
        _INTRO + "On Tuesday, Leith Council approved the plan.\n\n“We can always talk,” he said.",
        [*_BEFORE, ("Sam Price", "We can always talk")],
    ),
    (
        "uncued-quote-paragraph-after-narration-about-another-person",
        "Councillor Sam Price of Leith said the vote would help both sides.\n\n"
        "Mayor Ann Cole rejected the plan.\n\n"
        "“We cannot afford another quay when the old one is half empty.",
        [("Sam Price", "the vote would help"), ("Ann Cole", "We cannot afford another quay")],
    ),
    (
        "uncued-quote-paragraph-after-narration-naming-nobody",  # guard
        "Councillor Sam Price of Leith said the vote would help both sides.\n\n"
        "The council met again on Tuesday.\n\n"
        "“We cannot afford another quay when the old one is half empty.",
        [("Sam Price", "the vote would help"), ("Sam Price", "We cannot afford another quay")],
    ),
    (
        "a-name-opening-a-sentence-of-a-running-quotation-is-no-narration",  # guard
        "Councillor Sam Price of Leith said on Monday: “We will win the vote. Mayor Ann Cole knows it.\n\n"
        "“We cannot afford another quay when the old one is half empty.",
        [("Sam Price", "We will win the vote"), ("Sam Price", "We cannot afford another quay")],
    ),
    (
        "a-name-in-a-narrated-verbs-object-is-no-antecedent",
        "Police spokesperson Ann Cole said two men had been held.\n\n"
        "The spokesperson identified the suspect as officer Tom Reilly, who was on duty at the quay.\n\n"
        "She told the radio that the officer had left his post.",
        [("Ann Cole", "two men had been held"), ("Ann Cole", "that the officer had left his post")],
    ),
    (
        "a-name-arrested-is-no-antecedent",
        "Police spokesperson Ann Cole said two men had been held.\n\n"
        "Detectives arrested officer Tom Reilly at the quay on Sunday.\n\n"
        "She told the radio that the officer had left his post.",
        [("Ann Cole", "two men had been held"), ("Ann Cole", "that the officer had left his post")],
    ),
    (
        "a-name-after-a-fronted-phrase-is-the-subject",  # guard
        "Councillor Sam Price said the vote would help.\n\n"
        "In a speech given on Monday, Mayor Tom Reilly praised the dockers.\n\n"
        "He said the quay would open in May.",
        [("Sam Price", "the vote would help"), ("Tom Reilly", "the quay would open in May")],
    ),
    (
        "a-name-after-a-copula-is-the-subject",  # guard
        "Councillor Sam Price said the vote would help.\n\n"
        "Across town is Mayor Tom Reilly, a ferry pilot for 20 years.\n\n"
        "He said the quay would open in May.",
        [("Sam Price", "the vote would help"), ("Tom Reilly", "the quay would open in May")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round19(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker, got
        assert content.startswith(want_start), got

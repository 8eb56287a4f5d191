"""English wrong-speaker kinds found on real English pages, each with our own invented sentences; no
article sentence is used here. Each case fails with the extractor before round 8:

- a place adverb and a place opening the sentence (``Here in Norwood, Fenwick stood up …, saying …``):
  the scene is set before the subject, the place is no speaker;
- a definite party member with a place (``the Ohio Republican said``) is the person named before, as
  ``the Ohio senator`` is;
- an untitled name with an age in apposition (``Tom Welby, 52, has …``, ``… is Tom Welby, a 52-year-old
  …``) or presented after ``is`` with an indefinite description is a person, the ``he`` of the next cue;
- ``As for Tom Welby, he said …``: the topic set off before the pronoun is whom it means, not the person
  of the previous sentence;
- a cue set inside the sentence after a comma (``Our harbour, he continued, “needs …”``): the pronoun
  alone is the subject, the quotation after the cue is the claim (before, nothing was found);
- a possessive name owning what only a person has (``Tom Welby's office``) is a person, the ``he`` of a
  later cue; a name inside the quotation a cue closes (``"… (Mayor Dale) Fenwick …," he said``) is what
  the speaker talks about, never the ``he``;
- ``said Representative Tom R. Bishop of Ohio`` (doubled '' marks): a surname that is also a title word,
  after a titled given name and before ``of <place>``, is the name; the place is no speaker;
- ``…, the report added`` after ``The Harbour Gazette reported …`` (or ``A report by the Harbour Gazette
  said …``) is the outlet's claim, even with another speaker in between;
- ``… author of Harbours and Beyond, which … urged …``: ``which`` never has a person before it, so the
  capitalised word before it says nothing and is no ``he`` later;
- ``According to Welby, the engineers assured Carter was in good health``: the engineers' claim via
  Welby (guideline §4.3); a name right before a finite verb opens the complement (no addressee), and the
  ``according to`` phrase is never the content.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

_claims = attributions


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "place-adverb-opens-sentence-before-subject",
        'Here in Norwood, Fenwick stood up before the crowd, saying, "The quay is too small for the boats."',
        [("Fenwick", "The quay is too small")],
    ),
    (
        "the-state-party-member-is-the-person-named-before",
        "Senator Tom Welby spoke at the hall on Monday.\n\n"
        '"The quay is too small," the Ohio Republican said.',
        [("Tom Welby", "The quay is too small")],
    ),
    (
        "name-presented-after-is-with-age-description",
        "Across the harbour is Tom Welby, a 52-year-old fisherman with three boats.\n\n"
        '"The quay is too small," he said.',
        [("Tom Welby", "The quay is too small")],
    ),
    (
        "name-with-bare-age-apposition",
        'Tom Welby, 52, has fished here for decades.\n\n"The quay is too small," he said.',
        [("Tom Welby", "The quay is too small")],
    ),
    (
        "name-presented-after-is-with-description",
        "Across the harbour is Tom Welby, a fisherman with three boats.\n\n"
        '"The quay is too small," he said.',
        [("Tom Welby", "The quay is too small")],
    ),
    (
        "as-for-topic-is-the-pronoun-speaker",
        "Mayor Dale Fenwick backed the plan on Monday.\n\nAs for Tom Welby, he said the quay was too small.",
        [("Tom Welby", "the quay was too small")],
    ),
    (
        "cue-inside-sentence-before-quotation",
        "Tom Welby spoke on Monday.\n\nOur harbour, he continued, \u201cneeds a bigger quay for the boats.\u201d",
        [("Tom Welby", "needs a bigger quay")],
    ),
    (
        "possessive-name-is-a-person",
        "Tom Welby's office sent a letter on Monday.\n\n\"The quay is too small,\" he said.",
        [("Tom Welby", "The quay is too small")],
    ),
    (
        "name-inside-the-quotation-is-not-its-speaker",
        "Tom Welby's office sent a letter on Monday.\n\n"
        '"We spoke with (Mayor Dale) Fenwick about the quay," he said.',
        [("Tom Welby", "We spoke with")],
    ),
    (
        "title-word-surname-before-of-place",
        "''The quay is too small,'' said Representative Tom R. Bishop of Ohio, who backed the mayor on "
        "Monday. ''There is no doubt the boats will leave.''",
        [("Tom R. Bishop", "The quay is too small"), ("Tom R. Bishop", "There is no doubt")],
    ),
    (
        "the-report-added-is-the-outlet-that-reported",
        "The Harbour Gazette reported that the quay was late. Port officials said divers had found cracks. "
        "Two divers were hurt, and at least five boats were damaged, the report added.",
        [
            ("Harbour Gazette", "that the quay was late"),
            ("Port officials", "divers had found cracks"),
            ("Harbour Gazette", "Two divers were hurt"),
        ],
    ),
    (
        "the-report-added-after-a-report-by-the-outlet",
        "A report by the Harbour Gazette said the quay was late. The work will cost more, the report added.",
        [("Harbour Gazette", "the quay was late"), ("Harbour Gazette", "The work will cost more")],
    ),
    (
        "which-relative-after-a-name-like-word-is-no-person-claim",
        "Veteran pollster Dale Fenwick -- author of Harbours and Beyond, which after the storm of 2012 urged "
        "the town to build a larger quay -- is doubtful the plan can work.\n\n"
        '"The council needs a better plan," he said.',
        [("Dale Fenwick", "The council needs a better plan")],
    ),
    (
        "according-to-source-then-another-subject-assured-name-clause",
        "According to Tom Welby, the engineers assured Carter was in good health.",
        [("engineers", "Carter was in good health")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round8(body: str, expected: list[tuple[str, str]]) -> None:
    got = _claims(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert want_speaker in speaker, got
        assert content.startswith(want_start), got

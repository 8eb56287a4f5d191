"""English, round 14 (our own sentences, invented names): shapes seen on fresh regional pages (West
and East Africa, South Asia, the Pacific) where a plain report went without a claim or to another
speaker:
- words set between the subject and its verb: a contrast adverb in commas or bare (``He, however,
  said …``) and a time phrase of a determiner and a period (``X last month said …``, ``He earlier
  this week said …``) — when or how, never part of the speaker;
- a participle phrase inside the adjunct before ``that`` (``stated at a forum organised by the
  chamber that …``, ``told a meeting organised by …``): ``organised by`` is no finite verb ending
  the search for the complement;
- a spokesperson owned by a body (``The police's spokesman``), never the officeholder named before;
- a ``that`` that is no complementiser: a relative (``a budget that had …``), a demonstrative after a
  preposition (``at that time that …``), or any ``that`` after ``said`` + a determiner or a pronoun,
  where the clause has already begun (``said many traders sell fish that comes …``);
- ``said out of the 900 clerks …``, ``said up to 40 …``: a quantity, not a phrasal verb;
- a verb inside another claim's content whose subject would take in the outer cue (``The spokesman
  also said the suspects have confessed …, adding …``): no second claim by "the spokesman also said
  the suspects", and no quotation after it credited to that phrase.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

LEAD = "Short test story\n\nMayor John Tebogo visited the plant on Monday.\n\n"

CASES: list[tuple[str, str, str]] = [
    ("however-in-commas-after-a-pronoun", "He, however, said there were seven doctors at the hospital.", "there were"),
    ("however-bare-after-a-pronoun", "He however said there were seven doctors at the hospital.", "there were"),
    ("therefore-after-a-surname", "Tebogo, therefore, said the ward would close.", "the ward"),
    ("last-month-after-a-surname", "Tebogo last month said the hospital was short of beds.", "the hospital"),
    ("this-week-after-a-pronoun", "He this week said the hospital was short of beds.", "the hospital"),
    ("earlier-this-month-after-a-pronoun", "He earlier this month said the hospital was short of beds.", "the hospital"),
]


@pytest.mark.parametrize(("sentence", "content_start"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_adjunct_between_subject_and_verb(sentence: str, content_start: str) -> None:
    doc = clean_text(LEAD + sentence)
    claims = [c for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    assert [c.speaker for c in claims] == ["John Tebogo"], claims
    assert claims[0].content.startswith(content_start)
    assert doc.text[claims[0].start : claims[0].end] == claims[0].content


SUBJECTS: list[tuple[str, str, str, str]] = [
    (
        "relative-that-after-a-determiner",
        "He said many traders now sell fish that comes from the islands.",
        "John Tebogo",
        "many traders",
    ),
    ("relative-that-before-a-verb", "He said the stalls that were damaged would be rebuilt.", "John Tebogo", "the stalls"),
    (
        "demonstrative-that-after-a-preposition",
        "He said he did not think at that time that the market would grow so fast.",
        "John Tebogo",
        "he did not think",
    ),
    ("quantity-after-said", "He said out of the 900 clerks due to move, only 40 are yet to arrive.", "John Tebogo", "out of the 900"),
    (
        "participle-phrase-before-that",
        "Tebogo stated at a forum organised by the chamber that the lack of funds is a big challenge.",
        "John Tebogo",
        "that the lack",
    ),
    (
        "addressee-with-a-participle-phrase",
        "Tebogo told a meeting organised by the chamber that the hospital was short of beds.",
        "John Tebogo",
        "that the hospital",
    ),
    (
        "a-body-s-spokesman-is-no-officeholder-s",
        "The police's spokesman said the constabulary could not disclose further details.",
        "the police's spokesman",
        "the constabulary",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker", "content_start"), [c[1:] for c in SUBJECTS], ids=[c[0] for c in SUBJECTS])
def test_subject_and_complement(sentence: str, speaker: str, content_start: str) -> None:
    doc = clean_text(LEAD + sentence)
    claims = [c for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    assert [(c.speaker, c.content[: len(content_start)]) for c in claims] == [(speaker, content_start)]


def test_verb_inside_a_claim_takes_no_subject_across_the_outer_cue() -> None:
    raw = (
        "Short test story\n\nThe spokesman of the command, DSP Ade Okon, said two men were held.\n\n"
        "The police spokesman also said the suspects have confessed to the crime, adding that they belong to a cult.\n\n"
        "“They went to the village to avenge a dead member.”"
    )
    claims = [c for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]
    assert [c.speaker for c in claims] == ["DSP Ade Okon"] * 3, [(c.speaker, c.content) for c in claims]


def test_no_post_posed_reading_after_another_report() -> None:
    """``CNN reported that night Ex-CIA chief X testifies …``: the words before the name are the
    channel's report, never X's post-posed content (read on PolNeAR train)."""
    raw = (
        "Short test story\n\nThe first acknowledgement came from Former CIA Director Dana Holt, in testimony "
        "on November 12.\n\nRadio Norland reported that night Ex-CIA chief Holt testifies Tarlow attack was "
        "rebel-linked terrorism."
    )
    claims = [c for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]
    assert [c.speaker for c in claims] == ["Radio Norland"], [(c.speaker, c.content) for c in claims]

"""English wrong-speaker kinds found on real English pages (round 16), each with our own invented
sentences; no article sentence is used here. Each case fails with the extractor before round 16:

- a list closed by ``and`` before the comma that precedes a name (``… in Leeds, York, Hull and
  elsewhere, Cole stressed``): the list is no apposition of the subject, the name after it is; the
  ``he`` of the next quotation is that person too, never a place of the list;
- a subject set off by a pair of dashes (``The panel - also comprising judges A, B, and C - said``): the
  dashes close an apposition right before the cue, the speaker is the phrase before them, never a name
  listed inside;
- a subordinator and a participle after the subject (``Judge X, when sentencing the men said``): an
  adjunct of time, never the speaker;
- a thousands separator (``1,200``) is no comma between phrases, and a relative clause closed by a
  comma right before the cue (``management at the plant, which employs …, told``) leaves the phrase
  before it as the subject;
- an acronym spelling only the last words of a body's name (``Northern Dales Regional Flood Response
  Unit (RFRU)``): the capitalised place words before them are the body's name too.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "list-closed-by-and-before-the-name",
        "Ann Cole spoke at the quay on Monday.\n\n"
        'There is no other way to keep the ferries safe in Leeds, York, Hull and elsewhere, Cole stressed. '
        '"We will keep the boats in the harbour," she said.',
        [("Ann Cole", "There is no other way"), ("Ann Cole", "We will keep the boats")],
    ),
    (
        "subject-before-a-dash-pair-apposition",
        "The panel - also comprising judges Ann Cole, Tom Baker, and P.S. Reddy - said that the appeal "
        "had to be heard first.",
        [("the panel", "that the appeal had to be heard first")],
    ),
    (
        "an-aside-between-dashes-is-no-apposition",  # a guard for the case above: a clause inside the dashes
        "As the Harbour Gazette—even a gull can read the tide tables—observed, the boats now fill the quay.",
        [],
    ),
    (
        "subordinator-and-participle-after-the-subject",
        'Judge Ann Cole, when sentencing the two brothers said: "You have done great harm to this town."',
        [("Ann Cole", "You have done great harm")],
    ),
    (
        "thousands-separator-and-closed-relative-before-cue",
        "The dockers' union said management at the Oban yard, which employs about 1,200 dock workers, "
        "told them on Friday that notices would be sent.",
        [("dockers' union", "management at the Oban yard"), ("management at the Oban yard", "that notices would be sent")],
    ),
    (
        "acronym-spells-the-last-words-of-the-name",
        "The Northern Dales Regional Flood Response Unit (RFRU) said that the river had fallen overnight.",
        [("Northern Dales Regional Flood Response Unit", "that the river had fallen")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round16(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker or (want_speaker in speaker and len(want_speaker.split()) > 1), got
        assert content.startswith(want_start), got

"""English shapes found on fresh real pages nobody had read (the enaudit round): invented sentences.

Each row is a small invented article; the expected claims are (speaker, the start of the content), in
document order (see ``extract_helpers``). A row fails alone, so a regression names the rule it broke.
"""

from __future__ import annotations

import pytest

from tests.claims.extract_helpers import assert_speakers_and_starts

E = "Headline for the test case\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "the-plus-name-is-a-paper-not-a-person",
        # "The Clarion" takes an article, so it is no person: the later "He said:" is the port's man,
        # not the paper that commented on him
        E + "Port spokesman Ian Mole stated that the closure was a result of the old levy.\n\n"
        "The Clarion says the remarks “show a harder line” as the spokesman refused to say more.\n\n"
        "He said: “It is my duty to explain the levy. There are no exceptions.”",
        [
            ("Ian Mole", "that the closure"),
            ("Clarion", "the remarks"),
            ("Ian Mole", "It is my duty"),
        ],
    ),
    (
        "the-name-family-stays-as-before",
        E + "The Kessler family said the verdict on the orchard was fair.",
        [("Kessler", "the verdict")],
    ),
    (
        "sentence-adverb-before-coordinated-subject",
        # "Generally," opens the sentence; the subject of "but said" is the noun phrase after its comma,
        # with its adjectives joined by "and"
        E + "Generally, local and foreign monitors have praised the tally, but said that the count ran late.",
        [("local and foreign monitors", "that the count")],
    ),
    (
        "coordinated-adjectives-subject-of-and-said",
        E + "Rural and urban teachers met the minister on Friday and said that the new syllabus was too long.",
        [("Rural and urban teachers", "that the new syllabus")],
    ),
    (
        "quoted-as-saying-then-while-participle",
        # the words after "as saying" only say when (while + -ing): the quotation before is the content
        E + "“We will not bend on the tariff,” Inspector Marta Quill was quoted as saying while visiting the depot.",
        [("Marta Quill", "We will not bend")],
    ),
    (
        "told-possessive-occasion-then-following",
        # "told Monday's trade forum following …": whom and when, so the clause before the name is what
        E + "Grain prices in the region are easing and could fall further if the rains hold, farm minister "
        "Karl Obenga told Monday's trade forum following the board meeting held by the grain council.",
        [("Karl Obenga", "Grain prices in the region")],
    ),
    (
        "said-after-the-meeting-that-keeps-the-clause",
        E + "Governor Karl Obenga said after the board meeting that grain prices would fall.",
        [("Karl Obenga", "that grain prices")],
    ),
    (
        "asked-if-question-is-no-speaker",
        # the verb inside a fronted "Asked if …" question reports nothing; the answer after it does
        E + "Asked if the council accepted that the harbour budget was short, the mayor replied that the "
        "shortfall was small.",
        [("the mayor", "that the shortfall")],
    ),
    (
        "the-said-is-an-adjective",
        # "the said case" is the case named before, not a cue; the ruling after it is the claim
        E + "The tribunal heard the orchard case on Monday. In the said case, the judge ruled that the land "
        "was sold lawfully.",
        [("the judge", "that the land")],
    ),
    (
        "said-then-made-it-clear-is-nested",
        # "made" has no -ed: the clause after "said" still starts at the governor, who made it clear
        E + "The farm minister said the governor made it clear that he would back all maize growers.",
        [("the farm minister", "the governor made it clear"), ("the governor", "that he would back")],
    ),
    (
        "confessed-reports-a-clause",
        # "confessed" is a reporting verb of its own, whatever verb the clause after it has
        E + "Harbour clerk Tom Bala said he would resign.\n\n"
        "Mr. Bala confessed that he oversaw cargo fraud in Tema. “We hid the losses,” he told the press.",
        [("Tom Bala", "he would resign"), ("Tom Bala", "that he oversaw"), ("Tom Bala", "We hid")],
    ),
    (
        "department-of-public-x-is-a-body",
        # "Public" is a title word, but after "Department of" it is part of the body's name, never the
        # title of a person called "Safety"
        E + "Two cattle thieves sought in Dayton were held after a chase on the ring road, the county "
        "Department of Public Safety reported on Friday.",
        [("Department of Public Safety", "Two cattle thieves")],
    ),
    (
        "it-may-be-mentioned-that-frames-the-subject",
        # "It may be mentioned that" is the outlet's frame: the subject of "has alleged" follows "that"
        E + "The harbour chief said he would review the berth fees, reported the Gazette.\n\n"
        "It may be mentioned that rival bidder Tom Bala has alleged that the chief rigged the tender.",
        [("Gazette", "The harbour chief"), ("harbour chief", "he would review"), ("Tom Bala", "that the chief")],
    ),
    (
        "it-is-clear-that-keeps-a-plain-subject",
        E + "It is clear that the mayor said the night ferry would run again.",
        [("the mayor", "the night ferry")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_enaudit_case(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)

"""English failure kinds from the second real dev set (round 2), each with our own invented sentences.

Each case names one mechanism: a body "headed by" someone speaks as the body; a title's complement
("the head of <place>") is no person; a definite title ("the chief executive") points back to the
named speaker the article gave no office to (an honorific is no office); a quotation runs on over
paragraphs counted from the end of the last quoted paragraph, not its first sentence. Expected claims are (speaker suffix, content start) in document order.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "Harbour town plans a new quay\n\nThe council met on a wet evening in the old town hall.\n\n"


def _claims(raw: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "body-headed-by-a-name-speaks-as-the-body",
        H + "“Why was this filed so late?” a panel headed by Judge Tom Arkwell told the lawyer Mina Dorsey.\n\n"
        "“We cannot help you,” the panel observed.\n\n"
        "“The papers were filed in May,” the panel noted in its ruling.\n",
        [
            ("panel headed by Judge Tom Arkwell", "Why was this filed"),
            ("panel headed by Judge Tom Arkwell", "We cannot help you"),
            ("panel headed by Judge Tom Arkwell", "The papers were filed"),
        ],
    ),
    (
        "head-of-a-place-is-no-person-for-she",
        "Harwick port boss sorry for delays\n\n"
        "The head of Harwick harbours has apologised to the town over the delays.\n\n"
        "Mina Dorsey said the quay works were behind schedule.\n\n"
        "Her apology comes after ministers ordered Harwick harbours to act.\n\n"
        "Speaking about the long wait, she told the board: “I apologise to the people of Harwick for this.”\n",
        [("Mina Dorsey", "the quay works"), ("Mina Dorsey", "I apologise")],
    ),
    (
        "quote-runs-on-after-a-paragraph-of-several-sentences",
        H + "Lena Okafor said: “The quay is late.\n\n"
        "“These waits are long. Before the storm it was rare to wait 52 weeks. What we find is the boats "
        "that are most hit are the ones that were hit before – they didn’t sail during the storm.\n\n"
        "“So there’ll be targets that have been set nationally, and our job will be to meet them.\n",
        [("Lena Okafor", "The quay is late"), ("Lena Okafor", "These waits"), ("Lena Okafor", "So there’ll be")],
    ),
    (
        "definite-title-points-back-to-the-roleless-speaker",
        H + "Mina Dorsey said the quay was late.\n\n"
        "It follows Miss Dorsey’s announcement last week that she will retire.\n\n"
        "The chief executive added that the cost had doubled.\n\n"
        "“We are very sorry,” she said in a report.\n",
        [("Mina Dorsey", "the quay was late"), ("Mina Dorsey", "that the cost"), ("Mina Dorsey", "We are very sorry")],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round2_english_kinds(raw: str, expected: list[tuple[str, str]]) -> None:
    got = _claims(raw)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker.endswith(want_speaker), (speaker, content)
        assert content.startswith(want_start), (speaker, content)


def test_a_titled_holder_is_not_taken_for_an_unfilled_title() -> None:
    """A speaker who has an office of their own is not "the chief executive" nobody named."""
    raw = H + "Harbour master Lena Okafor said the quay was late.\n\nThe chief executive added that the cost had doubled.\n"
    speakers = [s for s, _ in _claims(raw)]
    assert speakers[0].endswith("Lena Okafor")
    assert not speakers[1].endswith("Lena Okafor"), speakers


def _events(raw: str) -> list[str]:
    return [c.content for c in extract_claims(clean_text(raw)) if c.kind == ClaimKind.EVENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "But Harwick Quay and the North Pier have been struggling for months.",
        "The port’s ferry service — which runs at a loss — has been trying to keep its fares low.",
        "This is just as the fishermen are counting the cost of another bad season.",
        "But it has put more pressure on the harbour board and its new chairman.",
    ],
)
def test_a_state_going_on_or_a_comment_on_the_last_sentence_is_no_event(sentence: str) -> None:
    """No figure, no date, and a progressive verb or a bare ``this``/``it`` subject: nothing to check."""
    assert _events(H + sentence + "\n") == ["The council met on a wet evening in the old town hall"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry service has been losing 3,000 pounds a week since March.",
        "The harbour board closed the north pier to all ferries.",
        "The polling at the quay was by and large peaceful.",
    ],
)
def test_acts_figures_and_outcomes_stay_events(sentence: str) -> None:
    """Guards: an act, a figure or a date, or a plain outcome, is still the outlet's checkable assertion."""
    assert sentence.rstrip(".") in _events(H + sentence + "\n")


@pytest.mark.parametrize(
    ("raw", "event"),
    [
        (
            "The harbour board met on Monday for the first time since Mayor Ivo Rast announced that "
            "mooring fees would rise in May.",
            "The harbour board met on Monday for the first time",
        ),
        (
            "Dr Ivo Rast started in his post as the new harbour master this week, and told the board that "
            "he had been moved by the welcome.",
            "Dr Ivo Rast started in his post as the new harbour master this week",
        ),
    ],
)
def test_the_act_before_a_since_or_and_report_is_an_event(raw: str, event: str) -> None:
    """The main clause narrated before ``since X announced that …`` or ``…, and told Y that …``."""
    assert event in _events(H + raw + "\n")
    assert _claims(H + raw + "\n"), "the report itself stays a claim"


def test_a_clause_only_cue_takes_a_clause_without_that() -> None:
    """``admitted the builders were …``: a subject then a finite verb is a complement clause."""
    raw = H + "Mina Dorsey said the quay was late.\n\nShe also admitted the builders were a month behind.\n"
    assert _claims(raw) == [
        ("Mina Dorsey", "the quay was late"),
        ("Mina Dorsey", "the builders were a month behind"),
    ]


def test_a_clause_only_cue_with_a_bare_object_stays_an_act() -> None:
    """Guard: ``announced the new fees on Monday`` has no finite verb after its object: no statement."""
    raw = H + "The harbour board announced the new mooring fees on Monday.\n"
    assert _claims(raw) == []


def test_unsourced_figures_are_the_outlets_event_and_sourced_ones_a_claim() -> None:
    """``Latest figures show …`` names no source (an event, never a speaker "Latest");
    ``Treasury figures show …`` names one (a claim by the Treasury)."""
    raw = (
        H + "Latest figures show that more than 5,100 boats are waiting over a year for a berth.\n\n"
        "Figures show only 87.9 per cent of boats were berthed in time in March.\n\n"
        "Treasury figures show that the fees rose by a third.\n"
    )
    events = _events(raw)
    assert "Latest figures show that more than 5,100 boats are waiting over a year for a berth" in events
    assert "Figures show only 87.9 per cent of boats were berthed in time in March" in events
    assert _claims(raw) == [("Treasury", "that the fees rose by a third")]


def test_according_to_a_medium_named_with_its_place_and_kind() -> None:
    """``According to Harwick’s The Gazette newspaper on Monday, …``: the source is the title, the time
    phrase belongs to neither source nor content."""
    raw = H + "According to Harwick’s The Gazette newspaper on Monday, the fee has risen above 130 pounds.\n"
    assert _claims(raw) == [("The Gazette", "the fee has risen above 130 pounds")]

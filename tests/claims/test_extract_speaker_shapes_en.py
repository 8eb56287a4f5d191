"""English speakers by shape: words that cannot be the speaker because of where they stand.

Every sentence here is invented. Each case failed before the rule it tests: the state of a place
(``in Dayton, Ohio,``), a word inside an apposition with a relative clause (``a nominal Republican
who …``), an adverb or reflexive between a narrated subject and its verb (``Pike himself was …``).
"""

from __future__ import annotations

import pytest

from tests.claims.extract_helpers import assert_speakers_and_starts

CASES = [
    pytest.param(
        "The plan drew fire on Monday.\n\n"
        "Hale, during a town hall meeting in Dayton, Ohio, said she was going to fight.\n",
        [("Hale", "she was going to fight")],
        id="place-pair-inside-an-adjunct",
    ),
    pytest.param(
        "The plan drew fire on Monday.\n\n"
        "At a town event in Fairview, Ohio, 58-year-old Nora Quill railed against the plan, and explained "
        "how it upset her. \u201cThey should listen,\u201d she said.\n",
        [("Nora Quill", "how it upset her"), ("Nora Quill", "They should listen")],
        id="place-pair-in-an-intro-then-and-said",
    ),
    pytest.param(
        "The plan drew fire on Monday.\n\n"
        "The 81-year-old Ben Loft, a nominal Republican who voted for both parties, said that the choice "
        "was clear.\n",
        [("Ben Loft", "that the choice was clear")],
        id="relative-inside-an-apposition",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_speaker_is_the_name_not_a_word_of_the_phrase_after_it(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


_TWO_SPEAKERS = (
    "The vote is on Tuesday.\n\n"
    "\u201cWe need the farm vote,\u201d Tom Pike said on Sunday.\n\n"
    "\u201cI will not guess,\u201d Dan Marlow said.\n\n"
    "Pike admitted that his pick was about money.\n\n"
)
_OPENING = [("Tom Pike", "We need"), ("Dan Marlow", "I will not"), ("Tom Pike", "that his pick")]

NARRATED = [
    pytest.param(
        _TWO_SPEAKERS + "Marlow himself was delighted by the fuss. \u201cWe wanted that,\u201d he said.\n",
        [*_OPENING, ("Dan Marlow", "We wanted that")],
        id="reflexive-between-subject-and-verb",
    ),
    pytest.param(
        _TWO_SPEAKERS + "Marlow also addressed the farmers on Thursday. \u201cWe hear you,\u201d he said.\n",
        [*_OPENING, ("Dan Marlow", "We hear you")],
        id="adverb-between-subject-and-verb",
    ),
    pytest.param(
        _TWO_SPEAKERS + "Marlow quietly rejected the offer. \u201cIt is too late,\u201d he said.\n",
        [*_OPENING, ("Dan Marlow", "It is too late")],
        id="ly-adverb-between-subject-and-verb",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), NARRATED)
def test_he_after_a_narrated_subject_with_an_adverb(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


BODIES = [
    pytest.param(
        "Senator Ann Marlow heads to the Free National Assembly with a few demands.\n\n"
        "\u201cWe keep the movement alive,\u201d she told me.\n\n"
        "Governor Tom Pike spoke on Tuesday.\n\n"
        "Meanwhile, groups such as Nora's Circle cheered him.\n\n"
        "\u201cIt is a good plan,\u201d he said.\n",
        [("Ann Marlow", "We keep"), ("Tom Pike", "It is a good plan")],
        id="possessive-brand-is-no-person",
    ),
    pytest.param(
        "Vera Olsen, a delegate, arrived early on Monday.\n\n"
        "She heads to the Green National Convention with a speaking slot. \u201cWe keep the movement "
        "alive,\u201d she said.\n",
        [("Vera Olsen", "We keep")],
        id="title-word-inside-a-body-name",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), BODIES)
def test_one_word_after_a_title_word_or_owner_in_a_body_name_is_no_person(
    raw: str, expected: list[tuple[str, str]]
) -> None:
    assert_speakers_and_starts(raw, expected)


OPENERS = [
    pytest.param(
        "Governor Tom Pike met Mayor Ann Cole for two hours on Monday, having planned it.\n\n"
        "Having announced that he would not run, Pike left the hall.\n",
        [],
        id="participle-opening-the-sentence",
    ),
    pytest.param(
        "Governor Tom Pike met Mayor Ann Cole for two hours on Monday.\n\n"
        "Hours later, Pike returned the compliment, telling reporters, \u201cShe is a good woman.\u201d\n",
        [],
        id="time-phrase-opening-the-sentence",
    ),
    pytest.param(
        "Governor Tom Pike met the farmers for two hours on Monday.\n\n"
        "Prosecutors said the case was closed. Others who had studied it said it was not.\n",
        [("Prosecutors", "the case was closed"), ("Others", "it was not")],
        id="collectives-keep-their-place",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), OPENERS)
def test_a_word_capitalised_only_by_its_position_is_no_speaker(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


def test_a_clause_after_the_apposition_keeps_its_own_subject() -> None:
    """The name before the apposition is not the subject of a later clause's cue."""
    raw = (
        "The rally went on late.\n\n"
        "Pike, speaking later at a rally in Dunmore, West Norland, did not mention Cole, though the crowd "
        "booed when one of his aides mentioned that Cole was absent.\n"
    )
    assert_speakers_and_starts(raw, [("aides", "that Cole was absent")])

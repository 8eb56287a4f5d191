"""English, enfix2 (our own sentences, invented names): shapes seen on fresh South/Southeast Asian, Gulf,
Irish, British and Australasian pages where a plain report went without a claim or to another speaker:
- a definite subject whose head is a class word the lexicon lacked: a house of worship
  (``The chapel said …``), a gathering or small band (``… replied the crowd``, ``The trio claimed …``,
  ``the hikers``), a filing that alleges in its own words (``The petition, signed by …, alleged …``);
- ``the union``, ``the company``, ``the bank`` … after a public body (``the district council``): the
  generic head is a body of its own, never the council named before;
- the speaker and cue after the content with no comma before them (``… for humanitarian reasons the union
  spokesman Alen Mirow has said.``), or the cue and then the speaker (``The
  Herald is vital for any country said Vake.``);
- a one-word name as the subject of ``reports`` (``…, Vektora reports.``) is a medium, not a person, and
  takes no later ``he``;
- ``clarified`` reports with a time phrase before ``that`` or after the content (``clarified on Tuesday,
  May 4, that …``, ``…, the Harbour Police clarified on Friday.``), and only then (``clarified the rules``);
- a restrictive ``who`` after a preposition's object (``a call from a woman who said that …``): the
  described person speaks, not the main clause nor a name from the sentence before;
- an abbreviated rank with its stop after an organisation word (``Police Col. Mara Ilse``, ``Union
  spokesman Dr. Alen Mirow``): a person, who takes the next ``she said``;
- ``demanded that former mayor X be …`` (a lower-case title then a name after ``that``) and the bare
  ``demand that`` after a plural subject.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

COUNCIL = "Short test story\n\nThe district council met on Monday to discuss the budget.\n\n"


def _claims(text: str) -> list:
    doc = clean_text(text)
    return [c for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]


CLASS_HEADS: list[tuple[str, str, str, str]] = [
    ("chapel", "The chapel said last week that a bell in its tower had been found cracked.", "the chapel", "that a bell"),
    ("church", "The church said on Sunday that its roof would be repaired.", "the church", "that its roof"),
    ("mosque", "The mosque said the prayer hall would reopen in May.", "the mosque", "the prayer hall"),
    ("crowd-inverted", "“Give us the keys or leave the square,” replied the crowd.", "the crowd", "Give us the keys"),
    ("trio", "The trio claimed that they had been paid in cash.", "the trio", "that they had been paid"),
    ("hikers", "The hikers said that they had been robbed near the falls.", "the hikers", "that they had been robbed"),
    (
        "petition-signed-by",
        "The petition, signed by nine residents groups, alleged that the tender was rigged.",
        "the petition",
        "that the tender was rigged",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker", "content_start"), [c[1:] for c in CLASS_HEADS], ids=[c[0] for c in CLASS_HEADS])
def test_class_word_heads_speak(sentence: str, speaker: str, content_start: str) -> None:
    claims = _claims(COUNCIL + sentence)
    assert [c.speaker.lower() for c in claims] == [speaker], claims
    assert claims[0].content.startswith(content_start)


@pytest.mark.parametrize("head", ["union", "company", "bank", "agency", "airline", "group"])
def test_generic_body_is_not_the_council_named_before(head: str) -> None:
    claims = _claims(COUNCIL + f"The {head} said last week that the tender was rigged.")
    assert [c.speaker.lower() for c in claims] == [f"the {head}"], claims


def test_generic_body_still_points_back_to_a_body_of_its_kind() -> None:
    claims = _claims("Short test story\n\nThe Tarvel Workers Union met on Monday.\n\nThe union said that the tender was rigged.")
    assert [c.speaker for c in claims] == ["Tarvel Workers Union"], claims
    claims = _claims("Short test story\n\nTarvel Bank met on Monday.\n\nThe company said that the tender was rigged.")
    assert [c.speaker for c in claims] == ["Tarvel Bank"], claims


MIROW = (
    "Short test story\n\nUnion spokesman Alen Mirow said the strike would begin at 8am.\n\n"
    "Clinics in the north will stay open for humanitarian reasons "
)


@pytest.mark.parametrize(
    "tail",
    ["the union spokesman Alen Mirow has said", "union spokesman Alen Mirow said", "the spokesman Alen Mirow has further added"],
)
def test_speaker_and_cue_after_the_content_with_no_comma(tail: str) -> None:
    claims = _claims(MIROW + tail + ".")
    assert [c.speaker for c in claims] == ["Alen Mirow", "Alen Mirow"], claims
    assert claims[1].content == "Clinics in the north will stay open for humanitarian reasons"


def test_inverted_cue_with_no_comma() -> None:
    lead = "Short test story\n\nTonga's prime minister Sione Vake has praised the Harbour Herald on its 30th birthday.\n\n"
    claims = _claims(lead + "The Herald is vital for any country said Vake.")
    assert [(c.speaker, c.content) for c in claims] == [("Sione Vake", "The Herald is vital for any country")]


def test_a_one_word_reporter_is_a_medium_and_takes_no_he() -> None:
    text = (
        "Short test story\n\nFire chief Omar Delvin said the blaze started in the kitchen.\n\n"
        "Delvin also urged residents to stop sharing rumours online, Vektora reports.\n\n"
        "On claims that crews arrived late, he denied them, saying the first engine arrived within 10 minutes."
    )
    claims = _claims(text)
    vektora = [c for c in claims if c.speaker == "Vektora"]
    assert [c.speaker_kind.value for c in vektora] == ["organization"], claims
    denial = [c for c in claims if c.cue == "denied"]
    assert [c.speaker for c in denial] == ["Omar Delvin"], claims


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The Harbour Police clarified on Tuesday, May 4, that the fire at the pier was not linked to the strike.",
            "that the fire at the pier was not linked to the strike",
        ),
        ("The recent fires are not linked to one another, the Harbour Police clarified on Friday.", "The recent fires are not linked to one another"),
        ("The Harbour Police clarified Friday afternoon that the fire was an accident.", "that the fire was an accident"),
    ],
)
def test_clarified_with_a_time_phrase(sentence: str, content: str) -> None:
    claims = _claims(COUNCIL + sentence)
    assert [(c.speaker, c.content) for c in claims] == [("the Harbour Police", content)], claims


def test_clarified_with_an_object_is_an_act() -> None:
    assert _claims(COUNCIL + "The ministry clarified the rules for the tender.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In a news release, the rangers said that the fire took place at Block 9, Marrow Lane 1 yesterday.\n\n"
            "The rangers had received a call at about 6am from a woman who said that her neighbour had fallen into the canal.",
            "a woman",
            "that her neighbour had fallen into the canal",
        ),
        (
            "Police responded to calls from the hikers who reported that they had been robbed near the falls.",
            "the hikers",
            "that they had been robbed near the falls",
        ),
    ],
)
def test_who_after_a_prepositional_object(text: str, speaker: str, content: str) -> None:
    claims = _claims(COUNCIL + text)
    assert (claims[-1].speaker, claims[-1].content) == (speaker, content), claims


@pytest.mark.parametrize("subject", ["Police Col. Mara Ilse", "Union spokesperson Dr. Mara Ilse"])
def test_abbreviated_rank_after_an_organisation_word(subject: str) -> None:
    text = (
        "Short test story\n\nHarbour Station 4 commander Ray Tolen inspected the docks on Saturday.\n\n"
        f"Speaking on local radio, {subject}, the harbour spokesperson, said the thefts were isolated.\n\n"
        '"These cases each have their own motives," she said.'
    )
    claims = _claims(text)
    assert [(c.speaker, c.speaker_kind.value) for c in claims] == [("Mara Ilse", "person")] * 2, claims


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Lawmakers from the ruling bloc demanded that former mayor Tomas Veld be arrested.", "that former mayor Tomas Veld be arrested"),
        ("The groups also demand that all officers involved be suspended.", "that all officers involved be suspended"),
    ],
)
def test_demand_with_a_titled_subject_or_in_the_present(sentence: str, content: str) -> None:
    claims = _claims(COUNCIL + sentence)
    assert [c.content for c in claims] == [content], claims


def test_a_demand_noun_is_no_cue() -> None:
    assert _claims(COUNCIL + "Their demand that all officers be suspended was rejected.") == []

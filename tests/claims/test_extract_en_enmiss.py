"""English attributions the extractor missed by the shape of the sentence, not by its words (branch
``enmiss``). Our own invented sentences; each case under a ``*_FIXED`` table fails before the branch, the
guards pass before and after.

- A pronoun cue after a person the narration introduced with a hyphenated description before the name
  (``Veteran long-time organiser Ann Cole took …`` then ``“…,” she said``): the description is no part of the
  name, and she is whom the pronoun means.
- A pronoun cue after an indefinite person opening a narrated sentence (``One man, who asked not to be named,
  showed …`` then ``He said …``): that person is whom the narration turned to.
- A cue whose subject follows a clause closed by ``and`` (``The robbers fled on foot and police say …``):
  the clause is narration, never part of the speaker.
- A post-posed cue whose speaker is a name after one or two describing words that are no title
  (``…, said deckhand Ann Cole.``, ``… who was among …``), or after a day word (``…, said today the
  Transport Minister X``, ``said on Monday X``).
- A time or sequence adverb opening the sentence with no comma (``Later the magistrate warned …``): no part
  of the speaker.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

PRONOUN_FIXED: list[tuple[str, str, tuple[str, str]]] = [
    (
        "hyphenated-description-before-name",
        "Veteran dockside front-runner Marta Quell spent the morning touring the flooded sheds by the pier. "
        "“I have no quarrel with the surveyors,” she said.",
        ("Marta Quell", "I have no quarrel with the surveyors"),
    ),
    (
        "long-time-description-before-name",
        "Long-time ferry skipper Odran Vell walked the length of the broken slipway on Tuesday.\n\n"
        "“Nobody has mended this ramp in ten winters,” he said.",
        ("Odran Vell", "Nobody has mended this ramp in ten winters"),
    ),
    (
        "one-man-relative-then-he-said",
        "One man, who asked not to be named, showed reporters a dented lobster pot near the harbour wall. "
        "He said he had been hauling pots off the breakwater when the barge struck it.",
        ("One man", "he had been hauling pots off the breakwater when the barge struck it"),
    ),
    (
        "a-witness-then-quote-she-said",
        "A witness pointed to a scorch mark on the ticket booth beside the quay. "
        "“The flames reached the roof before anyone came,” she said.",
        ("A witness", "The flames reached the roof before anyone came"),
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in PRONOUN_FIXED], ids=[c[0] for c in PRONOUN_FIXED])
def test_pronoun_after_introduced_person(body: str, expected: tuple[str, str]) -> None:
    assert expected in attributions(body)


AND_SUBJECT_FIXED: list[tuple[str, str, tuple[str, str]]] = [
    (
        "clause-and-police-say",
        "The two raiders fled along the towpath and police say they have no suspect at this time.",
        ("police", "they have no suspect at this time"),
    ),
    (
        "because-clause-and-officials-said",
        "The quay lights may have scared the thieves off because they escaped and officials said nothing "
        "was taken from the sheds.",
        ("officials", "nothing was taken from the sheds"),
    ),
    (
        "clause-and-described-group-said",
        "The dredging began this week and port officials said the channel would reopen.",
        ("port officials", "the channel would reopen"),
    ),
]


@pytest.mark.parametrize(
    "body, expected", [c[1:] for c in AND_SUBJECT_FIXED], ids=[c[0] for c in AND_SUBJECT_FIXED]
)
def test_subject_after_clause_and(body: str, expected: tuple[str, str]) -> None:
    got = attributions(body)
    assert expected in got
    assert all(" and " not in speaker for speaker, _ in got)


# guards: two people joined by "and" stay one group; a passive opening notes nobody for "he"
GUARDS: list[tuple[str, str, tuple[str, str] | None, tuple[str, str] | None]] = [
    (
        "names-joined-by-and",
        "Harbour master Ivo Brand and Tessa Lowry said the quay would open in May.",
        ("Ivo Brand + Tessa Lowry", "the quay would open in May"),
        None,
    ),
    (
        "name-before-and-joins-subjects",
        "The tender went to a firm owned by Ivo Brand and Tessa Lowry said the work would start in May.",
        ("Ivo Brand + Tessa Lowry", "the work would start in May"),
        None,
    ),
    (
        "passive-indefinite-person",
        "Councillor Ivo Brand said the quay would open in May. A man was detained near the ticket booth. "
        "He said the booth had been closed all week.",
        ("Ivo Brand", "the booth had been closed all week"),
        ("A man", "the booth had been closed all week"),
    ),
]


@pytest.mark.parametrize("body, wanted, unwanted", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_guards(body: str, wanted: tuple[str, str] | None, unwanted: tuple[str, str] | None) -> None:
    got = attributions(body)
    if wanted is not None:
        assert wanted in got
    if unwanted is not None:
        assert unwanted not in got


INVERTED_FIXED: list[tuple[str, str, tuple[str, str]]] = [
    (
        "described-name-closing",
        "Forty passengers were stranded on the upper deck, said deckhand Tomas Rell.",
        ("Tomas Rell", "Forty passengers were stranded on the upper deck"),
    ),
    (
        "described-name-then-relative",
        "At least a dozen cars were still parked on the flooded lower quay, said ferry steward Ilse Varon who "
        "was among the crew who waded ashore with a torch.",
        ("Ilse Varon", "At least a dozen cars were still parked on the flooded lower quay"),
    ),
    (
        "day-word-then-title-and-name",
        "The night ferry to the outer islands will sail again from next month, said today the Shipping "
        "Minister Karl Osei at a meeting of the quay board.",
        ("Karl Osei", "The night ferry to the outer islands will sail again from next month"),
    ),
    (
        "on-weekday-then-title-and-name",
        "The night ferry to the outer islands will sail again from next month, said on Monday Shipping "
        "Minister Karl Osei.",
        ("Karl Osei", "The night ferry to the outer islands will sail again from next month"),
    ),
]


@pytest.mark.parametrize(
    "body, expected", [c[1:] for c in INVERTED_FIXED], ids=[c[0] for c in INVERTED_FIXED]
)
def test_post_posed_cue_speaker(body: str, expected: tuple[str, str]) -> None:
    assert expected in attributions(body)


FRONTED_ADVERB_FIXED: list[tuple[str, str, tuple[str, str]]] = [
    (
        "later-the-magistrate",
        "Magistrate Nell Orrin heard the quay case on Friday. Later the magistrate warned the parties against "
        "pressuring the harbour pilots.",
        ("Nell Orrin", "the parties against pressuring the harbour pilots"),
    ),
    (
        "earlier-the-board",
        "Earlier the quay board ruled that the mooring fees were void.",
        ("the quay board", "that the mooring fees were void"),
    ),
]


@pytest.mark.parametrize(
    "body, expected", [c[1:] for c in FRONTED_ADVERB_FIXED], ids=[c[0] for c in FRONTED_ADVERB_FIXED]
)
def test_fronted_adverb_is_no_speaker(body: str, expected: tuple[str, str]) -> None:
    got = attributions(body)
    assert expected in got
    assert not any(speaker.split()[0] in ("Later", "Earlier") for speaker, _ in got)


# guards: a preposition or quantifier after the cue is no description; a bare day after the cue names no one
INVERTED_GUARDS: list[tuple[str, str, tuple[str, str] | None, tuple[str, str] | None]] = [
    (
        "said-a-local-resident",
        "The pier was closed all night, said a local resident.",
        ("a local resident", "The pier was closed all night"),
        None,
    ),
    (
        "experts-like-name",
        "The silt at the harbour mouth, say experts like Bram Tolle, is the main problem.",
        None,
        ("experts like Bram Tolle", "The silt at the harbour mouth"),
    ),
    (
        "day-word-and-no-speaker",
        "Harbour master Ivo Brand said on Monday the quay would reopen in May.",
        ("Ivo Brand", "the quay would reopen in May"),
        None,
    ),
]


@pytest.mark.parametrize(
    "body, wanted, unwanted", [c[1:] for c in INVERTED_GUARDS], ids=[c[0] for c in INVERTED_GUARDS]
)
def test_inverted_guards(body: str, wanted: tuple[str, str] | None, unwanted: tuple[str, str] | None) -> None:
    got = attributions(body)
    if wanted is not None:
        assert wanted in got
    if unwanted is not None:
        assert unwanted not in got


PLACE_FIXED: list[tuple[str, str, tuple[str, str]]] = [
    (
        "police-headquarters-is-no-person",
        "Port commissioner Ilan Voss said four dockers were charged on Monday over the thefts at the quay.\n\n"
        "Addressing reporters at Police Headquarters before the vote, Voss and the port board sought to calm "
        "fears that the thefts were a sign of a wider problem.\n\n"
        "“Despite these thefts, the public can be sure that the harbour police are working hard,” he said.",
        (
            "Ilan Voss",
            "Despite these thefts, the public can be sure that the harbour police are working hard",
        ),
    ),
    (
        "army-barracks-is-no-person",
        "Colonel Ada Merrow said the drill would be held on Friday.\n\n"
        "Speaking outside Army Barracks on the hill, Merrow and two aides waved to the crowd.\n\n"
        "“Nobody will be hurt during the drill,” she said.",
        ("Ada Merrow", "Nobody will be hurt during the drill"),
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in PLACE_FIXED], ids=[c[0] for c in PLACE_FIXED])
def test_titled_place_after_locative_is_no_person(body: str, expected: tuple[str, str]) -> None:
    got = attributions(body)
    assert expected in got
    assert not any(speaker in ("Headquarters", "Barracks") for speaker, _ in got)


def test_titled_person_after_locative_comma_stays() -> None:
    body = "Speaking at Police Headquarters, Inspector Ruth Kessel said the night patrols would double."
    assert ("Ruth Kessel", "the night patrols would double") in attributions(body)


DATELINE_FIXED: list[tuple[str, str, tuple[str, str]]] = [
    (
        "place-and-site-address-in-brackets",
        "Basra (PortNews.com) The Higher Port Council has revealed issuing over 80 rulings on harbour fees.",
        ("Higher Port Council", "issuing over 80 rulings on harbour fees"),
    ),
    (
        "title-case-place-country-dash",
        "Port Louis, Mauritius – Mauritius Ports Authority (MPA) has announced that six dredgers were hired.",
        ("Mauritius Ports Authority", "that six dredgers were hired"),
    ),
]


@pytest.mark.parametrize(
    "body, expected", [c[1:] for c in DATELINE_FIXED], ids=[c[0] for c in DATELINE_FIXED]
)
def test_dateline_is_no_speaker(body: str, expected: tuple[str, str]) -> None:
    got = attributions(body)
    assert expected in got
    assert not any(speaker in ("Basra", "Port Louis") for speaker, _ in got)


def test_name_and_role_before_dash_aside_stays_the_speaker() -> None:
    body = "Ann Cole, Harbour Master – a post she took in May – said the quay would reopen in June."
    got = attributions(body)
    assert any(speaker == "Ann Cole" for speaker, _ in got)

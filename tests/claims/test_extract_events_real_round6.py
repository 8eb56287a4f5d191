"""``event`` shapes from the dev26-dev29 diagnosis (round 6, branch evfix7), each with our own invented
sentences and names; no article sentence is used here. Each case fails before branch evfix7, except
the guards, which hold before and after.

English (too many events: the outlet is credited with someone's talk or with what it cannot vouch for):

- a feeling or judgement voiced (``expressed her regret``, ``termed the vote a triumph``, ``vented
  his fury``), details given (``detailed the threats``, ``did not specify which``): the subject speaking;
  the same words as adjectives (``a detailed report``, ``the specified date``) leave an act the outlet's;
- an appeal voiced to someone (``issued an urgent appeal to …``, ``issued a warning to … not to …``,
  ``appealed for witnesses``): the subject's words; ``issued a statement`` and ``appealed against the
  ruling`` stay events;
- a sentence opening on a participle of speaking (``Speaking at a rally, …``, ``Addressing the crowd,
  …``): what the subject said on that occasion;
- the outlet's own disclaimer (``could not verify …``, ``the toll remains unconfirmed``):
  nothing it vouches for.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H_EN = "River town gets a new bridge\n\nThe council met on a wet evening in the old town hall on Monday.\n\n"


def _events_en(body: str) -> list[str]:
    claims = extract_claims(clean_text(H_EN + body + "\n"))
    events = [c.content for c in claims if c.kind == ClaimKind.EVENT]
    return [e for e in events if not e.startswith("The council")]


VOICED = [
    "The harbour master also expressed her regret over the 3 ferrymen lost in the March gales.",
    "Ms Orlov termed the ferry board's merger with the dock company a triumph of patient bargaining.",
    "The mayor of Velmora vented her anger at the port board on the radio late on Tuesday.",
    "Mr Tamsin then bitterly detailed the threats he had received from the smugglers in 2031.",
    "The minister did not specify which of the 14 ferries would be withdrawn from the northern route.",
]


@pytest.mark.parametrize("body", VOICED)
def test_a_voiced_feeling_judgement_or_detail_is_no_event(body: str) -> None:
    assert _events_en(body) == [], _events_en(body)


APPEALS = [
    "The coastguard chief issued an urgent appeal to swimmers, to keep clear of the harbour mouth.",
    "On Friday, the dockers' union issued a warning to anglers on the north quay not to cast near"
    " the cranes.",
    "Inspector Halden appealed for dashcam footage from drivers on the coast road on Sunday night.",
]


@pytest.mark.parametrize("body", APPEALS)
def test_an_appeal_voiced_to_someone_is_no_event(body: str) -> None:
    assert _events_en(body) == [], _events_en(body)


SPEAKING = [
    "Briefing reporters at the harbour office on Monday, Ms Orlov and her deputies tried to calm fears"
    " that the 3 ferry losses were linked.",
    "Speaking at a briefing in Velmora, the port chief named 12 new harbour pilots for the winter.",
]


@pytest.mark.parametrize("body", SPEAKING)
def test_a_sentence_opening_on_a_participle_of_speaking_is_no_event(body: str) -> None:
    assert _events_en(body) == [], _events_en(body)


DISCLAIMED = [
    "The Velmora Herald could not verify whether the 2031 ferry logs were genuine.",
    "The toll from the pier collapse on 3 May remains unconfirmed.",
]


@pytest.mark.parametrize("body", DISCLAIMED)
def test_the_outlets_own_disclaimer_is_no_event(body: str) -> None:
    assert _events_en(body) == [], _events_en(body)


# guards: the same words in an act the outlet narrates
STILL_EVENTS = [
    "The port board released a detailed report on the 3 ferry losses on Monday.",
    "The ferry company issued a statement on Sunday afternoon about the harbour closure.",
    "Mr Tamsin appealed against the 2031 ruling at the High Court in Velmora on Friday.",
    "The harbour office closed the northern pier before the specified date in March.",
]


@pytest.mark.parametrize("body", STILL_EVENTS)
def test_the_same_words_in_a_narrated_act_stay_an_event(body: str) -> None:
    assert _events_en(body) == [body.rstrip(".")], _events_en(body)

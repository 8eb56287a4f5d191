"""English ``event`` shapes of branch enevents, each with invented sentences and names (no article
sentence is used). Each case fails on main before enevents, except the guards, which hold before and
after.

- an act, then a report joined by ``but``, ``, where`` or ``and`` + a past reporting verb (``The board
  approved the budget on a split vote but a trustee said …``): the act before the link is the outlet's
  event, the words after it the speaker's claim. Guards: a head that already speaks (``confirmed the
  figures, but said …``), a negated head (``did not name the firm, but said …``) and a sentence an
  ``according to`` source covers stay without an event.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H_EN = "Harbour town weighs a new pier\n\nThe harbour board sat late in the old customs house on Monday.\n\n"


def _claims(body: str) -> list:
    return extract_claims(clean_text(H_EN + body + "\n"))


def _events(body: str) -> list[str]:
    return [
        c.content
        for c in _claims(body)
        if c.kind == ClaimKind.EVENT and not c.content.startswith("The harbour board sat")
    ]


ACT_THEN_REPORT = [
    (
        "The trustees approved the pier budget by six votes to four but trustee Olwen Margrave said the "
        "vote came far too early.",
        "The trustees approved the pier budget by six votes to four",
    ),
    (
        "The two skippers appeared before the harbour tribunal for the hearing but their advocate Tomas "
        "Rellick told the tribunal that key papers were still missing.",
        "The two skippers appeared before the harbour tribunal for the hearing",
    ),
    (
        "The quarrel broke out during a long sitting of the district assembly, where Councillor Brin "
        "Hallworth accused the mayor of hiding the dredging costs.",
        "The quarrel broke out during a long sitting of the district assembly",
    ),
    (
        "Harbour chief Nils Corrow sacked the ferry engineer on Thursday and claimed that he had ignored "
        "three safety audits.",
        "Harbour chief Nils Corrow sacked the ferry engineer on Thursday",
    ),
    (
        "Dock workers voted to end the strike at the northern quay – but union steward Pell Arkwright said "
        "the deal left night shifts unpaid.",
        "Dock workers voted to end the strike at the northern quay",
    ),
]


@pytest.mark.parametrize(("body", "event"), ACT_THEN_REPORT)
def test_act_before_a_coordinated_report_is_an_event(body: str, event: str) -> None:
    claims = _claims(body)
    assert event in [c.content for c in claims if c.kind == ClaimKind.EVENT]
    assert any(c.kind in (ClaimKind.INDIRECT, ClaimKind.DIRECT) for c in claims)  # the report stays a claim


NOT_ACTS = [
    # the head speaks already: one speaker's account in two steps
    "Harbour master Ilse Varnow on Friday confirmed reports of a diesel spill near the slipway, but said the "
    "leak was small.",
    # a negated head frames the answer after it
    "Inspector Rafe Duncombe, head of the marine unit, did not name the trawler owner, but said a file had "
    "gone to the prosecutor.",
    # an ``according to`` source vouches for the whole sentence
    "Wardens had closed the slipway to small boats at around ten on Saturday night and asked the owners to "
    "move them, according to the Port Safety Office.",
]


@pytest.mark.parametrize("body", NOT_ACTS)
def test_no_event_before_a_report_that_is_not_an_act(body: str) -> None:
    assert _events(body) == []


# - a non-restrictive relative clause (``…, who were …,``) is an aside: its progressive verb does not make the
#   sentence a state going on; a passive progressive (``is being carried out by …``, ``are being held at …``)
#   is an act under way, checkable like one done.
UNDER_WAY = [
    "Wardens from the river patrol, who were checking moorings upstream, were first on the scene and sealed "
    "off the towpath.",
    "The inquiry into the lock failure is being carried out by the Canal Safety Board and overseen by the "
    "regional prosecutor.",
    "The three deckhands are being held at the harbour police station pending a hearing.",
]


@pytest.mark.parametrize("body", UNDER_WAY)
def test_act_under_way_is_an_event(body: str) -> None:
    assert _events(body) == [body.rstrip(".")]


STATES = [
    # a defining relative (no comma) stays the first verb: a progressive state, no event
    "Skippers who are fishing without a licence should expect far heavier fines from the wardens.",
    # a plain progressive with no figure or date stays a state going on
    "The fishermen of the lower quay are counting the cost of the long closure.",
]


@pytest.mark.parametrize("body", STATES)
def test_progressive_state_is_no_event(body: str) -> None:
    assert _events(body) == []


# - irregular pasts and short regular ones the six-letter ``-ed`` test misses (``brought``, ``kept``,
#   ``ended``, ``tried``; the list is the data file ``past_verbs.txt``): a finished act, the outlet's event.
PASTS = [
    "The two-day forum brought together fishing ministers from four coastal states and the river authority.",
    "The salvage crew kept watch behind the breakwater as the swell grew.",
    "The long dispute over mooring fees ended with a vote of the full harbour board.",
    "Two trawler crews tried to reach the outer harbour ahead of the storm.",
]


@pytest.mark.parametrize("body", PASTS)
def test_irregular_past_is_an_act(body: str) -> None:
    assert _events(body) == [body.rstrip(".")]


def test_mind_verbs_stay_out_of_the_past_list() -> None:
    # a verb of mind or state is no act: a view, not something that took place
    assert _events("The older skippers felt the new quay lights too dim for the narrow channel.") == []


# - ``a week ago``, ``three days ago``: a date told relative to the story, like ``last week``; and
#   ``claimed responsibility for …`` is an act (as the attribution side reads it), not a statement.
DATED_AND_CLAIMED = [
    "The harbour patrol is in place because of the brawl on the fish quay a week ago.",
    "The smugglers' network claimed responsibility for the fire that gutted two customs sheds and a barge.",
]


@pytest.mark.parametrize("body", DATED_AND_CLAIMED)
def test_relative_date_and_claimed_responsibility(body: str) -> None:
    assert _events(body) == [body.rstrip(".")]


def test_claimed_that_stays_a_report() -> None:
    assert _events("The smugglers' network claimed that the customs sheds burned by accident last week.") == []


def test_claimed_responsibility_makes_no_statement() -> None:
    claims = _claims("The smugglers' network claimed responsibility for the fire that gutted two customs sheds.")
    assert not [c for c in claims if c.kind in (ClaimKind.INDIRECT, ClaimKind.DIRECT)]


# - a reporting form that is a noun or an act, taken for a cue on main: ``an accused in a case`` (no verb
#   follows an article) and ``called a press conference`` / ``a snap meeting`` (a gathering convened:
#   ``convened.txt``). The sentence becomes the outlet's event; ``called the plan a disgrace`` stays a cue.
NOT_CUES = [
    "On Friday, Tomas Weller, 52, an accused in a fraud case heard at the county court, died in the cells "
    "of the central station.",
    "The mayor called a snap meeting of the port committee on Tuesday.",
    "Coastguard officers called a 3.15pm press conference to give updates on the missing yacht.",
]


@pytest.mark.parametrize("body", NOT_CUES)
def test_noun_or_convening_is_no_cue(body: str) -> None:
    claims = _claims(body)
    assert not [c for c in claims if c.kind in (ClaimKind.INDIRECT, ClaimKind.DIRECT)]
    assert _events(body) == [body.rstrip(".")]


def test_called_with_a_judgement_stays_a_cue() -> None:
    claims = _claims("Harbour master Ilse Varnow called the dredging plan a disgrace to the town.")
    assert [c.content for c in claims if c.kind == ClaimKind.INDIRECT] == ["the dredging plan a disgrace to the town"]


def test_called_the_known_gathering_something_stays_a_cue() -> None:
    # a definite object, then what it is called: a judgement of a known vote, not a vote convened
    claims = _claims("Mayor Dorn Vessey called the vote “a first step” toward a safer quay.")
    assert any(c.kind == ClaimKind.INDIRECT and c.content.startswith("the vote") for c in claims)

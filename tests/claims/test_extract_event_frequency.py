"""English ``event`` shapes counted over many pages (issue 11: a 200-event audit of the PolNeAR train
predictions and the dev sets' event gold), each with our own invented sentences; no article sentence is
used here. An event is the outlet's own checkable assertion with no reporting cue (guideline §2, §4.4).

- a main clause whose verb is a modal of possibility (``could``, ``may``, ``might``, ``can``) or ``be
  likely to`` weighs what might come: nothing a reader can check, so no event, dated or not; so does
  a ``would`` with no figure or date; ``would`` with a figure (a plan's cost), ``could not`` (a past
  inability) and a modal inside a subordinate clause stay;
- a past verb no cue list holds with a ``that`` clause right after it (``boasted that``, ``have
  concluded that``) carries the subject's words or view, not the outlet's narration; an order with a
  mandate (``ordered that the files be released``), a demonstrative (``echoed that promise``) and a verb
  in a clause of time stay events;
- a future on the calendar is the outlet's to state (the dev gold counts it): a future passive with a
  time adjunct (``will be held for seven days``) or an act on a named day (``will meet on Jan. 30``);
  a copula (``will be a test``), a vague horizon and the future of a view (``remain confident that …
  will``) stay no events.
"""

from __future__ import annotations

import pytest

from tests.claims.test_extract_events_real_round2 import _events  # one page frame for every events round

POSSIBLE = [
    "The delay could cost the rowing club its licence before the regatta in June.",
    "The second closure of the ferry may have pushed fares up by 12 per cent last year.",
    "Heavy rain on Saturday might have flooded the lower fields of the Dunmore estate again.",
    "If the grant is approved in time, the new wing can open to 40 pupils in September.",
    "The harbour board is likely to approve the Kestrel Marine plan on Tuesday.",
    "The mayor is also more likely to lose the vote in the eastern wards in 2027.",
    "On those questions, the coalition partners would have to compromise with the Greens.",
    "Still, the harbour trust would have the ingredients for a second ferry berth at Kinvara.",
]


@pytest.mark.parametrize("body", POSSIBLE)
def test_a_main_clause_of_possibility_is_no_event(body: str) -> None:
    assert _events(body) == []


STILL_EVENTS = [
    "The cost to the county would be around 40,000 pounds a year under the plan adopted in May.",
    "The Ruiz family could not be reached at their farm near Lisdale on Friday.",
    "The idea that the bridge could close for a month came up at the council meeting in March.",
    "Although the turnout may have been low, the Greens won 14 seats in the Tuesday vote.",
]


@pytest.mark.parametrize("body", STILL_EVENTS)
def test_would_could_not_and_a_subordinate_modal_stay_events(body: str) -> None:
    assert _events(body) == [body.rstrip(".")]


THAT_CLAUSE = [
    "In a post on Sunday, the coach boasted that every player had trained through the 2024 floods.",
    "Two engineers have concluded that the Orvel dam lost 30 per cent of its capacity in the drought.",
    "The harbour master quietly speculated that the trawler had sailed from Kinvara on Tuesday.",
]


@pytest.mark.parametrize("body", THAT_CLAUSE)
def test_a_past_verb_with_a_that_clause_is_no_event(body: str) -> None:
    assert _events(body) == []


THAT_STILL_EVENTS = [
    "Judge Ana Ruiz ordered that the tender files be released to the council by Thursday.",
    "The mayor echoed that promise at a meeting with 40 traders on Monday.",
    "The ferry was withdrawn in March after inspectors discovered that its hull was cracked.",
]


@pytest.mark.parametrize("body", THAT_STILL_EVENTS)
def test_a_mandate_a_demonstrative_and_a_time_clause_stay_events(body: str) -> None:
    assert _events(body) == [body.rstrip(".")]


SCHEDULED = [
    "The two fishermen will be held for seven days while the inquiry goes on.",
    "The rule changes will be debated at the county convention next April.",
    "The planning board will meet again on Jan. 30 to vote on the Kestrel Marine quay.",
    "The result means that the new timetable will be published in the coming days.",
]


@pytest.mark.parametrize("body", SCHEDULED)
def test_a_future_on_the_calendar_is_an_event(body: str) -> None:
    assert _events(body) == [body.rstrip(".")]


FORECASTS = [
    "The ferry strike on Tuesday will be a real test for the new harbour master.",
    "The fishing quota will shrink further in the next several years, eroding 20 jobs.",
    "Many traders remain confident that the council will sell the quay on Monday.",
]


@pytest.mark.parametrize("body", FORECASTS)
def test_a_forecast_stays_no_event(body: str) -> None:
    assert _events(body) == []

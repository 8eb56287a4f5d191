"""English round 21: requests as claims, and sources placed after their clause.

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
round 21 unless marked as a guard.

- requests (``asked the coastguard to search …``, ``requested that …``, ``reminded residents to …``,
  ``pleaded with the court to …``) are claims, but only when the requester is named where it stands: the
  noun phrase before the verb shares a word with the resolved speaker. ``the state requested …`` resolved
  to someone the subject never names, or a dateline read into the subject, gives no claim; a pronoun or
  carried requester keeps a low confidence; the addressee is never the speaker. ``asked about``,
  ``asked why``/``whether`` (questions), ``was asked to`` and ``When asked`` stay no request.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind
from tests.claims.english_shapes import HEADER, attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "request-with-object-and-infinitive",
        "Port director Ann Cole asked the coastguard to search the northern bay before dawn.",
        [("Ann Cole", "the coastguard to search the northern bay")],
    ),
    (
        "request-with-that-clause",
        "Port director Ann Cole requested that the hearing be moved to May.",
        [("Ann Cole", "that the hearing be moved to May")],
    ),
    (
        "reminder-with-infinitive",
        "Harbour police reminded residents to lock their boats at night.",
        [("police", "residents to lock their boats at night")],
    ),
    (
        "plea-with-the-court",
        "Defence lawyer Omar Daud pleaded with the magistrate to give his client a week.",
        [("Omar Daud", "with the magistrate to give his client a week")],
    ),
    ("asked-about-stays-no-claim", "Port director Ann Cole asked about the fire at the pier.", []),
    ("asked-why-is-a-question", "Port director Ann Cole asked why the ferry had been late.", []),
    ("asked-whether-is-a-question", "Port director Ann Cole asked whether the pier was safe.", []),
    ("passive-asked-stays-no-claim", "The ferry crew was asked to leave the pier by noon.", []),
    ("when-asked-stays-no-claim", "When asked to comment on the fire, the crew left the pier.", []),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round21(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert want_speaker in speaker, got
        assert content.startswith(want_start), got


def _claims(body: str):
    return [c for c in extract_claims(clean_text(HEADER + body + "\n")) if c.kind != ClaimKind.EVENT]


def test_request_by_a_description_nobody_named_gives_no_claim() -> None:
    # the state is never named; resolving it to the lawyer just named would give the request to him
    body = (
        "State prosecutor Omar Daud said the hearing could start in May. "
        "The state requested the magistrate to postpone the hearing to June."
    )
    got = [(c.speaker, c.content) for c in _claims(body) if "postpone" in c.content]
    assert all("Daud" not in s for s, _ in got), got


def test_request_with_a_dateline_before_the_subject_is_not_the_dateline() -> None:
    got = _claims("Port Sal, May 3 The ministry on Monday asked the court to review the ferry licence.")
    assert all("Port Sal" not in c.speaker for c in got), [(c.speaker, c.content) for c in got]


def test_pronoun_requester_stays_low() -> None:
    body = (
        "Port director Ann Cole visited the pier on Monday. "
        "She asked the coastguard to search the northern bay before dawn."
    )
    got = [c for c in _claims(body) if "search" in c.content]
    assert got and all(c.confidence <= 0.35 for c in got), [(c.speaker, c.confidence) for c in got]


def test_addressee_is_never_the_requester() -> None:
    body = (
        "Port director Ann Cole met harbour master Omar Daud on Monday. "
        "The board asked Omar Daud to close the pier."
    )
    got = [c for c in _claims(body) if "close the pier" in c.content]
    assert all("Daud" not in c.speaker for c in got), [(c.speaker, c.content) for c in got]


def test_request_inside_an_according_to_account_is_the_sources() -> None:
    got = attributions("According to an aide, Mayor Ann Cole has asked the board to redraw the pier plan.")
    assert [s for s, _ in got] == ["aide"] or all("Cole" not in s for s, _ in got), got

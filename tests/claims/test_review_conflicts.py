"""Two editors correcting one claim at the same moment: one correction wins, the other gets a typed
conflict with a one-line message (never a raw database error), on both back ends."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlmodel import Session, select

from claims import review
from claims.actors import Login
from claims.errors import Conflict
from claims.models import Claim, Entity
from claims.repository import history
from claims.types import Role
from tests.claims.review_data import NOW, seed_article
from tests.claims.test_review_race import _race
from tests.factories import login_as


@pytest.fixture
def editors(session: Session) -> dict[str, Login]:
    users = {name: login_as(session, name, Role.EDITOR) for name in ("eve", "omar")}
    session.commit()
    return users


@pytest.mark.parametrize("round_", range(3))
@pytest.mark.parametrize("same_speaker", [True, False], ids=["same-new-speaker", "different-new-speakers"])
def test_two_editors_correcting_one_claim_at_once_one_wins_the_other_gets_a_conflict(
    db_url: str, session: Session, editors: dict[str, Login], same_speaker: bool, round_: int
) -> None:
    target = seed_article(session, url=f"https://news.example/correct-{round_}")[0]
    session.commit()

    def correct(user: Login, speaker: str) -> Callable[[Session], Any]:
        def job(s: Session) -> Claim:
            return review.correct(s, claim_id=target, actor=user, version=1, speaker=speaker, now=NOW)

        return job

    names = ("Nadia Karam", "Nadia Karam" if same_speaker else "Yusuf Haddad")
    results = _race(db_url, [correct(editors["eve"], names[0]), correct(editors["omar"], names[1])])
    winners = [r for r in results if isinstance(r, Claim)]
    losers = [r for r in results if isinstance(r, Exception)]
    assert len(winners) == 1 and len(losers) == 1, results
    assert isinstance(losers[0], Conflict), repr(losers[0])
    assert "\n" not in str(losers[0]) and "nothing was saved" in str(losers[0])
    session.expire_all()
    claim = session.get(Claim, target)
    assert claim is not None and claim.version == 2 and claim.speaker == winners[0].speaker
    assert len(history(session, claim_id=target)) == 1
    kinds = {(e.normalized_name, e.kind) for e in session.exec(select(Entity)).all()}
    assert len(kinds) == len(session.exec(select(Entity)).all())  # no entity stored twice


def test_two_corrections_giving_two_claims_one_span_at_once_end_in_a_conflict(
    db_url: str, session: Session, editors: dict[str, Login]
) -> None:
    first, second, _third = seed_article(session, url="https://news.example/same-span")
    session.commit()
    a, b = session.get(Claim, first), session.get(Claim, second)
    assert a is not None and b is not None

    def correct(user: Login, claim_id: int) -> Callable[[Session], Any]:
        def job(s: Session) -> Claim:
            return review.correct(
                s, claim_id=claim_id, actor=user, version=1, start=a.start, end=a.end + 1, speaker="Sam Reed", now=NOW
            )

        return job

    results = _race(db_url, [correct(editors["eve"], first), correct(editors["omar"], second)])
    losers = [r for r in results if isinstance(r, Exception)]
    assert len(losers) == 1 and isinstance(losers[0], Conflict), results
    assert "\n" not in str(losers[0]) and "nothing was saved" in str(losers[0])

"""Helpers shared by the AppTest modules: what a page rendered, the database as it is now.

AppTest note: ``st.switch_page`` inside a run renders the new page once, but the next ``run()``
returns to the page AppTest was on, so the tests call ``at.switch_page(...)`` before interacting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

from sqlmodel import Session, col, select
from streamlit.testing.v1 import AppTest

from claims import db
from claims.models import Claim, ReviewEvent
from tests.dashboard.seed import Seeded

Login = Callable[[str], AppTest]
CLAIM = "views/claim.py"


def now() -> datetime:
    return datetime.now(UTC)


def html_of(at: AppTest) -> str:
    """Everything the page rendered as HTML or markdown, joined."""
    return "\n".join([h.value for h in at.html] + [m.value for m in at.markdown])


def texts(elements: object) -> list[str]:
    """Messages as the reviewer reads them (the dashboard backslash-escapes markdown in messages)."""
    return [re.sub(r"\\(.)", r"\1", e.value) for e in elements]  # type: ignore[attr-defined]


def claim_row(seeded: Seeded, claim_id: int) -> Claim:
    with Session(db.cached_engine(seeded.url)) as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        return claim


def claim_count(seeded: Seeded, *article_ids: int) -> int:
    """How many claims the extractor stored for these articles (all, when none are given)."""
    with Session(db.cached_engine(seeded.url)) as session:
        query = select(Claim.id)
        if article_ids:
            query = query.where(col(Claim.article_id).in_(article_ids))
        return len(session.exec(query).all())


def events_of(seeded: Seeded, claim_id: int) -> list[ReviewEvent]:
    with Session(db.cached_engine(seeded.url)) as session:
        return list(session.exec(select(ReviewEvent).where(col(ReviewEvent.claim_id) == claim_id)).all())


def open_claim_page(at: AppTest, claim_id: int) -> AppTest:
    """Open ``claim_id`` the way the queue's Open button does (taking the lease)."""
    at.session_state["claim_id"] = claim_id
    at.session_state["claim_take"] = True
    return at.switch_page(CLAIM).run()

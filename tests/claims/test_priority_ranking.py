"""The queue ranks: its factors, its explanation, and the demo queue (fixtures/articles) without ties."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest
from sqlmodel import Session

from claims import db
from claims.errors import InputError
from claims.ingest.items import items_from_paths
from claims.ingest.pipeline import run_pipeline
from claims.priority import DOUBLING_SECONDS, EPOCH, compute_priority, explain, prominence
from claims.queue import ATTRIBUTIONS, EVENTS, QueueFilter, QueueRow, queue_page
from tests.flows.site import FIXTURES

T = datetime(2025, 12, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("kind", "role", "weight"),
    [
        ("person", "وزير الخارجية", 2.0),
        ("person", "والرئيس السوري", 2.0),  # an attached و before the office
        ("person", "رئيسة الوزراء", 2.0),
        ("person", "Egyptian Foreign Minister", 2.0),
        ("person", "الخبير الاقتصادي", 1.5),  # a role, not an office
        ("person", "administrator", 1.5),  # "minister" inside a word is not the office
        ("person", "", 1.2),
        ("organization", "", 1.4),
        ("group", "", 1.0),
        ("outlet", "", 1.0),
    ],
)
def test_prominence_by_office_and_kind(kind: str, role: str, weight: float) -> None:
    assert prominence(kind, role).weight == weight


def test_each_factor_moves_the_priority_the_right_way() -> None:
    base = compute_priority(0.5, 1, T, T, confidence=0.9, speaker_kind="person", speaker_role="", start=3000)
    assert compute_priority(0.5, 1, T, T, confidence=0.6, speaker_kind="person", speaker_role="", start=3000) > base
    assert compute_priority(0.5, 1, T, T, confidence=0.9, speaker_kind="person", speaker_role="وزير", start=3000) > base
    assert compute_priority(0.5, 1, T, T, confidence=0.9, speaker_kind="person", speaker_role="", start=0) > base
    assert compute_priority(0.5, 2, T, T, confidence=0.9, speaker_kind="person", speaker_role="", start=3000) > base
    assert compute_priority(0.5, 1, T, T) == compute_priority(0.5, 1, T, T, confidence=None)  # old callers


def _rows(url: str, claims: str | None) -> list[QueueRow]:
    with Session(db.cached_engine(url)) as session:
        rows, _ = queue_page(session, filters=QueueFilter(claims=claims), page_size=30, now=T)
        return rows


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    """What ``claims demo`` stores: every fixture article, through the same pipeline."""
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    db.upgrade(url)
    report = run_pipeline(url, items_from_paths([FIXTURES / "articles"]))
    assert not report.failed
    yield url
    db.dispose_engines()


@pytest.mark.parametrize("claims", [ATTRIBUTIONS, EVENTS])
def test_the_top_of_the_demo_queue_has_no_ties_and_shows_outlets_and_dates(demo: str, claims: str) -> None:
    rows = _rows(demo, claims)
    assert len(rows) == 30
    scores = [r.priority for r in rows]
    assert len(set(scores)) == len(scores), scores  # every rank is earned, none by id order
    assert all(r.outlet and r.published_at for r in rows)
    if claims == EVENTS:
        assert all(r.kind == "event" and r.speaker == r.outlet and r.speaker_kind == "outlet" for r in rows)
    else:
        assert all(r.kind != "event" and r.speaker for r in rows)


def test_the_explanation_is_the_stored_priority(demo: str) -> None:
    """The factors a row shows multiply to the weight its stored score holds: the "why" is true."""
    for row in _rows(demo, None):
        factors = explain(
            checkworthiness=row.checkworthiness, reasons=row.checkworthy_reasons, cluster_size=row.cluster_size,
            confidence=row.confidence, speaker_kind=row.speaker_kind, speaker_role=row.speaker_role,
            start=row.start,
        )  # fmt: skip
        assert row.published_at is not None
        days = (row.published_at.replace(tzinfo=UTC) - EPOCH).total_seconds() / DOUBLING_SECONDS
        weight = math.prod(f.weight for f in factors)
        assert row.priority == pytest.approx(math.log2(weight) + days, abs=1e-5)


def test_an_unknown_claim_set_is_refused(demo: str) -> None:
    with Session(db.cached_engine(demo)) as session, pytest.raises(InputError, match="unknown claim filter"):
        queue_page(session, filters=QueueFilter(claims="rumours"), now=T)

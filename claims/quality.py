"""Live quality: the current extractor scored on the desk's own gold, per language, kept over time.

Why: the fixtures tell how the extractor does on articles someone wrote gold for once; the desk's
decisions tell how it does on the outlets and speakers the desk actually reads, today. A quality
run takes every complete gold article (``claims.gold``: all claims decided), extracts it again from
its stored text through ingestion's own extraction step (``pipeline.extract_document``, so whatever
ingestion applies — a new version, the desk's lexicon — applies here), scores it with the shared
scorer's logic (``claims.scoring``) and stores one :class:`~claims.models.QualityRun` per language.

Recall is measured against what the desk kept *and added*: ``added`` (claims a desk member added,
``claims.provenance``) over ``gold`` is the share the extractor missed outright.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TextIO

from sqlmodel import Session, col, select

from claims.gold import GoldScope, gold_articles
from claims.models import QualityRun, utcnow
from claims.repository import event_speakers
from claims.scoring import Tally

log = logging.getLogger(__name__)


@dataclass
class QualityReport:
    """One run: a stored row per language, and the articles the extractor failed on (scored as empty)."""

    runs: list[QualityRun] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return sum(r.articles for r in self.runs)


@dataclass
class _Lang:
    tally: Tally = field(default_factory=Tally)
    articles: int = 0
    added: int = 0
    versions: set[str] = field(default_factory=set)


def measure_quality(
    session: Session,
    *,
    since: datetime | None = None,
    lang: str | None = None,
    now: datetime | None = None,
    predictions: TextIO | None = None,
    progress: Callable[[int], None] | None = None,
) -> QualityReport:
    """Score the current extractor on the desk's complete gold: one unsaved ``QualityRun`` per language.

    Only reads: :func:`record_runs` stores the runs in a short transaction of its own, so a long
    measurement never holds the database's write lock. ``predictions`` receives the claims
    extracted, one JSON object a line with ``source`` ``<id>.txt``: with a gold folder from
    ``claims export --format gold`` it lets ``score_claims.py`` re-check the figures.
    """
    from claims.ingest.pipeline import desk_layer, extract_document, extractor_version, one_line
    from claims.reextract import stored_document

    layer = desk_layer(session)  # the desk lexicon too: quality is what ingestion would extract now

    per_lang: dict[str, _Lang] = {}
    report = QualityReport()
    for done, item in enumerate(gold_articles(session, GoldScope(since=since, lang=lang)), start=1):
        article = item.article
        figures = per_lang.setdefault(article.lang, _Lang())
        try:
            candidates = event_speakers(extract_document(stored_document(article), layer=layer), article)
        except Exception as exc:  # a crash is a figure (all missed), never the end of the run
            log.warning("extracting article %s failed: %r", article.id, exc)
            report.failures.append(f"article {article.id}: {one_line(exc)}")
            candidates = []
        preds: list[dict[str, Any]] = [
            {"source": item.record["source"], **c.model_dump(mode="json")} for c in candidates
        ]
        if predictions is not None:
            for p in preds:
                predictions.write(json.dumps(p, ensure_ascii=False) + "\n")
        figures.tally.add(item.record, preds)
        figures.articles += 1
        figures.added += item.added
        figures.versions.update(c.extractor_version for c in candidates)
        if progress is not None:
            progress(done)
    at = now or utcnow()
    for code in sorted(per_lang):
        figures = per_lang[code]
        counts = figures.tally.figures()
        attribution, events = counts["attribution"], counts["event"]
        run = QualityRun(
            run_at=at,
            lang=code,
            extractor_version=(" / ".join(sorted(figures.versions)) or extractor_version(layer))[:50],
            since=since,
            articles=figures.articles,
            gold=attribution["gold"],
            predicted=attribution["predicted"],
            hits=attribution["hits"],
            precision=attribution["precision"],
            recall=attribution["recall"],
            f1=attribution["f1"],
            added=figures.added,
            events_gold=events["gold"],
            events_predicted=events["predicted"],
            events_hits=events["hits"],
        )
        report.runs.append(run)
    return report


def record_runs(session: Session, runs: list[QualityRun]) -> None:
    """Keep a measurement's runs for the Stats view (the caller commits)."""
    session.add_all(runs)
    session.flush()


def added_share(run: QualityRun) -> float:
    """Share of the gold claims a desk member added: what the extractor missed outright."""
    return run.added / run.gold if run.gold else 0.0


@dataclass(frozen=True)
class QualityPoint:
    """One stored run of one language, for the Stats chart."""

    run_at: datetime
    lang: str
    extractor_version: str
    precision: float
    recall: float
    f1: float
    articles: int
    gold: int
    added_share: float


def quality_history(session: Session, *, limit: int = 500) -> list[QualityPoint]:
    """The latest ``limit`` stored quality runs (per language), oldest first."""
    rows = session.exec(
        select(QualityRun).order_by(col(QualityRun.run_at).desc(), col(QualityRun.id).desc()).limit(limit)
    ).all()
    return [
        QualityPoint(
            run_at=r.run_at,
            lang=r.lang,
            extractor_version=r.extractor_version,
            precision=r.precision,
            recall=r.recall,
            f1=r.f1,
            articles=r.articles,
            gold=r.gold,
            added_share=round(added_share(r), 3),
        )
        for r in reversed(rows)
    ]

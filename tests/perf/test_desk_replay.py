"""Benchmark: what the desk lexicon buys — the gold plays the reviewer, article after article.

Articles with gold are taken in order. Each is ingested through the real pipeline (``run_pipeline``,
which lays the desk's accepted entries over the built-ins) into a real SQLite database, and scored
with the shared scorer's own matching, beside the same text extracted without the desk lexicon. Then
the gold reviews it, through the library an editor uses: a stored claim whose content matches a gold
claim but whose speaker does not is corrected (``review.correct``); a gold claim nothing matched is
added as a reviewer's claim (``extractor == "reviewer"`` with its ReviewEvent). The proposals this
history yields (``desk_lexicon.refresh_proposals``) are all accepted, and the next article is
ingested with them. So article *i* is scored with what articles 1…i-1 taught.

Sets: ``fixtures/desk-week`` (our own week of one outlet, where the same people recur), and the local
real pages (``fixtures/real/local`` or ``$CLAIMS_REAL_SET``, gitignored; skipped when absent), taken
in file-name order per language. Figures go to ``tests/perf/RESULTS.md`` ("Desk lexicon replay").
Run: ``.venv/bin/python -m pytest tests/perf/test_desk_replay.py -m perf -s -p no:randomly``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlmodel import Session, col, select

from claims import db, review
from claims import desk_lexicon as desk
from claims.candidates import CleanDocument
from claims.errors import ClaimsError
from claims.extract import extract_claims
from claims.ingest.items import Item
from claims.ingest.pipeline import run_pipeline
from claims.models import Article, Claim, ReviewEvent, utcnow
from claims.provenance import REVIEWER_EXTRACTOR
from tests.factories import login_as

pytestmark = pytest.mark.perf

ROOT = Path(__file__).resolve().parents[2]
WEEK = ROOT / "fixtures" / "desk-week"
REAL = Path(os.environ.get("CLAIMS_REAL_SET", ROOT / "fixtures" / "real" / "local"))


def _scorer() -> ModuleType:
    shared = ROOT.parent / "shared" / "tools" / "score_claims.py"
    path = shared if shared.exists() else ROOT / "fixtures" / "extraction" / "score_claims.py"
    spec = importlib.util.spec_from_file_location("score_claims", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SC = _scorer()


@dataclass
class Step:
    name: str
    gold: int
    without: tuple[int, int]  # hits, predicted
    with_desk: tuple[int, int]
    entries: int  # accepted entries it was extracted with
    taught: list[str] = field(default_factory=list)  # kinds of the entries it taught


def _score(gold: dict[str, Any], preds: list[dict[str, str]]) -> tuple[int, int]:
    attr = [p for p in preds if p["kind"] in ("direct", "indirect")]
    return len(SC.match(gold["claims"], attr, SC.Speakers(gold.get("aliases", {})))), len(attr)


def _as_pred(c: Any) -> dict[str, str]:
    return {"speaker": c.speaker, "content": c.content, "kind": str(c.kind)}


def _articles(folder: Path, lang: str) -> list[tuple[str, dict[str, Any], str]]:
    texts = folder / "texts"
    out = []
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = texts / gold["source"]
        if gold.get("lang") == lang and text_path.exists():
            out.append((gold_path.stem, gold, text_path.read_text(encoding="utf-8")))
    return out


def replay(db_url: str, articles: list[tuple[str, dict[str, Any], str]]) -> list[Step]:
    db.upgrade(db_url)
    engine = db.cached_engine(db_url)
    with Session(engine, expire_on_commit=False) as session:
        editor = login_as(session, "gold-editor", "editor")
        session.commit()
    steps = []
    for name, gold, text in articles:
        url = f"https://replay.example/{name}"
        run_pipeline(db_url, [Item(url=url, text=text)], lang=gold["lang"])
        with Session(engine, expire_on_commit=False) as session:
            article = session.exec(select(Article).where(col(Article.url) == url)).first()
            if article is None:  # the cleaner left nothing, or the same text was stored already
                continue
            stored = list(session.exec(select(Claim).where(col(Claim.article_id) == article.id)).all())
            layer = desk.current_layer(session)
            doc = CleanDocument(
                text=article.text, lang=article.lang, outlet=article.outlet, title=article.title
            )  # type: ignore[arg-type]
            without = _score(gold, [_as_pred(c) for c in extract_claims(doc)])
            with_desk = _score(gold, [_as_pred(c) for c in stored])
            entries = len(desk.list_entries(session, status=desk.ACCEPTED))
            _review_as_gold(session, editor, article, stored, gold)
            session.commit()
            taught = []
            for entry in desk.refresh_proposals(session):
                try:
                    desk.accept(session, entry_id=entry.id, actor=editor)  # type: ignore[arg-type]
                    taught.append(entry.kind)
                except ClaimsError:  # it would make the accepted set invalid: the editor rejects it
                    desk.reject(session, entry_id=entry.id, actor=editor)  # type: ignore[arg-type]
            session.commit()
            del layer
        steps.append(Step(name, len(gold["claims"]), without, with_desk, entries, taught))
    return steps


def _review_as_gold(
    session: Session, editor: Any, article: Article, stored: list[Claim], gold: dict[str, Any]
) -> None:
    speakers = SC.Speakers(gold.get("aliases", {}))
    free = [c for c in stored if c.kind != "event"]
    now = utcnow()
    for g in gold["claims"]:
        best = max(free, key=lambda c: SC.overlap_f1(g["content"], c.content), default=None)
        if best is not None and SC.overlap_f1(g["content"], best.content) >= 0.5:
            free.remove(best)
            if speakers.resolve(g["speaker"]) != speakers.resolve(best.speaker):
                review.open_claim(session, claim_id=best.id, actor=editor, now=now, lease_minutes=10)  # type: ignore[arg-type]
                cue = g["cue"] if g["cue"] and g["cue"].split()[0] != (best.cue.split() or [""])[0] else None
                with contextlib.suppress(ClaimsError):  # e.g. another claim already has this span and speaker
                    review.correct(
                        session,
                        claim_id=best.id,
                        actor=editor,
                        version=best.version,  # type: ignore[arg-type]
                        speaker=g["speaker"],
                        cue=cue,
                        now=now,
                    )
            continue
        start = article.text.find(g["content"])
        if start < 0 or not g["content"].strip():
            continue
        added = Claim(
            article_id=article.id,  # type: ignore[arg-type]
            speaker=g["speaker"],
            speaker_kind=g.get("speaker_kind", "person"),
            cue=g.get("cue", ""),
            content=g["content"],
            start=start,
            end=start + len(g["content"]),
            kind=g.get("kind", "indirect"),
            extractor=REVIEWER_EXTRACTOR,
            extractor_version="",
        )
        exists = session.exec(
            select(Claim.id).where(
                col(Claim.article_id) == article.id,
                col(Claim.start) == added.start,
                col(Claim.end) == added.end,
                col(Claim.speaker) == added.speaker,
                col(Claim.kind) == added.kind,
            )
        ).first()
        if exists is not None:
            continue
        session.add(added)
        session.flush()
        session.add(ReviewEvent(claim_id=added.id, actor="gold-editor", at=now, action="add"))  # type: ignore[arg-type]
        session.flush()


def _f1(hits: int, pred: int, gold: int) -> float:
    p, r = (hits / pred if pred else 0.0), (hits / gold if gold else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def _report(title: str, steps: list[Step]) -> tuple[float, float]:
    print(f"\n{title}: article | gold | F1 without | F1 with desk | entries in use | taught")
    for s in steps:
        print(
            f"  {s.name[:44]:44} {s.gold:3d}  {_f1(*s.without, s.gold):.3f}  {_f1(*s.with_desk, s.gold):.3f}"
            f"  {s.entries:3d}  {','.join(s.taught) or '-'}"
        )
    later = steps[1:]
    gold = sum(s.gold for s in later)
    without = _f1(sum(s.without[0] for s in later), sum(s.without[1] for s in later), gold)
    with_desk = _f1(sum(s.with_desk[0] for s in later), sum(s.with_desk[1] for s in later), gold)
    print(
        f"  articles 2..{len(steps)}: attribution F1 without {without:.3f}, "
        f"with the desk lexicon {with_desk:.3f}"
    )
    return without, with_desk


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_desk_week_replay(lang: str, tmp_path: Path) -> None:
    """Our own week of one outlet: the same people recur, so what Monday teaches should pay on Tuesday."""
    steps = replay(f"sqlite:///{tmp_path / 'replay.db'}", _articles(WEEK, lang))
    assert len(steps) >= 5
    # The first article is extracted before anything was learned: with and without are the same.
    assert steps[0].with_desk == steps[0].without and steps[0].entries == 0
    without, with_desk = _report(f"desk-week {lang}", steps)
    assert with_desk > without, "the desk lexicon learned nothing that helped the next days"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_real_pages_replay(lang: str, tmp_path: Path) -> None:
    """Real pages of many outlets (local only): people rarely recur; the figure says what transfers."""
    folders = [REAL, *sorted(REAL.glob("heldout*"))] if REAL.is_dir() else []
    articles = [a for f in folders if (f / "gold").is_dir() for a in _articles(f, lang)]
    if not articles:
        pytest.skip(f"no local real set with gold under {REAL}")
    steps = replay(f"sqlite:///{tmp_path / 'replay.db'}", articles)
    _report(f"real pages {lang} ({len(steps)} articles)", steps)
    assert steps and steps[0].with_desk == steps[0].without

"""The desk's decisions as gold (issue 14, items 1, 2 and 4), end to end on SQLite and PostgreSQL.

Fixture articles are ingested through the pipeline; a desk reviews them through ``claims.review``
after their hand-written gold (``tests/claims/desk_play.py``); then ``claims export --format gold``,
``claims quality`` and ``claims reextract`` run as a user runs them, and the shared scorer
(``../shared/tools/score_claims.py``, else the fixture copy) checks the exported folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session, SQLModel, col, select
from typer.testing import CliRunner

import claims.extract
from claims import db, review
from claims.cli import app
from claims.gold import GoldScope, gold_articles
from claims.ingest.items import items_from_paths
from claims.ingest.pipeline import extractor_version, run_pipeline
from claims.models import Article, Claim, QualityRun, ReviewEvent
from claims.provenance import is_reviewer_added
from claims.settings import get_settings
from tests.claims.desk_play import (
    DECIDED_AT,
    FIXTURES,
    SHARED_SCORER,
    add_missed,
    desk_logins,
    fixture_gold,
    play,
)

SCORER = SHARED_SCORER if SHARED_SCORER.exists() else FIXTURES / "extraction" / "score_claims.py"
GOLD_KEYS = ["source", "lang", "outlet", "title", "aliases", "claims", "events", "cross_refs", "boilerplate"]
CLAIM_KEYS = ["speaker", "speaker_kind", "kind", "cue", "content", "via"]

REVIEWED = (
    "hashtag-assad-khaji",  # the extractor is right on every claim
    "ar2-aljazeera-sport-wydad-esperance",  # a wrong speaker: an editor corrects it
    "ar2-france24-lebanon-reconstruction-envoy",  # a missed two-speaker claim: a reviewer adds it
    "en-cnbc-nvidia-earnings-chips",  # wrong speakers and extra claims: corrected, Not a claim
)
WAITING = ("en-ap-blinken-cairo", "alakhbar-lebanon-electricity")  # nobody decides these

runner = CliRunner()


@dataclass
class Desk:
    url: str
    ids: dict[str, int]  # fixture name → article id

    def session(self) -> Session:
        return Session(db.cached_engine(self.url), expire_on_commit=False)


@pytest.fixture
def desk(empty_db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    """The fixture articles ingested into a fresh database (SQLite, PostgreSQL), nothing decided yet."""
    url = empty_db_url
    db.upgrade(url)
    monkeypatch.setenv("CLAIMS_DATABASE_URL", url)
    get_settings.cache_clear()
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in (*REVIEWED, *WAITING):
        shutil.copy(FIXTURES / "articles" / f"{name}.txt", folder / f"{name}.txt")
    report = run_pipeline(url, items_from_paths([folder]))
    assert report.count("added") == len(REVIEWED) + len(WAITING), report.outcomes
    with Session(db.cached_engine(url)) as session:
        ids = {
            Path(a.canonical_url).stem: a.id for a in session.exec(select(Article)).all() if a.id is not None
        }
    yield Desk(url, ids)
    db.dispose_engines()


def review_all(desk: Desk, names: tuple[str, ...] = REVIEWED, **kwargs: Any) -> None:
    with desk.session() as session:
        reviewer, editor = desk_logins(session)
        for name in names:
            play(session, desk.ids[name], fixture_gold(name), reviewer=reviewer, editor=editor, **kwargs)
        session.commit()


def cli(*args: str) -> Any:
    return runner.invoke(app, list(args))


def shared_score(gold_dir: Path, pred: Path) -> dict[str, dict[str, float]]:
    done = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(gold_dir), "--pred", str(pred), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def hand_gold_as_predictions(desk: Desk, names: tuple[str, ...], out: Path) -> Path:
    """The fixture's hand-written gold claims and events as a prediction file for the exported folder."""
    with out.open("w", encoding="utf-8") as fh:
        for name in names:
            gold = fixture_gold(name)
            source = f"{desk.ids[name]}.txt"
            for claim in gold["claims"]:
                fh.write(json.dumps({"source": source, **claim}, ensure_ascii=False) + "\n")
            for event in gold.get("events", []):
                fh.write(json.dumps({"source": source, "kind": "event", **event}, ensure_ascii=False) + "\n")
    return out


# ------------------------------------------------------------------ gold export


def test_the_desks_gold_is_the_hand_gold_and_the_shared_scorer_takes_it(desk: Desk, tmp_path: Path) -> None:
    review_all(desk)
    out = tmp_path / "desk-gold"
    result = cli("export", "--format", "gold", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert f"exported gold for {len(REVIEWED)} articles" in result.stderr
    assert "left out" not in result.stderr  # the waiting articles have no decision: not gold at all

    files = sorted(p.name for p in (out / "gold").iterdir())
    assert files == sorted(f"{desk.ids[n]}.json" for n in REVIEWED)
    with desk.session() as session:
        for name in REVIEWED:
            article = session.get(Article, desk.ids[name])
            assert article is not None
            assert (out / "texts" / f"{article.id}.txt").read_bytes() == article.text.encode("utf-8")
            record = json.loads((out / "gold" / f"{article.id}.json").read_text(encoding="utf-8"))
            assert list(record) == GOLD_KEYS
            assert all(list(c) == CLAIM_KEYS for c in record["claims"])
            assert all(list(e) == ["speaker", "content"] for e in record["events"])
            assert record["source"] == f"{article.id}.txt" and record["lang"] == article.lang
            assert record["title"] == article.title and record["outlet"] == (article.outlet or "")

    # the desk's gold says what the hand gold says: the hand gold scores perfectly against it
    pred = hand_gold_as_predictions(desk, REVIEWED, tmp_path / "hand.jsonl")
    figures = shared_score(out / "gold", pred)
    assert figures["attribution"]["f1"] == 1.0, figures
    assert figures["event"]["f1"] == 1.0, figures
    assert figures["attribution"]["gold"] == sum(len(fixture_gold(n)["claims"]) for n in REVIEWED)


def test_gold_holds_corrections_and_additions_and_never_not_a_claim(desk: Desk, tmp_path: Path) -> None:
    review_all(desk)
    with desk.session() as session:
        by_name = {
            name: g for g in gold_articles(session, GoldScope()) for name in REVIEWED
            if g.article.id == desk.ids[name]
        }  # fmt: skip
        rejected = session.exec(select(Claim).where(Claim.status == "not_a_claim")).all()
        added = [c for c in session.exec(select(Claim)).all() if is_reviewer_added(c)]
    assert rejected and added
    everything = {c["content"] for g in by_name.values() for c in [*g.record["claims"], *g.record["events"]]}
    assert not {c.content for c in rejected} & everything  # Not a claim is left out
    assert {c.content for c in added} <= everything  # added claims are gold
    france24 = by_name["ar2-france24-lebanon-reconstruction-envoy"]
    assert france24.added >= 1
    assert any(" + " in c["speaker"] for c in france24.record["claims"])
    # the wrong speaker on the football page went to gold as the editor corrected it
    wydad = by_name["ar2-aljazeera-sport-wydad-esperance"].record
    assert "جيروم لوبلان" in {c["speaker"] for c in wydad["claims"]}
    assert "حكم المباراة" not in {c["speaker"] for c in wydad["claims"]}
    # aliases come from the stored mentions and entities, and occur in the article
    seed = by_name["hashtag-assad-khaji"].record
    assert "خاجي" in seed["aliases"]["علي أصغر خاجي"]
    names = [n for names in seed["aliases"].values() for n in names]
    assert len(names) == len(set(names))  # no name under two speakers


def test_disputed_claims_are_in_the_gold(desk: Desk) -> None:
    review_all(desk, dispute_every=2)
    with desk.session() as session:
        disputed = session.exec(select(Claim).where(Claim.status == "disputed", Claim.kind != "event")).all()
        gold = {c["content"] for g in gold_articles(session, GoldScope()) for c in g.record["claims"]}
    assert disputed and {c.content for c in disputed} <= gold


def test_partial_articles_need_include_partial_and_bring_only_their_decisions(
    desk: Desk, tmp_path: Path
) -> None:
    review_all(desk, ("hashtag-assad-khaji",), leave_pending=3)
    out = tmp_path / "g"
    result = cli("export", "--format", "gold", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "exported gold for 0 articles" in result.stderr and "left out" in result.stderr
    assert list((out / "gold").iterdir()) == []

    result = cli("export", "--format", "gold", "--out", str(out), "--include-partial")
    assert result.exit_code == 0, result.output
    assert "1 with pending claims" in result.stderr
    record = json.loads(
        (out / "gold" / f"{desk.ids['hashtag-assad-khaji']}.json").read_text(encoding="utf-8")
    )
    with desk.session() as session:
        pending = session.exec(
            select(Claim).where(
                Claim.article_id == desk.ids["hashtag-assad-khaji"], Claim.status == "pending"
            )
        ).all()
    assert len(pending) == 3
    contents = {c["content"] for c in [*record["claims"], *record["events"]]}
    assert not {c.content for c in pending} & contents

    # exporting again without it leaves the folder holding exactly the complete articles: none
    assert cli("export", "--format", "gold", "--out", str(out)).exit_code == 0
    assert list((out / "gold").iterdir()) == [] and list((out / "texts").iterdir()) == []


def test_gold_export_mistakes_are_one_line(desk: Desk, tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    for args, message in (
        ([], "--format gold needs --out DIR"),
        (["--out", str(afile)], "is a file; give a folder"),
        (["--out", str(tmp_path / "d"), "--lang", "fr"], "unknown language 'fr'"),
        (["--out", str(tmp_path / "d"), "--since", "yesterday"], "--since: not a date"),
        (["--out", str(tmp_path / "d"), "--status", "disputed"], "takes --since, --lang"),
    ):
        result = cli("export", "--format", "gold", *args)
        assert result.exit_code == 1, (args, result.output)
        assert message in result.stderr and "Traceback" not in result.output
    result = cli("export", "--include-partial")
    assert result.exit_code == 1 and "--include-partial goes with --format gold" in result.stderr


# ------------------------------------------------------------------ quality


def test_quality_prints_stores_and_agrees_with_the_shared_scorer(desk: Desk, tmp_path: Path) -> None:
    review_all(desk)
    assert cli("export", "--format", "gold", "--out", str(tmp_path / "g")).exit_code == 0
    pred = tmp_path / "pred.jsonl"
    result = cli("quality", "--pred-out", str(pred))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [ln.split()[0] for ln in lines] == ["ar", "en"], lines
    assert all(" P " in ln and " R " in ln and " F1 " in ln and "added by reviewers" in ln for ln in lines)
    with desk.session() as session:
        runs = {r.lang: r for r in session.exec(select(QualityRun)).all()}
    assert set(runs) == {"ar", "en"}
    assert runs["ar"].articles == 3 and runs["en"].articles == 1
    assert runs["ar"].extractor_version == extractor_version()
    assert runs["ar"].added >= 1  # the two-speaker claim the extractor missed
    assert (
        f"R {runs['ar'].recall:.3f}" in lines[0] and f"{runs['ar'].added / runs['ar'].gold:.1%}" in lines[0]
    )
    # the shared scorer, run on the exported folder and the extracted claims, gives the same figures
    for lang, run in runs.items():
        lang_gold = tmp_path / f"gold-{lang}"
        lang_gold.mkdir()
        for path in (tmp_path / "g" / "gold").iterdir():
            if json.loads(path.read_text(encoding="utf-8"))["lang"] == lang:
                shutil.copy(path, lang_gold / path.name)
        figures = shared_score(lang_gold, pred)["attribution"]
        assert (figures["precision"], figures["recall"], figures["f1"]) == (run.precision, run.recall, run.f1)
        assert (figures["hits"], figures["predicted"], figures["gold"]) == (run.hits, run.predicted, run.gold)
    # a missed claim the desk added lowers recall: the extractor did not find it
    assert runs["ar"].recall < 1.0


def test_quality_filters_by_language_and_date_and_says_when_there_is_no_gold(desk: Desk) -> None:
    result = cli("quality")
    assert result.exit_code == 0 and "no gold yet" in result.stdout
    review_all(desk)
    result = cli("quality", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert [ln.split()[0] for ln in result.stdout.splitlines()] == ["en"]
    result = cli("quality", "--since", "2999-01-01")
    assert result.exit_code == 0 and "no gold yet" in result.stdout
    with desk.session() as session:
        assert [r.lang for r in session.exec(select(QualityRun)).all()] == ["en"]
    result = cli("quality", "--lang", "fr")
    assert result.exit_code == 1 and "unknown language" in result.stderr


def test_quality_follows_the_extractor_ingestion_uses(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """Quality runs through ingestion's extraction step: what it extracts now is what is scored."""
    review_all(desk)
    real = claims.extract.extract_claims
    monkeypatch.setattr(
        claims.extract, "extract_claims", lambda doc: [c for c in real(doc) if c.kind == "event"]
    )
    result = cli("quality", "--lang", "ar")
    assert result.exit_code == 0, result.output
    with desk.session() as session:
        run = session.exec(select(QualityRun)).one()
    assert run.predicted == 0 and run.recall == 0.0 and run.gold > 0


# ------------------------------------------------------------------ re-extraction


def dump(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every product table, ids and timestamps included (quality runs aside)."""
    engine = db.cached_engine(url)
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            if table.name != "qualityrun":
                out[table.name] = sorted(map(tuple, conn.execute(table.select()).all()), key=repr)
    return out


def age_pending_claims(desk: Desk, name: str) -> None:
    """Make an article's pending claims look like an older extractor's (what a new version replaces)."""
    with desk.session() as session:
        session.execute(
            text("UPDATE claim SET extractor_version = '0.0.1' WHERE article_id = :a AND status = 'pending'"),
            {"a": desk.ids[name]},
        )
        session.commit()


def test_reextract_replaces_only_pending_claims_of_undecided_articles_and_is_idempotent(desk: Desk) -> None:
    review_all(desk)
    waiting = desk.ids["en-ap-blinken-cairo"]
    with desk.session() as session:
        _, editor = desk_logins(session)
        first = session.exec(
            select(Claim).where(Claim.article_id == waiting).order_by(col(Claim.start))
        ).first()
        assert first is not None and first.id is not None
        corrected = review.correct(session, claim_id=first.id, actor=editor, version=first.version,
                                   speaker="Antony J. Blinken", now=DECIDED_AT)  # fmt: skip
        session.commit()
    for name in (*REVIEWED, *WAITING):
        age_pending_claims(desk, name)
    with desk.session() as session:
        decided_before = session.exec(
            select(Claim)
            .where(col(Claim.article_id).in_([desk.ids[n] for n in REVIEWED]))
            .order_by(col(Claim.id))
        ).all()
        events_before = session.exec(select(ReviewEvent).order_by(col(ReviewEvent.id))).all()
        waiting_before = {c.id for c in session.exec(select(Claim).where(Claim.article_id == waiting)).all()}

    result = cli("reextract")
    assert result.exit_code == 0, result.output
    assert "2 articles: 2 re-extracted" in result.stdout and "0 failed" in result.stdout

    with desk.session() as session:
        decided_after = session.exec(
            select(Claim)
            .where(col(Claim.article_id).in_([desk.ids[n] for n in REVIEWED]))
            .order_by(col(Claim.id))
        ).all()
        assert [c.model_dump() for c in decided_after] == [c.model_dump() for c in decided_before]
        assert [
            e.model_dump() for e in session.exec(select(ReviewEvent).order_by(col(ReviewEvent.id))).all()
        ] == [e.model_dump() for e in events_before]
        now_waiting = session.exec(select(Claim).where(Claim.article_id == waiting)).all()
        kept = session.get(Claim, corrected.id)
        assert kept is not None and kept.speaker == "Antony J. Blinken" and kept.corrected
        assert {c.id for c in now_waiting} & waiting_before == {corrected.id}  # the rest are new rows
        assert {c.extractor_version for c in now_waiting if c.id != corrected.id} == {extractor_version()}

    before = dump(desk.url)
    again = cli("reextract")
    assert again.exit_code == 0, again.output
    assert "2 articles: 0 re-extracted" in again.stdout and "2 unchanged" in again.stdout
    assert dump(desk.url) == before  # same rows, same ids, same counts


def test_reextract_keeps_a_claim_a_reviewer_added_to_an_undecided_article(desk: Desk) -> None:
    waiting = desk.ids["en-ap-blinken-cairo"]
    gold = fixture_gold("en-ap-blinken-cairo")["claims"][0]
    with desk.session() as session:
        article = session.get(Article, waiting)
        assert article is not None
        added = add_missed(session, article, gold | {"speaker": "Someone Else"}, kind=gold["kind"])
        session.commit()
    age_pending_claims(desk, "en-ap-blinken-cairo")
    result = cli("reextract", "--source", "nobody-but-this")
    assert result.exit_code == 0 and result.stdout.startswith("0 articles")
    result = cli("reextract")
    assert result.exit_code == 0 and "1 re-extracted" in result.stdout, result.output
    with desk.session() as session:
        kept = session.get(Claim, added.id)
        assert kept is not None and kept.speaker == "Someone Else" and is_reviewer_added(kept)
        assert kept.status == "pending"


def test_reextract_scopes_by_source_and_date(desk: Desk) -> None:
    for name in WAITING:
        age_pending_claims(desk, name)
    outlet = "Associated Press"
    with desk.session() as session:  # files carry no outlet; a feed item would
        session.execute(
            text("UPDATE article SET outlet = :o WHERE id = :a"), {"o": outlet, "a": desk.ids[WAITING[0]]}
        )
        session.commit()
    result = cli("reextract", "--since", "2999-01-01")
    assert result.exit_code == 0 and result.stdout.startswith("0 articles")
    result = cli("reextract", "--source", outlet)
    assert result.exit_code == 0, result.output
    assert "1 re-extracted" in result.stdout
    with desk.session() as session:
        old = session.exec(select(Claim).where(Claim.extractor_version == "0.0.1")).all()
    assert old and {c.article_id for c in old} == {desk.ids["alakhbar-lebanon-electricity"]}


def test_a_failing_article_is_one_line_and_the_rest_are_done(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (*REVIEWED, *WAITING):
        age_pending_claims(desk, name)
    with desk.session() as session:
        doomed = session.get(Article, desk.ids["alakhbar-lebanon-electricity"])
        assert doomed is not None
        marker = doomed.text[:40]
    real = claims.extract.extract_claims

    def flaky(doc: Any, layer: Any = None) -> Any:
        if doc.text.startswith(marker):
            raise RuntimeError("rule table broken\nsecond line")
        return real(doc, layer)

    monkeypatch.setattr(claims.extract, "extract_claims", flaky)
    result = cli("reextract")
    assert result.exit_code == 1
    failed = [ln for ln in result.stderr.splitlines() if "failed" in ln]
    assert failed == [f"failed: article {doomed.id}: RuntimeError: rule table broken"]
    assert f"{len(REVIEWED) + len(WAITING)} articles: {len(REVIEWED) + 1} re-extracted" in result.stdout
    with desk.session() as session:
        old = session.exec(select(Claim).where(Claim.extractor_version == "0.0.1")).all()
    assert {c.article_id for c in old} == {doomed.id}

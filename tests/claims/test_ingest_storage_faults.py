"""What PostgreSQL refuses and SQLite takes (a NUL character, a site name longer than its column)
is fitted before storing and the change recorded; an article the database still refuses is recorded
as that article's failure and the rest of the batch lands. On both back ends, for real."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session, select

from claims import repository
from claims.db import cached_engine, session_scope
from claims.ingest.items import items_from_paths
from claims.ingest.pipeline import run_pipeline
from claims.models import Article, Claim, FetchState
from claims.storable import column_length
from tests.factories import make_document

SAID = (
    "The harbour authority said on Tuesday that the audit of the northern port would be delayed until March.\n\n"
    "Council member Lina Haddad said the delay was unacceptable and that the accounts should be published now."
)
LONG_SITE = "The " + "Very " * 90 + "Long Gazette"  # 466 characters, the column holds 300


def _page(body: str, site: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f'<html><head><title>Port audit delayed</title><meta property="og:site_name" content="{site}">'
        f"</head><body><article><h1>Port audit delayed</h1>{paragraphs}</article></body></html>"
    )


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def test_nul_characters_and_an_overlong_site_name_are_fitted_and_recorded(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long-site.html").write_text(_page(SAID.replace("March", "April"), LONG_SITE), encoding="utf-8")
    nul_text = SAID.replace("northern port", "northern\x00 port\x00")
    _jsonl(
        folder / "batch.jsonl",
        [
            {"url": "https://news.example/nul", "title": "Audit\x00 delayed", "text": nul_text},
            {"url": "https://news.example/plain", "text": SAID.replace("Tuesday", "Wednesday")},
        ],
    )
    report = run_pipeline(db_url, items_from_paths([folder]))
    assert [o.status for o in report.outcomes] == ["added"] * 3, report.outcomes
    limit = column_length(Article, "outlet")
    assert limit == 300
    with session_scope(db_url) as s:
        nul = s.exec(select(Article).where(Article.canonical_url == "https://news.example/nul")).one()
        assert "\x00" not in nul.text and "northern port" in nul.text and nul.title == "Audit delayed"
        assert any("2 NUL character(s) stripped from the text" in f for f in nul.input_fixes), nul.input_fixes
        for claim in s.exec(select(Claim).where(Claim.article_id == nul.id)).all():
            assert nul.text[claim.start : claim.end] == claim.content  # spans computed on the fitted text
        site = s.exec(select(Article).where(Article.outlet != None)).one()  # noqa: E711  (the HTML page)
        assert site.outlet == LONG_SITE[:limit].rstrip()
        assert f"outlet clipped to {limit} characters (was {len(LONG_SITE)})" in site.input_fixes
        plain = s.exec(select(Article).where(Article.canonical_url == "https://news.example/plain")).one()
        assert plain.input_fixes == []


def test_an_overlong_author_is_clipped_to_the_column(session: Session) -> None:
    author = "Hana Writer and " * 30  # 480 characters
    doc = make_document(SAID, lang="en", author=author, outlet="Gazette\x00")
    stored = repository.store_article(session, doc=doc, url="https://news.example/author")
    session.commit()
    session.expire_all()
    row = session.get(Article, stored.article_id)
    assert row is not None and row.author == author[: column_length(Article, "author")].rstrip()
    assert row.outlet == "Gazette" and len(row.input_fixes) == 2


def _refuse_title(db_url: str, title: str) -> None:
    """A real database-side refusal of one article (a trigger), whatever the back end."""
    with cached_engine(db_url).begin() as conn:
        if db_url.startswith("sqlite"):
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_one BEFORE INSERT ON article "
                    f"WHEN NEW.title = '{title}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
                )
            )
        else:
            conn.execute(
                text(
                    "CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    f"IF NEW.title = '{title}' THEN RAISE EXCEPTION 'refused by the test' USING ERRCODE = '22001'; "
                    "END IF; RETURN NEW; END $$"
                )
            )
            conn.execute(
                text("CREATE TRIGGER refuse_one BEFORE INSERT ON article FOR EACH ROW EXECUTE FUNCTION refuse_one()")
            )


def _allow_all(db_url: str) -> None:
    with cached_engine(db_url).begin() as conn:
        conn.execute(text("DROP TRIGGER refuse_one" + ("" if db_url.startswith("sqlite") else " ON article")))


def test_an_article_the_database_refuses_is_recorded_and_the_rest_of_the_batch_lands(
    db_url: str, tmp_path: Path
) -> None:
    words = ("Monday", "Tuesday", "Wednesday")
    records = [
        {"url": f"https://news.example/{n}", "title": f"t{n}", "text": SAID.replace("Tuesday", w)}
        for n, w in enumerate(words)
    ]
    batch = _jsonl(tmp_path / "batch.jsonl", records)
    _refuse_title(db_url, "t1")
    first = run_pipeline(db_url, items_from_paths([batch]))
    assert [o.status for o in first.outcomes] == ["added", "failed", "added"], first.outcomes
    assert "the database refused the article" in (first.failed[0].reason or "")
    assert "refused by the test" in (first.failed[0].reason or "")
    with session_scope(db_url) as s:
        assert len(s.exec(select(Article)).all()) == 2
        state = s.exec(select(FetchState).where(FetchState.url == "https://news.example/1")).one()
        assert (state.status, state.failure_kind, state.attempts) == ("failed", "store", 1)
    _allow_all(db_url)
    second = run_pipeline(db_url, items_from_paths([batch]))  # a store failure is retried next run
    assert [o.status for o in second.outcomes] == ["added"] and second.skipped == 2
    with session_scope(db_url) as s:
        state = s.exec(select(FetchState).where(FetchState.url == "https://news.example/1")).one()
        assert (state.status, state.failure_kind) == ("ok", None)

"""The queue's text search on SQLite goes through the FTS5 trigram index and returns exactly what the
``LIKE`` scan returned (ASCII-only case folding, no other normalisation), whatever the user types;
the index survives a batch migration of ``claim`` because ``claims.db.upgrade`` repairs it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, update
from sqlmodel import Session, col

from claims import db, queue, search_index
from claims.models import Claim
from claims.queue import QueueFilter, queue_page
from tests.claims.review_data import NOW, seed_article

CHARS = 'aAbBzZéÉßİ\u212a0 "*%_\\():^-\'ابتةىأإآلا\u064e\u0651ﻻ'
WORDS = ("OR", "AND", "NOT", "NEAR(", "NEAR(a b)", "content:", "التنسيق", "Topic", "topic")


def _fold(s: str) -> str:
    """SQLite's LIKE: ASCII letters fold, nothing else does."""
    return s.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))


def _expected(rows: list[tuple[int, str, str, float, str]], term: str, cap: int) -> tuple[list[int], int]:
    needle = _fold(term.strip())
    found = [r for r in rows if not needle or needle in _fold(r[1]) or needle in _fold(r[2])]
    hits = [r for r in found if r[4] == "pending"]
    hits.sort(key=lambda r: (r[3], r[0]), reverse=True)
    return [r[0] for r in hits[:200]], min(len(hits), cap + 1)


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    db.upgrade(sqlite_url)
    engine = db.make_engine(sqlite_url)
    yield engine
    engine.dispose()


@pytest.fixture
def art(sqlite_engine: Engine) -> int:
    """An article to hang claims on (its seeded claims are deleted by each test)."""
    with Session(sqlite_engine) as s:
        ids = seed_article(s, url="https://n.example/a")
        s.commit()
        claim = s.get(Claim, ids[0])
        assert claim is not None
        return claim.article_id


def _claim(article_id: int, content: str, speaker: str, priority: float, status: str, at: int = 0) -> Claim:
    return Claim(
        article_id=article_id, speaker=speaker, speaker_kind="person", content=content, start=at,
        end=at + len(content), kind="indirect", extractor="t", extractor_version="1", priority=priority,
        status=status, created_at=NOW, updated_at=NOW,
    )  # fmt: skip


text_st = st.lists(st.one_of(st.text(CHARS, max_size=5), st.sampled_from(WORDS)), max_size=5).map("".join)
claim_st = st.tuples(text_st, text_st, st.floats(0, 10), st.sampled_from(["pending", "pending", "verified"]))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    claims=st.lists(claim_st, max_size=12),
    edits=st.lists(st.tuples(st.integers(0, 11), text_st), max_size=3),
    data=st.data(),
    cap=st.sampled_from([2, 10_000]),
    read=st.sampled_from([3, 20_000]),
)
def test_the_index_returns_exactly_the_scan(
    sqlite_engine: Engine,
    art: int,
    monkeypatch: pytest.MonkeyPatch,
    claims: list[tuple[str, str, float, str]],
    edits: list[tuple[int, str]],
    data: st.DataObject,
    cap: int,
    read: int,
) -> None:
    """Random claims, edited and deleted through the ORM (so every trigger fires), random terms: the
    page and the total equal a pure-Python LIKE; ``cap`` 2 also takes the common-term (walk) path."""
    monkeypatch.setattr(queue, "COUNT_CAP", cap)
    monkeypatch.setattr(queue, "TEXT_LIST_MAX", cap)
    monkeypatch.setattr(queue, "TEXT_COUNT_READ", read)  # 3: counting through the index may fall short
    with Session(sqlite_engine, expire_on_commit=False) as s:
        s.exec(delete(Claim))  # type: ignore[call-overload]
        made = [_claim(art, c, sp, p, st_, at=i) for i, (c, sp, p, st_) in enumerate(claims)]
        s.add_all(made)
        s.commit()
        for index, new in edits:
            if index < len(made):
                edit = update(Claim).where(col(Claim.id) == made[index].id).values(content=new)
                s.exec(edit)  # type: ignore[call-overload]
        s.commit()
        stored = s.exec(Claim.__table__.select()).all()  # type: ignore[attr-defined]
        rows = [(c.id, c.content, c.speaker, c.priority, c.status) for c in stored]
    pool = [r[1] for r in rows] + [r[2] for r in rows] + ["x"]
    source = data.draw(st.sampled_from(pool))
    i = data.draw(st.integers(0, len(source)))
    j = data.draw(st.integers(min(i + 3, len(source)), len(source)))  # mostly long enough for the index
    term = data.draw(st.one_of(st.just(source[i:j]), st.just(source[i:j].swapcase()), text_st))
    with Session(sqlite_engine) as s:
        page, total = queue_page(s, filters=QueueFilter(text=term), page_size=200, now=NOW)
    assert ([r.claim_id for r in page], total) == _expected(rows, term, cap)


@pytest.mark.parametrize(
    "term",
    ['"', 'a"b', "*", "abc*", "OR", "x OR y", "NEAR(", "NEAR(abc def)", "content:abc", "^abc", "-abc",
     "AND", "(abc)", "التنسيق", "الت", "ال", "ab", "sam reed", "SAM REED"],
)  # fmt: skip
def test_fts_syntax_in_a_term_is_literal(sqlite_engine: Engine, art: int, term: str) -> None:
    contents = ['he said "x OR y"', "NEAR(abc def) and a\"b", "abc* ^abc -abc (abc)", "content:abc AND",
                "أهمية التنسيق في المرحلة", "Sam Reed said it"]  # fmt: skip
    with Session(sqlite_engine, expire_on_commit=False) as s:
        s.exec(delete(Claim))  # type: ignore[call-overload]
        made = [_claim(art, c, "someone", float(i), "pending", at=i) for i, c in enumerate(contents)]
        s.add_all(made)
        s.commit()
        rows = [(c.id, c.content, c.speaker, c.priority, c.status) for c in made]
    with Session(sqlite_engine) as s:
        page, total = queue_page(s, filters=QueueFilter(text=term), page_size=200, now=NOW)
    expected = _expected(rows, term, queue.COUNT_CAP)  # type: ignore[arg-type]
    assert ([r.claim_id for r in page], total) == expected and total > 0


def _batch_migrate_claim(engine: Engine) -> None:
    """What a later Alembic batch migration of ``claim`` does on SQLite: copy, drop, rename."""
    with engine.begin() as conn:
        ops = Operations(MigrationContext.configure(conn))
        with ops.batch_alter_table("claim", recreate="always"):
            pass


def _search(engine: Engine, term: str) -> list[str]:
    with Session(engine) as s:
        page, _ = queue_page(s, filters=QueueFilter(text=term, status=None), now=NOW)
        return [r.content for r in page]


def test_upgrade_repairs_the_index_after_a_batch_migration(
    sqlite_url: str, sqlite_engine: Engine, art: int
) -> None:
    with Session(sqlite_engine, expire_on_commit=False) as s:
        old = _claim(art, "the harbour was dredged", "Port Authority", 1.0, "pending")
        s.add(old)
        s.commit()
    _batch_migrate_claim(sqlite_engine)
    with sqlite_engine.connect() as conn:
        triggers = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").all()
    assert not {t[0] for t in triggers} & set(search_index.TRIGGERS)  # the batch copy lost them
    with Session(sqlite_engine, expire_on_commit=False) as s:
        s.add(_claim(art, "exports of saffron doubled", "Trade Office", 2.0, "pending", at=1))
        edit = update(Claim).where(col(Claim.id) == old.id).values(content="the harbour was widened")
        s.exec(edit)  # type: ignore[call-overload]
        s.commit()
    assert _search(sqlite_engine, "saffron") == [] and _search(sqlite_engine, "widened") == []  # stale
    db.upgrade(sqlite_url)
    assert _search(sqlite_engine, "saffron") == ["exports of saffron doubled"]
    assert _search(sqlite_engine, "widened") == ["the harbour was widened"]
    assert _search(sqlite_engine, "dredged") == []
    with Session(sqlite_engine, expire_on_commit=False) as s:  # the triggers are back
        s.add(_claim(art, "the saffron harvest failed", "Trade Office", 3.0, "pending", at=2))
        s.exec(delete(Claim).where(col(Claim.id) == old.id))  # type: ignore[call-overload]
        s.commit()
    assert _search(sqlite_engine, "saffron") == ["the saffron harvest failed", "exports of saffron doubled"]
    assert _search(sqlite_engine, "harbour") == []
    with sqlite_engine.begin() as conn:
        assert search_index.ensure_search_index(conn) is False  # all in place: nothing to redo
        fts = search_index.TABLE  # and the index agrees with the claims (an error otherwise):
        conn.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")


def test_the_index_follows_the_migrations_down_and_up(sqlite_url: str, sqlite_engine: Engine) -> None:
    from alembic import command

    def names() -> set[str]:
        with sqlite_engine.connect() as conn:
            return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master").all()}

    assert search_index.TABLE in names() and set(search_index.TRIGGERS) <= names()
    command.downgrade(db.alembic_config(sqlite_url), "0004")
    assert not names() & (search_index.TABLES | set(search_index.TRIGGERS))
    db.upgrade(sqlite_url, "0004")  # below the index's revision, upgrade does not add it
    assert not names() & (search_index.TABLES | set(search_index.TRIGGERS))
    db.upgrade(sqlite_url)
    assert search_index.TABLE in names() and set(search_index.TRIGGERS) <= names()


@pytest.mark.postgres
def test_the_index_is_only_on_sqlite(pg_url: str) -> None:
    db.upgrade(pg_url)
    engine = db.cached_engine(pg_url)
    with engine.connect() as conn:
        assert search_index.ensure_search_index(conn) is False
        query = "SELECT count(*) FROM pg_class WHERE relname LIKE 'claim_fts%%'"
        found = conn.exec_driver_sql(query).scalar()
    assert found == 0

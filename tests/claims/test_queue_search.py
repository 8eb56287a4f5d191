"""The queue's text search on SQLite goes through the FTS5 trigram index and returns exactly what the
``LIKE`` scan on the folded ``search_text`` returns (the project's normaliser on both sides: case,
hamza and alef forms, alef maqsura, ta marbuta, tatweel, diacritics), whatever the user types; the
index survives a batch migration of ``claim`` because ``claims.db.upgrade`` repairs it.
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
from claims.search_index import search_text
from claims.text.normalize import normalize_for_matching
from tests.claims.review_data import NOW, seed_article

CHARS = 'aAbBzZéÉßİ\u212a0 "*%_\\():^-\'ابتةىأإآلا\u064e\u0651ﻻ'
WORDS = ("OR", "AND", "NOT", "NEAR(", "NEAR(a b)", "content:", "التنسيق", "Topic", "topic")


def _expected(rows: list[tuple[int, str, str, float, str]], term: str, cap: int) -> tuple[list[int], int]:
    """A pure-Python scan: the folded term inside the folded speaker or content."""
    needle = normalize_for_matching(term)
    found = [
        r for r in rows
        if not needle or needle in normalize_for_matching(r[1]) or needle in normalize_for_matching(r[2])
    ]  # fmt: skip
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
                folded = search_text(made[index].speaker, new)  # what code changing content must set
                edit = update(Claim).where(col(Claim.id) == made[index].id).values(content=new, search_text=folded)
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
        widened = search_text("Port Authority", "the harbour was widened")
        edit = update(Claim).where(col(Claim.id) == old.id).values(content="the harbour was widened", search_text=widened)
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


# ---------------------------------------------------------------- folded spelling, both back ends

FOLDED_TEXT = (
    "قال الرئيس بشار الأسد إن المرحلة القادمة مهمة.\n\n"
    "وأكد المتحدث أن إسرائيل رفضت المقترح.\n\n"
    "وأضاف الوزيـــر أنّ المدرسةَ الكبرى ستفتح أبوابها."
)  # our own sentences: hamza on alef, hamza under alef, tatweel, shadda and fatha, ta marbuta, alef maqsura
FOLDED_CLAIMS = (
    ("المرحلة القادمة مهمة", "بشار الأسد"),
    ("إسرائيل رفضت المقترح", "المتحدث"),
    ("المدرسةَ الكبرى ستفتح أبوابها", "الوزيـــر"),
)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("الاسد", [0]), ("الأسد", [0]), ("اسرائيل", [1]), ("إسرائيل", [1]), ("الكبري", [2]),
        ("المدرسه", [2]), ("المدرسة", [2]), ("الوزير", [2]), ("الوزيـر", [2]), ("مُهِمّة", [0]), ("xyz", []),
    ],
)  # fmt: skip
def test_spelling_variants_find_each_other_on_both_databases(
    session: Session, term: str, expected: list[int]
) -> None:
    ids = seed_article(session, url="https://n.example/folded", text=FOLDED_TEXT, claims=FOLDED_CLAIMS, lang="ar")
    session.commit()
    page, total = queue_page(session, filters=QueueFilter(text=term), page_size=50, now=NOW)
    assert sorted(r.claim_id for r in page) == sorted(ids[i] for i in expected) and total == len(expected)


def test_a_correction_refolds_the_search_text(session: Session) -> None:
    from claims import review
    from tests.claims.review_data import seed_users

    ids = seed_article(session, url="https://n.example/refold", text=FOLDED_TEXT, claims=FOLDED_CLAIMS, lang="ar")
    users = seed_users(session)
    claim = session.get(Claim, ids[1])
    assert claim is not None
    review.correct(session, claim_id=ids[1], actor=users["eve"], version=claim.version, speaker="مصطفى", now=NOW)
    session.commit()
    found, _ = queue_page(session, filters=QueueFilter(text="مصطفي"), now=NOW)  # alef maqsura typed as ya
    assert [r.claim_id for r in found] == [ids[1]]
    assert queue_page(session, filters=QueueFilter(text="المتحدث"), now=NOW)[0] == []


def test_the_migration_backfills_existing_claims(empty_db_url: str) -> None:
    """Claims stored before 0010 are found by folded terms after it (the backfill, and on SQLite the
    index rebuilt over the new column)."""
    from alembic import command
    from sqlalchemy import text as sql

    db.upgrade(empty_db_url, "0010")
    engine = db.make_engine(empty_db_url)
    try:
        with engine.begin() as conn:
            conn.execute(sql(
                "INSERT INTO article (canonical_url, url, lang, text, content_hash, boilerplate, input_fixes, "
                "fetched_at) VALUES ('https://n.example/old', 'https://n.example/old', 'ar', :t, 'h', '[]', '[]', "
                ":at)"
            ), {"t": FOLDED_TEXT, "at": NOW})  # fmt: skip
            article = conn.execute(sql("SELECT id FROM article")).scalar_one()
            conn.execute(sql(
                "INSERT INTO claim (article_id, speaker, speaker_mention, speaker_role, speaker_kind, cue, content, "
                '"start", "end", kind, via, extractor, extractor_version, confidence, checkworthiness, '
                "checkworthy_reasons, priority, status, corrected, version, created_at, updated_at) VALUES "
                "(:a, 'بشار الأسد', '', '', 'person', 'قال', 'المرحلة القادمة مهمة', 0, 5, 'indirect', '', "
                "'t', '1', 0.5, 0.5, '[]', 1.0, 'pending', false, 1, :at, :at)"
            ), {"a": article, "at": NOW})  # fmt: skip
        db.upgrade(empty_db_url)
        with Session(engine) as s:
            page, total = queue_page(s, filters=QueueFilter(text="الاسد"), now=NOW)
            assert total == 1 and page[0].speaker == "بشار الأسد"
        command.downgrade(db.alembic_config(empty_db_url), "0010")  # and back down cleanly
        db.upgrade(empty_db_url)
        with Session(engine) as s:
            assert queue_page(s, filters=QueueFilter(text="الاسد"), now=NOW)[1] == 1
    finally:
        engine.dispose()

"""SQLite's text-search index for the review queue: an FTS5 ``trigram`` table over claim text.

PostgreSQL serves ``lower(x) LIKE '%…%'`` from pg_trgm GIN indexes (migrations 0004, 0010); SQLite
has no such index, so a rare term scanned the whole queue (7 s at 1M claims). ``claim_fts`` is an
external-content FTS5 table (no copy of the text) with the trigram tokenizer, which answers
substring queries of three or more characters. Triggers keep it in step with ``claim``; an update
touching none of its columns (status, lease, priority — the frequent ones) does not touch the index.

The search runs on ``claim.search_text``: the speaker and the content folded by the project's one
normaliser (:func:`search_text`, ``claims.text.normalize``), so ``الاسد`` finds ``الأسد`` and
``اسرائيل`` finds ``إسرائيل`` (hamza and alef forms, alef maqsura, ta marbuta, tatweel, diacritics,
case). The column is filled when a claim is inserted (a column default for Core inserts, a mapper
event for ORM ones, in ``claims.models``); code that changes a claim's speaker or content sets it
too (``claims.review.correct``). Before migration 0010 the index covered ``content`` and ``speaker``
(the layout :func:`ensure_search_index` still builds while an older schema is being migrated).

A SQLite "batch" migration of ``claim`` (Alembic copies the table, drops it, renames the copy)
silently drops the triggers, after which the index goes stale. :func:`ensure_search_index` puts
back whatever is missing or out of date and rebuilds the index when it had to; ``claims.db.upgrade``
runs it after every migration, so such a migration is repaired in the same upgrade.

The index only *narrows* candidates: the queue still applies its ``LIKE`` predicate to them, so
results are exactly what the scan returns.
"""

from __future__ import annotations

from sqlalchemy import Connection

from claims.text.normalize import normalize_for_matching

REVISION = "0005"  # the migration that creates the index
TABLE = "claim_fts"
#: the FTS5 table and every shadow table FTS5 may create for it (only some exist, per options);
#: schema comparisons ignore exactly these names.
TABLES = frozenset({TABLE, *(f"{TABLE}_{s}" for s in ("data", "idx", "docsize", "config", "content"))})
MIN_TERM = 3  # trigram queries need at least three characters
FOLDED = ("search_text",)  # the indexed column(s) from migration 0010 on
LEGACY = ("content", "speaker")  # before it


def search_text(speaker: str | None, content: str | None) -> str:
    """What the queue's search matches: speaker and content folded for matching, on two lines
    (a term never spans them: folding turns every run of whitespace, newlines included, into one space)."""
    return f"{normalize_for_matching(speaker or '')}\n{normalize_for_matching(content or '')}"


def search_term(term: str) -> str:
    """A user's search term folded the same way as :func:`search_text`."""
    return normalize_for_matching(term)


def _definitions(columns: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    names = ", ".join(columns)
    old = ", ".join(f"old.{c}" for c in columns)
    new = ", ".join(f"new.{c}" for c in columns)
    create = (
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5({names}, content='claim', content_rowid='id', "
        "tokenize='trigram case_sensitive 0', columnsize=0)"
    )
    delete_old = f"INSERT INTO {TABLE}({TABLE}, rowid, {names}) VALUES ('delete', old.id, {old});"
    insert_new = f"INSERT INTO {TABLE}(rowid, {names}) VALUES (new.id, {new});"
    triggers = {
        f"{TABLE}_ai": f"AFTER INSERT ON claim BEGIN {insert_new} END",
        f"{TABLE}_ad": f"AFTER DELETE ON claim BEGIN {delete_old} END",
        f"{TABLE}_au": f"AFTER UPDATE OF id, {names} ON claim BEGIN {delete_old} {insert_new} END",
    }
    return create, triggers


_CREATE_TABLE, TRIGGERS = _definitions(FOLDED)


def _existing(conn: Connection, kind: str) -> dict[str, str]:
    rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = ?", (kind,)).all()
    return {r[0]: r[1] or "" for r in rows}


def _columns(conn: Connection, table: str) -> tuple[str, ...]:
    return tuple(r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})").all())


def ensure_search_index(conn: Connection) -> bool:
    """Create the FTS table and its triggers where missing or of another layout; rebuild the index
    if anything was. The layout follows the schema: ``search_text`` once ``claim`` has it.

    Idempotent and cheap when all is in place (a few catalogue reads). Returns whether it repaired
    (rebuilt) anything. A no-op on other back ends.
    """
    if conn.dialect.name != "sqlite":
        return False
    columns = FOLDED if "search_text" in _columns(conn, "claim") else LEGACY
    create, triggers = _definitions(columns)
    repaired = False
    if TABLE in _existing(conn, "table") and _columns(conn, TABLE) != columns:
        drop_search_index(conn)  # the layout of an older schema: rebuilt below
    if TABLE not in _existing(conn, "table"):
        conn.exec_driver_sql(create)
        repaired = True
    present = _existing(conn, "trigger")
    for name, body in triggers.items():
        wanted = f"CREATE TRIGGER {name} {body}"
        if present.get(name) != wanted:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            conn.exec_driver_sql(wanted)
            repaired = True
    if repaired:  # whatever changed in claim while a trigger was missing is not in the index
        conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")
    return repaired


def drop_search_index(conn: Connection) -> None:
    """Remove the triggers and the FTS table (the migration's downgrade). A no-op off SQLite."""
    if conn.dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")


def fts_phrase(term: str) -> str:
    """``term`` as an FTS5 string literal: one phrase, so user input cannot add FTS syntax."""
    return '"' + term.replace('"', '""') + '"'

"""SQLite's text-search index for the review queue: an FTS5 ``trigram`` table over claim text.

PostgreSQL serves ``lower(x) LIKE '%…%'`` from pg_trgm GIN indexes (migration 0004); SQLite has no
such index, so a rare term scanned the whole queue (7 s at 1M claims). ``claim_fts`` is an
external-content FTS5 table (no copy of the text) over ``claim.content`` and ``claim.speaker`` with
the trigram tokenizer, which answers substring queries of three or more characters. Triggers keep
it in step with ``claim``; an update touching neither column (status, lease, priority — the
frequent ones) does not touch the index.

A SQLite "batch" migration of ``claim`` (Alembic copies the table, drops it, renames the copy)
silently drops the triggers, after which the index goes stale. :func:`ensure_search_index` puts
back whatever is missing and rebuilds the index when it had to; ``claims.db.upgrade`` runs it after
every migration, so such a migration is repaired in the same upgrade.

The index only *narrows* candidates: the queue still applies its ``LIKE`` predicate to them, so
results are exactly what the scan returned (the trigram tokenizer folds Unicode case, a superset of
SQLite's ASCII-only ``LIKE`` folding).
"""

from __future__ import annotations

from sqlalchemy import Connection

REVISION = "0005"  # the migration that creates the index
TABLE = "claim_fts"
#: the FTS5 table and every shadow table FTS5 may create for it (only some exist, per options);
#: schema comparisons ignore exactly these names.
TABLES = frozenset({TABLE, *(f"{TABLE}_{s}" for s in ("data", "idx", "docsize", "config", "content"))})
MIN_TERM = 3  # trigram queries need at least three characters

_CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(content, speaker, content='claim', content_rowid='id', "
    "tokenize='trigram case_sensitive 0', columnsize=0)"
)
_DELETE_OLD = (
    f"INSERT INTO {TABLE}({TABLE}, rowid, content, speaker) "
    "VALUES ('delete', old.id, old.content, old.speaker);"
)
_INSERT_NEW = f"INSERT INTO {TABLE}(rowid, content, speaker) VALUES (new.id, new.content, new.speaker);"
TRIGGERS: dict[str, str] = {
    f"{TABLE}_ai": f"AFTER INSERT ON claim BEGIN {_INSERT_NEW} END",
    f"{TABLE}_ad": f"AFTER DELETE ON claim BEGIN {_DELETE_OLD} END",
    f"{TABLE}_au": f"AFTER UPDATE OF id, content, speaker ON claim BEGIN {_DELETE_OLD} {_INSERT_NEW} END",
}


def _existing(conn: Connection, kind: str) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = ?", (kind,)).all()
    return {r[0] for r in rows}


def ensure_search_index(conn: Connection) -> bool:
    """Create the FTS table and its triggers where missing; rebuild the index if anything was.

    Idempotent and cheap when all is in place (two catalogue reads). Returns whether it repaired
    (rebuilt) anything. A no-op on other back ends.
    """
    if conn.dialect.name != "sqlite":
        return False
    repaired = False
    if TABLE not in _existing(conn, "table"):
        conn.exec_driver_sql(_CREATE_TABLE)
        repaired = True
    triggers = _existing(conn, "trigger")
    for name, body in TRIGGERS.items():
        if name not in triggers:
            conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
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

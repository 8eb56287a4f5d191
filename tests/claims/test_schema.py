"""Migrations and models agree, and settings behave: the foundation's contracts."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import claims.models  # noqa: F401
from claims import db, search_index
from claims.settings import Settings


def test_migrated_schema_matches_the_models(db_url: str) -> None:
    """A model change without its migration (or the reverse) fails here, on both back ends."""
    engine = db.cached_engine(db_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": False, "include_name": _not_the_search_index}
        )
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def _not_the_search_index(name: str | None, type_: str, _parents: object) -> bool:
    """SQLite's FTS5 table and its shadow tables live outside the models (claims.search_index)."""
    return not (type_ == "table" and name in search_index.TABLES)


def test_the_search_index_is_the_only_table_outside_the_models(db_url: str) -> None:
    """The allow-list above hides exactly the FTS tables that exist, and only on SQLite."""
    engine = db.cached_engine(db_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        extra = {d[1].name for d in compare_metadata(context, SQLModel.metadata) if d[0] == "remove_table"}
    if engine.dialect.name == "sqlite":
        assert search_index.TABLE in extra and extra <= search_index.TABLES
    else:
        assert extra == set()


def test_default_database_is_a_sqlite_file_in_the_data_dir(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path / "d")  # type: ignore[call-arg]
    assert settings.resolved_database_url == f"sqlite:///{(tmp_path / 'd' / 'claims.db').resolve()}"
    assert settings.prefect_home == (tmp_path / "d" / "prefect").resolve()


def test_settings_read_the_claims_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_DATABASE_URL", "postgresql+psycopg://u@h/db")
    monkeypatch.setenv("CLAIMS_LEASE_MINUTES", "15")
    monkeypatch.setenv("CLAIMS_LOG_LEVEL", "debug")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.resolved_database_url, settings.lease_minutes, settings.log_level) == (
        "postgresql+psycopg://u@h/db", 15, "DEBUG")


def test_invalid_setting_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_LEASE_MINUTES", "0")
    with pytest.raises(ValueError, match="lease_minutes"):
        Settings(_env_file=None)  # type: ignore[call-arg]

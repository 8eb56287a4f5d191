"""Alembic environment: the target metadata is every SQLModel table in ``claims.models``."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import claims.models  # noqa: F401  (registers the tables)
from claims.db import configured_lock_timeout, make_engine
from claims.search_index import TABLES as SEARCH_INDEX_TABLES

config = context.config
target_metadata = SQLModel.metadata


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Autogenerate leaves SQLite's FTS5 search tables alone (claims.search_index owns them)."""
    return not (type_ == "table" and name in SEARCH_INDEX_TABLES)


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url") or ""
    engine = make_engine(url, lock_timeout=configured_lock_timeout())
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=url.startswith("sqlite"),  # SQLite alters tables by copying them
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

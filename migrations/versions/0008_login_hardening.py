"""user.name_key and loginthrottle: case-insensitive user names, throttled logins.

``name_key`` is the name as logins compare it (NFKC, case-folded), unique. Existing accounts whose
names differ only in case (``Bob`` and ``bob``) cannot both keep their key: the oldest (lowest id)
keeps it; each later one is deactivated, its logins are ended, and its key becomes ``<key> #<id>``
(a space, which no user name may contain, so no login reaches it). A warning names each one; the
rows and their history stay. ``loginthrottle`` counts recent failed logins (``claims.throttle``).

Revision ID: 0008
Revises: 0007
"""

import logging
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")


def _key(name: str) -> str:
    """A frozen copy of ``claims.auth.name_key`` as of this migration."""
    return unicodedata.normalize("NFKC", name.strip()).casefold()


def upgrade() -> None:
    # NOT NULL with a default, so SQLite adds it in place: copying the table (batch mode) would trip
    # loginsession's foreign key. Every row gets its real key below; PostgreSQL then drops the default.
    op.add_column(
        "user",
        sa.Column("name_key", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False, server_default=""),
    )
    conn = op.get_bind()
    users = sa.table(
        "user", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("name_key", sa.String),
        sa.column("active", sa.Boolean),
    )  # fmt: skip
    sessions = sa.table("loginsession", sa.column("user_id", sa.Integer), sa.column("revoked", sa.Boolean))
    taken: dict[str, str] = {}
    for user_id, name in conn.execute(sa.select(users.c.id, users.c.name).order_by(users.c.id)).all():
        key = _key(name)
        values: dict[str, object] = {"name_key": key}
        if key in taken:
            values = {"name_key": f"{key} #{user_id}", "active": False}
            conn.execute(sa.update(sessions).where(sessions.c.user_id == user_id).values(revoked=True))
            log.warning(
                "user %r differs from %r only in case: deactivated (its history stays); "
                "the desk logs in as %r from now on",
                name, taken[key], taken[key],
            )  # fmt: skip
        else:
            taken[key] = name
        conn.execute(sa.update(users).where(users.c.id == user_id).values(**values))
    if conn.dialect.name != "sqlite":
        op.alter_column("user", "name_key", server_default=None)
    op.create_index(op.f("ix_user_name_key"), "user", ["name_key"], unique=True)
    op.create_table(
        "loginthrottle",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("locked_until", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("loginthrottle")
    op.drop_index(op.f("ix_user_name_key"), table_name="user")
    op.drop_column("user", "name_key")  # in place (SQLite 3.35+), as it was added

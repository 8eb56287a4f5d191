"""``CLAIMS_DATABASE_URL`` as desks write it: ``postgres://`` works, anything unusable is one line."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claims import db
from claims.cli import app
from claims.dburl import normalize_database_url
from claims.errors import StorageError
from claims.settings import get_settings


def _cli(monkeypatch: pytest.MonkeyPatch, url: str, *args: str) -> tuple[int, str]:
    monkeypatch.setenv("CLAIMS_DATABASE_URL", url)
    get_settings.cache_clear()
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not-a-url", "'not-a-url' is not a database URL (expected sqlite:///PATH or postgresql://"),
        ("mysql://desk@db.example/claims", "'mysql' databases are not supported"),
        ("postgresql+psycopg2://desk@127.0.0.1/claims", "the 'psycopg2' driver is not installed"),
        ("postgres://desk@127.0.0.1:5432", "names no database"),
    ],
)
@pytest.mark.parametrize("command", [("db", "upgrade"), ("db", "status"), ("users", "list")])
def test_an_unusable_database_url_is_one_line(
    monkeypatch: pytest.MonkeyPatch, url: str, message: str, command: tuple[str, ...]
) -> None:
    code, out = _cli(monkeypatch, url, *command)
    assert code == 2 and out.count("\n") == 1, out
    assert out.startswith("error: invalid settings: CLAIMS_DATABASE_URL: ") and message in out, out


@pytest.mark.postgres
def test_a_postgres_scheme_url_is_accepted_as_postgresql(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    desk_url = pg_url.replace("postgresql+psycopg://", "postgres://", 1)
    assert normalize_database_url(desk_url) == pg_url
    code, out = _cli(monkeypatch, desk_url, "db", "upgrade")
    assert code == 0 and "database at revision" in out, out
    code, out = _cli(monkeypatch, desk_url, "db", "status")
    assert code == 0 and "database is current" in out, out
    assert db.current_revision(db.cached_engine(desk_url)) == db.head_revision()  # the library takes it too


def test_the_library_refuses_an_unusable_url_in_one_line() -> None:
    with pytest.raises(StorageError, match="cannot use the database URL: 'not-a-url' is not a database URL"):
        db.make_engine("not-a-url")
    assert normalize_database_url("sqlite:///:memory:") == "sqlite:///:memory:"  # kept verbatim

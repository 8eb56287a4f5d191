"""The CLI's database commands and its error discipline: one clear line, non-zero exit, no traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.settings import get_settings

runner = CliRunner()


def test_db_upgrade_creates_the_default_sqlite_database() -> None:
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert get_settings().data_dir.joinpath("claims.db").exists()
    status = runner.invoke(app, ["db", "status"])
    assert status.exit_code == 0 and "current" in status.output


def test_status_of_an_unmigrated_database_says_what_to_run() -> None:
    result = runner.invoke(app, ["db", "status"])
    assert result.exit_code == 1
    assert "claims db upgrade" in result.output and "Traceback" not in result.output


def test_unreachable_database_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:9/nowhere")
    get_settings.cache_clear()
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 1
    assert "cannot reach the database" in result.output and "Traceback" not in result.output


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "db" in result.output


def test_an_invalid_setting_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_LEASE_MINUTES", "zero")
    get_settings.cache_clear()
    result = runner.invoke(app, ["db", "status"])
    assert result.exit_code == 2
    assert "CLAIMS_LEASE_MINUTES" in result.output and "Traceback" not in result.output

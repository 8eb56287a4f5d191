"""``claims dashboard``: the command line it runs, and a clear refusal on an unmigrated database."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.cli.dashboard import app_path, server_path, streamlit_command


def test_streamlit_command_is_headless_on_loopback() -> None:
    cmd = streamlit_command(8765)
    assert cmd[:4] == [sys.executable, "-m", "streamlit", "run"]
    assert Path(cmd[4]) == server_path() and server_path().name == "server.py" and server_path().exists()
    assert server_path().parent == app_path().parent and app_path().exists()
    flags = dict(zip(cmd[5::2], cmd[6::2], strict=True))
    assert flags == {
        "--server.headless": "true",
        "--server.address": "127.0.0.1",
        "--server.port": "8765",
        "--browser.gatherUsageStats": "false",
        "--client.toolbarMode": "minimal",
    }


def test_an_unmigrated_database_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMS_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    from claims.settings import get_settings

    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["dashboard", "--port", "8799"])
    assert result.exit_code == 1
    assert "claims db upgrade" in result.output and "Traceback" not in result.output

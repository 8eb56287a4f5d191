"""What every command owes a desk: bad input refused in one line before anything slow starts, no
library chatter unless asked for (``CLAIMS_LOG_LEVEL``), short usage errors, a version."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claims
from claims.cli import app
from claims.extract import EXTRACTOR_VERSION

CLAIMS = Path(sys.executable).with_name("claims")
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def invoke(*args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def shell(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``claims ARGS`` in a fresh process (logging is configured once per process), stderr with stdout."""
    full = {k: v for k, v in os.environ.items() if not k.startswith(("CLAIMS_", "PREFECT_"))}
    full |= {"CLAIMS_DATA_DIR": os.environ["CLAIMS_DATA_DIR"], "COLUMNS": "200", **(env or {})}
    return subprocess.run(
        [str(CLAIMS), *args], env=full, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture
def no_flow(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command that reaches the flow (and so Prefect) fails the test."""
    import claims.cli.ingest

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the flow started")

    monkeypatch.setattr(claims.cli.ingest, "_run", refuse)


@pytest.mark.usefixtures("db_url", "no_flow")
@pytest.mark.parametrize(
    ("feed", "message"),
    [
        ("not-a-url", "not a feed URL: 'not-a-url' (give an http(s) URL)"),
        ("file:///etc/hosts", "only http(s) feeds are fetched, not 'file:///etc/hosts'"),
        ("ftp://news.example/rss", "ftp://news.example/rss"),
    ],
)
def test_a_bad_feed_is_refused_in_one_line_before_any_flow_starts(feed: str, message: str) -> None:
    started = time.monotonic()
    code, out = invoke("ingest", "--feed", feed)
    assert code == 1 and out.startswith("error: ") and message in out and out.count("\n") == 1, out
    assert time.monotonic() - started < 5


def test_library_info_logs_are_hidden_unless_claims_log_level_asks(tmp_path: Path) -> None:
    quiet = shell("db", "upgrade")
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stderr == "" and quiet.stdout.count("\n") == 1 and "database at revision" in quiet.stdout
    loud = shell("db", "status", env={"CLAIMS_LOG_LEVEL": "INFO"})
    assert loud.returncode == 0 and "INFO alembic.runtime.migration" in loud.stderr, loud.stderr


@pytest.mark.slow
def test_an_ingest_run_prints_no_prefect_or_httpx_logs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted((FIXTURES / "articles").glob("[!e]*.txt"))[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    assert shell("db", "upgrade").returncode == 0
    run = shell("ingest", str(folder))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 added" in run.stdout
    for noise in ("INFO", "httpx", "prefect", "HTTP Request", "Traceback"):
        assert noise not in run.stdout + run.stderr, (noise, run.stdout + run.stderr)


def test_usage_errors_stay_short() -> None:
    code, out = invoke("ingest", "--bogus")
    assert code == 2 and "No such option: --bogus" in out and len(out.splitlines()) <= 6, out
    assert "Traceback" not in out


@pytest.mark.usefixtures("db_url")
def test_a_wrong_role_is_refused_before_the_password_is_asked_for() -> None:
    code, out = invoke("users", "add", "x", "--role", "boss", input="")
    assert code == 2 and "Invalid value for '--role'" in out and "'boss' is not one of" in out, out
    assert "Password" not in out


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        yield int(s.getsockname()[1])


@pytest.mark.usefixtures("db_url")
def test_the_dashboard_on_a_busy_port_says_so_and_prints_no_url(
    busy_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import claims.cli.dashboard

    def no_exec(*_args: object) -> None:
        raise AssertionError("streamlit was started")

    monkeypatch.setattr(claims.cli.dashboard.os, "execv", no_exec)
    code, out = invoke("dashboard", "--port", str(busy_port))
    assert code == 1 and f"port {busy_port} on 127.0.0.1 is already in use" in out, out
    assert "http://" not in out and out.count("\n") == 1


def test_version_names_the_package_and_the_extractor() -> None:
    code, out = invoke("--version")
    assert (code, out) == (0, f"claims {claims.__version__} (extractor {EXTRACTOR_VERSION})\n")

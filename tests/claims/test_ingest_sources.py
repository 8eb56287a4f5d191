"""sources.toml parsing, mirroring into the Source table, health, and the ``claims sources`` command."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from claims.cli import app
from claims.db import session_scope
from claims.errors import InputError
from claims.ingest.items import items_from_paths
from claims.ingest.pipeline import run_pipeline
from claims.ingest.sources import describe_schedule, load_sources, parse_interval, source_health, sync_sources
from claims.models import Source
from tests.flows.site import FIXTURES

ROOT = FIXTURES.parent

GOOD = """
[[source]]
name = "local"
kind = "files"
path = "articles"
lang = "ar"
interval = "15m"

[[source]]
name = "wire"
kind = "feed"
url = "https://example.org/rss"
cron = "*/30 * * * *"

[[source]]
name = "list"
kind = "urls"
path = "urls.txt"
enabled = false
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_parses_kinds_schedules_and_relative_paths(tmp_path: Path) -> None:
    specs = load_sources(write(tmp_path, GOOD))
    assert [(s.name, s.kind, s.interval, s.cron, s.enabled) for s in specs] == [
        ("local", "files", 900, None, True),
        ("wire", "feed", None, "*/30 * * * *", True),
        ("list", "urls", None, None, False),
    ]
    assert specs[0].location == str(tmp_path / "articles")


def test_the_repository_sample_is_valid() -> None:
    specs = load_sources(ROOT / "sources.toml")
    files = [s for s in specs if s.kind == "files"]
    assert files and files[0].enabled and Path(files[0].location) == FIXTURES / "articles"
    assert any(s.kind == "feed" and not s.enabled for s in specs)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[source]]\nname = "a"\nkind = "feed"\n', "a feed source needs `url`"),
        (
            '[[source]]\nname = "a"\nkind = "files"\npath = "x"\ncron = "* * * * *"\ninterval = 60\n',
            "not both",
        ),
        ('[[source]]\nname = "a"\nkind = "feed"\nurl = "https://e.org"\ncron = "every day"\n', "cron"),
        ('[[source]]\nname = "a"\nkind = "rss"\nurl = "https://e.org"\n', "kind"),
        ('[[source]]\nname = "a"\nkind = "files"\npath = "x"\ninterval = "soon"\n', "interval"),
        (
            '[[source]]\nname = "a"\nkind = "files"\npath = "x"\n'
            '[[source]]\nname = "a"\nkind = "files"\npath = "y"\n',
            "repeated: a",
        ),
        ("[[source]\n", "not valid TOML"),
    ],
)
def test_bad_declarations_are_one_line_errors(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        load_sources(write(tmp_path, body))
    assert "\n" not in str(info.value)


def test_intervals() -> None:
    assert [parse_interval(v) for v in (60, "90s", "15m", "2h", "1d")] == [60, 90, 900, 7200, 86400]
    assert (
        describe_schedule(None, 900) == "every 15m"
        and describe_schedule("0 * * * *", None) == "cron 0 * * * *"
    )
    assert describe_schedule(None, None) == "manual"


def test_sync_is_idempotent_and_disables_undeclared_sources(db_url: str, tmp_path: Path) -> None:
    specs = load_sources(write(tmp_path, GOOD))
    with session_scope(db_url) as s:
        sync_sources(s, specs)
    with session_scope(db_url) as s:
        sync_sources(s, specs)
        assert len(s.exec(select(Source)).all()) == 3
    with session_scope(db_url) as s:
        sync_sources(s, specs[:1])
    with session_scope(db_url) as s:
        enabled = {r.name: r.enabled for r in s.exec(select(Source)).all()}
    assert enabled == {"local": True, "wire": False, "list": False}


def test_health_counts_articles_claims_failures_and_next_run(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted((FIXTURES / "articles").glob("a*.txt"))[:2]:
        shutil.copy(path, folder / path.name)
    (folder / "broken.txt").write_bytes(b"\x00\x00 not text")
    specs = load_sources(write(tmp_path, GOOD))
    with session_scope(db_url) as s:
        rows = {r.name: r for r in sync_sources(s, specs)}
    local_id = rows["local"].id
    report = run_pipeline(db_url, items_from_paths([folder]), source_id=local_id)
    now = datetime(2026, 1, 1, 12, 10, tzinfo=UTC)
    with session_scope(db_url) as s:
        row = s.get(Source, local_id)
        assert row is not None
        row.last_run_at = row.last_success_at = now - timedelta(minutes=5)
        s.add(row)
    with session_scope(db_url) as s:
        health = {h.name: h for h in source_health(s, now=now)}
    local = health["local"]
    assert local.articles == 2 and local.claims == sum(o.claims for o in report.added) > 0
    assert local.failures_pending == 1 and local.status == "degraded"
    assert local.last_error and "broken.txt" in local.last_error
    assert local.next_run_at == now + timedelta(minutes=10)  # last run + 15 min
    assert (
        health["wire"].next_run_at == datetime(2026, 1, 1, 12, 30, tzinfo=UTC)
        and health["wire"].status == "never run"
    )
    assert health["list"].status == "disabled" and health["list"].next_run_at is None


def test_claims_sources_command_lists_health(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    import claims.cli.sources

    monkeypatch.setattr(claims.cli.sources, "out_console", Console(width=220))  # no folding in the table
    path = write(tmp_path, GOOD)
    result = CliRunner().invoke(app, ["sources", "--file", str(path)])
    assert result.exit_code == 0, result.output
    for word in ("local", "wire", "list", "every 15m", "cron */30 * * * *", "never run", "disabled"):
        assert word in result.output


def test_claims_sources_on_an_unmigrated_database_says_what_to_run(
    empty_db_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from claims.settings import get_settings

    monkeypatch.setenv("CLAIMS_DATABASE_URL", empty_db_url)
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["sources", "--file", str(write(tmp_path, GOOD))])
    assert result.exit_code == 1 and "claims db upgrade" in result.output

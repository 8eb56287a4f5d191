"""``claims ingest`` refuses bad input with one line, before any flow (or Prefect) starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.settings import get_settings

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["ingest", *args])
    return result.exit_code, result.output


def test_unmigrated_database_says_to_run_db_upgrade(
    empty_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMS_DATABASE_URL", empty_db_url)
    get_settings.cache_clear()
    code, out = run(str(FIXTURES / "articles"))
    assert code == 1 and "run `claims db upgrade`" in out


@pytest.mark.usefixtures("db_url")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give one of"),
        (("--feed", "https://e.org/rss", "x.txt"), "give one of"),
        (("nowhere",), "no such file or folder"),
        (("--lang", "fr", "x"), "--lang must be ar or en"),
        (("--source", "nobody"), "no source named 'nobody'"),
        (("--feed", "file:///etc/passwd"), "only http(s) feeds are fetched, not 'file:///etc/passwd'"),
        (("--feed", "not-a-url"), "not a feed URL"),
    ],
)
def test_bad_arguments_are_one_line_errors(args: tuple[str, ...], message: str) -> None:
    code, out = run(*args)
    assert code == 1 and message in out and out.count("\n") == 1, out


@pytest.mark.usefixtures("db_url")
def test_empty_folder_and_bad_url_list(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, out = run(str(tmp_path / "empty"))
    assert code == 1 and "no .txt, .html or .jsonl files" in out
    urls = tmp_path / "urls.txt"
    urls.write_text("https://e.org/a\nnot a url\n", encoding="utf-8")
    code, out = run("--urls", str(urls))
    assert code == 1 and "line 2" in out

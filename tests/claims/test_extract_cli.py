"""``claims extract``: jsonl for tools, a table for people, one clear error line per bad file."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claims.cli import app

ARTICLE = "عنوان الخبر\nوقال الوزير أحمد سالم إن الوضع مستقر.\n"


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["extract", *args])


def test_jsonl_has_source_and_every_field(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = _run(str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert rows and rows[0]["source"] == "a.txt"
    assert rows[0]["speaker"] == "أحمد سالم"
    for field in (
        "speaker",
        "speaker_mention",
        "speaker_role",
        "speaker_kind",
        "cue",
        "content",
        "start",
        "end",
        "kind",
        "via",
        "confidence",
        "checkworthiness",
        "checkworthy_reasons",
        "extractor",
        "extractor_version",
    ):
        assert field in rows[0]
    assert "\\u" not in result.stdout  # Arabic printed as is


def test_table_keeps_arabic(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = _run(str(path), "--format", "table")
    assert result.exit_code == 0, result.output
    assert "أحمد سالم" in result.stdout


def test_directory_and_html(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text(
        "<html><body><article><h1>Talks</h1><p>The minister, John Smith, said on Monday that talks would resume "
        "in Cairo next week after a long pause.</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "ignored.json").write_text("{}", encoding="utf-8")
    result = _run(str(tmp_path))
    assert result.exit_code == 0, result.output
    sources = {json.loads(line)["source"] for line in result.stdout.splitlines() if line.strip()}
    assert sources == {"a.txt", "b.html"}


def test_missing_and_undecodable_files_exit_1_after_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8 broken \xc3\x28")
    result = _run(str(tmp_path / "missing.txt"), str(bad), str(good))
    assert result.exit_code == 1
    assert "good.txt" in result.stdout
    assert "Traceback" not in result.output
    assert "missing.txt" in result.stderr and "no such file" in result.stderr


def test_lang_option(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("Headline\nThe minister, John Smith, said that talks would resume.\n", encoding="utf-8")
    result = _run(str(path), "--lang", "en")
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["speaker"] == "John Smith"

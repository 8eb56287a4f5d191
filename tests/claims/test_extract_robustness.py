"""Defects seen on real pages, reproduced with our own sentences.

- A conjunction written apart from its word (``وزير الداخلية و الجماعات المحلية``, common on
  Maghreb pages) crashed the Arabic title parser with ``IndexError`` (an empty word after ``و``).
- Invisible characters that scraped pages carry (zero-width space, soft hyphen, direction marks
  and isolates, BOM) changed or cut the speaker.
- One failing file stopped ``claims extract`` on a folder; ``[/]`` in article text crashed the
  table (rich markup).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claims.extract
from claims.candidates import CleanDocument
from claims.cli import app
from claims.extract import extract_claims


def _who(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(CleanDocument(text=text, lang=lang))]  # type: ignore[arg-type]


def test_detached_conjunction_inside_a_title_does_not_crash() -> None:
    text = "وقال وزير الداخلية و الجماعات المحلية كمال بوزيدي إن الانتخابات ستجري في موعدها."
    assert _who(text, "ar") == [("كمال بوزيدي", "قال", "إن الانتخابات ستجري في موعدها")]


CLEAN_AND_MARKED = [
    ("ar", "قال وزير المالية سالم الحداد إن العجز تراجع.", "قال وزير المالية \u200bسالم الحداد إن العجز تراجع."),
    (
        "ar",
        "وأكد المتحدث باسم الوزارة ماجد الزعبي أن الطريق سيفتح غدا.",
        "وأكد المتحدث باسم الوزارة ماجد الزع\u00adبي أن الطريق سيفتح غدا.",
    ),
    (
        "ar",
        "وأكد المتحدث باسم الوزارة ماجد الزعبي أن الطريق سيفتح غدا.",
        "وأكد المتحدث باسم الوزارة \u2067ماجد الزعبي\u2069 أن الطريق سيفتح غدا.",
    ),
    (
        "en",
        '"The plant will reopen in May," said Harriet Colbourne, the mayor.',
        '"The plant will reopen in May," said Harriet Col\u00adbourne, the mayor.',
    ),
    (
        "en",
        "Finance Minister Tomas Brandt said the deficit had narrowed.",
        "\ufeffFinance Minister \u200bTomas Brandt said the deficit had narrowed.",
    ),
]


@pytest.mark.parametrize(("lang", "clean", "marked"), CLEAN_AND_MARKED)
def test_invisible_characters_change_no_speaker(lang: str, clean: str, marked: str) -> None:
    expected = _who(clean, lang)
    assert expected, "the clean sentence must give a claim"
    got = _who(marked, lang)
    assert [(s, c) for s, c, _ in got] == [(s, c) for s, c, _ in expected]
    for claim in extract_claims(CleanDocument(text=marked, lang=lang)):  # type: ignore[arg-type]
        assert marked[claim.start : claim.end] == claim.content  # spans stay on the stored bytes


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_one_failing_file_does_not_stop_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = "وقال الوزير أحمد سالم إن الوضع مستقر.\n"
    for name in ("a.txt", "b.txt", "c.txt"):
        _write(tmp_path, name, good)
    real = claims.extract.extract_claims

    def flaky(doc: CleanDocument):  # type: ignore[no-untyped-def]
        if "سالم" in doc.text and getattr(flaky, "calls", 0) == 1:
            flaky.calls += 1  # type: ignore[attr-defined]
            raise IndexError("string index out of range")
        flaky.calls = getattr(flaky, "calls", 0) + 1  # type: ignore[attr-defined]
        return real(doc)

    monkeypatch.setattr(claims.extract, "extract_claims", flaky)
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines() if line.strip()]
    assert sources == ["a.txt", "c.txt"]
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "b.txt" in errors[0] and "IndexError" in errors[0], result.stderr
    assert "Traceback" not in result.output


def test_table_prints_markup_like_text_as_written(tmp_path: Path) -> None:
    path = _write(tmp_path, "odd[b].txt", 'The mayor said the plan [/] was "[bold]final[/bold]" and would pass.\n')
    result = CliRunner().invoke(app, ["extract", str(path), "--format", "table", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "[/]" in result.stdout and "[bold]final[/bold]" in result.stdout

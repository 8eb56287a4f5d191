"""Attribution quality on the dev gold set (per language) and on the sets written apart, with floors.

Floors only go up: they are what the extractor reached minus a hair. Besides the dev set there are
four sets written by other writers who never saw the extractor (``fixtures/heldout``,
``fixtures/blind``, ``fixtures/blind2``, ``fixtures/blind3``). Each was blind when written; the
first three were later read to diagnose failures (so their figures are tuned figures), and
``blind3`` is the honest one: only aggregate figures are looked at (see tests/perf/RESULTS.md).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
_spec = importlib.util.spec_from_file_location("scoring", FIXTURES / "extraction" / "scoring.py")
assert _spec and _spec.loader
scoring = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scoring)

# Attribution F1 floors (raise them as the extractor improves; never lower them).
# DEV_FLOORS hold on the first fixture writer's set; the second writer's deliberately different
# Arabic articles (``ar2-*``) have their own floor, measured before any rule was tuned on them
# (0.522 with extractor 0.5.0) and after (0.833 with 0.6.0, 0.985 with 0.7.0; first writer ar 1.000).
DEV_FLOORS = {"ar": 0.99, "en": 0.98}
SECOND_WRITER_PREFIX = "ar2-"
SECOND_WRITER_FLOORS = {"ar": 0.98}
# Per set written apart: (ar, en) attribution F1 floors.
APART_FLOORS = {
    "heldout": {"ar": 0.97, "en": 0.98},
    "blind": {"ar": 0.96, "en": 0.98},
    "blind2": {"ar": 0.99, "en": 0.88},
    "blind3": {"ar": 0.85, "en": 0.90},  # 0.784 / 0.839 with 0.6.2, 0.812 / 0.906 with 0.7.2, 0.859 / 0.906 with 0.8.0
}


def _figures(
    gold_dir: Path, article_dirs: list[Path], tmp_path: Path
) -> dict[str, dict[str, dict[str, float]]]:
    out: dict[str, dict[str, dict[str, float]]] = {}
    for lang, lang_gold in scoring.split_by_lang(gold_dir, tmp_path).items():
        articles = scoring.articles_for(lang_gold, article_dirs)
        pred = tmp_path / f"pred-{lang}.jsonl"
        scoring.predict(articles, pred)
        out[lang] = scoring.score(lang_gold, pred)
    return out


def _subset(tmp_path: Path, second_writer: bool) -> Path:
    """A copy of the dev gold directory holding one fixture writer's files."""
    out = tmp_path / ("gold-second" if second_writer else "gold-first")
    out.mkdir()
    for gold_file in sorted((FIXTURES / "gold").glob("*.json")):
        if gold_file.name.startswith(SECOND_WRITER_PREFIX) == second_writer:
            (out / gold_file.name).write_text(gold_file.read_text(encoding="utf-8"), encoding="utf-8")
    return out


@pytest.mark.parametrize("second_writer", [False, True], ids=["first-writer", "second-writer"])
def test_dev_set_attribution_floor(tmp_path: Path, second_writer: bool) -> None:
    gold = _subset(tmp_path, second_writer)
    if not any(gold.glob("*.json")):
        pytest.skip("no dev gold files")
    figures = _figures(gold, [FIXTURES / "articles"], tmp_path)
    report = {lang: f["attribution"] for lang, f in figures.items()}
    print("second-writer" if second_writer else "dev", "attribution:", report)
    floors = SECOND_WRITER_FLOORS if second_writer else DEV_FLOORS
    for lang, floor in floors.items():
        if lang in figures:
            assert figures[lang]["attribution"]["f1"] >= floor, (lang, report)


@pytest.mark.parametrize("name", sorted(APART_FLOORS))
def test_sets_written_apart_attribution_floor(tmp_path: Path, name: str) -> None:
    root = FIXTURES / name
    gold = root / "gold" if (root / "gold").is_dir() else root
    if not any(gold.glob("*.json")):
        pytest.skip(f"no {name} gold files")
    dirs = [d for d in (root / "articles", root) if d.is_dir()]
    figures = _figures(gold, dirs, tmp_path)
    report = {lang: f["attribution"] for lang, f in figures.items()}
    print(name, "attribution:", report)
    assert set(figures) == {"ar", "en"}, report  # both languages are measured on every set
    for lang, floor in APART_FLOORS[name].items():
        assert figures[lang]["attribution"]["f1"] >= floor, (lang, report)

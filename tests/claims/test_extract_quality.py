"""Attribution quality on the dev gold set (per language) and on the held-out set, with floors.

Floors only go up: they are what the extractor reached minus a hair. The held-out articles are
never read while tuning; only these aggregate figures are looked at.
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
DEV_FLOORS = {"ar": 0.96, "en": 0.955}
HELDOUT_FLOORS = {"ar": 0.67, "en": 0.88}


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


def test_dev_set_attribution_floor(tmp_path: Path) -> None:
    gold = FIXTURES / "gold"
    if not any(gold.glob("*.json")):
        pytest.skip("no dev gold files")
    figures = _figures(gold, [FIXTURES / "articles"], tmp_path)
    report = {lang: f["attribution"] for lang, f in figures.items()}
    print("dev attribution:", report)
    for lang, floor in DEV_FLOORS.items():
        if lang in figures:
            assert figures[lang]["attribution"]["f1"] >= floor, (lang, report)


def test_heldout_attribution_floor(tmp_path: Path) -> None:
    root = FIXTURES / "heldout"
    gold = root / "gold" if (root / "gold").is_dir() else root
    if not any(gold.glob("*.json")):
        pytest.skip("no held-out gold files")
    dirs = [d for d in (root / "articles", root) if d.is_dir()]
    figures = _figures(gold, dirs, tmp_path)
    report = {lang: f["attribution"] for lang, f in figures.items()}
    print("held-out attribution:", report)
    for lang, floor in HELDOUT_FLOORS.items():
        if lang in figures:
            assert figures[lang]["attribution"]["f1"] >= floor, (lang, report)

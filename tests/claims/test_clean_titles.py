"""The cleaner finds each fixture page's headline (gold ``title``) under mastheads, menus and bylines.

The headline is article metadata (guideline §4.7): it names the article in the queue and is what
related-article teasers are resolved against, so a masthead taken for a title breaks both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.text.clean import clean_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
GOLD = sorted((FIXTURES / "gold").glob("*.json")) + sorted((FIXTURES / "heldout" / "gold").glob("*.json"))
FLOOR = 0.95  # share of pages whose headline is found exactly; measured 45/45 when set


def _title_found(gold_file: Path) -> bool:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    doc = clean_text((gold_file.parent.parent / "articles" / gold["source"]).read_text(encoding="utf-8"))
    return (doc.title or "") == (gold.get("title") or "") and (gold.get("title") or "") not in doc.text.split("\n\n")


def test_headlines_are_found_and_kept_out_of_the_body() -> None:
    assert len(GOLD) >= 40
    found = [g.name for g in GOLD if _title_found(g)]
    assert len(found) / len(GOLD) >= FLOOR, sorted({g.name for g in GOLD} - set(found))


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("BBC\nSkip to content\nHome\nNews\n\nMinisters agree a new plan for rail fares\nBy Jane Roe\n"
         "The transport minister said on Monday that fares would be frozen until next year.",
         "Ministers agree a new plan for rail fares"),
        ("الرئيسية | أخبار | اقتصاد\nالصفحة الرئيسية > اقتصاد\nهل يرفع المركزي الفائدة مجدداً هذا الشهر؟\n"
         "نشر في: 13 أغسطس 2025\nقال محافظ البنك المركزي إن القرار يعتمد على أرقام التضخم المقبلة.",
         "هل يرفع المركزي الفائدة مجدداً هذا الشهر؟"),
        ("قال الوزير إن الخطة ستنفذ خلال عامين، مشيراً إلى أن التمويل متوفر بالكامل لدى الحكومة.", None),
    ],
)
def test_headline_rules(raw: str, title: str | None) -> None:
    assert clean_text(raw).title == title

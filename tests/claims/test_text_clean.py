"""Cleaning scraped text: chrome dropped, teasers set aside, title and outlet kept, letters untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.text.clean import clean_text
from claims.text.html import html_to_document
from claims.text.lang import detect_lang

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "articles" / "hashtag-assad-khaji.txt"
SHARED_SEED = ROOT.parent / "shared" / "samples" / "hashtag-assad-khaji.txt"


def _seed() -> str:
    path = SEED if SEED.exists() else SHARED_SEED
    if not path.exists():
        pytest.skip("seed article not available")
    return path.read_text(encoding="utf-8")


def test_seed_chrome_teasers_title_outlet() -> None:
    doc = clean_text(_seed())
    assert doc.outlet == "هاشتاغ"
    assert doc.lang == "ar"
    assert doc.title == "الأسد يبحث تفاصيل مسار التقارب السوري التركي مع معاون وزير الخارجية الإيراني"
    assert len(doc.teasers) == 4
    assert doc.teasers[0].text.startswith("بعد “طول الجفاء”")
    assert "Exit mobile version" in doc.boilerplate
    assert not any(marker in doc.text for marker in ("إقرأ أيضا", "Site icon", "لتصلك", "Exit mobile"))
    assert "بنّاءة" in doc.text  # letters (here a shadda) are never normalised away


@pytest.mark.parametrize(
    "line",
    [
        "Exit mobile version",
        "0 تعليق",
        "12 comments",
        "شارك",
        "طباعة",
        "تابعونا على التلغرام",
        "لمتابعة آخر الأخبار انضموا إلى قناتنا على واتساب",
        "جميع الحقوق محفوظة © 2024",
        "Advertisement",
        "Facebook Twitter WhatsApp",
        "الوسوم: غزة | مصر",
        # teasers that are not articles (issue 15): a marker does not make a newsletter prompt,
        # a standards page or a copyright line a cross-reference
        "اقرأ أيضاً: اشترك في قائمتنا البريدية",
        "Read more: Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        "اقرأ أيضا: جميع الحقوق محفوظة لوكالة الأنباء © 2025",
    ],
)
def test_chrome_lines_dropped(line: str) -> None:
    doc = clean_text(f"عنوان الخبر هنا\n{line}\nقال الوزير إن الوضع مستقر.")
    assert line not in doc.text
    assert line in doc.boilerplate
    assert doc.teasers == ()


@pytest.mark.parametrize(
    ("line", "teaser"),
    [
        ("اقرأ أيضاً: الحكومة تقر الموازنة", "الحكومة تقر الموازنة"),
        ("إقرأ أيضا:\u00a0وزير يستقيل", "وزير يستقيل"),
        ("Read more: Egypt's pound slides", "Egypt's pound slides"),
        ("Related: Talks resume in Cairo", "Talks resume in Cairo"),
    ],
)
def test_teasers_set_aside(line: str, teaser: str) -> None:
    doc = clean_text(f"Headline of the story\n{line}\nThe minister said the talks would resume.")
    assert [t.text for t in doc.teasers] == [teaser]
    assert teaser not in doc.text


def test_related_block_without_marker_is_teasers() -> None:
    raw = "Headline\nThe minister said the talks would resume on Monday in Cairo.\nRelated articles\nTalks stall\nPrices rise again"
    doc = clean_text(raw)
    assert [t.text for t in doc.teasers] == ["Talks stall", "Prices rise again"]


def test_given_title_and_outlet_win() -> None:
    doc = clean_text("My Title\nBody text here.", title="My Title", outlet="Desk")
    assert doc.title == "My Title" and doc.outlet == "Desk" and doc.text == "Body text here."


def test_html_to_document() -> None:
    html = (
        "<html><head><title>Talks resume</title><meta property='og:site_name' content='Wire'></head><body>"
        "<article><h1>Talks resume</h1><p>The minister said on Monday that talks would resume in Cairo next week.</p>"
        "<p>Read more: Prices rise again</p></article></body></html>"
    )
    doc = html_to_document(html)
    assert doc.title == "Talks resume"
    assert "talks would resume" in doc.text
    assert [t.text for t in doc.teasers] == ["Prices rise again"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قال الوزير", "ar"),
        ("The minister said", "en"),
        ("", "en"),
        ("Reuters: قال الوزير إن الوضع مستقر", "ar"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang

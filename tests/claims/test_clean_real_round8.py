"""Page cleaning, round 8: shapes of chrome and related lists seen on the dev13/dev14 pages, on invented lines.

Every line here is our own writing (outlets, people and places invented); each reproduces a layout:
a tag list joined by semicolons under the last paragraph, a widget's header standing alone between
two chrome lines, a ``Label: a, b`` taxonomy line under the site's links, a headline naming its source
after a colon (the date bar above it is then the site's), numbered reader comments closing the
page, and the next story's headline after the article's closing credit or date line.
"""

from __future__ import annotations

from claims.text.clean import clean_text
from tests.claims.clean_pages import AR_P1, AR_P2, AR_P3, EN_P1, EN_P2, EN_P3
from tests.claims.clean_pages import teaser_texts as _teasers
from tests.claims.clean_pages import text_lines as _lines


def test_a_tag_list_joined_by_semicolons_below_the_body_is_chrome() -> None:
    tags = "كلمات الخبر :الميناء القديم;العبارات;بلدية الساحل;الرصيف الشمالي"
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + tags + "\n")
    assert tags not in _lines(doc)
    assert tags not in _teasers(doc)
    assert AR_P3.strip() in _lines(doc)


def test_clauses_joined_by_semicolons_stay_article_text() -> None:
    line = "The board set three goals; the chair wants more crossings; the islanders want lower fares."
    doc = clean_text(EN_P1 + line + "\n\n" + EN_P2)
    assert line in _lines(doc)


def test_a_widget_header_alone_between_two_chrome_lines_below_the_body_is_chrome() -> None:
    page = AR_P1 + AR_P2 + AR_P3 + "التعليقات\nمقالات يمكن أن تنال رضاك\nاترك ردا وحاور القراء\n"
    lines = _lines(clean_text(page))
    assert "مقالات يمكن أن تنال رضاك" not in lines
    assert "مقالات يمكن أن تنال رضاك" not in _teasers(clean_text(page))
    assert AR_P3.strip() in lines


def test_a_sentence_cut_by_the_excerpt_after_a_chrome_line_stays() -> None:
    page = AR_P1 + AR_P2 + "إعلان\nوأكد رئيس البلدية أن الرحلات\n"
    assert "وأكد رئيس البلدية أن الرحلات" in _lines(clean_text(page))


def test_a_label_with_a_comma_list_under_the_sites_links_is_chrome() -> None:
    page = EN_P1 + EN_P2 + EN_P3 + "Read More About\n\nSection: Island, Transport\n"
    lines = _lines(clean_text(page))
    assert "Section: Island, Transport" not in lines


def test_a_dateline_with_a_reporter_below_the_body_stays_metadata() -> None:
    page = AR_P1 + AR_P2 + AR_P3 + "الميناء: سالم الهاشمي\n"
    assert "الميناء: سالم الهاشمي" in _lines(clean_text(page))


def test_a_headline_naming_its_source_after_a_colon_is_the_title_and_the_date_bar_above_it_chrome() -> None:
    page = (
        "Tuesday, March 3rd, 2026\n\n"
        "More crossings likely as home ferry returns: Harbour Chair\n\n"
        + EN_P1
        + EN_P2
        + EN_P3
        + "Published : 12 January 2026 09:40 AM\n"
    )
    doc = clean_text(page)
    lines = _lines(doc)
    assert doc.title == "More crossings likely as home ferry returns: Harbour Chair"
    assert "Tuesday, March 3rd, 2026" not in lines
    assert "Published : 12 January 2026 09:40 AM" in lines


def test_numbered_reader_comments_closing_the_page_are_chrome() -> None:
    comments = [
        "1. Ooooh these ferries again haha nobody at the board ever takes the boat themselves mmmm we wait and wait",
        "2. Cannot believe it, the pier was fine last year and now they close it for months what a joke honestly",
        "3. Teleporu mavanu kiseli dorando pesek wunam torali benu katsari momo ulani trepi sandu",
    ]
    page = EN_P1 + EN_P2 + EN_P3 + "\n\n" + "\n\n".join(comments) + "\n"
    lines = _lines(clean_text(page))
    for c in comments:
        assert c not in lines
    assert EN_P3.strip() in lines


def test_an_articles_own_numbered_list_stays() -> None:
    items = [
        "1. The board will add two crossings a day from the first of April",
        "2. The old pier will close for repairs during the quiet winter months",
        "3. Fares for island residents will stay at last year's level",
    ]
    page = EN_P1 + "The chair set out the plan:\n\n" + "\n\n".join(items) + "\n"
    lines = _lines(clean_text(page))
    for item in items:
        assert item in lines


def test_the_next_storys_headline_after_the_closing_credit_is_a_teaser() -> None:
    page = EN_P1 + EN_P2 + EN_P3 + "Additional reporting by Island Wire\n" + "FERRY FARES: Board chair promised islanders cheaper tick\n"
    doc = clean_text(page)
    assert "FERRY FARES: Board chair promised islanders cheaper tick" in _teasers(doc)
    assert "FERRY FARES" not in doc.text


def test_a_quoted_headline_after_the_closing_date_is_a_teaser() -> None:
    page = EN_P1 + EN_P2 + EN_P3 + "Posted On : 4 March 2026 10:15 AM\n" + "‘Island Ferry Pilots Union\n"
    doc = clean_text(page)
    assert "‘Island Ferry Pilots Union" in _teasers(doc)
    assert [m.text for m in doc.metadata] == ["Posted On : 4 March 2026 10:15 AM"]  # the article's date stays


def test_a_tag_line_after_the_closing_date_is_no_teaser() -> None:
    page = EN_P1 + EN_P2 + EN_P3 + "Posted On : 4 March 2026 10:15 AM\n" + "Island Ferry Harbour Board\n"
    doc = clean_text(page)
    assert "Island Ferry Harbour Board" not in _teasers(doc)

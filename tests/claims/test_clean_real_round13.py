"""Page cleaning, round 13: the article's own short lines after or between its paragraphs are no related list.

Every line here is our own writing (outlets, people and places invented). Round 12 left three risks found
with invented probes, and real pages carry more of the same body-shaped material: a factbox of three short
lines under the article, photo captions, a "key points" list, a list of figures, an Arabic closing sentence
without its stop alone after the last paragraph, an English sub-head of eight words or more in Title Case
between paragraphs, a pull quote, a sign-off, an editor's note, a correction notice. None of them is a
related list unless the run carries a listing's evidence: a header, the list's own label, chrome between its
items, dates or cut excerpts, bullets below the body, headlines in a script the article is not written in,
a link's label ("Read: …"). The site's footer under the run is no such evidence: it follows the article's
last lines too; nor are bullets between paragraphs or over the first one (the article's key points).
"""

from __future__ import annotations

from claims.text.clean import clean_text
from tests.claims.clean_pages import AR_P1, AR_P2, AR_P3, EN_P1, EN_P2, EN_P3
from tests.claims.clean_pages import teaser_texts as _teasers

_EN = EN_P1 + EN_P2 + EN_P3
_AR = AR_P1 + AR_P2 + AR_P3


def _page(body: str, lines: list[str], after: str = "") -> str:
    return body + "\n\n".join(lines) + "\n" + (("\n" + after + "\n") if after else "")


def _kept(doc_text: str, lines: list[str]) -> bool:
    return all(line in doc_text for line in lines)


def test_a_factbox_of_three_short_lines_under_the_article_is_no_list() -> None:
    box = ["Two boats run the north route", "Twelve crossings a day in summer", "Tickets cost four pounds"]
    doc = clean_text(_page(_EN, box))
    assert _teasers(doc) == []
    assert _kept(doc.text, box[:2])


def test_an_arabic_factbox_without_colons_under_the_article_is_no_list() -> None:
    box = ["أربع عبارات على الخط الشمالي", "اثنتا عشرة رحلة يوميا في الصيف", "ثمانون ألف راكب في العام"]
    doc = clean_text(_page(_AR, box))
    assert _teasers(doc) == []
    assert _kept(doc.text, box)


def test_a_factbox_over_the_sites_footer_is_still_no_list() -> None:
    box = ["Two boats run the north route", "Twelve crossings a day in summer", "Tickets cost four pounds"]
    doc = clean_text(_page(_EN, box, after="Share this article"))
    assert _teasers(doc) == []


def test_three_photo_captions_under_the_article_are_no_list() -> None:
    captions = [
        "The new ferry at the north pier on Monday morning",
        "Residents queue for tickets at the harbour office",
        "The board chair speaks to reporters after the vote",
    ]
    doc = clean_text(_page(_EN, captions))
    assert _teasers(doc) == []
    assert _kept(doc.text, captions)


def test_three_arabic_photo_captions_under_the_article_are_no_list() -> None:
    captions = [
        "رئيس البلدية خلال جولته في الميناء القديم",
        "جانب من أعمال الصيانة في الرصيف الشمالي",
        "عبارة جديدة ترسو في الميناء",
    ]
    doc = clean_text(_page(_AR, captions))
    assert _teasers(doc) == []
    assert _kept(doc.text, captions)


def test_a_key_points_list_under_the_article_is_no_list() -> None:
    points = ["Two more boats on the north route", "Free crossings for pupils", "A new waiting hall at the old pier"]
    doc = clean_text(_page(_EN, ["Key points", *points]))
    assert _teasers(doc) == []
    assert _kept(doc.text, points[1:])


def test_an_arabic_key_points_list_under_the_article_is_no_list() -> None:
    points = [
        "زيادة عدد الرحلات اليومية بين الجزيرتين",
        "تخفيض أسعار التذاكر للطلاب وكبار السن",
        "إنشاء صالة انتظار جديدة في الميناء القديم",
    ]
    doc = clean_text(_page(_AR, ["أبرز ما جاء في الخطة", *points]))
    assert _teasers(doc) == []
    assert _kept(doc.text, points)


def test_a_list_of_figures_under_the_article_is_no_list() -> None:
    figures = ["North route: 4 boats", "South route: 2 boats", "West route: 1 boat"]
    doc = clean_text(_page(_EN, figures))
    assert _teasers(doc) == []


def test_a_short_arabic_closing_sentence_without_its_stop_is_no_teaser() -> None:
    for last in ("وهذا ما ينتظره الجميع", "الموسم يبدأ في يونيو المقبل"):
        doc = clean_text(_AR + last + "\n")
        assert _teasers(doc) == []
        assert last in doc.text


def test_the_sites_name_alone_under_the_last_paragraph_is_still_chrome() -> None:
    name = "وكالة الساحل للأنباء"
    doc = clean_text(_AR + name + "\n")
    assert _teasers(doc) == []
    assert name not in doc.text


def test_an_english_title_case_sub_head_between_paragraphs_is_no_teaser() -> None:
    sub = "What The New Ferry Timetable Means For Island Residents"
    doc = clean_text(EN_P1 + sub + "\n\n" + EN_P2 + EN_P3)
    assert _teasers(doc) == []
    assert sub in doc.text


def test_a_title_case_sub_head_over_the_last_paragraph_is_no_teaser() -> None:
    sub = "What The New Ferry Timetable Means For Island Residents"
    last = "The first boats will sail at six in the morning from the north pier, the chair said.\n"
    doc = clean_text(_EN + sub + "\n\n" + last)
    assert _teasers(doc) == []
    assert sub in doc.text


def test_pull_quote_sign_off_and_notes_are_no_teasers() -> None:
    for body in (
        EN_P1 + "“The pier is our lifeline, and we will not let it fall into the sea”\n\n" + EN_P2 + EN_P3,
        _EN + "Reporting by Mara Tolo; editing by Jon Pike\n",
        _EN + "Editor’s note: this story was updated to add the board chair’s comments\n",
        _EN + "Correction: an earlier version of this story gave the wrong date for the vote\n",
        AR_P1 + "«الميناء هو شريان الحياة للجزيرتين»\n\n" + AR_P2 + AR_P3,
    ):
        assert _teasers(clean_text(body)) == []


# --- the listing's evidence still makes a list ---


def test_headlines_in_another_script_under_an_english_article_are_a_list() -> None:
    heads = [
        "Рада міста затвердила новий розклад поромів на літо",
        "Мешканці острова скаржаться на довгі черги біля причалу",
        "Ремонт північного причалу триватиме до кінця червня",
    ]
    doc = clean_text(_page(_EN, heads))
    assert _teasers(doc) == heads


def test_a_read_label_over_a_title_case_headline_between_paragraphs_is_a_teaser() -> None:
    line = "Read: Island Council Approves New Harbour Budget For The Coming Year"
    doc = clean_text(EN_P1 + line + "\n\n" + EN_P2 + EN_P3)
    assert _teasers(doc) == [line]


def test_headlines_with_chrome_between_them_under_the_article_are_a_list() -> None:
    heads = [
        "Island council approves new harbour budget",
        "Fishermen protest over quota cuts at the port",
        "Night crossing to start in May after long wait",
    ]
    doc = clean_text(_page(_EN, [heads[0], "Comments (0)", heads[1], "Comments (0)", heads[2]]))
    assert _teasers(doc) == heads


_BULLETED_POINTS = ["• Two more boats on the north route", "• Free crossings for pupils and pensioners", "• A new waiting hall at the old pier"]


def test_bulleted_points_between_paragraphs_are_the_articles() -> None:
    doc = clean_text(EN_P1 + "\n\n".join(_BULLETED_POINTS) + "\n\n" + EN_P2 + EN_P3)
    assert _teasers(doc) == []
    assert _kept(doc.text, _BULLETED_POINTS)


def test_bulleted_key_points_over_the_first_paragraph_are_the_articles() -> None:
    doc = clean_text("\n\n".join(_BULLETED_POINTS) + "\n\n" + _EN)
    assert _teasers(doc) == []
    assert _kept(doc.text, _BULLETED_POINTS)


def test_bulleted_headlines_below_the_body_are_still_a_list() -> None:
    heads = ["• Island council approves new harbour budget", "• Fishermen protest over quota cuts at the port"]
    doc = clean_text(_page(_EN, heads))
    assert _teasers(doc) == heads


def test_a_timeline_and_a_title_case_pull_quote_are_the_articles() -> None:
    timeline = ["March 2031: the board proposes two new boats", "May 2031: the pier closes for repairs", "June 2031: the new timetable starts"]
    assert _teasers(clean_text(_page(_EN, timeline))) == []
    quote = "“We Will Not Stop Until Every Island Has A Daily Boat”"
    assert _teasers(clean_text(EN_P1 + quote + "\n\n" + EN_P2 + EN_P3)) == []

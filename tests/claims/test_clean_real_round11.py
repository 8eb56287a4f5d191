"""Page cleaning, round 11: shapes of body text, chrome and related cards seen on the dev22–dev25 pages,
on invented lines.

Every line here is our own writing (outlets, people and places invented); each reproduces a layout:
a paragraph broken over lines with spaces around the break (the page's bytes must stay so a quotation
read from the page is found in the text), a teaser marker alone on its line over a card (headline
and excerpt cut short), the comment form's notice under its label, the footer's promos below the
site's copyright, the outlet's own name or tagline standing where a related headline would, a
"read more" marker between paragraphs, and an ad slot's one-word label printed twice in the body.
"""

from __future__ import annotations

from claims.text.clean import clean_text
from tests.claims.clean_pages import AR_P1, AR_P2, AR_P3, EN_P1, EN_P2, EN_P3
from tests.claims.clean_pages import teaser_texts as _teasers
from tests.claims.clean_pages import text_lines as _lines


def test_spaces_around_a_line_break_inside_a_paragraph_stay() -> None:
    para = "وأكد مدير الميناء أن الفريق سيراجع جداول الرحلات في \nالأسبوع المقبل لضمان انتظام الخدمة،\n وأن العمل سيستمر."
    doc = clean_text(AR_P1 + para + "\n\n" + AR_P2 + AR_P3)
    assert "في \nالأسبوع المقبل لضمان انتظام الخدمة،\n وأن العمل" in doc.text


def test_english_spaces_around_a_line_break_stay() -> None:
    para = "The chair said the ferry would \nrun twice a day from June, \n  and that fares would not rise."
    doc = clean_text(EN_P1 + para + "\n\n" + EN_P2 + EN_P3)
    assert "would \nrun twice a day from June, \n  and that" in doc.text


def test_a_teaser_marker_alone_over_a_card_makes_the_card_a_teaser() -> None:
    head = "افتتاح معرض الكتاب البحري في دورته السابعة بمشاركة واسعة"
    excerpt = "أعلنت إدارة المعرض، اليوم الأحد، عن افتتاح الدورة السابعة لمعرض الكتاب البحري في المدينة…"
    page = AR_P1 + AR_P2 + AR_P3 + "التعليقات مغلقة\n\nشاهد أيضاً\n\n" + head + "\n\n" + excerpt + "\n"
    doc = clean_text(page)
    assert _teasers(doc) == [head, excerpt]
    assert head not in _lines(doc) and excerpt not in _lines(doc)
    assert "شاهد أيضاً" not in _lines(doc)


def test_an_english_marker_alone_over_a_card() -> None:
    head = "Island pilots to vote on new contract next week"
    excerpt = "Members of the Island Pilots Guild will vote on Tuesday on a contract offered by the board…"
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + "See also:\n\n" + head + "\n\n" + excerpt + "\n")
    assert _teasers(doc) == [head, excerpt]


def test_the_comment_forms_notice_at_the_page_end_is_chrome() -> None:
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + "اترك رد\n\nلن يظهر بريدك الخاص بك للزوار\n")
    assert _lines(doc) == [p.strip() for p in (AR_P1, AR_P2, AR_P3)]


def test_the_comment_forms_notice_with_site_words_is_chrome() -> None:
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + "أترك تعليقا\n\nلن يتم نشر بريدك الإلكتروني.\n\nالاسم\n")
    assert "لن يتم نشر بريدك الإلكتروني." not in _lines(doc)
    assert AR_P3.strip() in _lines(doc)


_PROMOS = [
    "Harbour Radio Logo",
    "View All",
    "Harbour Contests",
    "Win a boat trip, concert seats, island prizes and MORE!",
    "Harbour Weather",
    "Get the tides and storms that matter, with charts and radar from Channel 9!",
    "Learn To Sail This Summer",
]


def test_promos_below_the_sites_copyright_are_chrome() -> None:
    page = EN_P1 + EN_P2 + EN_P3 + "© 2031 Harbour Media Group\n\n" + "\n\n".join(_PROMOS) + "\n"
    doc = clean_text(page)
    assert _lines(doc) == [p.strip() for p in (EN_P1, EN_P2, EN_P3)]
    assert _teasers(doc) == []


def test_a_photo_credit_between_paragraphs_does_not_close_the_page() -> None:
    page = EN_P1 + "© Harbour Photo Agency\n\n" + EN_P2 + "Ferry fares frozen until next spring\n\n" + EN_P3
    doc = clean_text(page)
    for p in (EN_P1, EN_P2, EN_P3):
        assert p.strip() in _lines(doc)


def test_the_outlets_name_below_the_body_is_not_a_teaser() -> None:
    page = AR_P1 + AR_P2 + AR_P3 + "وكالة الميناء للأنباء موقع إخباري مستقل\n"
    doc = clean_text(page)
    assert _teasers(doc) == []


def test_the_outlets_name_over_a_marked_teaser_is_not_a_teaser() -> None:
    head = "قراءة المزيد: الجزيرة الشمالية تفتتح رصيفا جديدا للصيادين"
    page = AR_P1 + AR_P2 + AR_P3 + "صحيفة المرفأ الإلكترونية\n\n" + head + "\n"
    doc = clean_text(page)
    assert _teasers(doc) == ["الجزيرة الشمالية تفتتح رصيفا جديدا للصيادين"]


def test_a_read_more_marker_between_paragraphs_makes_a_teaser() -> None:
    head = "قراءة المزيد: بلدية الساحل تعلن موعد افتتاح السوق البحري الجديد"
    doc = clean_text(AR_P1 + AR_P2 + head + "\n\n" + AR_P3)
    assert _teasers(doc) == ["بلدية الساحل تعلن موعد افتتاح السوق البحري الجديد"]
    assert AR_P3.strip() in _lines(doc)


def test_a_headline_about_an_agency_below_the_body_is_still_a_teaser() -> None:
    heads = [
        "وكالة الطاقة البحرية ترفع توقعات حركة العبارات هذا العام",
        "صحيفة محلية تنشر جدول الرحلات الجديد بين الجزيرتين",
        "بلدية الساحل تفتح باب التسجيل لرخص الصيد",
    ]
    # round 13: with their dates (a listing's evidence); three bare lines alone are as often a factbox
    dated = [line for h in heads for line in (h, "12 مارس 2031")]
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + "\n\n".join(dated) + "\n")
    assert _teasers(doc) == heads


def test_one_word_printed_twice_between_paragraphs_is_an_ad_slot() -> None:
    doc = clean_text(EN_P1 + "Advertisment\n\n" + EN_P2 + "Advertisment\n\n" + EN_P3)
    assert _lines(doc) == [p.strip() for p in (EN_P1, EN_P2, EN_P3)]


def test_a_one_word_sub_head_once_between_paragraphs_stays() -> None:
    doc = clean_text(EN_P1 + "Background\n\n" + EN_P2 + EN_P3)
    assert "Background" in _lines(doc)

"""Page cleaning, round 9: shapes of chrome and related lists seen on the dev15/dev16 pages, on invented lines.

Every line here is our own writing (outlets, people and places invented); each reproduces a layout:
the article's last paragraph cut by the excerpt in the middle of capitalised names, video teasers
whose line ends in the clip's length, a template identifier left in the text, the page's notice
about itself ("this article", "هذا المحتوى"), an app button between the cut summary and the full
lead, a site's name under an empty related list, another story's card cut short below the body,
and a "Read more of …" link closing the page.
"""

from __future__ import annotations

from claims.text.clean import clean_text
from tests.claims.clean_pages import AR_P1, AR_P2, AR_P3, EN_P1, EN_P2, EN_P3
from tests.claims.clean_pages import teaser_texts as _teasers
from tests.claims.clean_pages import text_lines as _lines


def test_a_last_paragraph_cut_among_capitalised_names_stays_article_text() -> None:
    cut = "The Northern Isles Harbour Ferry Trust said the Westbay"
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + cut + "\n")
    assert cut in _lines(doc)
    assert _teasers(doc) == []


def test_a_title_case_headline_after_the_body_is_still_a_teaser() -> None:
    head = "Island Councillors Reject Plan For Second Ferry Terminal"
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + head + "\n")
    assert _teasers(doc) == [head]


def test_headlines_ending_in_a_clips_length_between_paragraphs_are_video_teasers() -> None:
    clip1 = "Harbour board orders safety checks on the old ferry fleet 01:42"
    clip2 = "Islanders protest over cancelled crossings, chair says 00:57"
    doc = clean_text(EN_P1 + clip1 + "\n\n" + EN_P2 + clip2 + "\n\n" + EN_P3)
    assert _teasers(doc) == [clip1, clip2]
    assert EN_P2.strip() in _lines(doc) and EN_P3.strip() in _lines(doc)


def test_a_sub_head_ending_in_a_time_of_day_stays() -> None:
    sub = "The harbour board meets again at 10:30"
    doc = clean_text(EN_P1 + sub + "\n\n" + EN_P2 + EN_P3)
    assert _teasers(doc) == []


def test_a_template_slot_name_alone_on_its_line_is_chrome() -> None:
    doc = clean_text(AR_P1 + "(feed_quotes)\n\n" + AR_P2 + AR_P3)
    assert "(feed_quotes)" not in _lines(doc)
    assert AR_P2.strip() in _lines(doc)


def test_the_page_naming_itself_in_a_notice_is_chrome() -> None:
    en = "This article is open to all readers."
    doc = clean_text("Harbour Link\n\nFerry board approves a new timetable\n\n" + EN_P1 + en + "\n\n" + EN_P2 + EN_P3)
    assert en not in _lines(doc)
    ar = "هذا المحتوى منقول من مواقع شريكة. لا نتحمل مسؤولية عرض هذا المحتوى كاملا."
    doc = clean_text("محتوى شريك\n" + ar + "\n" + AR_P1 + AR_P2 + AR_P3)
    assert ar not in _lines(doc)
    assert AR_P1.strip() in _lines(doc)


def test_a_sentence_citing_an_article_of_a_charter_stays() -> None:
    for line in (
        "Under this article of the harbour charter, the board must publish its accounts every year.",
        "This article of the harbour charter obliges the board to publish its accounts.",
    ):
        doc = clean_text(EN_P1 + line + "\n\n" + EN_P2 + EN_P3)
        assert line in _lines(doc)


def test_the_sites_name_under_an_empty_related_list_is_no_headline() -> None:
    page = AR_P1 + AR_P2 + AR_P3 + "الأكثر قراءة\nNo items yet.\nlogo\nساحل برس\nwww.sahelpress.example\n"
    doc = clean_text(page)
    assert _teasers(doc) == []
    assert "ساحل برس" not in _lines(doc)


def test_short_headlines_right_under_a_related_header_stay_teasers() -> None:
    page = EN_P1 + EN_P2 + EN_P3 + "Related stories\nFerry talks stall\nPier reopens\n"
    assert _teasers(clean_text(page)) == ["Ferry talks stall", "Pier reopens"]


def test_a_button_between_the_cut_summary_and_the_full_lead_is_chrome() -> None:
    summary = "PORTVILLE, May 4 The harbour board on Monday approved a new schedule for the ferry service after ..."
    lead = (
        "PORTVILLE, May 4 The harbour board on Monday approved a new schedule for the ferry service after a long "
        "debate about fares, crossings and the repairs to the northern pier."
    )
    page = "Ferry board backs new timetable for island crossings\n\n" + summary + "\n\nView in App\n\n" + lead + "\n\n" + EN_P2 + EN_P3
    lines = _lines(clean_text(page))
    assert "View in App" not in lines
    assert lead in lines


def test_a_short_sub_head_between_the_lead_and_the_next_paragraph_stays() -> None:
    page = "Ferry board backs new timetable for island crossings\n\n" + EN_P1 + "Fares\n\n" + EN_P2 + EN_P3
    assert "Fares" in _lines(clean_text(page))


def test_a_read_more_link_to_another_report_closing_the_page_is_a_cross_reference() -> None:
    link = "Read more of this story from the Harbour Gazette."
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + link + "\n")
    assert _teasers(doc) == [link]


def test_a_read_more_line_about_the_sites_furniture_stays_chrome() -> None:
    line = "Read more about our newsletter and cookie policy."
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + line + "\n")
    assert _teasers(doc) == []
    assert line not in _lines(doc)

AR_P4 = "وأشار إلى أن البلدية ستفتح باب التسجيل للرحلات الإضافية عبر مكاتبها في الميناء ابتداء من الأسبوع المقبل.\n\n"


def test_another_storys_card_cut_short_under_the_body_and_the_next_cards_first_letters_are_teasers() -> None:
    card = "المرفأ – الساحل | عقدت لجنة النقل البحري اجتماعها الشهري صباح اليوم برئاسة رئيس اللجنة وبحضور أعضاء المجلس البلدي وممثلي..."
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + AR_P4 + card + "\nالمرف\n")
    assert _teasers(doc) == [card, "المرف"]
    assert AR_P4.strip() in _lines(doc)


def test_a_last_paragraph_with_a_dateline_that_is_not_cut_stays() -> None:
    last = "المرفأ – الساحل | وفي سياق متصل عقدت لجنة النقل البحري اجتماعها الشهري صباح اليوم لمناقشة الخطة الجديدة."
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + AR_P4 + last + "\n")
    assert last in _lines(doc)
    assert _teasers(doc) == []

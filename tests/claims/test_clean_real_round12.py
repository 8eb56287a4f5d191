"""Page cleaning, round 12: false related lists, missed cards and header chrome seen on the dev17–dev25
pages, on invented lines.

Every line here is our own writing (outlets, people and places invented); each reproduces a layout:
a theme's licence notice in Latin letters on top of an Arabic page, over the header's run (a section
label, the headline, a photo caption printed twice) that must not read as a related list; a video
embed (its title, its title again with hashtags, the platform's "posted by … on <date>" credit) set
below the article; a teaser card (headline and byline-excerpt cut short) above the site's "Page N"
crumb and the article's headline; the comment section's "Trackbacks/Pingbacks" header; a sentence the
page cut short at its end; a headline closed by the site's "(…)"; a quotation cut mid-word as the
last line; the site's thanks for a donation; lines that go on from the paragraph before ("و…", "من
جهته", lower case); report titles read as dates and datelines in a listing; a name over a cut excerpt
at the page's end; the date bar over the crumb; a three-word headline; a tag line under the headline;
and the shapes that look like a list but are the article's (photo captions and quotations under it,
its own points between paragraphs, a list announced without a colon, a caption printed twice).
"""

from __future__ import annotations

from claims.text.clean import clean_text
from tests.claims.clean_pages import AR_P1, AR_P2, AR_P3, EN_P1, EN_P2, EN_P3
from tests.claims.clean_pages import teaser_texts as _teasers
from tests.claims.clean_pages import text_lines as _lines

_LICENCE = (
    "Harbour Theme licence is not active, open the theme settings page to activate it, "
    "one licence is needed for every domain name."
)


def test_a_latin_notice_on_top_of_an_arabic_page_is_chrome_and_the_header_is_no_list() -> None:
    header = [
        "عاجلصورة وخبرمحليات",
        "«البلدية»: نرحب بعودة العبارات إلى الميناء",
        "جانب من اجتماع المجلس البلدي",
        "جانب من اجتماع المجلس البلدي",
    ]
    page = _LICENCE + "\n\n" + "\n\n".join(header) + "\n\n" + AR_P1 + AR_P2 + AR_P3
    doc = clean_text(page)
    assert _teasers(doc) == []
    assert _LICENCE not in _lines(doc)
    assert AR_P1.strip() in _lines(doc)


def test_the_header_run_under_a_top_sentence_is_no_related_list() -> None:
    """Whatever put one sentence on top, a run with a caption printed twice right above the article's
    paragraphs is the article's header (headline, photo), not another story's list."""
    top = "تصدر الصحيفة عن دار الساحل للنشر والتوزيع في المدينة الساحلية منذ عام ألفين."
    header = [
        "«المجلس»: نعمل على إعادة تشغيل الخط البحري",
        "صورة من جلسة المجلس البلدي الأخيرة",
        "صورة من جلسة المجلس البلدي الأخيرة",
    ]
    page = top + "\n\n" + "\n\n".join(header) + "\n\n" + AR_P1 + AR_P2 + AR_P3
    assert _teasers(clean_text(page)) == []


def test_a_video_embed_below_the_article_is_no_teaser() -> None:
    embed = [
        "Ferry crossings resume after the winter storms",
        "Ferry crossings resume after the winter storms #harbour #islands",
        "Posted by Harbour TV on Wednesday, 11 March 2020",
    ]
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + "\n\n".join(embed) + "\n")
    assert _teasers(doc) == []
    assert embed[2] not in _lines(doc)


def test_a_video_embed_credit_in_french_on_an_arabic_page_is_chrome() -> None:
    embed = [
        "إجراءات جديدة في الميناء لتنظيم حركة العبارات خلال الصيف",
        "إجراءات جديدة في الميناء لتنظيم حركة العبارات خلال الصيف #الميناء",
        "Publiée par قناة الساحل sur Mercredi 11 mars 2020",
    ]
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + "\n\n".join(embed) + "\n")
    assert _teasers(doc) == []
    assert embed[2] not in _lines(doc)


def test_trackbacks_header_is_chrome_not_a_byline() -> None:
    for label in ("Trackbacks/Pingbacks", "التنبيهات/التعقيبات"):
        doc = clean_text(EN_P1 + EN_P2 + EN_P3 + label + "\n")
        assert label not in _lines(doc)
        assert all(m.text != label for m in doc.metadata)


def test_the_sites_page_number_crumb_is_chrome() -> None:
    doc = clean_text("Home News Page 4\n\n" + EN_P1 + EN_P2 + EN_P3)
    assert "Home News Page 4" not in _lines(doc)


def test_a_card_above_the_crumb_and_the_headline_is_a_teaser() -> None:
    card = "Pier repairs delayed again: Mayor"
    excerpt = "BY OUR HARBOUR DESK THE repairs to the north pier, promised for the spring, will now run into..."
    headline = "Ferry board approves a new timetable for the islands"
    page = "\n\n".join([card, excerpt, "Home Blog Page 3", headline]) + "\n\n" + EN_P1 + EN_P2 + EN_P3
    doc = clean_text(page)
    assert _teasers(doc) == [card, excerpt]
    assert doc.title == headline


def test_a_sentence_cut_at_the_page_end_opening_with_a_past_verb_stays() -> None:
    cut = "رافق رئيس البلدية في جولته مدير الميناء ونائب المدير لشؤون"
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + cut + "\n")
    assert _teasers(doc) == []
    assert cut in doc.text


def test_a_headline_closed_by_a_bracketed_ellipsis_is_the_title_and_the_lead_stays() -> None:
    headline = "توقف العبارات بين الجزيرتين لهذا السبب(…)"
    lead = "توقفت العبارات بين الجزيرتين عن العمل بسبب عطل في الرصيف الشمالي"
    page = "\n\n".join(["أخبار الساحل", headline, "0", lead]) + "\n\n" + AR_P2 + AR_P3 + AR_P1
    doc = clean_text(page)
    assert doc.title == headline
    assert lead in doc.text


def test_a_quotation_cut_mid_word_at_the_page_end_stays() -> None:
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + "“Ferry timeta\n")
    assert "“Ferry timeta" in doc.text


def test_the_sites_thanks_for_a_donation_below_the_article_is_chrome() -> None:
    tail = ["Thank you for supporting HarbourPost.nl.", "We could not keep the"]
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + "\n\n".join(tail) + "\n")
    assert _lines(doc) == [p.strip() for p in (EN_P1, EN_P2, EN_P3)]


def test_lines_opening_with_and_continue_the_article_and_are_no_list() -> None:
    tail = [
        "ويتوقع المجلس وصول العبارتين الجديدتين قبل بداية الموسم",
        "والمشروع ممول بالكامل من ميزانية البلدية للعام المقبل",
    ]
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + "\n\n".join(tail) + "\n")
    assert _teasers(doc) == []
    assert all(t in doc.text for t in tail)


def test_a_last_line_opening_with_and_is_no_teaser() -> None:
    last = "ويستمر العمل في الرصيف الشمالي حتى نهاية العام"
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + last + "\n")
    assert _teasers(doc) == []
    assert last in doc.text


def test_english_lines_in_lower_case_below_the_body_are_no_list() -> None:
    tail = ["and the board expects the two new boats before the summer season", "while the old pier stays closed for repairs until June"]
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + "\n\n".join(tail) + "\n")
    assert _teasers(doc) == []
    assert all(t in doc.text for t in tail)


def test_short_report_titles_with_dates_or_codes_in_a_list_below_the_body_are_teasers() -> None:
    items = [
        "Harbour Energy monthly operating report for May 2031",
        "June 12th Evening Report",
        "FRY - Q1 2031 Operational Update",
        "June 11th Evening Report",
        "PIER - North Pier Acquires",
    ]
    page = EN_P1 + EN_P2 + EN_P3 + "No comments yet\n\n" + "\n\n".join(items) + "\n"
    doc = clean_text(page)
    assert _teasers(doc) == items


def test_a_name_over_an_excerpt_cut_at_the_page_end_is_a_card() -> None:
    name = "Hon. Mara Tolo"
    excerpt = "The chair of the Harbour Committee, Hon Mara Tolo urged"
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + "• Harbour Press Release\n\n" + name + "\n\n" + excerpt + "\n")
    assert _teasers(doc) == [name, excerpt]


def test_a_date_over_the_sites_breadcrumb_is_the_date_bar() -> None:
    headline = "Harbour Minister: “The ferries will run again, the pier will be rebuilt…”"
    page = "\n\n".join(["Monday , June 2 2031", "Home / News / Islands / " + headline, headline]) + "\n\n" + EN_P1 + EN_P2 + EN_P3
    doc = clean_text(page)
    assert "Monday , June 2 2031" not in _lines(doc)
    assert doc.title == headline


def test_a_three_word_headline_over_the_lead_is_the_title_and_the_section_above_is_chrome() -> None:
    page = "News Harbour-Town\n\nBoard rejects referendum\n\n" + EN_P1 + EN_P2 + EN_P3
    doc = clean_text(page)
    assert doc.title == "Board rejects referendum"
    assert "News Harbour-Town" not in _lines(doc)


def test_a_tag_line_between_the_headline_and_the_dateline_is_chrome() -> None:
    headline = "العبارات تعود إلى العمل بين الجزيرتين بعد توقف طويل"
    tags = "الميناء العبارات الجزيرة الشمالية البلدية الرصيف الصيانة"
    page = "\n\n".join([headline, tags, "وكالة الساحل – متابعات"]) + "\n\n" + AR_P1 + AR_P2 + AR_P3
    doc = clean_text(page)
    assert tags not in _lines(doc)
    assert AR_P1.strip() in _lines(doc)


def test_two_photo_captions_under_the_article_are_no_related_list() -> None:
    captions = ["The new ferry at the north pier on Monday morning", "Residents queue for tickets at the harbour office"]
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + "\n\n".join(captions) + "\n")
    assert _teasers(doc) == []


def test_two_quotations_set_apart_under_the_article_are_no_related_list() -> None:
    quotes = ["“We will not stop until every island has a daily boat”", "“The pier is our lifeline”"]
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + "\n\n".join(quotes) + "\n")
    assert _teasers(doc) == []
    assert all(q in doc.text for q in quotes)


def test_the_articles_own_points_between_paragraphs_are_no_related_list() -> None:
    points = ["Two more boats on the north route", "Free crossings for pupils and pensioners", "A new waiting hall at the old pier"]
    doc = clean_text(EN_P1 + "The plan has three parts.\n\n" + "\n\n".join(points) + "\n\n" + EN_P2 + EN_P3)
    assert _teasers(doc) == []
    assert all(p in doc.text for p in points)


def test_an_arabic_list_announced_without_a_colon_is_the_articles() -> None:
    points = ["زيادة عدد الرحلات اليومية بين الجزيرتين", "تخفيض أسعار التذاكر للطلاب وكبار السن", "إنشاء صالة انتظار جديدة في الميناء القديم"]
    page = AR_P1 + "وتتضمن الخطة عدة بنود أبرزها\n\n" + "\n\n".join(points) + "\n\n" + AR_P2 + AR_P3
    doc = clean_text(page)
    assert _teasers(doc) == []
    assert all(p in doc.text for p in points)


def test_headlines_with_their_dates_below_the_article_are_still_a_list() -> None:
    items = ["Island council approves new harbour budget", "12 March 2031", "Fishermen protest over quota cuts at the port", "11 March 2031"]
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + "\n\n".join(items) + "\n")
    assert _teasers(doc) == [items[0], items[2]]


def test_a_last_line_handing_over_from_the_paragraph_before_is_no_teaser() -> None:
    last = "من جهته رحب اتحاد الصيادين بالخطة"
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + last + "\n")
    assert _teasers(doc) == []
    assert last in doc.text


def test_a_caption_printed_twice_at_the_page_end_is_no_card() -> None:
    caption = "رئيس البلدية خلال المؤتمر الصحفي"
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + caption + "\n\n" + caption + "\n")
    assert _teasers(doc) == []

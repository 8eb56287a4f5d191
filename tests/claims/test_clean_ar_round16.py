"""Page cleaning, round 16: related cards and chrome at the end of Arabic pages, by shape.

Every line here is our own writing (outlets, people and places invented). Under an Arabic article a
site prints cards of other stories whose shape gives them away: previews cut inside a word ("… لت…"),
a headline over its excerpt cut short, an excerpt cut at both ends ("[…] … […]"), one bulleted headline
under a line of chrome. Its chrome too: a button about "this news", the site's contact card (phone and
fax lines under its name and address), the writer's card under the story, a lead-in to a video the
scraper dropped. None of it may take an article line with it.
"""

from __future__ import annotations

from claims.text.clean import clean_text
from tests.claims.clean_pages import AR_P1, AR_P2, AR_P3, teaser_texts, text_lines

BODY = AR_P1 + AR_P2 + AR_P3


def _body_kept(doc_lines: list[str]) -> bool:
    return all(p.strip() in doc_lines for p in (AR_P1, AR_P2, AR_P3))


def test_two_previews_cut_inside_a_word_at_the_end_are_related() -> None:
    page = BODY + "مجلس الجزيرة يطالب وزارة النقل بتمويل ال…\nنقابة البحارة تدعو الحكومة إلى مراجعة عق…\n"
    doc = clean_text(page)
    assert len(teaser_texts(doc)) == 2
    assert _body_kept(text_lines(doc))


def test_a_paragraph_trailing_off_on_a_whole_word_stays() -> None:
    page = BODY + "وتساءل سكان الحي عن مصير المشروع وعن موعد…\nوأشار آخرون إلى أن الانتظار طال في…\n"
    doc = clean_text(page)
    assert teaser_texts(doc) == []


def test_a_headline_over_its_cut_excerpt_under_a_closing_quotation_is_related() -> None:
    page = (
        AR_P1
        + AR_P2
        + "وتابع قائلا: “سنفتح الرصيف الجديد أمام الصيادين قبل موسم الصيد دون أي رسوم إضافية عليهم”\n"
        + "جمعية الصيادين في الميناء تنظم معرضا لأدوات الصيد القديمة\n"
        + "الميناء القديم — نظمت جمعية الصيادين في الميناء معرضا لأدوات الصيد، بحضور عدد من الأهالي، …\n"
    )
    doc = clean_text(page)
    assert len(teaser_texts(doc)) == 2
    assert any("سنفتح الرصيف الجديد" in line for line in text_lines(doc))


def test_an_excerpt_cut_at_both_ends_closing_the_page_is_related() -> None:
    page = BODY + "[…] ، رئيس البلدية ، بمقر البلدية اجتماعا للجنة الموانئ الموسعة إلى ممثلي […]\n"
    doc = clean_text(page)
    assert len(teaser_texts(doc)) == 1
    assert _body_kept(text_lines(doc))


def test_a_lone_bulleted_headline_under_chrome_ending_the_page_is_related() -> None:
    page = BODY + "تغطية مباشرة آخر الأخبار\n• هيئة الموانئ: خلاف حول موعد افتتاح الرصيف\n"
    doc = clean_text(page)
    assert teaser_texts(doc) == ["• هيئة الموانئ: خلاف حول موعد افتتاح الرصيف"]
    assert _body_kept(text_lines(doc))


def test_a_share_button_about_this_news_is_chrome() -> None:
    doc = clean_text(BODY + "شارك هذا الخبر!\n")
    assert "شارك هذا الخبر!" not in text_lines(doc)
    assert _body_kept(text_lines(doc))


def test_the_sites_contact_card_is_chrome_not_a_related_list() -> None:
    page = BODY + (
        "الإذاعة المحلية الأولى بالجزيرة Harbour FM\n"
        "إذاعة أهلية مستقلة تابعة لجمعية الجزيرة للثقافة والإعلام، مدعومة من صندوق دعم الإعلام المحلي\n"
        "المدير المؤسس : سامي بن عمر\n"
        "العنوان: دار الشباب بالجزيرة، نهج الميناء 4410 الجزيرة\n"
        "الهاتف : 71234567\n"
        "الفاكس :71234568\n"
    )
    doc = clean_text(page)
    assert teaser_texts(doc) == []
    assert text_lines(doc) == [p.strip() for p in (AR_P1, AR_P2, AR_P3)]


def test_the_writers_card_under_the_story_is_chrome() -> None:
    page = BODY + (
        "سلمى الراشد\n"
        "سلمى الراشد - صحفية ومحررة بموقع «أخبار الجزيرة»، تتولى متابعة أخبار الموانئ والنقل البحري.\n"
    )
    doc = clean_text(page)
    assert not any(line.startswith("سلمى الراشد -") for line in text_lines(doc))
    assert _body_kept(text_lines(doc))


def test_a_lead_in_to_a_dropped_video_ending_the_page_is_chrome() -> None:
    doc = clean_text(BODY + "تفاصيل أكثر في التقرير المصور التالي:\n")
    assert "تفاصيل أكثر في التقرير المصور التالي:" not in text_lines(doc)
    assert _body_kept(text_lines(doc))


def test_a_quotation_announced_at_the_end_keeps_its_lead_in() -> None:
    doc = clean_text(BODY + "وقال رئيس البلدية في ختام حديثه:\n")
    assert "وقال رئيس البلدية في ختام حديثه:" in text_lines(doc)

"""A false teaser shape found by the flag audit of 148 new pages (audit1, ninth session): a strict xfail.

An article written in sections (sub-head, paragraph, sub-head, paragraph) whose excerpt stops inside its last
paragraph: the last sub-head over the cut paragraph reads as a teaser card ending the page. Seen on one page
of 148, below the three-page bar for a fix, so the cleaner is unchanged; when a fix lands, drop the marker.
Our own sentences (an invented harbour town), not article text.
"""

from __future__ import annotations

import pytest

from claims.text.clean import clean_text

TITLE = "مجلس البلدية يعقد جلسة طارئة لبحث أزمة المياه في الميناء\n"
SECTIONS = (
    "عقد مجلس بلدية الميناء جلسة طارئة مساء الأحد لبحث انقطاع المياه عن الأحياء الشرقية منذ أسبوع. "
    "وناقش الأعضاء خطة عاجلة لإصلاح الخط الرئيسي.\n"
    "السكان يشكون من طول الانتظار\n"
    "وقال عدد من سكان الحي الشرقي إنهم ينتظرون صهاريج المياه ساعات طويلة كل يوم، وإن الأسعار ارتفعت في "
    "السوق. وطالبوا المجلس بحل سريع.\n"
    "خطة لإصلاح الخط الرئيسي\n"
    "وأوضح رئيس المجلس أن فرق الصيانة ستبدأ العمل صباح الاثنين، وأن الإصلاح يحتاج إلى ثلاثة أيام على الأقل. "
    "وأضاف أن المجلس رصد مبلغا إضافيا للصهاريج.\n"
)
LAST_SUBHEAD = "ترقب في الأحياء الشرقية"
CUT_PARAGRAPH = (
    "يترقب سكان الأحياء الشرقية نتائج الجلسة الطارئة، مع أمل بعودة المياه إلى منازلهم خلال أيام. ويقول الأها"
)


@pytest.mark.xfail(strict=True, reason="audit1: one page of 148; below the three-page bar, not fixed")
def test_the_last_section_of_an_article_in_sections_cut_by_the_excerpt_stays_the_articles() -> None:
    doc = clean_text(TITLE + SECTIONS + LAST_SUBHEAD + "\n" + CUT_PARAGRAPH + "\n")
    assert doc.teasers == ()
    assert CUT_PARAGRAPH in doc.text
